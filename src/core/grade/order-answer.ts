import type { Question } from "../bank-schema.ts";
import { hashText } from "../questions/hash.ts";
import { seededRandom, shuffle } from "../simulate.ts";

/*
 * Ordering credit by pairwise agreement (Kendall's τ). Of the n·(n−1)/2 pairs of
 * events, count those the learner put in the right relative order; τ runs from
 * −1 (reversed) through 0 (what a random order gets on average) to 1 (right).
 * Plain τ clipped at 0 still pays a blind guess about 0.19 for four events, so
 * credit starts only above τ = 0.5 (more than three pairs in four right) and
 * rises linearly to 1: score = max(0, 2τ − 1). A random order of four events
 * then averages 0.083, of five 0.043; with three, a blind guess is simply right
 * one time in six.
 *
 * The arrangement a learner starts from is drawn (seeded) from the orders with
 * τ ≤ 0.5, never the right one, so submitting it untouched always scores 0, and
 * no fixed rearrangement of it averages more than 0.1 for four or more events.
 */

/** Credit starts above this τ; the starting arrangement never exceeds it. */
export const CREDIT_FROM_TAU = 0.5;

/** Result of reading an ordering response. */
export type OrderScore =
  | { ok: true; score: number; concordant: number; pairs: number }
  | { ok: false; problem: string };

/** Pairs in the right relative order, of all pairs, for positions in the true order. */
export function concordantPairs(positions: readonly number[]): {
  concordant: number;
  pairs: number;
} {
  let concordant = 0;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      if ((positions[i] ?? 0) < (positions[j] ?? 0)) concordant++;
    }
  }
  return { concordant, pairs: (positions.length * (positions.length - 1)) / 2 };
}

/** Kendall's τ of positions against 0, 1, 2, …: (concordant − discordant) / pairs; 1 for fewer than two. */
export function kendallTau(positions: readonly number[]): number {
  const { concordant, pairs } = concordantPairs(positions);
  return tauOf(concordant, pairs);
}

function tauOf(concordant: number, pairs: number): number {
  return pairs === 0 ? 1 : (2 * concordant - pairs) / pairs;
}

/** The score an order with this τ earns: 0 up to CREDIT_FROM_TAU, then linear up to 1. */
export function scoreFromTau(tau: number): number {
  return Math.max(0, (tau - CREDIT_FROM_TAU) / (1 - CREDIT_FROM_TAU));
}

/** The text an ordering question shows for one of its events: the option listed with it. */
export function orderItemText(question: Question, id: string): string | undefined {
  return question.choices?.[question.eventIds.indexOf(id)];
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
  const positions = response.map((id) => position.get(id) ?? 0);
  const { concordant, pairs } = concordantPairs(positions);
  return { ok: true, score: scoreFromTau(tauOf(concordant, pairs)), concordant, pairs };
}

const MAX_DRAWS = 64;

/**
 * The arrangement an ordering question starts from for one seed (say, a quiz
 * attempt and the question): a seeded shuffle of the true order, drawn again
 * until its τ is at most CREDIT_FROM_TAU, so every such order is equally likely.
 * At least 5 in 6 shuffles qualify, so 64 draws all failing is out of reach in
 * practice; the reversed order (τ = −1) stands in then. Two or more events never
 * start in their true order.
 */
export function startingOrder<T>(truth: readonly T[], seed: string): T[] {
  if (truth.length < 2) return [...truth];
  const random = seededRandom(hashText(seed));
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const positions = shuffle(
      truth.map((_, i) => i),
      random,
    );
    if (kendallTau(positions) <= CREDIT_FROM_TAU) return positions.map((p) => truth[p] as T);
  }
  return [...truth].reverse();
}
