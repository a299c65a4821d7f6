import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QUESTION_TYPES, type Question } from "../../src/core/bank-schema.ts";
import { getAttempt, getQuiz } from "../../src/db/quizzes.ts";
import { type Client, client } from "../helpers/client.ts";
import { plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
let alice: Client;
const DECK = "bank-all";
// Every kind the mini bank has questions of ("who" is not among them).
const MINI_BANK_KINDS = QUESTION_TYPES.filter((k) => k !== "who");

beforeEach(async () => {
  t = await testApp("2026-03-02T09:00:00Z");
  alice = client(t.app);
  await alice.signup("Alice", "alice@example.org");
});
afterEach(() => t.cleanup());

async function startQuiz(who: Client, extra: Record<string, string | string[]> = {}) {
  const res = await who.post("/quizzes", {
    deck: DECK,
    count: "13",
    kinds: MINI_BANK_KINDS,
    minutes: "",
    ...extra,
  });
  expect(res.status).toBe(303);
  const location = res.headers.get("location") ?? "";
  expect(location).toMatch(/^\/attempts\/att_\w+$/);
  const id = location.split("/").pop() ?? "";
  return { id, questions: await questionsOf(id) };
}

async function questionsOf(attemptId: string): Promise<Question[]> {
  const attempt = await getAttempt(t.db, attemptId);
  return (attempt && (await getQuiz(t.db, attempt.quizId))?.questions) ?? [];
}

function rightAnswer(q: Question): Record<string, string | string[]> {
  if (q.type === "order") return { order: q.answer as string[] };
  return { response: q.answer as string };
}

async function answer(
  who: Client,
  id: string,
  position: number,
  q: Question,
  fields: Record<string, string | string[]>,
) {
  return who.post(`/attempts/${id}/answer`, {
    position: String(position),
    question: q.id,
    action: "next",
    ...fields,
  });
}

const answerCount = (id: string) =>
  t.db.first("SELECT COUNT(*) AS n FROM quiz_answers WHERE attempt_id = ?", [id], (r) =>
    Number(r.n),
  );

describe("building a quiz", () => {
  it("offers the deck's kinds, and validates the options with clear messages", async () => {
    const form = await (await alice.get(`/quizzes/new?deck=${DECK}`)).text();
    expect(form).toContain("Number of questions");
    expect(form).toContain('value="order"');
    expect(form).toContain("Start quiz");
    const bad = await alice.post("/quizzes", {
      deck: DECK,
      count: "80",
      minutes: "0",
      from: "2017",
      to: "2015",
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("Ask at most 50 questions.");
    expect(html).toContain("Choose at least one kind of question.");
    expect(html).toContain("A time limit must be at least 1 minute.");
    const few = await alice.post("/quizzes", { deck: DECK, count: "5", kinds: "numeric" });
    expect(few.status).toBe(422);
    expect(await few.text()).toContain("Only 1 questions match these choices");
    expect(
      await t.db.first("SELECT COUNT(*) AS n FROM quizzes", undefined, (r) => Number(r.n)),
    ).toBe(0);
  });

  it("without a deck, asks which deck rather than showing a validation error", async () => {
    const res = await alice.get("/quizzes/new");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(plain(html)).toContain("Choose the deck to be quizzed on");
    expect(html).toContain(`href="/quizzes/new?deck=${DECK}"`);
    expect(html).not.toMatch(/Invalid input|expected string/);
    expect((await alice.get("/quizzes/new?deck=<script>")).status).toBe(404);
    expect((await alice.get("/quizzes/new?deck=no-such-deck")).status).toBe(404);
  });

  it("says so when fewer questions match than were asked for", async () => {
    const { id, questions } = await startQuiz(alice, {
      count: "50",
      kinds: ["order", "date-choice"],
    });
    expect(questions.length).toBeLessThan(50);
    const first = plain(await (await alice.get(`/attempts/${id}`)).text());
    expect(first).toContain(
      `You asked for 50 questions, but only ${questions.length} match your choices in this deck, so this quiz has ${questions.length}.`,
    );
    const q = questions[0];
    if (!q) throw new Error("no question");
    await answer(alice, id, 0, q, rightAnswer(q));
    expect(plain(await (await alice.get(`/attempts/${id}`)).text())).not.toContain("You asked for");
  });

  it("records a seeded selection so a retake asks exactly the same questions", async () => {
    const first = await startQuiz(alice, { count: "6" });
    expect(first.questions).toHaveLength(6);
    const quizId = (await getAttempt(t.db, first.id))?.quizId;
    const retake = await alice.post(`/quizzes/${quizId}/retake`);
    const second = retake.headers.get("location")?.split("/").pop() ?? "";
    const again = (await questionsOf(second)).map((q) => q.id);
    expect(again).toEqual(first.questions.map((q) => q.id));
    const history = await (await alice.get("/quizzes")).text();
    expect(history.match(/href="\/attempts\/att_/g)).toHaveLength(2);
  });
});

describe("taking a quiz", () => {
  it("scores every kind of question with the bank's grading, then shows the results with sources and a timeline", async () => {
    const { id, questions } = await startQuiz(alice);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(MINI_BANK_KINDS));
    for (const [i, q] of questions.entries()) {
      const page = await (await alice.get(`/attempts/${id}`)).text();
      expect(plain(page)).toContain(`Question ${i + 1} of ${questions.length}`);
      expect(page).not.toContain(
        `value="${typeof q.answer === "string" && q.type !== "date-choice" && !q.choices ? q.answer : "§"}"`,
      );
      const res = await answer(alice, id, i, q, rightAnswer(q));
      expect(res.status).toBe(303);
    }
    const scores = await t.db.all(
      "SELECT score FROM quiz_answers WHERE attempt_id = ?",
      [id],
      (r) => Number(r.score),
    );
    expect(scores).toEqual(questions.map(() => 1));
    const results = await (await alice.get(`/attempts/${id}/results`)).text();
    expect(plain(results)).toMatch(
      new RegExp(`${questions.length} of ${questions.length} points \\( ?100% ?\\)`),
    );
    expect(results).toContain("Siege of the two towns");
    expect(results).toContain('class="dot right"');
    expect(results).not.toContain('class="dot missed"');
  });

  it("gives partial credit for a nearly-right date and marks the event as missed", async () => {
    const { id, questions } = await startQuiz(alice, {
      kinds: ["date-typed", "numeric", "where", "cloze", "date-choice"],
      count: "10",
    });
    for (const [i, q] of questions.entries()) {
      const fields =
        q.type === "date-typed" && q.date?.precision === "day"
          ? { response: (q.answer as string).replace(/^\d+ /, "") }
          : rightAnswer(q);
      await answer(alice, id, i, q, fields);
    }
    const typed = questions.findIndex(
      (q) => q.type === "date-typed" && q.date?.precision === "day",
    );
    const score = await t.db.first(
      "SELECT score FROM quiz_answers WHERE attempt_id = ? AND position = ?",
      [id, typed],
      (r) => Number(r.score),
    );
    expect(score).toBe(0.5);
    const results = await (await alice.get(`/attempts/${id}/results`)).text();
    expect(results).toContain('class="dot missed"');
    expect(plain(results)).toContain("50%");
  });

  it("says each result once: no restated event sentence, and why a score is partial", async () => {
    const { id, questions } = await startQuiz(alice, {
      kinds: ["what-happened", "date-typed", "order"],
      count: "5",
    });
    const happened = questions.findIndex((q) => q.type === "what-happened");
    const typed = questions.findIndex(
      (q) => q.type === "date-typed" && q.date?.precision === "day",
    );
    const order = questions.findIndex((q) => q.type === "order");
    expect(Math.min(happened, typed, order)).toBeGreaterThanOrEqual(0);
    for (const [i, q] of questions.entries()) {
      let fields = rightAnswer(q);
      if (i === happened)
        fields = { response: "75 buses evacuated around 5,000 people to Aleppo." };
      if (i === typed) fields = { response: (q.answer as string).replace(/ \d{4}$/, "") };
      if (i === order) {
        const page = await (await alice.get(`/attempts/${id}`)).text();
        fields = {
          order: [...page.matchAll(/name="order" value="(ev_\w+)"/g)].map((m) => m[1] as string),
        };
      }
      expect((await answer(alice, id, i, q, fields)).status).toBe(303);
    }
    const html = await (await alice.get(`/attempts/${id}/results`)).text();
    const list = html.slice(html.indexOf('<ol class="plain results">'));
    const items = list.split('<li class="card result">').slice(1).map(plain);
    expect(items).toHaveLength(questions.length);
    const said = items[happened] ?? "";
    expect(said.split("Red Cross organized an aid convoy").length - 1).toBe(1);
    expect(said).toContain("From Siege of the two towns");
    expect(items[typed]).toContain("(partly right, 50%: the day and month are right, but no year)");
    // Untouched, the ordering scored 0; the right order follows it once.
    expect(items[order]).toMatch(/Your order \(wrong: [0-2] of 3 pairs in order\)/);
    expect(items[order]?.split("Rebels captured Idlib city").length).toBe(3);
  });

  it("resumes where the student was after a reload, and never takes an answer twice", async () => {
    const { id, questions } = await startQuiz(alice, { count: "6" });
    for (let i = 0; i < 2; i++)
      await answer(alice, id, i, questions[i] as Question, rightAnswer(questions[i] as Question));
    expect(plain(await (await alice.get(`/attempts/${id}`)).text())).toContain("Question 3 of 6");
    const replay = await answer(alice, id, 1, questions[1] as Question, {
      response: "something else",
    });
    expect(replay.status).toBe(409);
    expect(await replay.text()).toContain("answers cannot be changed");
    const ahead = await answer(
      alice,
      id,
      4,
      questions[4] as Question,
      rightAnswer(questions[4] as Question),
    );
    expect(ahead.status).toBe(409);
    expect(await answerCount(id)).toBe(2);
  });

  it("enforces the time limit on the server: late answers are not counted", async () => {
    const { id, questions } = await startQuiz(alice, { count: "6", minutes: "1" });
    expect(plain(await (await alice.get(`/attempts/${id}`)).text())).toContain("Time left: 1:00");
    await answer(alice, id, 0, questions[0] as Question, rightAnswer(questions[0] as Question));
    t.clock.advance(61_000);
    const late = await answer(
      alice,
      id,
      1,
      questions[1] as Question,
      rightAnswer(questions[1] as Question),
    );
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("this answer was not counted");
    expect(await answerCount(id)).toBe(1);
    const results = await alice.get(`/attempts/${id}`);
    expect(results.headers.get("location")).toBe(`/attempts/${id}/results`);
    const page = plain(await (await alice.get(`/attempts/${id}/results`)).text());
    expect(page).toContain("1 of 6 points");
    expect(page).toContain("Time ran out");
  });

  it("ends the quiz on Submit; unanswered questions score 0", async () => {
    const { id, questions } = await startQuiz(alice, { count: "6" });
    await answer(alice, id, 0, questions[0] as Question, rightAnswer(questions[0] as Question));
    const res = await alice.post(`/attempts/${id}/finish`);
    expect(res.headers.get("location")).toBe(`/attempts/${id}/results`);
    expect(plain(await (await alice.get(`/attempts/${id}/results`)).text())).toContain(
      "1 of 6 points",
    );
    const after = await answer(
      alice,
      id,
      1,
      questions[1] as Question,
      rightAnswer(questions[1] as Question),
    );
    expect(after.status).toBe(409);
  });

  it("refuses tampered options, malformed orders and foreign questions with a message, storing nothing", async () => {
    const { id, questions } = await startQuiz(alice);
    const first = questions[0] as Question;
    const tampered: Record<string, string | string[]> =
      first.type === "order"
        ? { order: ["ev_a1", "ev_a1", "ev_zz"] }
        : first.choices
          ? { response: "1 January 1900" }
          : { response: "x".repeat(301) };
    const res = await answer(alice, id, 0, first, tampered);
    expect([400, 422]).toContain(res.status);
    expect(await res.text()).toMatch(/role="alert"/);
    const foreign = await alice.post(`/attempts/${id}/answer`, {
      position: "0",
      question: "q_zzz",
      response: "x",
    });
    expect(foreign.status).toBe(400);
    const garbage = await alice.post(`/attempts/${id}/answer`, {
      position: "zero",
      question: "<script>",
    });
    expect(garbage.status).toBe(400);
    expect(await answerCount(id)).toBe(0);
  });

  it("rejects an ordering payload that is not a permutation, and reorders without JavaScript", async () => {
    const { id, questions } = await startQuiz(alice, {
      kinds: ["order", "date-choice", "what-happened", "which-first", "where"],
      count: "8",
    });
    const pos = questions.findIndex((q) => q.type === "order");
    for (let i = 0; i < pos; i++)
      await answer(alice, id, i, questions[i] as Question, rightAnswer(questions[i] as Question));
    const q = questions[pos] as Question;
    const bad = await answer(alice, id, pos, q, {
      order: [q.eventIds[0] ?? "", q.eventIds[0] ?? ""],
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("does not list this question");
    const moved = await alice.post(`/attempts/${id}/answer`, {
      position: String(pos),
      question: q.id,
      order: q.eventIds,
      move: `down:${q.eventIds[0]}`,
    });
    expect(moved.status).toBe(200);
    const html = await moved.text();
    const order = [...html.matchAll(/name="order" value="(ev_\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual([q.eventIds[1], q.eventIds[0], ...q.eventIds.slice(2)]);
    expect(await answerCount(id)).toBe(pos);
  });

  it("starts an ordering from a seeded arrangement that is never the right one; untouched it scores 0", async () => {
    const shownOrder = (html: string) =>
      [...html.matchAll(/name="order" value="(ev_\w+)"/g)].map((m) => m[1] as string);
    const arrangements = new Set<string>();
    for (let attempt = 0; attempt < 6; attempt++) {
      const { id, questions } = await startQuiz(alice, {
        kinds: ["order", "date-choice"],
        count: "5",
      });
      const pos = questions.findIndex((q) => q.type === "order");
      for (let i = 0; i < pos; i++)
        await answer(alice, id, i, questions[i] as Question, rightAnswer(questions[i] as Question));
      const q = questions[pos] as Question;
      const shown = shownOrder(await (await alice.get(`/attempts/${id}`)).text());
      expect([...shown].sort()).toEqual([...(q.answer as string[])].sort());
      expect(shown).not.toEqual(q.answer);
      // A reload shows the same arrangement.
      expect(shownOrder(await (await alice.get(`/attempts/${id}`)).text())).toEqual(shown);
      arrangements.add(shown.join(","));
      const res = await answer(alice, id, pos, q, { order: shown });
      expect(res.status).toBe(303);
      const stored = await t.db.first(
        "SELECT score FROM quiz_answers WHERE attempt_id = ? AND position = ?",
        [id, pos],
        (r) => Number(r.score),
      );
      expect(stored).toBe(0);
    }
    // Each attempt draws its own arrangement: six attempts do not all start alike.
    expect(arrangements.size).toBeGreaterThan(1);
  });

  it("keeps attempts private: another student gets 404", async () => {
    const { id, questions } = await startQuiz(alice, { count: "5" });
    const bob = client(t.app);
    await bob.signup("Bob", "bob@example.org");
    expect((await bob.get(`/attempts/${id}`)).status).toBe(404);
    expect((await bob.get(`/attempts/${id}/results`)).status).toBe(404);
    expect(
      (await answer(bob, id, 0, questions[0] as Question, rightAnswer(questions[0] as Question)))
        .status,
    ).toBe(404);
    expect((await bob.post(`/attempts/${id}/finish`)).status).toBe(404);
    expect(await answerCount(id)).toBe(0);
  });

  it("updates the student's card for the event of each answered question, as a review would", async () => {
    const { id, questions } = await startQuiz(alice, { count: "6" });
    const pos = questions.findIndex((x) => x.eventIds.length === 1);
    const q = questions[pos] as Question;
    for (let i = 0; i <= pos; i++) {
      await answer(alice, id, i, questions[i] as Question, rightAnswer(questions[i] as Question));
    }
    const card = await t.db.first(
      "SELECT reps FROM cards WHERE event_id = ?",
      [q.eventIds[0] ?? ""],
      (r) => ({ ...r }),
    );
    expect(card).toMatchObject({ reps: 1 });
    const log = await t.db.first(
      "SELECT origin, rating FROM review_logs WHERE event_id = ?",
      [q.eventIds[0] ?? ""],
      (r) => ({
        ...r,
      }),
    );
    expect(log).toMatchObject({ origin: "quiz", rating: 3 });
  });
});
