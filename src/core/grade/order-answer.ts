/*
 * Ordering credit: the longest run of events the learner placed in the right
 * relative order (a longest increasing subsequence), over the number of events.
 * Only the full order scores 1; one event out of place still keeps most credit.
 */

/** Result of reading an ordering response. */
export type OrderScore =
  | { ok: true; score: number; inPlace: number }
  | { ok: false; problem: string };

/** Length of the longest strictly increasing subsequence. */
export function longestIncreasing(values: number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/** Split a response listing ids ("ev_a, ev_b ev_c") into ids. */
export function splitIds(response: string): string[] {
  return response
    .split(/[\s,;>]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Score an ordering response against the true order of ids. */
export function scoreOrder(truth: string[], response: string[]): OrderScore {
  const position = new Map(truth.map((id, i) => [id, i]));
  const seen = new Set<string>();
  for (const id of response) {
    if (!position.has(id)) return { ok: false, problem: `“${id}” is not one of the events.` };
    if (seen.has(id)) return { ok: false, problem: `“${id}” is listed twice.` };
    seen.add(id);
  }
  if (seen.size !== truth.length) {
    return { ok: false, problem: `List all ${truth.length} events, each once.` };
  }
  const inPlace = longestIncreasing(response.map((id) => position.get(id) ?? 0));
  return { ok: true, score: inPlace / truth.length, inPlace };
}
