/*
 * Values computed from strings (name keys, a prompt's windows) are asked for again
 * and again while a bank is built, so they are remembered; memory stays bounded.
 */

/**
 * A bounded memo of values computed from texts, in two generations: when the young
 * one is full it becomes the old one and the oldest is dropped, so values in
 * constant use survive a flood of one-off texts. A value depends only on its text.
 */
export function textMemo<T>(compute: (text: string) => T, limit = 512): (text: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (text) => {
    const hit = young.get(text);
    if (hit !== undefined) return hit;
    const value = old.has(text) ? (old.get(text) as T) : compute(text);
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(text, value);
    return value;
  };
}
