import type { InStatement, Row } from "@libsql/client";
import type { State, StoredCard, StoredLog } from "../core/schedule.ts";
import type { Candidate, DoneToday, QueueInput, UserCard } from "../core/study-queue.ts";
import type { Db } from "./db.ts";

/*
 * Cards (one FSRS memory per learner and event) and the append-only review log.
 * A review is one atomic batch — the card update and its log row — and it is
 * idempotent: the update only matches the card version the learner was shown,
 * and the log row is only written when that update happened (`changes()`), so a
 * repeated submission (double click, retry, second tab) changes nothing.
 */

const CARD_COLUMNS =
  "event_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, version, variant, variant_day";

const toCard = (r: Row): UserCard => ({
  eventId: String(r.event_id),
  due: Number(r.due),
  stability: Number(r.stability),
  difficulty: Number(r.difficulty),
  elapsedDays: Number(r.elapsed_days),
  scheduledDays: Number(r.scheduled_days),
  learningSteps: Number(r.learning_steps),
  reps: Number(r.reps),
  lapses: Number(r.lapses),
  state: Number(r.state) as State,
  lastReview: r.last_review === null ? null : Number(r.last_review),
  version: Number(r.version),
  variant: Number(r.variant),
  variantDay: Number(r.variant_day),
});

/** A learner's cards for the given events (missing events have no card yet). */
export async function cardsFor(
  db: Db,
  userId: number,
  eventIds: string[],
): Promise<Map<string, UserCard>> {
  const rows = await db.all(
    `SELECT ${CARD_COLUMNS} FROM cards
     WHERE user_id = ? AND event_id IN (SELECT value FROM json_each(?))`,
    [userId, JSON.stringify(eventIds)],
    toCard,
  );
  return new Map(rows.map((c) => [c.eventId, c]));
}

/** What the queue reads from the database: the core's input, today's work, and Undo. */
export type QueueSnapshot = QueueInput & { done: DoneToday; canUndo: boolean };

/**
 * Everything the study queue needs, in one statement and one pass over the
 * deck's events (deck_events, joined with the learner's cards by primary key):
 * how many (re)learning and review cards are due and how many events are new,
 * the first candidate of each kind with what its form needs, what the learner
 * did today, and whether there is a review to undo. The cost grows with the
 * deck, never with the learner's backlog or the size of the tables.
 */
export async function queueSnapshot(
  db: Db,
  userId: number,
  deckId: string,
  now: Date,
  soon: Date,
  dayStart: Date,
): Promise<QueueSnapshot> {
  // In can_undo, ORDER BY ... DESC walks the log from the newest row, which almost
  // always matches at once; in index order the oldest rows (long superseded) come first.
  // A candidate is one sortable text: due (or position), id, version, variant, variant day.
  const candidate = (order: string, id: string) =>
    `printf('%015d %s %d %d %d', ${order}, ${id}, COALESCE(c.version, 0), COALESCE(c.variant, 0), COALESCE(c.variant_day, -1))`;
  const row = await db.first(
    `SELECT
       COALESCE(SUM(c.state IN (1, 3) AND c.due <= ?3), 0) AS learning_due,
       COALESCE(SUM(c.state = 2 AND c.due <= ?3), 0) AS review_due,
       COALESCE(SUM(c.event_id IS NULL OR c.state = 0), 0) AS fresh_count,
       MIN(CASE WHEN c.state IN (1, 3) AND c.due <= ?4 THEN ${candidate("c.due", "c.event_id")} END) AS learning,
       MIN(CASE WHEN c.state = 2 AND c.due <= ?3 THEN ${candidate("c.due", "c.event_id")} END) AS review,
       MIN(CASE WHEN c.event_id IS NULL OR c.state = 0 THEN ${candidate("d.position", "d.event_id")} END) AS fresh,
       (SELECT COALESCE(SUM(state = 0), 0) || ' ' || COALESCE(SUM(state = 2), 0) FROM review_logs
         WHERE user_id = ?1 AND reviewed_at >= ?5 AND undone_at IS NULL AND origin = 'study') AS done,
       EXISTS (SELECT 1 FROM review_logs l
               JOIN cards k ON k.user_id = l.user_id AND k.event_id = l.event_id AND k.version = l.card_version + 1
               WHERE l.user_id = ?1 AND l.undone_at IS NULL ORDER BY l.reviewed_at DESC LIMIT 1) AS can_undo
     FROM deck_events d LEFT JOIN cards c ON c.user_id = ?1 AND c.event_id = d.event_id
     WHERE d.deck_id = ?2`,
    [userId, deckId, now.getTime(), soon.getTime(), dayStart.getTime()],
    (r) => {
      const parse = (v: unknown): (Candidate & { due: number }) | null => {
        if (v === null || v === undefined) return null;
        const [order, eventId = "", version, variant, variantDay] = String(v).split(" ");
        return {
          eventId,
          version: Number(version),
          variant: Number(variant),
          variantDay: Number(variantDay),
          due: Number(order),
        };
      };
      const [doneNew, doneReviews] = String(r.done ?? "0 0").split(" ");
      return {
        done: { newCards: Number(doneNew), reviews: Number(doneReviews) },
        learning: parse(r.learning),
        review: parse(r.review),
        learningDue: Number(r.learning_due),
        reviewDue: Number(r.review_due),
        fresh: parse(r.fresh),
        freshCount: Number(r.fresh_count),
        canUndo: Number(r.can_undo) === 1,
      };
    },
  );
  if (row === null) throw new Error("the queue query returned nothing");
  return row;
}

/** When the learner's next studied card of a deck comes due after `after`, if any. */
export function nextDueAfter(
  db: Db,
  userId: number,
  deckId: string,
  after: Date,
): Promise<number | null> {
  return db.first(
    `SELECT MIN(c.due) AS due FROM deck_events d JOIN cards c ON c.user_id = ? AND c.event_id = d.event_id
     WHERE d.deck_id = ? AND c.due > ? AND c.state != 0`,
    [userId, deckId, after.getTime()],
    (r) => (r.due === null ? null : Number(r.due)),
  );
}

/** One card, or null. */
export function getCard(db: Db, userId: number, eventId: string): Promise<UserCard | null> {
  return db.first(
    `SELECT ${CARD_COLUMNS} FROM cards WHERE user_id = ? AND event_id = ?`,
    [userId, eventId],
    toCard,
  );
}

/** Every card of a learner (for progress, forecasts and predictions). */
export function allCards(db: Db, userId: number): Promise<UserCard[]> {
  return db.all(`SELECT ${CARD_COLUMNS} FROM cards WHERE user_id = ?`, [userId], toCard);
}

/** The due query: a learner's cards due by `at`, earliest first (served from the covering index). */
export function dueEventIds(db: Db, userId: number, at: Date, limit: number): Promise<string[]> {
  return db.all(
    "SELECT event_id FROM cards WHERE user_id = ? AND due <= ? ORDER BY due LIMIT ?",
    [userId, at.getTime(), limit],
    (r) => String(r.event_id),
  );
}

export type ReviewInput = {
  userId: number;
  eventId: string;
  /** The card version the learner was shown (0 for an event never studied). */
  shownVersion: number;
  before: StoredCard;
  after: StoredCard;
  log: StoredLog;
  questionId: string | null;
  origin: "study" | "quiz";
  variant: number;
  variantDay: number;
  durationMs: number | null;
  /** Only apply when the statement just before changed a row (chains a review to a quiz answer). */
  afterPrevious?: boolean;
};

/** The statements of one review: update the shown card version, then log it if it changed. */
export function reviewStatements(r: ReviewInput): InStatement[] {
  const a = r.after;
  const cardValues = [
    a.due,
    a.stability,
    a.difficulty,
    a.elapsedDays,
    a.scheduledDays,
    a.learningSteps,
    a.reps,
    a.lapses,
    a.state,
    a.lastReview,
  ];
  const guard = r.afterPrevious ? "changes() = 1" : "1";
  const write: InStatement =
    r.shownVersion === 0
      ? {
          sql: `INSERT INTO cards (user_id, event_id, due, stability, difficulty, elapsed_days, scheduled_days,
                  learning_steps, reps, lapses, state, last_review, version, variant, variant_day)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ? WHERE ${guard}
                ON CONFLICT (user_id, event_id) DO NOTHING`,
          args: [r.userId, r.eventId, ...cardValues, r.variant, r.variantDay],
        }
      : {
          sql: `UPDATE cards SET due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
                  learning_steps = ?, reps = ?, lapses = ?, state = ?, last_review = ?, version = version + 1,
                  variant = ?, variant_day = ?
                WHERE user_id = ? AND event_id = ? AND version = ? AND ${guard}`,
          args: [...cardValues, r.variant, r.variantDay, r.userId, r.eventId, r.shownVersion],
        };
  const l = r.log;
  const log: InStatement = {
    // changes() is the row count of the statement just before, in the same transaction.
    sql: `INSERT INTO review_logs (user_id, event_id, card_version, question_id, origin, rating, state, due,
            stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days, learning_steps, reviewed_at,
            duration_ms, previous_card)
          SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE changes() = 1`,
    args: [
      r.userId,
      r.eventId,
      r.shownVersion,
      r.questionId,
      r.origin,
      l.rating,
      l.state,
      l.due,
      l.stability,
      l.difficulty,
      l.elapsedDays,
      l.lastElapsedDays,
      l.scheduledDays,
      l.learningSteps,
      l.reviewedAt,
      r.durationMs,
      JSON.stringify(r.before),
    ],
  };
  return [write, log];
}

/** Record one review atomically; false when the shown card version was already reviewed. */
export async function recordReview(db: Db, r: ReviewInput): Promise<boolean> {
  const [, log] = await db.batch(reviewStatements(r));
  return (log?.rowsAffected ?? 0) === 1;
}

/** The learner's last review that can still be undone. */
export function lastUndoableReview(
  db: Db,
  userId: number,
): Promise<{
  id: number;
  eventId: string;
  cardVersion: number;
  previous: StoredCard;
  origin: string;
  questionId: string | null;
} | null> {
  return db.first(
    `SELECT l.id, l.event_id, l.card_version, l.previous_card, l.origin, l.question_id FROM review_logs l
     JOIN cards c ON c.user_id = l.user_id AND c.event_id = l.event_id AND c.version = l.card_version + 1
     WHERE l.user_id = ? AND l.undone_at IS NULL
     ORDER BY l.reviewed_at DESC, l.id DESC LIMIT 1`,
    [userId],
    (r) => ({
      id: Number(r.id),
      eventId: String(r.event_id),
      cardVersion: Number(r.card_version),
      previous: JSON.parse(String(r.previous_card)) as StoredCard,
      origin: String(r.origin),
      questionId: r.question_id === null ? null : String(r.question_id),
    }),
  );
}

/**
 * Undo a review: restore the card exactly as it was and mark the log row undone.
 * The card's version moves forward (never back), so a stale form for the undone
 * review cannot be replayed.
 */
export async function undoReview(
  db: Db,
  userId: number,
  review: { id: number; eventId: string; cardVersion: number; previous: StoredCard },
  now: Date,
): Promise<boolean> {
  const p = review.previous;
  const [, mark] = await db.batch([
    {
      sql: `UPDATE cards SET due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
              learning_steps = ?, reps = ?, lapses = ?, state = ?, last_review = ?, version = version + 1
            WHERE user_id = ? AND event_id = ? AND version = ?`,
      args: [
        p.due,
        p.stability,
        p.difficulty,
        p.elapsedDays,
        p.scheduledDays,
        p.learningSteps,
        p.reps,
        p.lapses,
        p.state,
        p.lastReview,
        userId,
        review.eventId,
        review.cardVersion + 1,
      ],
    },
    {
      sql: "UPDATE review_logs SET undone_at = ? WHERE id = ? AND undone_at IS NULL AND changes() = 1",
      args: [now.getTime(), review.id],
    },
  ]);
  return (mark?.rowsAffected ?? 0) === 1;
}

/** Every learner's card for one event. */
export function cardsOfEvent(db: Db, eventId: string): Promise<(UserCard & { userId: number })[]> {
  return db.all(
    `SELECT user_id, ${CARD_COLUMNS} FROM cards WHERE event_id = ?`,
    [eventId],
    (r) => ({
      ...toCard(r),
      userId: Number(r.user_id),
    }),
  );
}

/** The statement that sets a learner's card for an event (creating it, or replacing it and bumping its version). */
export function putCardStatement(userId: number, eventId: string, c: StoredCard): InStatement {
  return {
    sql: `INSERT INTO cards (user_id, event_id, due, stability, difficulty, elapsed_days, scheduled_days,
            learning_steps, reps, lapses, state, last_review, version)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
          ON CONFLICT (user_id, event_id) DO UPDATE SET due = excluded.due, stability = excluded.stability,
            difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days,
            scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, reps = excluded.reps,
            lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review,
            version = cards.version + 1`,
    args: [
      userId,
      eventId,
      c.due,
      c.stability,
      c.difficulty,
      c.elapsedDays,
      c.scheduledDays,
      c.learningSteps,
      c.reps,
      c.lapses,
      c.state,
      c.lastReview,
    ],
  };
}
