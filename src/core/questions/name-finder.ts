import { tick } from "./work.ts";

/*
 * Which of a bank's names occur inside a text, as plain substrings. Asking every
 * name in turn ("does this sentence include it?") costs the whole name list per
 * sentence, which makes a bank of twice the events four times as slow; walking
 * the text against the set of all name prefixes costs only the text's length
 * times the few characters a prefix keeps matching.
 */

/** A finder over a fixed list of names: which of them occur in a text. */
type NameFinder = {
  /** Indexes (into the list it was built from) of the names that occur in `text`, ascending. */
  within(text: string): number[];
};

/** Build a finder over `names` (duplicates and empty names are ignored). */
export function nameFinder(names: readonly string[]): NameFinder {
  // Every prefix of every name, mapped to the index of the name it completes (or -1).
  const prefixes = new Map<string, number>();
  names.forEach((name, index) => {
    for (let k = 1; k < name.length; k++) {
      const prefix = name.slice(0, k);
      if (!prefixes.has(prefix)) prefixes.set(prefix, -1);
    }
    if (name.length > 0 && (prefixes.get(name) ?? -1) < 0) prefixes.set(name, index);
  });
  return {
    within(text) {
      const found = new Set<number>();
      let steps = 0;
      for (let i = 0; i < text.length; i++) {
        for (let k = i + 1; k <= text.length; k++) {
          steps++;
          const hit = prefixes.get(text.slice(i, k));
          if (hit === undefined) break;
          if (hit >= 0) found.add(hit);
        }
      }
      tick(steps);
      return [...found].sort((a, b) => a - b);
    },
  };
}
