/*
 * Small formatting rules every page shares, so a score or a share reads and is
 * coloured the same way wherever it appears.
 */

/** A share 0–1 as a whole percentage: 0.273 → "27%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export type ScoreClass = "score-good" | "score-partial" | "score-bad";

/** The style of a graded answer: full marks, partial credit, or none. */
export function scoreClass(score: number): ScoreClass {
  return score >= 1 ? "score-good" : score > 0 ? "score-partial" : "score-bad";
}
