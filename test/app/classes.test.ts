import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QUESTION_TYPES } from "../../src/core/bank-schema.ts";
import { assignmentsOfClass } from "../../src/db/classes.ts";
import { getQuiz } from "../../src/db/quizzes.ts";
import { findUserByEmail } from "../../src/db/users.ts";
import { type Client, client } from "../helpers/client.ts";
import { hiddenFields, plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
let teacher: Client;
let ann: Client;
const DAY = 86_400_000;

beforeEach(async () => {
  t = await testApp("2026-03-02T09:00:00Z");
  teacher = client(t.app);
  await teacher.signup("Ms Tess", "tess@example.org", { teacher: true });
  ann = client(t.app);
  await ann.signup("Ann", "ann@example.org");
});
afterEach(() => t.cleanup());

async function createClass(name = "History 9B"): Promise<{ id: string; code: string }> {
  const res = await teacher.post("/classes", { name });
  expect(res.status).toBe(303);
  const id = res.headers.get("location")?.split("/").pop() ?? "";
  const html = await (await teacher.get(`/classes/${id}`)).text();
  const code = html.match(/data-join-code="([A-Z0-9]{12})"/)?.[1] ?? "";
  expect(code).toMatch(/^[A-Z2-9]{12}$/);
  return { id, code };
}

async function assign(classId: string, fields: Record<string, string | string[]>) {
  return teacher.post(`/classes/${classId}/assignments`, {
    deck: "bank-all",
    kind: "deck",
    due: "2026-03-20",
    target: "0.85",
    count: "6",
    attempts: "1",
    minutes: "",
    assigned: "1",
    ...fields,
  });
}

describe("classes", () => {
  it("a teacher creates a class; a student joins with its code, and shows up in the roster", async () => {
    const { id, code } = await createClass();
    const page = await (await teacher.get(`/classes/${id}`)).text();
    expect(page).toContain(`/join/${code}`);
    const res = await ann.post("/classes/join", { code: code.toLowerCase() });
    expect(res.headers.get("location")).toBe(`/classes/${id}`);
    expect(await (await teacher.get(`/classes/${id}`)).text()).toContain("ann@example.org");
    expect(plain(await (await ann.get("/classes")).text())).toContain("History 9B");
  });

  it("lists a quiz assignment's kinds of question in the same order as the Start quiz form", async () => {
    const { id } = await createClass();
    const html = await (await teacher.get(`/classes/${id}`)).text();
    const listed = [...html.matchAll(/name="kind_([a-z-]+)"/g)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(1);
    expect(listed).toEqual(QUESTION_TYPES.filter((k) => listed.includes(k)));
  });

  it("explains a wrong join code and changes nothing", async () => {
    await createClass();
    const res = await ann.post("/classes/join", { code: "ZZZZZZ" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("No class has this join code");
    const bad = await ann.post("/classes/join", { code: "12" });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("twelve letters and digits");
    expect(
      await t.db.first("SELECT COUNT(*) AS n FROM class_members", undefined, (r) => Number(r.n)),
    ).toBe(0);
  });

  it("joins through the join link, and lets a student be in several classes", async () => {
    const a = await createClass("A");
    const b = await createClass("B");
    const confirm = await (await ann.get(`/join/${a.code}`)).text();
    expect(confirm).toContain("Join class");
    await ann.post("/classes/join", hiddenFields(confirm, "/classes/join"));
    await ann.post("/classes/join", { code: b.code });
    const list = plain(await (await ann.get("/classes")).text());
    expect(list).toContain("A");
    expect(list).toContain("B");
    expect(
      await t.db.first("SELECT COUNT(*) AS n FROM class_members", undefined, (r) => Number(r.n)),
    ).toBe(2);
  });

  it("lets the teacher remove a student, who then no longer sees the class", async () => {
    const { id, code } = await createClass();
    await ann.post("/classes/join", { code });
    const annId = (await findUserByEmail(t.db, "ann@example.org"))?.id ?? null;
    const res = await teacher.post(`/classes/${id}/members/${annId}/remove`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/classes/${id}`);
    expect(await (await teacher.get(`/classes/${id}`)).text()).toContain("The student was removed");
    expect((await ann.get(`/classes/${id}`)).status).toBe(404);
  });

  it("keeps classes private: another teacher and non-members get 404, students get 403 on teacher pages", async () => {
    const { id } = await createClass();
    const other = client(t.app);
    await other.signup("Mr Other", "other@example.org", { teacher: true });
    expect((await other.get(`/classes/${id}`)).status).toBe(404);
    expect((await ann.get(`/classes/${id}`)).status).toBe(404);
    expect(
      (
        await other.post(`/classes/${id}/assignments`, {
          deck: "bank-all",
          kind: "deck",
          due: "2026-03-20",
        })
      ).status,
    ).toBe(404);
    expect((await ann.post("/classes", { name: "Mine" })).status).toBe(403);
    expect((await ann.get("/documents")).status).toBe(403);
    expect(
      await t.db.first("SELECT COUNT(*) AS n FROM assignments", undefined, (r) => Number(r.n)),
    ).toBe(0);
  });
});

describe("assignments", () => {
  it("validates the assign form with a message per field", async () => {
    const { id } = await createClass();
    const res = await assign(id, { due: "2026-02-01", target: "2", deck: "nope" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Enter a target retention between 0.70 and 0.97.");
    const past = await assign(id, { due: "2026-02-01" });
    expect(await past.text()).toContain("Choose a due date that has not passed.");
    const noKinds = await assign(id, { kind: "quiz" });
    expect(await noKinds.text()).toContain("Choose at least one kind of question.");
    expect(await assignmentsOfClass(t.db, id)).toEqual([]);
  });

  it("shows a deck assignment on the student's home page, with a status that follows their study", async () => {
    const { id, code } = await createClass();
    await ann.post("/classes/join", { code });
    expect((await assign(id, {})).status).toBe(303);
    const home = plain(await (await ann.get("/")).text());
    expect(home).toMatch(
      /Study: Al-Fu'ah, Kafriya and Idlib \(History 9B\).*20 March 2026.*not started/,
    );
    const card = await (await ann.get("/decks/bank-all/study")).text();
    await ann.post(
      "/decks/bank-all/study/grade",
      { ...hiddenFields(card, "/decks/bank-all/study/answer"), rating: "3" },
      { "HX-Request": "true" },
    );
    expect(plain(await (await ann.get("/")).text())).toContain("in progress");
    t.clock.set("2026-03-21T09:00:00Z");
    expect(plain(await (await ann.get("/")).text())).toContain("late");
  });

  it("orders assignments by due date", async () => {
    const { id, code } = await createClass();
    await ann.post("/classes/join", { code });
    await assign(id, { due: "2026-03-25" });
    await assign(id, { due: "2026-03-10", deck: "bank-doc-doc_a" });
    const home = plain(await (await ann.get("/")).text());
    expect(home.indexOf("10 March 2026")).toBeLessThan(home.indexOf("25 March 2026"));
  });

  it("a quiz assignment: one fixed quiz, limited attempts, and exam results only after the due date", async () => {
    const { id, code } = await createClass();
    await ann.post("/classes/join", { code });
    await assign(id, {
      kind: "quiz",
      "kind_date-choice": "on",
      kind_order: "on",
      "kind_what-happened": "on",
      count: "5",
      exam: "on",
    });
    const [a] = await assignmentsOfClass(t.db, id);
    const start = await ann.post(`/assignments/${a?.id}/start`);
    expect(start.status).toBe(303);
    const attempt = start.headers.get("location")?.split("/").pop() ?? "";
    const questions = (await getQuiz(t.db, a?.quizId ?? ""))?.questions ?? [];
    for (const [i, q] of questions.entries()) {
      await ann.post(`/attempts/${attempt}/answer`, {
        position: String(i),
        question: q.id,
        action: "next",
        ...(q.type === "order"
          ? { order: q.answer as string[] }
          : { response: q.answer as string }),
      });
    }
    const pending = await (await ann.get(`/attempts/${attempt}/results`)).text();
    expect(pending).toContain("will be visible here after the due date");
    expect(pending).not.toContain("Every question");
    expect(await t.db.first("SELECT COUNT(*) AS n FROM cards", undefined, (r) => Number(r.n))).toBe(
      0,
    );
    const again = await ann.post(`/assignments/${a?.id}/start`);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("used all 1 attempts");
    t.clock.set("2026-03-21T09:00:00Z");
    expect(plain(await (await ann.get(`/attempts/${attempt}/results`)).text())).toContain(
      "Your answer",
    );
  });
});

describe("dashboard and export", () => {
  it("shows each student's progress, predicted recall on the due date and per-event shares", async () => {
    const { id, code } = await createClass();
    await ann.post("/classes/join", { code });
    await assign(id, { due: "2026-03-20" });
    const [a] = await assignmentsOfClass(t.db, id);
    const annId = (await findUserByEmail(t.db, "ann@example.org"))?.id ?? null;
    const dueAt = a?.dueAt ?? 0;
    // One learned card: stability 10 days, last reviewed 5 days before the due date → R ≈ 0.9403.
    await t.db.execute(
      `INSERT INTO cards (user_id, event_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, version)
       VALUES (?, 'ev_a1', ?, 10, 5, 0, 10, 0, 2, 0, 2, ?, 2)`,
      [annId, dueAt + 5 * DAY, dueAt - 5 * DAY],
    );
    const html = await (await teacher.get(`/classes/${id}/assignments/${a?.id}`)).text();
    const text = plain(html);
    expect(text).toContain("Ann");
    expect(text).toContain("1 / 8");
    // Deck mean: 0.9403 / 8 events = 11.8% → "12%".
    expect(text).toMatch(/Ann in progress 1 \/ 8 0 never — 12% no/);
    expect(text).toContain("Rebels captured Idlib city after four days of fighting. 94%");
    expect(html).toContain("Share of the class predicted to recall each event on the due date");
  });

  it("exports the results as RFC 4180 CSV, safe to open in a spreadsheet", async () => {
    const { id, code } = await createClass();
    const odd = client(t.app);
    await odd.signup('=HYPERLINK("x"), "Bob"', "bob@example.org");
    await odd.post("/classes/join", { code });
    await assign(id, {});
    const [a] = await assignmentsOfClass(t.db, id);
    const res = await teacher.get(`/classes/${id}/assignments/${a?.id}/export.csv`);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.csv"/);
    const csv = await res.text();
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "student,email,status,events_studied,events,reviews,last_active,quiz_score,predicted_recall_on_due_date,on_track",
    );
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""x""), ""Bob""",bob@example.org,not started,0,8,0,,,0.000,no`,
    );
    expect((await ann.get(`/classes/${id}/assignments/${a?.id}/export.csv`)).status).toBe(403);
  });

  it("analyses the questions of a quiz assignment", async () => {
    const { id, code } = await createClass();
    await assign(id, {
      kind: "quiz",
      "kind_date-choice": "on",
      "kind_what-happened": "on",
      "kind_which-first": "on",
      count: "5",
    });
    const [a] = await assignmentsOfClass(t.db, id);
    const questions = (await getQuiz(t.db, a?.quizId ?? ""))?.questions ?? [];
    // Before anyone has answered, a question has no facility ("—"), not 0%.
    const before = plain(await (await teacher.get(`/classes/${id}/assignments/${a?.id}`)).text());
    const items = before.split("Flags")[1] ?? "";
    expect(items).toMatch(/^ 1 .+? — — — 2 /);
    expect(items).not.toContain("%");
    // Five students: student k answers the first k questions right and the rest wrong.
    for (let k = 0; k < 5; k++) {
      const s = client(t.app);
      await s.signup(`S${k}`, `s${k}@example.org`);
      await s.post("/classes/join", { code });
      const attempt =
        (await s.post(`/assignments/${a?.id}/start`)).headers.get("location")?.split("/").pop() ??
        "";
      for (const [i, q] of questions.entries()) {
        const wrong = (q.choices ?? []).find((c) => c !== q.answer) ?? "x";
        await s.post(`/attempts/${attempt}/answer`, {
          position: String(i),
          question: q.id,
          action: "next",
          response: i < k ? (q.answer as string) : wrong,
        });
      }
    }
    const text = plain(await (await teacher.get(`/classes/${id}/assignments/${a?.id}`)).text());
    // Question 1: right for k = 1..4 → facility 80%; upper group {S4} right, lower {S0} wrong → 1.00.
    expect(text).toMatch(/1 .+? 80% 1\.00/);
    // Question 5: nobody right → facility 0% and flagged as very hard.
    expect(text).toMatch(/5 .+? 0% 0\.00 very hard/);
  });
});
