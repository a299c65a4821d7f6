/*
 * Deterministic choice without randomness: every "random" pick is ranked by a
 * hash of stable content (ids), so the same bank always gets the same questions
 * and adding an unrelated event does not reshuffle everything else.
 */

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A short base-36 hash of a text (about 12 characters, two independent 32-bit halves). */
export function shortHash(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, "0");
  const b = fnv1a(text, 0x9747b28c).toString(36).padStart(7, "0");
  return `${a}${b}`.slice(0, 12);
}

/** A number in [0, 1) derived from a seed and a key. */
export function hashUnit(seed: string, key: string): number {
  return fnv1a(`${seed}\u0000${key}`, 0x811c9dc5) / 2 ** 32;
}

/** Items in a deterministic pseudo-random order for a seed. */
export function seededShuffle<T>(
  items: readonly T[],
  seed: string,
  keyOf: (item: T) => string,
): T[] {
  return items
    .map((item) => ({ item, rank: hashUnit(seed, keyOf(item)) }))
    .sort((a, b) => a.rank - b.rank || (keyOf(a.item) < keyOf(b.item) ? -1 : 1))
    .map((x) => x.item);
}
