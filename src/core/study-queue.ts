import type { Question } from "./bank-schema.ts";
import { State, type StoredCard } from "./schedule.ts";

/*
 * What to show next in a study session: cards in (re)learning whose step is
 * due, then review cards that are due (up to the daily review limit), then new
 * events in the deck's order (up to the daily new-card limit), and finally, when
 * nothing else is left, learning cards due within the next 20 minutes, as Anki
 * does, so a session can end cleanly.
 */

export type UserCard = StoredCard & {
  eventId: string;
  version: number;
  variant: number;
  variantDay: number;
};

export type QueueLimits = { newPerDay: number; reviewsPerDay: number };
export type DoneToday = { newCards: number; reviews: number };

/** A card the queue may show: its event and what the form and the variant rotation need. */
export type Candidate = { eventId: string; version: number; variant: number; variantDay: number };

export type NextCard = Candidate & { kind: "learning" | "review" | "new" };

/** Just the candidate's fields of a card or candidate (no due date, no FSRS memory). */
const candidate = (c: Candidate): Candidate => ({
  eventId: c.eventId,
  version: c.version,
  variant: c.variant,
  variantDay: c.variantDay,
});

export type QueueSummary = {
  next: NextCard | null;
  /** Cards still to see today in each group, after the limits. */
  learning: number;
  review: number;
  fresh: number;
};

/** What the database says about a learner's deck right now. */
export type QueueInput = {
  /** The (re)learning card due earliest by now + LEARN_AHEAD_MS, if any. */
  learning: (Candidate & { due: number }) | null;
  /** The review card due earliest by now, if any. */
  review: Candidate | null;
  /** How many (re)learning and review cards are due now. */
  learningDue: number;
  reviewDue: number;
  /** The first event of the deck not studied yet (or reset to new), if any. */
  fresh: Candidate | null;
  /** How many events of the deck are new in all. */
  freshCount: number;
};

export const LEARN_AHEAD_MS = 20 * 60_000;

/** Choose the next card of a deck and count what remains today. */
export function nextInQueue(
  input: QueueInput,
  limits: QueueLimits,
  done: DoneToday,
  now: Date,
): QueueSummary {
  const t = now.getTime();
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - done.reviews);
  const newLeft = Math.max(0, limits.newPerDay - done.newCards);
  const review = Math.min(input.reviewDue, reviewsLeft);
  const fresh = Math.min(input.freshCount, newLeft);
  const learning = input.learning;
  let next: NextCard | null = null;
  const as = (c: Candidate, kind: NextCard["kind"]): NextCard => ({ ...candidate(c), kind });
  if (learning && learning.due <= t) next = as(learning, "learning");
  else if (input.review && review > 0) next = as(input.review, "review");
  else if (input.fresh && fresh > 0) next = as(input.fresh, "new");
  else if (learning) next = as(learning, "learning");
  // A learning card shown ahead of time (nothing else left) is still one to do.
  const ahead =
    next !== null && learning !== null && next.eventId === learning.eventId && learning.due > t
      ? 1
      : 0;
  return { next, learning: input.learningDue + ahead, review, fresh };
}

/**
 * The question variant a card shows. A card keeps one variant for the whole
 * learner day (other variants of the same event are not shown again that day)
 * and moves to the next variant on a later day.
 */
export function chooseVariant(
  card: Pick<UserCard, "variant" | "variantDay"> | null,
  variants: Question[],
  today: number,
): { question: Question; index: number } | null {
  if (variants.length === 0) return null;
  const n = variants.length;
  const index =
    card === null || card.variantDay < 0
      ? 0
      : card.variantDay === today
        ? card.variant % n
        : (card.variant + 1) % n;
  const question = variants[index];
  return question ? { question, index } : null;
}

// Earliest first; equal times fall back to the event id, so the choice is stable.
const earlier = (a: UserCard, b: UserCard | null) =>
  b === null || a.due < b.due || (a.due === b.due && a.eventId < b.eventId);

const candidateOf = (card: UserCard | null): (Candidate & { due: number }) | null =>
  card === null ? null : { ...candidate(card), due: card.due };

/**
 * The queue's input for one deck from the learner's cards, in one pass over the
 * deck's events (in the deck's order): the earliest (re)learning card due within
 * LEARN_AHEAD_MS, the earliest review due now, the first new event, how many of
 * each are due, and when the next studied card comes due after `now`.
 */
export function deckQueue(
  cards: ReadonlyMap<string, UserCard>,
  studyIds: readonly string[],
  now: Date,
): QueueInput & { nextDue: number | null } {
  const t = now.getTime();
  const soon = t + LEARN_AHEAD_MS;
  // The winners are kept as the cards themselves and copied once at the end: this runs
  // over the whole deck on every request of a study session.
  let learning: UserCard | null = null;
  let review: UserCard | null = null;
  let fresh: Candidate | null = null;
  let learningDue = 0;
  let reviewDue = 0;
  let freshCount = 0;
  let nextDue: number | null = null;
  for (const eventId of studyIds) {
    const card = cards.get(eventId);
    if (card === undefined || card.state === State.New) {
      freshCount++;
      fresh ??= {
        eventId,
        version: card?.version ?? 0,
        variant: card?.variant ?? 0,
        variantDay: card?.variantDay ?? -1,
      };
      continue;
    }
    const due = card.due;
    if (due > t && (nextDue === null || due < nextDue)) nextDue = due;
    if (card.state === State.Review) {
      if (due <= t) {
        reviewDue++;
        if (earlier(card, review)) review = card;
      }
    } else if (due <= soon) {
      if (due <= t) learningDue++;
      if (earlier(card, learning)) learning = card;
    }
  }
  return {
    learning: candidateOf(learning),
    review: candidateOf(review),
    learningDue,
    reviewDue,
    fresh,
    freshCount,
    nextDue,
  };
}
