import type { InStatement, Row } from "@libsql/client";
import type { State, StoredCard, StoredLog } from "../core/schedule.ts";
import type { UserCard } from "../core/study-queue.ts";
import type { Db } from "./db.ts";

/*
 * Cards (one FSRS memory per learner and event) and the append-only review log.
 * A review is one atomic batch — the card update and its log row — and it is
 * idempotent: the update only matches the card version the learner was shown,
 * and the log row is only written when that update happened (`changes()`), so a
 * repeated submission (double click, retry, second tab) changes nothing.
 */

/** The columns of a card, in the order CARD_COLUMNS lists them. */
export const CARD_FIELDS = [
  "event_id",
  "due",
  "stability",
  "difficulty",
  "elapsed_days",
  "scheduled_days",
  "learning_steps",
  "reps",
  "lapses",
  "state",
  "last_review",
  "version",
  "variant",
  "variant_day",
] as const;

export const CARD_COLUMNS = CARD_FIELDS.join(", ");

/** A card from its column values in CARD_FIELDS order (a row, or an array read from JSON). */
export function cardFromValues(v: ArrayLike<unknown>): UserCard {
  return {
    eventId: String(v[0]),
    due: Number(v[1]),
    stability: Number(v[2]),
    difficulty: Number(v[3]),
    elapsedDays: Number(v[4]),
    scheduledDays: Number(v[5]),
    learningSteps: Number(v[6]),
    reps: Number(v[7]),
    lapses: Number(v[8]),
    state: Number(v[9]) as State,
    lastReview: v[10] === null ? null : Number(v[10]),
    version: Number(v[11]),
    variant: Number(v[12]),
    variantDay: Number(v[13]),
  };
}

const toCard = (r: Row): UserCard => cardFromValues(CARD_FIELDS.map((f) => r[f]));

/** One card, or null. */
export function getCard(db: Db, userId: number, eventId: string): Promise<UserCard | null> {
  return db.first(
    `SELECT ${CARD_COLUMNS} FROM cards WHERE user_id = ? AND event_id = ?`,
    [userId, eventId],
    toCard,
  );
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
  /**
   * Only apply while the card's change stamp (migration 0020) is still this one: the
   * review was computed from a kept copy of the card, and any change to it since, by
   * anyone, would make that copy wrong.
   */
  stamp?: number;
};

/**
 * The change stamp a write of a card and of one log row leaves (migration 0020): the
 * learner's study_version after both, which the write sets itself so that the triggers
 * need not rewrite the card's row again (the learner's id is its one parameter).
 */
export const STAMP = "(SELECT study_version + 2 FROM users WHERE id = ?)";

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
  const stamp = r.stamp === undefined ? "" : " AND change_seq = ?";
  const write: InStatement =
    r.shownVersion === 0
      ? {
          sql: `INSERT INTO cards (user_id, event_id, due, stability, difficulty, elapsed_days, scheduled_days,
                  learning_steps, reps, lapses, state, last_review, version, variant, variant_day, change_seq)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ${STAMP} WHERE ${guard}
                ON CONFLICT (user_id, event_id) DO NOTHING`,
          args: [r.userId, r.eventId, ...cardValues, r.variant, r.variantDay, r.userId],
        }
      : {
          sql: `UPDATE cards SET due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
                  learning_steps = ?, reps = ?, lapses = ?, state = ?, last_review = ?, version = version + 1,
                  variant = ?, variant_day = ?, change_seq = ${STAMP}
                WHERE user_id = ? AND event_id = ? AND version = ?${stamp} AND ${guard}`,
          args: [
            ...cardValues,
            r.variant,
            r.variantDay,
            r.userId,
            r.userId,
            r.eventId,
            r.shownVersion,
            ...(r.stamp === undefined ? [] : [r.stamp]),
          ],
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

/** Every learner's card for any of these events (through the cards_by_event index). */
export function cardsOfEvents(
  db: Db,
  eventIds: string[],
): Promise<(UserCard & { userId: number })[]> {
  return db.all(
    `SELECT user_id, ${CARD_COLUMNS} FROM cards WHERE event_id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(eventIds)],
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
