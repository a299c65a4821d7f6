import type { ResultSet } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/auth/tokens.ts";
import { type Grade, newCard, reviewCard } from "../../src/core/schedule.ts";
import { type ReviewInput, reviewStatements } from "../../src/db/cards.ts";
import type { Db } from "../../src/db/db.ts";
import {
  BUMPS_PER_REVIEW,
  createStudyStates,
  doneToday,
  lastUndoable,
  type StudyState,
  type StudyStates,
  undoStatements,
} from "../../src/db/study-state.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

const DAY = 86_400_000;
const now = new Date("2026-03-02T09:00:00Z");
const dayStart = new Date("2026-03-02T04:00:00Z").getTime();

let t: TempDb;
let statements = 0;
/** Cards each read or write brought back (the size of the difference), most recent last. */
let shipped: number[] = [];
/** The temp database, counting the statements that reach it and the cards they return. */
let db: Db;

const cardsIn = (row: Record<string, unknown> | undefined) =>
  row?.changes === null || row?.changes === undefined
    ? 0
    : (JSON.parse(String(row.changes)) as unknown[]).length;

beforeEach(async () => {
  t = await tempDb();
  statements = 0;
  shipped = [];
  db = {
    ...t.db,
    first(sql, args, map) {
      statements++;
      return t.db.first(sql, args, (row) => {
        if ("changes" in row) shipped.push(cardsIn(row as Record<string, unknown>));
        return map(row);
      });
    },
    async batch(stmts) {
      statements += stmts.length;
      const results: ResultSet[] = await t.db.batch(stmts);
      const last = results.at(-1)?.rows[0] as Record<string, unknown> | undefined;
      if (last && "changes" in last) shipped.push(cardsIn(last));
      return results;
    },
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
    questionId: `q_${eventId.slice(3)}`,
    origin: "study",
    variant: 0,
    variantDay: 1,
    durationMs: 1000,
  };
}

async function read(states = createStudyStates(), userId = 1, at = now) {
  const found = await states.read(db, userId, at);
  if (found === null) throw new Error("no such learner");
  return found.state;
}

/** Grade a card through `states`, from its copy; whether the review was recorded. */
async function grade(
  states: StudyStates,
  eventId: string,
  rating: Grade,
  userId = 1,
  at = now,
): Promise<boolean> {
  const seen = await read(states, userId, at);
  const { results } = await states.write(
    db,
    userId,
    reviewStatements(review(seen, userId, eventId, rating, at)),
    seen,
    at,
  );
  return results[1]?.rowsAffected === 1;
}

const plain = (s: StudyState) => ({
  version: s.version,
  cards: Object.fromEntries(s.cards),
  stamps: Object.fromEntries(s.stamps),
  undoable: Object.fromEntries(s.undoable),
  recent: Object.fromEntries(s.recent),
  done: doneToday(s, dayStart),
  last: lastUndoable(s),
});

/** What a process that never saw the learner would read: the whole state. */
const fresh = async () => plain(await read(createStudyStates()));

describe("a learner's study state kept between requests", () => {
  it("loads once, then costs one statement that ships no card while nothing changes", async () => {
    const states = createStudyStates();
    await grade(createStudyStates(), "ev_a", 3);
    await read(states);
    expect(shipped.at(-1)).toBe(1);
    statements = 0;
    const again = await read(states);
    expect(statements).toBe(1);
    expect(shipped.at(-1)).toBe(0);
    expect(again.cards.size).toBe(1);
  });

  it("reads a review back in its own transaction: the copy is exact as of the commit", async () => {
    const states = createStudyStates();
    expect(await grade(states, "ev_a", 3)).toBe(true);
    expect(await grade(states, "ev_a", 1)).toBe(true);
    expect(await grade(states, "ev_b", 4)).toBe(true);
    statements = 0;
    const kept = await read(states);
    expect(statements).toBe(1);
    expect(shipped.at(-1)).toBe(0);
    expect(plain(kept)).toEqual(await fresh());
    expect(doneToday(kept, dayStart)).toEqual({ newCards: 2, reviews: 0 });
    expect(kept.cards.get("ev_a")?.version).toBe(2);
    expect([...kept.undoable.keys()].sort()).toEqual(["ev_a", "ev_b"]);
    expect(lastUndoable(kept)?.eventId).toBe("ev_b");
  });

  it("records a card version once: a repeated submission changes neither the database nor the copy", async () => {
    const states = createStudyStates();
    const shown = await read(states);
    const input = review(shown, 1, "ev_a", 3);
    const first = await states.write(db, 1, reviewStatements(input), shown, now);
    expect(first.results[1]?.rowsAffected).toBe(1);
    const version = (await read(createStudyStates())).version;
    const again = await states.write(db, 1, reviewStatements(input), shown, now);
    expect(again.results[1]?.rowsAffected).toBe(0);
    expect((await read(createStudyStates())).version).toBe(version);
    expect(plain(await read(states))).toEqual(await fresh());
    const logs = await t.db.first("SELECT COUNT(*) AS n FROM review_logs", undefined, (r) =>
      Number(r.n),
    );
    expect(logs).toBe(1);
  });

  it("does not write a review computed from a card that changed behind the copy's back", async () => {
    const states = createStudyStates();
    await grade(states, "ev_a", 3);
    const seen = await read(states);
    // A job changes the card without moving its version; only the stamp tells.
    await t.db.execute("UPDATE cards SET due = 42 WHERE user_id = 1 AND event_id = 'ev_a'");
    const input = { ...review(seen, 1, "ev_a", 3), stamp: seen.stamps.get("ev_a") ?? -1 };
    const { results, state } = await states.write(db, 1, reviewStatements(input), seen, now);
    expect(results.map((r) => r.rowsAffected)).toEqual([0, 0]);
    // What it read back is the card as the job left it, at the same version: a retry can use it.
    expect(state?.cards.get("ev_a")).toMatchObject({ due: 42, version: 1 });
    const retry = {
      ...review(state as StudyState, 1, "ev_a", 3),
      stamp: state?.stamps.get("ev_a"),
    };
    const again = await states.write(db, 1, reviewStatements(retry), state as StudyState, now);
    expect(again.results[1]?.rowsAffected).toBe(1);
  });

  it("moves study_version by BUMPS_PER_REVIEW for each recorded review", async () => {
    const before = (await read()).version;
    await grade(createStudyStates(), "ev_a", 3);
    expect((await read()).version).toBe(before + BUMPS_PER_REVIEW);
  });

  it("catches up on another process's review by reading only the card it changed", async () => {
    const here = createStudyStates();
    const there = createStudyStates();
    for (const e of ["ev_a", "ev_b", "ev_c", "ev_d"]) await grade(here, e, 3);
    await read(there);
    expect(shipped.at(-1)).toBe(4);
    // Requests alternate: each lands on the process that did not serve the last one.
    await grade(there, "ev_b", 1);
    const caught = await read(here);
    expect(shipped.at(-1)).toBe(1);
    expect(plain(caught)).toEqual(await fresh());
    await grade(here, "ev_e", 4);
    const back = await read(there);
    expect(shipped.at(-1)).toBe(1);
    expect(plain(back)).toEqual(await fresh());
    expect(doneToday(back, dayStart)).toEqual({ newCards: 5, reviews: 0 });
  });

  it("sees a change by any writer (a CLI job, another process) at the next read, by difference", async () => {
    const states = createStudyStates();
    await grade(states, "ev_a", 3);
    await grade(states, "ev_b", 3);
    await read(states);
    await t.db.execute("UPDATE cards SET due = ? WHERE user_id = 1 AND event_id = 'ev_a'", [42]);
    const changed = await read(states);
    expect(shipped.at(-1)).toBe(1);
    expect(changed.cards.get("ev_a")?.due).toBe(42);
    // A log change alone (undone by a job) stamps its card too.
    await t.db.execute("UPDATE review_logs SET undone_at = ? WHERE user_id = 1", [now.getTime()]);
    const after = await read(states);
    expect(shipped.at(-1)).toBe(2);
    expect(after.undoable.size).toBe(0);
    expect(lastUndoable(after)).toBeNull();
    expect(doneToday(after, dayStart)).toEqual({ newCards: 0, reviews: 0 });
    expect(plain(after)).toEqual(await fresh());
  });

  it("reads the whole state again after a card was deleted (a difference cannot show it)", async () => {
    const states = createStudyStates();
    for (const e of ["ev_a", "ev_b", "ev_c"]) await grade(states, e, 3);
    await read(states);
    await t.db.execute("DELETE FROM cards WHERE user_id = 1 AND event_id = 'ev_b'");
    const after = await read(states);
    expect(shipped.at(-1)).toBe(2);
    expect([...after.cards.keys()].sort()).toEqual(["ev_a", "ev_c"]);
    expect(plain(after)).toEqual(await fresh());
    // A card moved to another event is, for the copy, a deletion too.
    await t.db.execute(
      "UPDATE cards SET event_id = 'ev_z' WHERE user_id = 1 AND event_id = 'ev_c'",
    );
    const moved = await read(states);
    expect([...moved.cards.keys()].sort()).toEqual(["ev_a", "ev_z"]);
    expect(plain(moved)).toEqual(await fresh());
  });

  it("does not lose a change another process made between this one's read and its write", async () => {
    const here = createStudyStates();
    const there = createStudyStates();
    const shownHere = await read(here);
    await grade(there, "ev_x", 3);
    const { state } = await here.write(
      db,
      1,
      reviewStatements(review(shownHere, 1, "ev_y", 3)),
      shownHere,
      now,
    );
    expect(shipped.at(-1)).toBe(2);
    expect([...(state?.cards.keys() ?? [])].sort()).toEqual(["ev_x", "ev_y"]);
    expect(state && plain(state)).toEqual(await fresh());
  });

  it("counts any day's work from the recent reviews it keeps, without reading again", async () => {
    const states = createStudyStates();
    await grade(states, "ev_a", 3, 1, new Date(dayStart - 3_600_000));
    await grade(states, "ev_b", 3);
    const state = await read(states);
    expect(doneToday(state, dayStart)).toEqual({ newCards: 1, reviews: 0 });
    expect(doneToday(state, dayStart - DAY)).toEqual({ newCards: 2, reviews: 0 });
    statements = 0;
    const tomorrow = new Date(now.getTime() + DAY);
    expect(doneToday(await read(states, 1, tomorrow), dayStart + DAY)).toEqual({
      newCards: 0,
      reviews: 0,
    });
    expect(statements).toBe(1);
  });

  it("drops the learners idle longest once it holds more cards than its limit", async () => {
    const states = createStudyStates(1);
    for (const userId of [1, 2]) await grade(states, "ev_a", 3, userId);
    shipped = [];
    await read(states, 2);
    expect(shipped).toEqual([0]);
    await read(states, 1);
    expect(shipped).toEqual([0, 1]);
  });

  it("answers null for a learner who no longer exists", async () => {
    const states = createStudyStates();
    await read(states);
    await t.db.execute("DELETE FROM users WHERE id = 1");
    expect(await states.read(db, 1, now)).toBeNull();
  });
});

describe("undo by review", () => {
  it("restores the card exactly, once: the same review undone again changes nothing", async () => {
    const states = createStudyStates();
    await grade(states, "ev_a", 3);
    const before = await t.db.first(
      "SELECT due, stability, state, reps FROM cards WHERE event_id = 'ev_a'",
      undefined,
      (r) => ({ ...r }),
    );
    await grade(states, "ev_a", 4, 1, new Date(now.getTime() + 600_000));
    const seen = await read(states);
    const target = lastUndoable(seen);
    expect(target?.eventId).toBe("ev_a");
    const undo = () => states.write(db, 1, undoStatements(1, target?.logId ?? 0, now), seen, now);
    const once = await undo();
    expect(once.results[1]?.rowsAffected).toBe(1);
    const after = await t.db.first(
      "SELECT due, stability, state, reps FROM cards WHERE event_id = 'ev_a'",
      undefined,
      (r) => ({ ...r }),
    );
    expect(after).toEqual(before);
    const twice = await undo();
    expect(twice.results[1]?.rowsAffected).toBe(0);
    const undone = await t.db.first(
      "SELECT COUNT(*) AS n FROM review_logs WHERE undone_at IS NOT NULL",
      undefined,
      (r) => Number(r.n),
    );
    expect(undone).toBe(1);
    expect(once.state && plain(once.state)).toEqual(await fresh());
    // The card's version moved on, so the first review is not offered (Undo goes back one step).
    expect(lastUndoable(await read(states))).toBeNull();
  });

  it("does not undo a review whose card was studied again since", async () => {
    const states = createStudyStates();
    await grade(states, "ev_a", 3);
    const first = lastUndoable(await read(states));
    await grade(states, "ev_a", 3, 1, new Date(now.getTime() + 600_000));
    const seen = await read(states);
    const { results } = await states.write(
      db,
      1,
      undoStatements(1, first?.logId ?? 0, now),
      seen,
      now,
    );
    expect(results.map((r) => r.rowsAffected)).toEqual([0, 0]);
  });
});

describe("the study loop's one read", () => {
  it("returns the session, the settings, the state and a collection's version in one statement", async () => {
    const states = createStudyStates();
    await t.db.execute(
      "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, 1, 0, ?)",
      [await sha256Hex("token-1"), now.getTime() + DAY],
    );
    await t.db.execute(
      `INSERT INTO collections (id, kind, title, status, version, content_hash, bank, created_at, updated_at)
       VALUES ('c1', 'bank', 'C', 'published', 7, 'h', '{}', 0, 0)`,
    );
    await grade(createStudyStates(), "ev_a", 3);
    statements = 0;
    const hash = await sha256Hex("token-1");
    const found = await states.readSession(db, hash, now, "c1");
    expect(statements).toBe(1);
    expect(found?.user.email).toBe("learner1@example.org");
    expect(found?.settings).toMatchObject({ newPerDay: 20, retention: 0.9 });
    expect(found?.collectionVersion).toBe(7);
    expect(found?.state.cards.size).toBe(1);
    // The same token next time sends the copy's version: nothing more to ship.
    const again = await states.readSession(db, hash, now, null);
    expect(shipped.at(-1)).toBe(0);
    expect(again?.collectionVersion).toBeNull();
    expect(await states.readSession(db, await sha256Hex("unknown"), now, null)).toBeNull();
    expect(await states.readSession(db, hash, new Date(now.getTime() + 2 * DAY), null)).toBeNull();
  });
});
