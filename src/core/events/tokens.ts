import { keySimilarity, looseNameKey, nameKey, sameName } from "../names.ts";

/*
 * A sentence's signature for "is this the same fact?": content-word stems (the
 * first five letters of a folded word, a cheap stemmer that unites "evacuate",
 * "evacuated" and "evacuation") and capitalised names, compared with names.ts so
 * that "Foua" meets "al-Fu'ah". Dates and numbers are left out: they are compared
 * on their own, and differing values are what conflicts are made of.
 */

const STOPWORDS = new Set(
  (
    "a about above after again against all almost along also although am among an and another any are " +
    "around as at away back be became because been before being below between both but by can could did do " +
    "does doing down during each either else even ever every few for from further had has have having he her " +
    "here hers him his how however i if in into is it its itself just least less like many may me might more " +
    "most much must my near nearly no nor not now of off on once one only or other our out over own per " +
    "perhaps same several she should since so some still such than that the their them then there these they " +
    "this those though through thus to too toward towards under until up upon us very via was we were what " +
    "when where whether which while who whom whose why will with within without would yet you your " +
    "said says say saying told tells reported reports reportedly according announced added claimed stated " +
    "new also again later earlier next last first second third two three four five six seven eight nine ten " +
    "day days week weeks month months year years today yesterday tomorrow " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday mid early late end beginning start"
  ).split(" "),
);

/** A name with its keys from names.ts, computed once because names are compared many times. */
export type KeyedName = { name: string; key: string; loose: string };

/** The comparable content of a sentence; `keys` are the names with their keys. */
export type Signature = { stems: Set<string>; names: string[]; keys: KeyedName[] };

/** Key a name once for repeated comparisons. */
function keyName(name: string): KeyedName {
  return { name, key: nameKey(name), loose: looseNameKey(name) };
}

/** names.ts's sameName, from keys computed once per name. */
function sameKeyedName(a: KeyedName, b: KeyedName): boolean {
  return keySimilarity(a.key, a.loose, b.key, b.loose) >= 0.9;
}

/** Whether a lower-cased word carries no content for comparison. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** Fold and cut a word to its comparison stem. */
export function stem(word: string): string {
  const w = word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[^a-z0-9]/g, "");
  const singular = w.length > 4 ? w.replace(/(?:ies)$/, "y").replace(/s$/, "") : w;
  return singular.slice(0, 5);
}

/** The signature of a text: stems of content words and its capitalised names. */
export function signature(text: string): Signature {
  const stems = new Set<string>();
  const names: string[] = [];
  const words = text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  words.forEach((word, i) => {
    const bare = word.replace(/['’]s$/, "").replace(/-$/, "");
    if (bare.length < 2 || isStopword(bare)) return;
    const capital = /^(?:(?:al|el|ad|as|an|ar|at|az)-)?\p{Lu}/u.test(bare);
    if (capital && (i > 0 || !isStopword(bare.toLowerCase()))) {
      if (!names.some((n) => looseNameKey(n) === looseNameKey(bare))) names.push(bare);
      return;
    }
    const s = stem(bare);
    if (s.length >= 2) stems.add(s);
  });
  return { stems, names, keys: names.map(keyName) };
}

/** Index keys of a signature, used to find candidate pairs without comparing everything. */
export function blockingKeys(sig: Signature): string[] {
  return [
    ...[...sig.stems].map((s) => `s:${s}`),
    ...sig.names.map((n) => `n:${looseNameKey(n).slice(0, 4)}`),
  ];
}

/** Items of a that pair one-to-one with a same item of b, each of b's taken at most once. */
function pairCount<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const x of a) {
    const j = b.findIndex((y, k) => !used.has(k) && same(x, y));
    if (j >= 0) {
      used.add(j);
      n++;
    }
  }
  return n;
}

/** How many names of a are the same name as a distinct name of b (one-to-one). */
export function sharedNames(a: readonly string[], b: readonly string[]): number {
  return pairCount(a, b, sameName);
}

/** Shared content between two signatures: equal stems plus names that are the same name. */
export function overlap(a: Signature, b: Signature): { shared: number; sharedNames: number } {
  let shared = 0;
  for (const s of a.stems) if (b.stems.has(s)) shared++;
  const sharedNames = pairCount(a.keys, b.keys, sameKeyedName);
  return { shared: shared + sharedNames, sharedNames };
}

/** Size of a signature. */
export function size(sig: Signature): number {
  return sig.stems.size + sig.names.length;
}

/** Similarity measures of two signatures: overlap coefficient and Jaccard index. */
export function similarity(
  a: Signature,
  b: Signature,
): { coef: number; jaccard: number; shared: number; sharedNames: number } {
  const { shared, sharedNames } = overlap(a, b);
  const sa = size(a);
  const sb = size(b);
  const min = Math.min(sa, sb);
  return {
    coef: min === 0 ? 0 : shared / min,
    jaccard: sa + sb - shared === 0 ? 0 : shared / (sa + sb - shared),
    shared,
    sharedNames,
  };
}
