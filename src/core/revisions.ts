import type { BankEvent } from "./bank-schema.ts";

/*
 * A new version of a document keeps the ids of events whose wording did not
 * change (ids are derived from the event's text). An event may keep its id with
 * a corrected date: that is a change too. An event whose wording changed gets a
 * new id; to carry learners over, each vanished event is paired with the most
 * similar new event. Learners' cards of changed events are reset for relearning.
 */

const tokens = (text: string): Set<string> =>
  new Set(
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t.length > 2),
  );

const jaccard = (ta: Set<string>, tb: Set<string>): number => {
  if (ta.size === 0 || tb.size === 0) return 0;
  let both = 0;
  for (const t of ta) if (tb.has(t)) both++;
  return both / (ta.size + tb.size - both);
};

/** Jaccard similarity of the word sets of two texts. */
export function textSimilarity(a: string, b: string): number {
  return jaccard(tokens(a), tokens(b));
}

export type Revision = {
  kept: string[];
  changed: { from: string; to: string }[];
  removed: string[];
  added: string[];
};

const sameFact = (a: BankEvent, b: BankEvent) =>
  a.text === b.text &&
  a.date.start === b.date.start &&
  a.date.end === b.date.end &&
  a.date.precision === b.date.precision;

/** Compare two versions' events: kept ids, changed pairs (old → new, possibly the same id), removed and added ids. */
export function compareVersions(
  before: BankEvent[],
  after: BankEvent[],
  threshold = 0.5,
): Revision {
  const afterById = new Map(after.map((e) => [e.id, e]));
  const beforeIds = new Set(before.map((e) => e.id));
  const afterIds = new Set(afterById.keys());
  const kept: string[] = [];
  const changed: { from: string; to: string }[] = [];
  for (const e of before) {
    const next = afterById.get(e.id);
    if (next === undefined) continue;
    if (sameFact(e, next)) kept.push(e.id);
    else changed.push({ from: e.id, to: e.id });
  }
  const gone = before.filter((e) => !afterIds.has(e.id));
  const fresh = after.filter((e) => !beforeIds.has(e.id));
  // Each event's words are split once, not once per pair it is compared in.
  const words = (e: BankEvent) => ({
    id: e.id,
    words: tokens(`${e.text} ${e.sources.map((s) => s.quote).join(" ")}`),
  });
  const freshWords = fresh.map(words);
  const pairs: { from: string; to: string; score: number }[] = [];
  for (const g of gone.map(words))
    for (const f of freshWords) {
      const score = jaccard(g.words, f.words);
      if (score >= threshold) pairs.push({ from: g.id, to: f.id, score });
    }
  pairs.sort(
    (a, b) => b.score - a.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  for (const p of pairs) {
    if (usedFrom.has(p.from) || usedTo.has(p.to)) continue;
    usedFrom.add(p.from);
    usedTo.add(p.to);
    changed.push({ from: p.from, to: p.to });
  }
  return {
    kept,
    changed,
    removed: gone.filter((e) => !usedFrom.has(e.id)).map((e) => e.id),
    added: fresh.filter((e) => !usedTo.has(e.id)).map((e) => e.id),
  };
}
