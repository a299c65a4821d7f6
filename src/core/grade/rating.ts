/*
 * FSRS rating from an answer's score (DESIGN §6). Thresholds:
 * - score ≥ 0.999 (right): Good (3), or Easy (4) when answered within `quickMs`
 *   (default 8 s; never when the time is unknown);
 * - 0.4 ≤ score < 0.999 (partial: the right month of a day, the right year of a
 *   month, the day and month of a day without its year, a number within twice the
 *   tolerance, five events with one neighbouring pair swapped): Hard (2);
 * - score < 0.4 (wrong, only the year of a day-precise date, only the month of a
 *   month without its year, an order with a pair swapped among four): Again (1).
 */

/** Answers at least this good count as right. */
export const RIGHT_SCORE = 0.999;
/** Answers at least this good (and not right) count as partly right. */
export const PARTIAL_SCORE = 0.4;
/** A right answer within this many milliseconds counts as easy. */
export const QUICK_MS = 8_000;

/** The FSRS rating (1 Again, 2 Hard, 3 Good, 4 Easy) an answer's score and time earn. */
export function ratingFromScore(
  score: number,
  elapsedMs: number | null,
  quickMs: number = QUICK_MS,
): 1 | 2 | 3 | 4 {
  if (score >= RIGHT_SCORE) return elapsedMs !== null && elapsedMs <= quickMs ? 4 : 3;
  if (score >= PARTIAL_SCORE) return 2;
  return 1;
}
