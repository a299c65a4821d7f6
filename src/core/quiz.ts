import type { BankEvent, Question } from "./bank-schema.ts";
import { inDeckFilter } from "./decks.ts";
import { seededRandom, shuffle } from "./simulate.ts";

/*
 * Building a quiz: filter a deck's questions by kind, years and source, then
 * draw them with a seeded shuffle, so the same options and seed always give the
 * same quiz (a retake or a review shows exactly what was asked). The draw
 * spreads over kinds and avoids asking about the same event twice while it can.
 */

export type QuizOptions = {
  count: number;
  kinds: string[];
  from?: number;
  to?: number;
  doc?: string;
  /** Seconds, or undefined for no limit. */
  timeLimit?: number;
};

export const MIN_QUESTIONS = 5;
export const MAX_QUESTIONS = 50;

/** The questions of `pool` that fit the options (kind, years of every event, source document). */
export function eligibleQuestions(
  pool: Question[],
  events: Map<string, BankEvent>,
  o: QuizOptions,
): Question[] {
  const kinds = new Set(o.kinds);
  return pool.filter((q) => {
    if (!kinds.has(q.type)) return false;
    return q.eventIds.every((id) => {
      const e = events.get(id);
      return e !== undefined && inDeckFilter(e, o);
    });
  });
}

/** Draw `count` questions with a seeded shuffle, alternating kinds and preferring unseen events. */
export function drawQuestions(eligible: Question[], count: number, seed: number): Question[] {
  const random = seededRandom(seed);
  const byKind = new Map<string, Question[]>();
  for (const q of [...eligible].sort((a, b) => a.id.localeCompare(b.id))) {
    const list = byKind.get(q.type) ?? [];
    list.push(q);
    byKind.set(q.type, list);
  }
  for (const list of byKind.values()) shuffle(list, random);
  const kinds = shuffle([...byKind.keys()].sort(), random);
  const picked: Question[] = [];
  const seenEvents = new Set<string>();
  // Two passes: first only questions about events not asked yet, then anything left.
  for (const fresh of [true, false]) {
    let progress = true;
    while (picked.length < count && progress) {
      progress = false;
      for (const kind of kinds) {
        if (picked.length >= count) break;
        const list = byKind.get(kind) ?? [];
        const index = list.findIndex(
          (q) => !fresh || q.eventIds.every((id) => !seenEvents.has(id)),
        );
        if (index < 0) continue;
        const [q] = list.splice(index, 1);
        if (!q) continue;
        picked.push(q);
        for (const id of q.eventIds) seenEvents.add(id);
        progress = true;
      }
    }
  }
  return picked;
}

/** Points and percent of a set of scores out of `total` questions. */
export function totalScore(scores: number[], total: number): { points: number; percent: number } {
  const points = Math.round(scores.reduce((a, b) => a + b, 0) * 100) / 100;
  return { points, percent: total === 0 ? 0 : Math.round((points / total) * 1000) / 10 };
}

/** Seconds left before `deadline`, never negative; null when there is no limit. */
export function secondsLeft(deadline: number | null, now: Date): number | null {
  return deadline === null ? null : Math.max(0, Math.ceil((deadline - now.getTime()) / 1000));
}

/** Validate an ordering response: a permutation of the question's event ids, or null. */
export function parseOrder(question: Question, ids: string[]): string[] | null {
  const expected = new Set(question.eventIds);
  if (ids.length !== expected.size) return null;
  const seen = new Set<string>();
  for (const id of ids) {
    if (!expected.has(id) || seen.has(id)) return null;
    seen.add(id);
  }
  return ids;
}
