import { tick } from "./work.ts";

/*
 * Deterministic choice without randomness: every "random" pick is ranked by a
 * hash of stable content (ids), so the same bank always gets the same questions
 * and adding an unrelated event does not reshuffle everything else.
 */

function fnv1a(text: string, seed: number): number {
  return fnvMore(seed >>> 0, text);
}

/** Continue an FNV-1a hash over more text (hashing "ab" is hashing "b" after "a"). */
function fnvMore(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 32-bit FNV-1a hash of a text, for seeding a random stream. */
export function hashText(text: string): number {
  return fnv1a(text, 0x811c9dc5);
}

/** A short base-36 hash of a text (about 12 characters, two independent 32-bit halves). */
export function shortHash(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, "0");
  const b = fnv1a(text, 0x9747b28c).toString(36).padStart(7, "0");
  return `${a}${b}`.slice(0, 12);
}

/** A number in [0, 1) derived from a seed and a key. */
export function hashUnit(seed: string, key: string): number {
  tick();
  return fnv1a(`${seed}\u0000${key}`, 0x811c9dc5) / 2 ** 32;
}

/** Items in a deterministic pseudo-random order for a seed. */
export function seededShuffle<T>(
  items: readonly T[],
  seed: string,
  keyOf: (item: T) => string,
): T[] {
  tick(items.length);
  // Every rank hashes the seed first: hash it once and continue from there (same ranks).
  const prefix = fnv1a(`${seed}\u0000`, 0x811c9dc5);
  return items
    .map((item) => ({ item, rank: fnvMore(prefix, keyOf(item)) / 2 ** 32 }))
    .sort((a, b) => a.rank - b.rank || (keyOf(a.item) < keyOf(b.item) ? -1 : 1))
    .map((x) => x.item);
}
