import type { InStatement } from "@libsql/client";
import type { DoneToday, UserCard } from "../core/study-queue.ts";
import type { SessionUser } from "../core/users.ts";
import { CARD_FIELDS, cardFromValues, STAMP } from "./cards.ts";
import type { Db } from "./db.ts";
import { type LearnerSettings, toSettings, toUser } from "./users.ts";

/*
 * A learner's study state — their cards, the reviews Undo can still restore,
 * and their recent study reviews (for today's counts) — kept in memory between
 * requests by every process and Worker isolate that serves them.
 *
 * Triggers (migration 0020) move users.study_version on with every change to the
 * learner's cards or review log, by any writer, and stamp the card concerned
 * with the version the change produced. So a copy at version N is brought up to
 * date by one statement that returns the current version and the cards stamped
 * after N (nothing when N is current): a request that lands on another process
 * or isolate than the last one costs one small read, not a deck-sized one. A
 * change a stamp cannot show (a deleted card) raises users.study_floor, and a
 * copy older than the floor is read whole. Writes (a review, an undo) read the
 * same difference back in their own transaction, so the copy is exact as of
 * the commit without another round trip.
 */

/** A review Undo can restore: the log row that made the card what it is now. */
export type UndoEntry = { logId: number; reviewedAt: number; questionId: string | null };

export type StudyState = {
  /** users.study_version this copy corresponds to. */
  version: number;
  cards: Map<string, UserCard>;
  /** Each card's change stamp (cards.change_seq): a review computed from the copy is written only if it still holds. */
  stamps: Map<string, number>;
  /** Events whose latest review is not undone and still matches the card (Undo can restore it). */
  undoable: Map<string, UndoEntry>;
  /**
   * Each event's study reviews, not undone, of new and review cards in the last
   * RECENT_MS (pairs of reviewed_at and the state before the review, flattened):
   * enough to count any learner day's work, whatever the time zone.
   */
  recent: Map<string, number[]>;
  /** Memos, dropped whenever the copy changes. */
  memo: {
    done?: { dayStart: number; done: DoneToday };
    last?: (UndoEntry & { eventId: string }) | null;
  };
};

/** A learner's day lasts at most 25 hours (the autumn clock change); two more for clock skew. */
const RECENT_MS = 27 * 3_600_000;

/** How much a recorded review moves study_version (migration 0020: one for the card, one for the log row). */
export const BUMPS_PER_REVIEW = 2;

/*
 * The changed cards as one JSON array (decoding rows through the client costs
 * about five times as much): each card's columns, its change stamp, then the
 * review Undo can restore (id, time, question) or null, then its recent study
 * reviews.
 * ?2 is the copy's version (-1 for none) and ?3 the start of the recent window.
 */
const CHANGES = `CASE WHEN u.study_version <> ?2 THEN (
    SELECT json_group_array(json_array(${CARD_FIELDS.map((f) => `c.${f}`).join(", ")}, c.change_seq,
      json((SELECT json_array(l.id, l.reviewed_at, l.question_id) FROM review_logs l
        WHERE l.user_id = c.user_id AND l.event_id = c.event_id AND l.card_version = c.version - 1
          AND l.undone_at IS NULL)),
      json((SELECT json_group_array(json_array(l.reviewed_at, l.state)) FROM review_logs l
        WHERE l.user_id = c.user_id AND l.event_id = c.event_id AND +l.reviewed_at >= ?3
          AND l.undone_at IS NULL AND l.origin = 'study' AND l.state IN (0, 2)))))
    FROM cards c WHERE c.user_id = u.id
      AND c.change_seq > CASE WHEN ?2 >= u.study_floor THEN ?2 ELSE -1 END)
  END AS changes,
  u.study_version AS study_version, ?2 >= 0 AND ?2 >= u.study_floor AS incremental`;

/** The version of a collection (?4, or NULL for none) a process keeps, read along. */
const COLLECTION = "(SELECT version FROM collections WHERE id = ?4) AS collection_version";

/** The learner's version and what changed since ?2; ?1 is the learner. */
const DIFF_SQL = `SELECT ${CHANGES}, ${COLLECTION} FROM users u WHERE u.id = ?1`;

/**
 * The session (?1 the token's hash, ?5 now), the learner's settings, the same
 * difference and collection version: everything a study request reads, in one
 * statement and so one round trip to a libSQL server.
 */
const SESSION_SQL = `SELECT u.id, u.name, u.email, u.role, u.new_per_day, u.reviews_per_day, u.retention,
    u.time_zone, u.fsrs_params, s.expires_at, ${CHANGES}, ${COLLECTION}
  FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?1 AND s.expires_at > ?5`;

type Row = Record<string, unknown>;

const emptyState = (): StudyState => ({
  version: -1,
  cards: new Map(),
  stamps: new Map(),
  undoable: new Map(),
  recent: new Map(),
  memo: {},
});

/** Today's work: study reviews of new and of review cards since `dayStart`. */
export function doneToday(state: StudyState, dayStart: number): DoneToday {
  const memo = state.memo.done;
  if (memo && memo.dayStart === dayStart) return memo.done;
  const done = { newCards: 0, reviews: 0 };
  for (const [, pairs] of state.recent) {
    for (let i = 0; i < pairs.length; i += 2) {
      if ((pairs[i] as number) < dayStart) continue;
      if (pairs[i + 1] === 0) done.newCards++;
      else done.reviews++;
    }
  }
  state.memo.done = { dayStart, done };
  return done;
}

const later = (a: UndoEntry, b: UndoEntry) =>
  a.reviewedAt > b.reviewedAt || (a.reviewedAt === b.reviewedAt && a.logId > b.logId);

/** The review Undo restores first: the latest one that can still be undone, or null. */
export function lastUndoable(state: StudyState): (UndoEntry & { eventId: string }) | null {
  if (state.memo.last !== undefined) return state.memo.last;
  let last: (UndoEntry & { eventId: string }) | null = null;
  for (const [eventId, entry] of state.undoable) {
    if (last === null || later(entry, last)) last = { ...entry, eventId };
  }
  state.memo.last = last;
  return last;
}

/** The undoable review with this log id, if it can still be undone. */
export function undoableReview(
  state: StudyState,
  logId: number,
): (UndoEntry & { eventId: string }) | null {
  for (const [eventId, entry] of state.undoable) {
    if (entry.logId === logId) return { ...entry, eventId };
  }
  return null;
}

/**
 * The per-process store of study states, least recently used dropped first once
 * the copies hold more than `maxCards` cards in all.
 */
export function createStudyStates(maxCards = 250_000) {
  const entries = new Map<number, StudyState>();
  // Which learner a session token (its hash) belongs to, so its request can send the copy's version.
  const learnerOf = new Map<string, number>();
  let held = 0;

  /** The learner's copy (an empty one, version -1, if none), now the most recently used. */
  function use(userId: number, state = entries.get(userId) ?? emptyState()): StudyState {
    const old = entries.get(userId);
    if (old !== undefined) {
      held -= old.cards.size;
      entries.delete(userId);
    }
    entries.set(userId, state);
    held += state.cards.size;
    return state;
  }

  /** Drop the copies used longest ago until the rest fit, never the one just used. */
  function trim(justUsed: number) {
    for (const [id, e] of entries) {
      if (held <= maxCards) return;
      if (id === justUsed) continue;
      held -= e.cards.size;
      entries.delete(id);
    }
  }

  function forget(userId: number) {
    const e = entries.get(userId);
    if (e === undefined) return;
    held -= e.cards.size;
    entries.delete(userId);
  }

  /**
   * Bring the learner's copy up to a row of CHANGES read from version `base`. The
   * row holds every card changed after `base` as of its version, so it brings any
   * copy at or after `base` to that version exactly; a copy already at or past it
   * is left alone. `seen` is the copy the request read from (at or after `base`):
   * if another request replaced or dropped the kept copy meanwhile, it is kept again.
   */
  function advance(userId: number, seen: StudyState, base: number, row: Row): StudyState {
    const kept = entries.get(userId);
    const state = use(userId, kept !== undefined && kept.version >= base ? kept : seen);
    const version = Number(row.study_version);
    const incremental = Number(row.incremental) === 1;
    if (state.version >= version) return state;
    const before = state.cards.size;
    if (!incremental) {
      state.cards.clear();
      state.stamps.clear();
      state.undoable.clear();
      state.recent.clear();
      state.memo = {};
    }
    const changed = row.changes === null || row.changes === undefined ? "[]" : String(row.changes);
    const memo = state.memo;
    memo.done = undefined;
    for (const values of JSON.parse(changed) as unknown[][]) {
      const card = cardFromValues(values);
      const id = card.eventId;
      state.cards.set(id, card);
      state.stamps.set(id, Number(values[CARD_FIELDS.length]));
      const undo = values[CARD_FIELDS.length + 1] as [number, number, string | null] | null;
      const recent = values[CARD_FIELDS.length + 2] as [number, number][] | null;
      if (memo.last?.eventId === id) memo.last = undefined;
      if (undo === null) {
        state.undoable.delete(id);
      } else {
        const entry = { logId: undo[0], reviewedAt: undo[1], questionId: undo[2] };
        state.undoable.set(id, entry);
        if (memo.last !== undefined && (memo.last === null || later(entry, memo.last)))
          memo.last = { ...entry, eventId: id };
      }
      if (recent === null || recent.length === 0) state.recent.delete(id);
      else state.recent.set(id, recent.flat());
    }
    state.version = version;
    held += state.cards.size - before;
    trim(userId);
    return state;
  }

  const since = (now: Date) => now.getTime() - RECENT_MS;

  const versionOf = (row: Row) =>
    row.collection_version === null || row.collection_version === undefined
      ? null
      : Number(row.collection_version);

  return {
    /**
     * The learner's current study state, and the version of a collection the
     * caller keeps (null if none): one statement. Null for an unknown learner.
     */
    async read(
      db: Db,
      userId: number,
      now: Date,
      collectionId: string | null = null,
    ): Promise<{ state: StudyState; collectionVersion: number | null } | null> {
      const seen = entries.get(userId) ?? emptyState();
      const base = seen.version;
      const row = await db.first(
        DIFF_SQL,
        [userId, base, since(now), collectionId],
        (r) => r as Row,
      );
      if (row === null) {
        forget(userId);
        return null;
      }
      return { state: advance(userId, seen, base, row), collectionVersion: versionOf(row) };
    },

    /**
     * A study request's one read: the session behind a token's hash (null when it
     * is unknown or expired), the learner's settings, their study state brought up
     * to date, and the version of a collection the caller keeps (null if none).
     */
    async readSession(
      db: Db,
      tokenHash: string,
      now: Date,
      collectionId: string | null,
    ): Promise<{
      user: SessionUser;
      settings: LearnerSettings;
      expiresAt: number;
      state: StudyState;
      collectionVersion: number | null;
    } | null> {
      const known = learnerOf.get(tokenHash);
      // A token not seen here yet reads the whole state (its learner is not known until then).
      const seen = (known !== undefined ? entries.get(known) : undefined) ?? emptyState();
      const base = seen.version;
      const row = await db.first(
        SESSION_SQL,
        [tokenHash, base, since(now), collectionId, now.getTime()],
        (r) => r as Row,
      );
      if (row === null) {
        learnerOf.delete(tokenHash);
        return null;
      }
      const user = toUser(row as never);
      if (known !== undefined && known !== user.id) {
        // Never expected (a token belongs to one learner): read again, whole.
        learnerOf.delete(tokenHash);
        return this.readSession(db, tokenHash, now, collectionId);
      }
      if (learnerOf.size > 20_000) learnerOf.clear();
      learnerOf.set(tokenHash, user.id);
      return {
        user,
        settings: toSettings(row as never),
        expiresAt: Number(row.expires_at),
        state: advance(user.id, seen, base, row),
        collectionVersion: versionOf(row),
      };
    },

    /**
     * The copy this process keeps of a learner's state, as it is, without asking
     * the database (null if none): a write computed from it is guarded by the
     * versions and stamps it holds, and reads back what changed.
     */
    kept(userId: number): StudyState | null {
      const e = entries.get(userId);
      return e === undefined || e.version < 0 ? null : use(userId, e);
    },

    /**
     * Run a write's statements atomically, with the difference since `seen` read
     * back in the same transaction (and a collection's version, if asked), so the
     * copy is exact as of the commit. Returns the results of the write's own
     * statements, and the copy (null if the learner no longer exists).
     */
    async write(
      db: Db,
      userId: number,
      statements: InStatement[],
      seen: StudyState,
      now: Date,
      collectionId: string | null = null,
    ) {
      const base = seen.version;
      const results = await db.batch([
        ...statements,
        { sql: DIFF_SQL, args: [userId, base, since(now), collectionId] },
      ]);
      const row = results.at(-1)?.rows[0] as unknown as Row | undefined;
      const own = results.slice(0, -1);
      if (row === undefined) {
        forget(userId);
        return { results: own, state: null, collectionVersion: null };
      }
      return {
        results: own,
        state: advance(userId, seen, base, row),
        collectionVersion: versionOf(row),
      };
    },
  };
}

export type StudyStates = ReturnType<typeof createStudyStates>;

/** The statements that undo the review `logId` of a learner, if it can still be undone. */
export function undoStatements(userId: number, logId: number, now: Date): InStatement[] {
  const field = (column: string, key: string) =>
    `${column} = json_extract(l.previous_card, '$.${key}')`;
  return [
    {
      // The card goes back to what it was before the review, its version forward (never back),
      // so a stale form for the undone review cannot be replayed. Only while the card is still
      // the one that review made.
      sql: `UPDATE cards SET ${[
        field("due", "due"),
        field("stability", "stability"),
        field("difficulty", "difficulty"),
        field("elapsed_days", "elapsedDays"),
        field("scheduled_days", "scheduledDays"),
        field("learning_steps", "learningSteps"),
        field("reps", "reps"),
        field("lapses", "lapses"),
        field("state", "state"),
        field("last_review", "lastReview"),
      ].join(", ")}, version = cards.version + 1, change_seq = ${STAMP}
        FROM review_logs l
        WHERE l.id = ? AND l.user_id = ? AND l.undone_at IS NULL
          AND cards.user_id = l.user_id AND cards.event_id = l.event_id AND cards.version = l.card_version + 1`,
      args: [userId, logId, userId],
    },
    {
      sql: "UPDATE review_logs SET undone_at = ? WHERE id = ? AND user_id = ? AND undone_at IS NULL AND changes() = 1",
      args: [now.getTime(), logId, userId],
    },
  ];
}
