import { learnerDay } from "./learner-day.ts";

/*
 * Turning a review log into FSRS training items (the shape fsrs-rs expects):
 * for each card, every review after the first becomes one item holding the
 * card's reviews up to and including it, each with the number of learner days
 * since the previous review (0 for the first). Items with no review on a later
 * day carry no long-term signal and are dropped, as fsrs-rs would.
 */

/** Reviews needed before a learner's own parameters are fitted (fewer overfit). */
export const MIN_REVIEWS_FOR_OPTIMIZER = 400;

export type TrainingReview = { rating: number; deltaT: number };
export type LoggedReview = { eventId: string; reviewedAt: number; rating: number };

/** Training items from a learner's review log (any order). */
export function trainingItems(logs: LoggedReview[], timeZone: string): TrainingReview[][] {
  const byCard = new Map<string, LoggedReview[]>();
  for (const l of logs) {
    const list = byCard.get(l.eventId) ?? [];
    list.push(l);
    byCard.set(l.eventId, list);
  }
  const items: TrainingReview[][] = [];
  for (const reviews of byCard.values()) {
    reviews.sort((a, b) => a.reviewedAt - b.reviewedAt);
    const sequence: TrainingReview[] = [];
    let previousDay: number | null = null;
    // Once a review falls on a later day, every longer prefix carries that signal too.
    let spansDays = false;
    for (const r of reviews) {
      const day = learnerDay(new Date(r.reviewedAt), timeZone);
      const deltaT = previousDay === null ? 0 : day - previousDay;
      sequence.push({ rating: r.rating, deltaT });
      previousDay = day;
      if (deltaT > 0) spansDays = true;
      if (spansDays) items.push([...sequence]);
    }
  }
  return items;
}
