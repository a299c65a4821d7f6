import type { Candidate } from "./candidates.ts";
import { type DateRelation, dateRelation } from "./date-relation.ts";
import { blockingKeys, sharedNames, similarity } from "./tokens.ts";

/*
 * Which candidates state the same fact. Pairs are found through an inverted
 * index of content stems and name keys (keys shared by more than MAX_POSTINGS
 * candidates are too common to say anything and are skipped, which keeps the
 * work linear), the exact-quote index, and the start-fact index. Each pair is
 * judged on its own, then accepted pairs are joined strongest first; a join that
 * would put two different facts of one document's same part (two body sentences
 * with different dates) into one event is refused. Every step depends only on
 * the candidates' content and document ids, never on input order.
 */

const MAX_POSTINGS = 48;
/**
 * The most candidates one event gathers. A fact repeated more often is a document
 * repeating itself (or an attack on the server): refusing further joins keeps the work
 * per join bounded.
 */
const MAX_MEMBERS = 64;

/** A judged pair: its strength, for joining strongest first. */
type Pair = { i: number; j: number; score: number };

/** Groups of candidate indices that state the same fact. */
export function clusterCandidates(cands: Candidate[]): number[][] {
  const postings = new Map<string, number[]>();
  const quotes = new Map<string, number[]>();
  const starts = new Map<string, number[]>();
  const keysOf = cands.map((c) => [...new Set(blockingKeys(c.sig))]);
  cands.forEach((c, i) => {
    for (const k of keysOf[i] ?? []) push(postings, k, i);
    push(quotes, c.quoteKey, i);
    if (c.start !== null) push(starts, c.start.topic, i);
  });

  const pairs: Pair[] = [];
  cands.forEach((a, i) => {
    const seen = new Set<number>();
    const consider = (j: number) => {
      if (j <= i || seen.has(j)) return;
      seen.add(j);
      const b = cands[j];
      if (b === undefined) return;
      const score = judge(a, b);
      if (score > 0) pairs.push({ i, j, score });
    };
    for (const k of keysOf[i] ?? []) {
      const list = postings.get(k) ?? [];
      if (list.length <= MAX_POSTINGS) list.forEach(consider);
    }
    (quotes.get(a.quoteKey) ?? []).slice(0, MAX_POSTINGS).forEach(consider);
    if (a.start !== null)
      (starts.get(a.start.topic) ?? []).slice(0, MAX_POSTINGS).forEach(consider);
  });

  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const parent = cands.map((_, i) => i);
  const members = cands.map((_, i) => [i]);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (const { i, j } of pairs) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const a = members[ri] ?? [];
    const b = members[rj] ?? [];
    if (a.length + b.length > MAX_MEMBERS || !canJoin(cands, a, b)) continue;
    const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
    parent[child] = root;
    members[root] = [...(members[root] ?? []), ...(members[child] ?? [])];
    members[child] = [];
  }
  return members.filter((m) => m.length > 0).map((m) => [...m].sort((x, y) => x - y));
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else list.push(i);
}

/** Two members from the same part of one document with different dates are different facts. */
function canJoin(cands: Candidate[], a: number[], b: number[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const cx = cands[x];
      const cy = cands[y];
      if (cx === undefined || cy === undefined) continue;
      if (cx.doc !== cy.doc) continue;
      if (cx.order === cy.order) return false;
      const rel = dateRelation(cx, cy);
      if (cx.kind === cy.kind && rel !== "equal" && rel !== "compatible" && rel !== "partial")
        return false;
    }
  }
  return true;
}

/** How strongly two candidates look like one fact; 0 when they are not. */
export function judge(a: Candidate, b: Candidate): number {
  if (a.doc === b.doc && a.order === b.order) return 0;
  if (a.date === null && b.date === null) return 0;
  const rel: DateRelation = dateRelation(a, b);
  if (rel === "mismatch") return 0;
  const sim = similarity(a.sig, b.sig);
  const sameQuote = a.quoteKey === b.quoteKey && a.text === b.text;
  const sameDoc = a.doc === b.doc;
  const samePart = sameDoc && a.kind === b.kind;

  if (rel === "partial") return sameQuote || sim.jaccard >= 0.7 ? 1 + sim.jaccard : 0;
  if (samePart) {
    return (rel === "equal" || rel === "compatible") && sim.jaccard >= 0.75 ? 1 + sim.jaccard : 0;
  }
  if (sameQuote && (rel === "equal" || rel === "compatible")) return 2;
  if (rel === "equal" || rel === "compatible") {
    if ((sim.coef >= 0.6 && sim.shared >= 4) || (sim.jaccard >= 0.5 && sim.shared >= 3))
      return sim.coef;
  }
  if (rel === "close") {
    // Different dates for one fact: demand more shared wording than for agreeing dates.
    if (sim.coef >= 0.5 && sim.shared >= 5 && sim.sharedNames >= 1 && sim.jaccard >= 0.25)
      return sim.coef / 2;
    if (sim.shared >= 6 && sim.sharedNames >= 3 && sim.jaccard >= 0.25) return sim.coef / 2;
  }
  if (a.start !== null && b.start !== null && a.start.topic === b.start.topic && !sameDoc) {
    if (sharedNames(a.start.names, b.start.names) >= 2) return 0.25;
  }
  return 0;
}
