/*
 * Runs of consecutive words of a text ("windows"), compared with names to find
 * a name written in a prompt or a sentence. The same prompt is checked against
 * many names (an answer's spellings, each candidate option's spellings), so the
 * windows of a text are built once and kept for the next texts: reusing the same
 * strings makes every lookup of their name keys a cache hit.
 */

/** The words of a text and its windows of each size, built on demand. */
export type WordWindows = {
  words: readonly string[];
  /** The windows of `size` words, in order (the i-th starts at word i). */
  of(size: number): readonly string[];
};

/** Windows over a list of words. */
export function wordWindows(words: readonly string[]): WordWindows {
  const bySize = new Map<number, string[]>();
  return {
    words,
    of(size) {
      let list = bySize.get(size);
      if (list === undefined) {
        list = [];
        for (let i = 0; i + size <= words.length; i++)
          list.push(words.slice(i, i + size).join(" "));
        bySize.set(size, list);
      }
      return list;
    },
  };
}
