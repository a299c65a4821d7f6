import {
  type Card,
  createEmptyCard,
  type FSRS,
  forgetting_curve,
  fsrs,
  type Grade,
  generatorParameters,
  Rating,
  type ReviewLog,
  State,
} from "ts-fsrs";
import { DAY_MS } from "./learner-day.ts";

/*
 * Scheduling with ts-fsrs (FSRS-6). Cards are stored as plain numbers (times in
 * integer ms) and converted here at the boundary. Fuzz is on; ts-fsrs seeds it
 * from the review time and the card, so the same review always gives the same
 * interval — the core stays deterministic.
 */

export type { Grade };
export { State };

/** A card as stored: FSRS memory state with times in epoch milliseconds. */
export type StoredCard = {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: number | null;
};

/** One review as stored: the rating and the card's memory before it (ts-fsrs' log). */
export type StoredLog = {
  rating: Grade;
  state: State;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: number;
};

export type SchedulerOptions = {
  /** Desired retention, 0.70–0.97. */
  retention: number;
  /** FSRS parameters fitted to this learner, or null for the defaults. */
  params: readonly number[] | null;
};

const schedulers = new Map<string, FSRS>();

/** The FSRS scheduler for these options; instances are shared because they are immutable in use. */
export function scheduler(options: SchedulerOptions): FSRS {
  const key = `${options.retention}|${options.params?.join(",") ?? "default"}`;
  let f = schedulers.get(key);
  if (f === undefined) {
    f = fsrs(
      generatorParameters({
        request_retention: options.retention,
        enable_fuzz: true,
        ...(options.params ? { w: [...options.params] } : {}),
      }),
    );
    if (schedulers.size > 256) schedulers.clear();
    schedulers.set(key, f);
  }
  return f;
}

/** Convert a stored card to ts-fsrs' Card. */
export function toFsrsCard(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

/** Convert ts-fsrs' Card to the stored form. */
export function fromFsrsCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

function fromFsrsLog(log: ReviewLog): StoredLog {
  return {
    rating: log.rating as Grade,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review.getTime(),
  };
}

/** A card never studied, due now. */
export function newCard(now: Date): StoredCard {
  return fromFsrsCard(createEmptyCard(now));
}

/** Apply one rating at `now`: the next card and the log of the review. */
export function reviewCard(
  card: StoredCard,
  rating: Grade,
  now: Date,
  options: SchedulerOptions,
): { card: StoredCard; log: StoredLog } {
  const result = scheduler(options).next(toFsrsCard(card), now, rating);
  return { card: fromFsrsCard(result.card), log: fromFsrsLog(result.log) };
}

/** The due time each of the four ratings would give, for the buttons' labels. */
export function previewDue(
  card: StoredCard,
  now: Date,
  options: SchedulerOptions,
): Record<Grade, number> {
  const preview = scheduler(options).repeat(toFsrsCard(card), now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due.getTime(),
    [Rating.Hard]: preview[Rating.Hard].card.due.getTime(),
    [Rating.Good]: preview[Rating.Good].card.due.getTime(),
    [Rating.Easy]: preview[Rating.Easy].card.due.getTime(),
  } as Record<Grade, number>;
}

/** A short interval for a button: "1m", "10m", "3h", "4d", "2mo", "1.5y". */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days}d`;
  const months = days / 30.4;
  if (months < 12) return `${Math.round(months)}mo`;
  const years = days / 365.25;
  return `${years < 10 ? Math.round(years * 10) / 10 : Math.round(years)}y`;
}

/** Probability of recalling the card at `at` (0 for a card never studied). */
export function recallProbability(
  card: Pick<StoredCard, "state" | "stability" | "lastReview">,
  at: Date,
  params: readonly number[] | null,
): number {
  if (card.state === State.New || card.lastReview === null) return 0;
  const days = Math.max(0, (at.getTime() - card.lastReview) / DAY_MS);
  const w = params ?? generatorParameters().w;
  return forgetting_curve([...w], days, card.stability);
}

export type CardStatus = "new" | "learning" | "due" | "known";

/** How a learner stands with one event: never studied, in learning, due for review, or known. */
export function cardStatus(card: StoredCard | null, now: Date): CardStatus {
  if (card === null || card.state === State.New) return "new";
  if (card.state === State.Learning || card.state === State.Relearning) return "learning";
  return card.due <= now.getTime() ? "due" : "known";
}

export type StatusCounts = Record<CardStatus, number>;

/** How many of a deck's events stand at each status. */
export function statusCounts(statuses: Iterable<CardStatus>): StatusCounts {
  const counts: StatusCounts = { new: 0, learning: 0, due: 0, known: 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}

/** Reset a card to be learned again (its fact changed), keeping its review counts. */
export function forgetCard(card: StoredCard, now: Date): StoredCard {
  return fromFsrsCard(
    scheduler({ retention: 0.9, params: null }).forget(toFsrsCard(card), now, false).card,
  );
}
