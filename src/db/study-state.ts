import type { DoneToday, UserCard } from "../core/study-queue.ts";
import {
  CARD_COLUMNS,
  CARD_FIELDS,
  cardFromValues,
  type ReviewInput,
  reviewStatements,
} from "./cards.ts";
import type { Db } from "./db.ts";

/*
 * A learner's study state — their cards, what they did today, which reviews can
 * be undone — kept in memory between requests, so that showing and grading a
 * card does not re-read and re-aggregate the deck in SQL each time (through
 * @libsql/client that was most of the server's CPU per card).
 *
 * The copy is checked on every read against users.study_version, which triggers
 * bump in the same transaction as any change to the learner's cards or review
 * log, by any writer: this process, a CLI job, another process or Worker
 * isolate. One primary-key read per request therefore keeps the copy exact.
 * Reviews recorded here update the copy in place when the version, read back in
 * the same transaction, shows that nothing else changed in between; any other
 * change (Undo, a quiz answer, a CLI job) moves the version on, and the next
 * read loads the copy again.
 */

export type StudyState = {
  /** users.study_version this copy corresponds to. */
  version: number;
  /** Start of the learner's day (ms) that `done` counts from. */
  dayStart: number;
  cards: Map<string, UserCard>;
  /** Study reviews today (not undone): new cards and review cards. */
  done: DoneToday;
  /** Events whose latest review is not undone and still matches the card (Undo can restore it). */
  undoable: Set<string>;
};

const VERSION_SQL = "SELECT study_version FROM users WHERE id = ?";

/** How much a recorded review moves study_version (migration 0007: one for the card, one for the log row). */
export const BUMPS_PER_REVIEW = 2;

/**
 * Read a learner's whole study state in one statement (one consistent snapshot).
 * The cards come back as one JSON array rather than a row each: decoding rows
 * through the client costs about five times as much for a few hundred cards.
 */
async function load(db: Db, userId: number, dayStart: number): Promise<StudyState | null> {
  return db.first(
    `SELECT u.study_version,
       (SELECT COALESCE(SUM(state = 0), 0) || ' ' || COALESCE(SUM(state = 2), 0) FROM review_logs
         WHERE user_id = ?1 AND reviewed_at >= ?2 AND undone_at IS NULL AND origin = 'study') AS done,
       (SELECT json_group_array(json_array(${CARD_COLUMNS},
          EXISTS (SELECT 1 FROM review_logs l WHERE l.user_id = ?1 AND l.event_id = c.event_id
                  AND l.card_version = c.version - 1 AND l.undone_at IS NULL)))
        FROM cards c WHERE c.user_id = ?1) AS cards
     FROM users u WHERE u.id = ?1`,
    [userId, dayStart],
    (row) => {
      const [newCards, reviews] = String(row.done).split(" ");
      const state: StudyState = {
        version: Number(row.study_version),
        dayStart,
        cards: new Map(),
        done: { newCards: Number(newCards), reviews: Number(reviews) },
        undoable: new Set(),
      };
      for (const values of JSON.parse(String(row.cards)) as unknown[][]) {
        const card = cardFromValues(values);
        state.cards.set(card.eventId, card);
        if (values[CARD_FIELDS.length] === 1) state.undoable.add(card.eventId);
      }
      return state;
    },
  );
}

/**
 * The per-process store of study states, least recently used dropped first once
 * the copies hold more than `maxCards` cards in all.
 */
export function createStudyStates(maxCards = 250_000) {
  const entries = new Map<number, StudyState>();
  let held = 0;

  function forget(userId: number) {
    const e = entries.get(userId);
    if (e === undefined) return;
    held -= e.cards.size;
    entries.delete(userId);
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

  function keep(userId: number, state: StudyState) {
    forget(userId);
    entries.set(userId, state);
    held += state.cards.size;
    trim(userId);
  }

  /** Apply a review this process just committed to its copy of the state. */
  function applyReview(e: StudyState, r: ReviewInput) {
    const had = e.cards.has(r.eventId);
    e.cards.set(r.eventId, {
      ...r.after,
      eventId: r.eventId,
      version: r.shownVersion + 1,
      variant: r.variant,
      variantDay: r.variantDay,
    });
    if (!had) {
      held += 1;
      trim(r.userId);
    }
    e.undoable.add(r.eventId);
    if (r.origin === "study" && r.log.reviewedAt >= e.dayStart) {
      if (r.log.state === 0) e.done.newCards++;
      else if (r.log.state === 2) e.done.reviews++;
    }
  }

  return {
    /** The learner's current study state, counting "done" from `dayStart`; null for an unknown learner. */
    async read(db: Db, userId: number, dayStart: Date): Promise<StudyState | null> {
      const version = await db.first(VERSION_SQL, [userId], (r) => Number(r.study_version));
      if (version === null) {
        forget(userId);
        return null;
      }
      const hit = entries.get(userId);
      if (hit !== undefined && hit.version === version && hit.dayStart === dayStart.getTime()) {
        // Most recently used last, so eviction takes the learners idle longest.
        entries.delete(userId);
        entries.set(userId, hit);
        return hit;
      }
      const state = await load(db, userId, dayStart.getTime());
      if (state === null) forget(userId);
      else keep(userId, state);
      return state;
    },

    /**
     * Record one review atomically and idempotently (see reviewStatements). `seen`
     * is the state the request read. The same transaction reads the version back:
     * if it moved by exactly what this review accounts for (BUMPS_PER_REVIEW when
     * recorded, nothing when the card version was already reviewed), nobody else
     * wrote since `seen` was read, so the review is applied to the copy in place
     * and the copy is returned, exact as of the commit. Otherwise `state` is null
     * and the next read loads the copy again (its version no longer matches).
     */
    async review(
      db: Db,
      r: ReviewInput,
      seen: StudyState,
    ): Promise<{ recorded: boolean; state: StudyState | null }> {
      const version = seen.version;
      const [, log, after] = await db.batch([
        ...reviewStatements(r),
        { sql: VERSION_SQL, args: [r.userId] },
      ]);
      const recorded = (log?.rowsAffected ?? 0) === 1;
      const exact =
        entries.get(r.userId) === seen &&
        seen.version === version &&
        Number(after?.rows[0]?.study_version) === version + (recorded ? BUMPS_PER_REVIEW : 0);
      if (!exact) return { recorded, state: null };
      if (recorded) {
        applyReview(seen, r);
        seen.version += BUMPS_PER_REVIEW;
      }
      return { recorded, state: seen };
    },
  };
}

export type StudyStates = ReturnType<typeof createStudyStates>;
