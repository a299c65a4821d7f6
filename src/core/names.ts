import { jaroWinkler } from "@skyra/jaro-winkler";
import { textMemo } from "./text-memo.ts";

/*
 * Transliterated names vary (al-Fu'ah / Fu'ah / Foua / Fua / al-Fou'aa; Kafriya /
 * Kefriya / Kefraya / Kafariya). A name is compared through two keys: a folded key
 * (ASCII, lower case, no articles or apostrophes) that must match exactly for short
 * names, and a loose key that also evens out vowel spellings, for a Jaro-Winkler
 * comparison with guards against short-name collisions (Madaya is not Mayadin).
 */

const ARTICLE = /^(?:al|el|ad|ag|ar|as|ash|at|az|an|the)[-\s'’]+/;
const APOSTROPHES = /['’‘`ʿʾ´]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/*
 * Keys are computed for the same few hundred names again and again while a bank
 * is built, so they are remembered (a key depends only on its name).
 */
const CACHE_LIMIT = 20_000;
const keyMemo = textMemo(computeNameKey, CACHE_LIMIT);
const looseMemo = textMemo(computeLooseKey, CACHE_LIMIT);

/** Fold a name to ASCII lower case without articles, apostrophes, hyphens or spaces. */
export function nameKey(name: string): string {
  return keyMemo(name);
}

function computeNameKey(name: string): string {
  // ASCII text is its own decomposition and has no combining marks: skip both.
  const plain = NON_ASCII.test(name) ? name.normalize("NFKD").replace(/\p{M}+/gu, "") : name;
  const folded = plain
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[‐‑‒–—-]/g, "-")
    .trim();
  return folded
    .split(/\s+/)
    .map((word) => word.replace(ARTICLE, ""))
    .join(" ")
    .replace(ARTICLE, "")
    .replace(/[^a-z0-9]+/g, "");
}

/** The folded key with vowel spellings evened out (ou→u, e→a, doubled letters, final h). */
export function looseNameKey(name: string): string {
  return looseMemo(name);
}

function computeLooseKey(name: string): string {
  return looseFromKey(nameKey(name));
}

function looseFromKey(key: string): string {
  return key
    .replace(/ou|oo/g, "u")
    .replace(/ee/g, "i")
    .replace(/iy/g, "i")
    .replace(/e/g, "a")
    .replace(/o/g, "u")
    .replace(/(.)\1+/g, "$1")
    .replace(/([aiu])h$/, "$1");
}

/** Both keys of a name, computed without the caches (for callers that keep their own). */
export function nameKeys(name: string): { key: string; loose: string } {
  const key = computeNameKey(name);
  return { key, loose: looseFromKey(key) };
}

/** Similarity of two names in [0, 1]: 1 for the same folded key. */
export function nameSimilarity(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka.length === 0 || kb.length === 0) return 0;
  if (ka === kb) return 1;
  return keySimilarity(ka, looseNameKey(a), kb, looseNameKey(b));
}

/** `nameSimilarity` from the names' folded keys (`ka`, `kb`) and loose keys (`la`, `lb`). */
export function keySimilarity(ka: string, la: string, kb: string, lb: string): number {
  if (ka.length === 0 || kb.length === 0) return 0;
  if (ka === kb) return 1;
  if (la === lb) return 0.99;
  // Short names and names that start differently are too easy to confuse.
  if (Math.min(la.length, lb.length) < 4 || la[0] !== lb[0]) return 0;
  // Jaro-Winkler rewards a shared prefix, so a name and a longer name that starts
  // with it look alike (Kafr / Kafriya, Syria / Syrian Army): lengths must be close.
  if (Math.min(la.length, lb.length) / Math.max(la.length, lb.length) < 0.8) return 0;
  return jaroWinkler(la, lb);
}

/** Whether two spellings plausibly name the same person or place. */
export function sameName(a: string, b: string): boolean {
  return nameSimilarity(a, b) >= 0.9;
}
