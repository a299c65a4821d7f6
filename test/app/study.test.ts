import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, client } from "../helpers/client.ts";
import { hiddenFields, plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
let alice: Client;
const DECK = "bank-all";
const HX = { "HX-Request": "true" };

beforeEach(async () => {
  t = await testApp("2026-03-02T09:00:00Z");
  alice = client(t.app);
  await alice.signup("Alice", "alice@example.org");
});
afterEach(() => t.cleanup());

const reviews = () =>
  t.db.all(
    "SELECT event_id, card_version, rating, undone_at FROM review_logs ORDER BY id",
    undefined,
    (r) => ({
      event: String(r.event_id),
      version: Number(r.card_version),
      rating: Number(r.rating),
      undone: r.undone_at !== null,
    }),
  );

const card = (event: string) =>
  t.db.first(
    "SELECT * FROM cards WHERE event_id = ?",
    [event],
    (r) => ({ ...r }) as Record<string, unknown>,
  );

async function front(): Promise<{ html: string; fields: Record<string, string> }> {
  const html = await (await alice.get(`/decks/${DECK}/study`)).text();
  return { html, fields: hiddenFields(html, `/decks/${DECK}/study/answer`) };
}

async function grade(
  fields: Record<string, string>,
  rating: number,
  headers: Record<string, string> = HX,
) {
  return alice.post(`/decks/${DECK}/study/grade`, { ...fields, rating: String(rating) }, headers);
}

describe("studying a deck", () => {
  it("asks visitors to log in first", async () => {
    const res = await client(t.app).get(`/decks/${DECK}/study`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(
      `/login?next=${encodeURIComponent(`/decks/${DECK}/study`)}`,
    );
  });

  it("shows a new card's question, then its answer with the source and four rated intervals", async () => {
    const { html, fields } = await front();
    expect(html).toContain("Show answer");
    expect(fields.event).toBe("ev_a1");
    expect(fields.version).toBe("0");
    const back = await (await alice.post(`/decks/${DECK}/study/answer`, fields, HX)).text();
    expect(back).not.toContain("<html");
    expect(back).toContain("28 March 2015");
    expect(back).toContain("rebels captured Idlib city");
    expect(back).toContain("Siege of the two towns");
    const text = plain(back);
    expect(text).toMatch(/Again 1 1m/);
    expect(text).toMatch(/Good 3 10m/);
    expect(text).toMatch(/Easy 4 \d+d/);
  });

  it("checks a typed answer and suggests a rating the learner can change", async () => {
    // Study the first card so the second (a typed question) comes up next day... instead answer the choice card.
    const { fields } = await front();
    const right = await (
      await alice.post(`/decks/${DECK}/study/answer`, { ...fields, response: "28 March 2015" }, HX)
    ).text();
    expect(plain(right)).toContain("Your answer: 28 March 2015 — Right");
    expect(right).toMatch(/data-grade="4"[^>]*data-suggested="true"/);

    t.clock.advance(30_000);
    const slow = await (
      await alice.post(`/decks/${DECK}/study/answer`, { ...fields, response: "28 March 2015" }, HX)
    ).text();
    expect(slow).toMatch(/data-grade="3"[^>]*data-suggested="true"/);

    const wrong = await (
      await alice.post(
        `/decks/${DECK}/study/answer`,
        { ...fields, response: "11 January 2016" },
        HX,
      )
    ).text();
    expect(plain(wrong)).toContain("Not right");
    expect(wrong).toMatch(/data-grade="1"[^>]*data-suggested="true"/);
  });

  it("says the feedback once: the answers, one quote with its document, no restated event, on htmx and full pages", async () => {
    // The feedback region: the card minus its prompt and its rating buttons.
    const feedback = (html: string) => {
      const card = html.slice(html.indexOf('id="study-card"'));
      return plain(card.slice(card.indexOf("</h2>"), card.indexOf('class="grades"')));
    };
    const count = (text: string, part: string) => text.split(part).length - 1;
    const base = { version: "0", shown_at: String(t.clock.now.getTime()) };
    for (const headers of [HX, {}]) {
      // A what-happened card: the answer is the event's own sentence, which the quote restates.
      const wrong = feedback(
        await (
          await alice.post(
            `/decks/${DECK}/study/answer`,
            {
              ...base,
              event: "ev_a4",
              question: "q_wh1",
              response: "75 buses evacuated around 5,000 people to Aleppo.",
            },
            headers,
          )
        ).text(),
      );
      expect(count(wrong, "Red Cross organized an aid convoy")).toBe(1);
      expect(wrong).toContain(
        "Your answer: 75 buses evacuated around 5,000 people to Aleppo. — Not right",
      );
      expect(wrong).toContain(
        "Answer: The Red Cross organized an aid convoy to Kefriya and Fu'ah.",
      );
      expect(wrong).toContain("From Siege of the two towns");

      // A typed date without its year: partial credit that says why; the event once, in the quote.
      const yearless = feedback(
        await (
          await alice.post(
            `/decks/${DECK}/study/answer`,
            { ...base, event: "ev_a1", question: "q_a1t", response: "28 March" },
            headers,
          )
        ).text(),
      );
      expect(yearless).toContain(
        "Your answer: 28 March — Partly right (50%): the day and month are right, but no year",
      );
      expect(yearless).toContain("Answer: 28 March 2015");
      expect(count(yearless, "rebels captured Idlib city")).toBe(1);
      expect(yearless).toContain(
        "“On 28 March 2015, after four days of fighting, rebels captured Idlib city.” — Siege of the two towns",
      );
    }
    // What other sources say differently is not a restatement: it stays.
    const conflict = feedback(
      await (
        await alice.post(
          `/decks/${DECK}/study/answer`,
          { ...base, event: "ev_b1", question: "q_b1c", response: "18 July 2018" },
          HX,
        )
      ).text(),
    );
    expect(conflict).toContain("another source says 17 July");
  });

  it("shows the front's counts on the back, and counts afresh when the form lacks them", async () => {
    const counts = (html: string) =>
      /\d+ learning · \d+ to review · \d+ new left today/.exec(plain(html))?.[0];
    const first = await front();
    expect(counts(first.html)).toBeDefined();
    const back = await (await alice.post(`/decks/${DECK}/study/answer`, first.fields, HX)).text();
    expect(counts(back)).toBe(counts(first.html));
    const { learning: _l, review: _r, fresh: _f, ...bare } = first.fields;
    const recounted = await (await alice.post(`/decks/${DECK}/study/answer`, bare, HX)).text();
    expect(counts(recounted)).toBe(counts(first.html));
  });

  it("records a review atomically and moves on to the next card", async () => {
    const { fields } = await front();
    const res = await grade(fields, 3);
    expect(res.status).toBe(200);
    const next = await res.text();
    expect(hiddenFields(next, `/decks/${DECK}/study/answer`).event).toBe("ev_a2");
    expect(await reviews()).toEqual([{ event: "ev_a1", version: 0, rating: 3, undone: false }]);
    const c = await card("ev_a1");
    expect(c).toMatchObject({ state: 1, reps: 1, version: 1, variant_day: expect.any(Number) });
    expect(Number(c?.due)).toBe(t.clock.now.getTime() + 10 * 60_000);
  });

  it("records a repeated submission of the same card once and shows where the learner is", async () => {
    const { fields } = await front();
    const [a, b] = await Promise.all([grade(fields, 3), grade(fields, 1)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const third = await grade(fields, 4);
    expect(await third.text()).toContain("already graded");
    expect(await reviews()).toHaveLength(1);
    expect((await card("ev_a1"))?.version).toBe(1);
  });

  it("undoes the last review exactly, and cannot replay the undone form", async () => {
    const first = await front();
    await grade(first.fields, 3);
    t.clock.advance(11 * 60_000);
    // The learning card is due again: review it a second time, then undo that.
    const again = hiddenFields(
      await (await alice.get(`/decks/${DECK}/study`)).text(),
      `/decks/${DECK}/study/answer`,
    );
    expect(again.event).toBe("ev_a1");
    const before = await card("ev_a1");
    const graded = await (await grade(again, 3)).text();
    expect((await card("ev_a1"))?.state).toBe(2);

    const undoForm = hiddenFields(graded, `/decks/${DECK}/study/undo`);
    const undo = await (await alice.post(`/decks/${DECK}/study/undo`, undoForm, HX)).text();
    expect(undo).toContain("The last review was undone.");
    expect(hiddenFields(undo, `/decks/${DECK}/study/answer`).event).toBe("ev_a1");
    const after = await card("ev_a1");
    // Only the version (forward, never back) and the change stamp differ.
    const { version: v1, change_seq: _s1, ...restBefore } = before ?? {};
    const { version: v2, change_seq: _s2, ...restAfter } = after ?? {};
    expect(restAfter).toEqual(restBefore);
    expect(Number(v2)).toBeGreaterThan(Number(v1));
    expect((await reviews()).map((r) => r.undone)).toEqual([false, true]);

    const replay = await grade(again, 4);
    expect(await replay.text()).toContain("already graded");
    expect(await reviews()).toHaveLength(2);
  });

  it("undoes the review the form names, once: a repeated or retried Undo says where the learner is", async () => {
    // The issue's reproduction: two new cards graded Good, then the same Undo sent twice.
    const first = await front();
    await grade(first.fields, 3);
    const second = await front();
    const page = await (await grade(second.fields, 3)).text();
    const undoForm = hiddenFields(page, `/decks/${DECK}/study/undo`);
    const once = await (await alice.post(`/decks/${DECK}/study/undo`, undoForm, HX)).text();
    expect(once).toContain("The last review was undone.");
    expect(hiddenFields(once, `/decks/${DECK}/study/answer`).event).toBe(second.fields.event);
    const twice = await (await alice.post(`/decks/${DECK}/study/undo`, undoForm, HX)).text();
    expect(twice).toContain("That review was already undone");
    expect(twice).not.toContain("The last review was undone.");
    // Where the learner is: the restored card comes up again, and Undo now names the first review.
    expect(hiddenFields(twice, `/decks/${DECK}/study/answer`).event).toBe(second.fields.event);
    expect(Number(hiddenFields(twice, `/decks/${DECK}/study/undo`).review)).toBeLessThan(
      Number(undoForm.review),
    );
    expect((await reviews()).map((r) => r.undone)).toEqual([false, true]);
    // Without JavaScript the same retry posts a whole page that says so.
    const page2 = await (await alice.post(`/decks/${DECK}/study/undo`, undoForm)).text();
    expect(page2).toContain("<html");
    expect(page2).toContain("That review was already undone");
    expect((await reviews()).map((r) => r.undone)).toEqual([false, true]);
  });

  it("refuses an Undo that names no review, or another learner's, and changes nothing", async () => {
    const first = await front();
    const page = await (await grade(first.fields, 3)).text();
    const bob = client(t.app);
    await bob.signup("Bob", "bob@example.org");
    const bobFront = await (await bob.get(`/decks/${DECK}/study`)).text();
    await bob.post(
      `/decks/${DECK}/study/grade`,
      { ...hiddenFields(bobFront, `/decks/${DECK}/study/answer`), rating: "3" },
      HX,
    );
    const missing = await alice.post(`/decks/${DECK}/study/undo`, {}, HX);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("reload the page");
    const bobsReview = String(
      await t.db.first(
        "SELECT l.id FROM review_logs l JOIN users u ON u.id = l.user_id WHERE u.email = 'bob@example.org'",
        undefined,
        (r) => Number(r.id),
      ),
    );
    const foreign = await (
      await alice.post(`/decks/${DECK}/study/undo`, { review: bobsReview }, HX)
    ).text();
    expect(foreign).toContain("That review was already undone");
    expect((await reviews()).map((r) => r.undone)).toEqual([false, false]);
    expect(hiddenFields(page, `/decks/${DECK}/study/undo`).review).not.toBe(bobsReview);
  });

  it("keeps the due date on undo even when the card was reviewed early", async () => {
    // ts-fsrs' rollback puts `due` at the review time; the stored snapshot does not.
    const first = await front();
    await grade(first.fields, 4);
    const c1 = await card("ev_a1");
    t.clock.advance(60_000);
    await alice.post("/settings", {
      new_per_day: "1",
      reviews_per_day: "100",
      retention: "0.9",
      time_zone: "UTC",
    });
    const early = await (await alice.get(`/decks/${DECK}/study`)).text();
    expect(early).toContain("All done for now");
    await alice.post(`/decks/${DECK}/study/undo`, hiddenFields(early, /\/study\/undo$/), HX);
    const restored = await card("ev_a1");
    expect(restored?.state).toBe(0);
    expect(c1?.due).not.toEqual(restored?.due);
  });

  it("stops offering new cards at the daily limit and resumes the next day", async () => {
    await alice.post("/settings", {
      new_per_day: "2",
      reviews_per_day: "100",
      retention: "0.9",
      time_zone: "UTC",
    });
    for (let i = 0; i < 2; i++) {
      const { fields } = await front();
      await grade(fields, 4);
    }
    expect(await (await alice.get(`/decks/${DECK}/study`)).text()).toContain("All done for now");
    t.clock.set("2026-03-03T05:00:00Z");
    const next = await (await alice.get(`/decks/${DECK}/study`)).text();
    expect(next).toContain("Show answer");
  });

  it("shows due reviews before new cards", async () => {
    const { fields } = await front();
    await grade(fields, 4); // ev_a1 scheduled days ahead
    t.clock.set("2026-03-28T09:00:00Z");
    const next = await front();
    expect(next.fields.event).toBe("ev_a1");
  });

  it("shows at once a change another process made to the learner's cards (a CLI job, a second server)", async () => {
    const { fields } = await front();
    await grade(fields, 4);
    expect((await front()).fields.event).toBe("ev_a2");
    // Another process makes ev_a1 due now, behind this server's back.
    await t.db.execute("UPDATE cards SET due = ? WHERE event_id = 'ev_a1'", [
      t.clock.now.getTime() - 60_000,
    ]);
    const next = await front();
    expect(next.fields.event).toBe("ev_a1");
    expect(plain(next.html)).toContain("1 to review");
  });

  it("grades from the card as it is, when a job changed it behind the server's back", async () => {
    const { fields } = await front();
    await grade(fields, 1);
    t.clock.advance(2 * 60_000);
    const shown = await front();
    expect(shown.fields).toMatchObject({ event: "ev_a1", version: "1" });
    // No new version: only the card's change stamp shows that something moved.
    await t.db.execute("UPDATE cards SET stability = 9 WHERE event_id = 'ev_a1'");
    const res = await grade(shown.fields, 3);
    expect(await res.text()).not.toContain("already graded");
    const logged = await t.db.all(
      "SELECT card_version, previous_card FROM review_logs ORDER BY id",
      undefined,
      (r) => ({
        version: Number(r.card_version),
        stability: (JSON.parse(String(r.previous_card)) as { stability: number }).stability,
      }),
    );
    expect(logged).toHaveLength(2);
    expect(logged[1]).toEqual({ version: 1, stability: 9 });
  });

  it("keeps one question variant per card per day and rotates on later days", async () => {
    const { fields } = await front();
    await grade(fields, 1);
    t.clock.advance(2 * 60_000);
    const sameDay = await front();
    expect(sameDay.fields.event).toBe("ev_a1");
    expect(sameDay.fields.question).toBe(fields.question);
    await grade(sameDay.fields, 3);
    t.clock.set("2026-03-20T10:00:00Z");
    const later = await front();
    expect(later.fields.event).toBe("ev_a1");
    expect(later.fields.question).not.toBe(fields.question);
  });

  it("refuses tampered cards and questions with a clear message and changes nothing", async () => {
    const { fields } = await front();
    for (const bad of [
      { ...fields, event: "ev_zzz" },
      { ...fields, question: "q_b1c" },
      { ...fields, rating: "9" },
      { ...fields, version: "-1" },
      { event: fields.event ?? "" },
    ]) {
      const res = await alice.post(`/decks/${DECK}/study/grade`, { rating: "3", ...bad }, HX);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/role="alert"/);
    }
    expect(await reviews()).toHaveLength(0);
    expect(await card("ev_a1")).toBeNull();
  });

  it("works without JavaScript: a grade posts a whole page and redirects back", async () => {
    const { fields } = await front();
    const page = await (await alice.post(`/decks/${DECK}/study/answer`, fields)).text();
    expect(page).toContain("<html");
    const res = await grade(fields, 3, {});
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/decks/${DECK}/study`);
  });
});

describe("settings", () => {
  it("validates limits and retention with clear messages and keeps the old values", async () => {
    const res = await alice.post("/settings", {
      new_per_day: "-3",
      reviews_per_day: "lots",
      retention: "0.99",
      time_zone: "Mars/Olympus",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Enter the number of new cards as a whole number");
    expect(html).toContain("Enter the number of reviews as a whole number");
    expect(html).toContain("Desired retention must be at most 0.97");
    expect(html).toContain("Choose a time zone from the list.");
    const row = await t.db.first("SELECT new_per_day, retention FROM users", undefined, (r) => ({
      ...r,
    }));
    expect(row).toMatchObject({ new_per_day: 20, retention: 0.9 });
  });

  it("saves valid settings", async () => {
    const res = await alice.post("/settings", {
      new_per_day: "5",
      reviews_per_day: "50",
      retention: "0.85",
      time_zone: "America/New_York",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/settings");
    const page = await (await alice.get("/settings")).text();
    expect(page).toContain("Your settings were saved.");
    // Shown once: a reload of the page does not say it again.
    expect(await (await alice.get("/settings")).text()).not.toContain("Your settings were saved.");
    const row = await t.db.first(
      "SELECT new_per_day, reviews_per_day, retention, time_zone FROM users",
      undefined,
      (r) => ({ ...r }),
    );
    expect(row).toMatchObject({
      new_per_day: 5,
      reviews_per_day: 50,
      retention: 0.85,
      time_zone: "America/New_York",
    });
  });
});
