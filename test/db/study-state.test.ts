import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Grade, newCard, reviewCard } from "../../src/core/schedule.ts";
import type { ReviewInput } from "../../src/db/cards.ts";
import type { Db } from "../../src/db/db.ts";
import { BUMPS_PER_REVIEW, createStudyStates, type StudyState } from "../../src/db/study-state.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

const DAY = 86_400_000;
const now = new Date("2026-03-02T09:00:00Z");
const dayStart = new Date("2026-03-02T00:00:00Z");

let t: TempDb;
let statements = 0;
/** The temp database, counting the statements that reach it. */
let db: Db;

beforeEach(async () => {
  t = await tempDb();
  statements = 0;
  const count =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      statements++;
      return fn(...args);
    };
  db = {
    ...t.db,
    execute: count(t.db.execute),
    first: count(t.db.first),
    all: count(t.db.all),
    batch: count(t.db.batch),
  };
  for (const id of [1, 2]) {
    await t.db.execute(
      "INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, 'x', 'student', 0)",
      [id, `learner${id}@example.org`, `Learner ${id}`],
    );
  }
});
afterEach(() => t.cleanup());

/** A review of `eventId` graded `rating`, from the state the learner was shown. */
function review(
  state: StudyState,
  userId: number,
  eventId: string,
  rating: Grade,
  at = now,
): ReviewInput {
  const shown = state.cards.get(eventId);
  const before = shown ?? newCard(at);
  const { card: after, log } = reviewCard(before, rating, at, { retention: 0.9, params: null });
  return {
    userId,
    eventId,
    shownVersion: shown?.version ?? 0,
    before,
    after,
    log,
    questionId: null,
    origin: "study",
    variant: 0,
    variantDay: 1,
    durationMs: 1000,
  };
}

async function read(states = createStudyStates(), userId = 1, from = dayStart) {
  const state = await states.read(db, userId, from);
  if (state === null) throw new Error("no such learner");
  return state;
}

const plain = (s: StudyState) => ({
  version: s.version,
  cards: Object.fromEntries(s.cards),
  done: s.done,
  undoable: [...s.undoable].sort(),
});

describe("a learner's study state kept between requests", () => {
  it("loads once, then costs one version check per read while nothing changes", async () => {
    const states = createStudyStates();
    await read(states);
    statements = 0;
    const again = await read(states);
    expect(statements).toBe(1);
    expect(again.cards.size).toBe(0);
  });

  it("applies a review recorded here in place, exactly as a fresh read would see it", async () => {
    const states = createStudyStates();
    const first = await read(states);
    expect((await states.review(db, review(first, 1, "ev_a", 3), first)).recorded).toBe(true);
    const second = await read(states);
    expect((await states.review(db, review(second, 1, "ev_a", 1), second)).recorded).toBe(true);
    expect((await states.review(db, review(second, 1, "ev_b", 4), second)).recorded).toBe(true);
    statements = 0;
    const kept = await read(states);
    expect(statements).toBe(1);
    const fresh = await read(createStudyStates());
    expect(plain(kept)).toEqual(plain(fresh));
    expect(kept.done).toEqual({ newCards: 2, reviews: 0 });
    expect(kept.cards.get("ev_a")?.version).toBe(2);
    expect([...kept.undoable].sort()).toEqual(["ev_a", "ev_b"]);
  });

  it("hands back its copy after a review, exact as of the commit, unless someone else wrote in between", async () => {
    const states = createStudyStates();
    const shown = await read(states);
    const { state } = await states.review(db, review(shown, 1, "ev_a", 3), shown);
    expect(state && plain(state)).toEqual(plain(await read(createStudyStates())));
    const again = await read(states);
    await t.db.execute("UPDATE cards SET due = 42 WHERE user_id = 1");
    expect((await states.review(db, review(again, 1, "ev_b", 3), again)).state).toBeNull();
    expect((await read(states)).cards.get("ev_a")?.due).toBe(42);
  });

  it("records a card version once: a repeated submission changes neither the database nor the copy", async () => {
    const states = createStudyStates();
    const shown = await read(states);
    const input = review(shown, 1, "ev_a", 3);
    expect((await states.review(db, input, shown)).recorded).toBe(true);
    const version = (await read(createStudyStates())).version;
    expect((await states.review(db, input, shown)).recorded).toBe(false);
    expect((await read(createStudyStates())).version).toBe(version);
    expect(plain(await read(states))).toEqual(plain(await read(createStudyStates())));
    const logs = await t.db.first("SELECT COUNT(*) AS n FROM review_logs", undefined, (r) =>
      Number(r.n),
    );
    expect(logs).toBe(1);
  });

  it("moves study_version by BUMPS_PER_REVIEW for each recorded review", async () => {
    const before = (await read()).version;
    const states = createStudyStates();
    const shown = await read(states);
    await states.review(db, review(shown, 1, "ev_a", 3), shown);
    expect((await read()).version).toBe(before + BUMPS_PER_REVIEW);
  });

  it("sees a change made by another writer (a CLI job, another process) at the next read", async () => {
    const states = createStudyStates();
    const shown = await read(states);
    await states.review(db, review(shown, 1, "ev_a", 3), shown);
    await t.db.execute("UPDATE cards SET due = ? WHERE user_id = 1 AND event_id = 'ev_a'", [42]);
    expect((await read(states)).cards.get("ev_a")?.due).toBe(42);
    await t.db.execute("UPDATE review_logs SET undone_at = ? WHERE user_id = 1", [now.getTime()]);
    const after = await read(states);
    expect(after.undoable.size).toBe(0);
    expect(after.done).toEqual({ newCards: 0, reviews: 0 });
  });

  it("does not keep a stale copy when another process reviews between this one's read and write", async () => {
    const here = createStudyStates();
    const there = createStudyStates();
    const shownHere = await read(here);
    const shownThere = await read(there);
    await there.review(db, review(shownThere, 1, "ev_x", 3), shownThere);
    await here.review(db, review(shownHere, 1, "ev_y", 3), shownHere);
    const seen = await read(here);
    expect([...seen.cards.keys()].sort()).toEqual(["ev_x", "ev_y"]);
    expect(seen.done.newCards).toBe(2);
  });

  it("counts today's work from the start of the learner's day", async () => {
    const states = createStudyStates();
    const shown = await read(states);
    await states.review(db, review(shown, 1, "ev_a", 3), shown);
    expect((await read(states)).done.newCards).toBe(1);
    const tomorrow = new Date(dayStart.getTime() + DAY);
    expect((await read(states, 1, tomorrow)).done.newCards).toBe(0);
  });

  it("drops the learners idle longest once it holds more cards than its limit", async () => {
    const states = createStudyStates(1);
    for (const userId of [1, 2]) {
      const shown = await read(states, userId);
      await states.review(db, review(shown, userId, "ev_a", 3), shown);
    }
    statements = 0;
    await read(states, 2);
    expect(statements).toBe(1);
    statements = 0;
    await read(states, 1);
    expect(statements).toBe(2);
  });

  it("answers null for a learner who no longer exists", async () => {
    const states = createStudyStates();
    await read(states);
    await t.db.execute("DELETE FROM users WHERE id = 1");
    expect(await states.read(db, 1, dayStart)).toBeNull();
  });
});
