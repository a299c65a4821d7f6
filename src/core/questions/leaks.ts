import type { EventDate } from "../bank-schema.ts";
import { formatDate, MONTHS } from "../date-format.ts";
import { nameCore } from "../grade/name-answer.ts";
import { nameKey } from "../names.ts";
import { textMemo } from "../text-memo.ts";
import { entityKeys, GENERIC_NAME_WORDS, type NameKeys, sameEntityKeys } from "./entities.ts";
import { isNumberWord, parseQuantity } from "./numbers.ts";
import { hasWords } from "./text.ts";
import { type WordWindows, wordWindows } from "./windows.ts";

/*
 * A prompt must not give its answer away: not the year (or month) of a date
 * answer, not the answer's name under any spelling or abbreviation, not the
 * number asked for. Each check returns a description of the leak, or null.
 */

type DateLike = Pick<EventDate, "start" | "end" | "precision" | "qualifier">;

/** Whether a prompt reveals part of a date answer (a year in its range, its month, or the whole date). */
export function dateLeak(prompt: string, key: DateLike): string | null {
  const from = Number(key.start.slice(0, 4));
  const to = Number((key.end ?? key.start).slice(0, 4));
  for (let y = from; y <= Math.min(to, from + 60); y++) {
    if (hasWords(prompt, String(y))) return `prompt contains the answer's year ${y}`;
  }
  if (key.precision !== "year") {
    const months = new Set([key.start.slice(5, 7), (key.end ?? key.start).slice(5, 7)]);
    for (const m of months) {
      const name = MONTHS[Number(m) - 1] ?? "";
      if (hasWords(prompt, name) || hasWords(prompt, `${name.slice(0, 3)}.`)) {
        return `prompt contains the answer's month ${name}`;
      }
    }
  }
  if (prompt.includes(formatDate(key))) return "prompt contains the answer";
  return null;
}

/** The most distinctive word of a name (longest non-generic word of five letters or more), if any. */
export function distinctiveWord(name: string): string | null {
  return distinctiveMemo(name);
}

const distinctiveMemo = textMemo((name: string): string | null => {
  const words = nameCore(name)
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}'’]/gu, ""))
    .filter((w) => nameKey(w).length >= 5 && !GENERIC_NAME_WORDS.has(w.toLowerCase()));
  return words.sort((a, b) => nameKey(b).length - nameKey(a).length)[0] ?? null;
}, 20_000);

function promptWords(prompt: string): string[] {
  return prompt
    .replace(/_{3,}/g, " ")
    .split(/[\s,;:!?.()“”"]+/)
    .map((w) => w.replace(/^['’‘]+|['’‘]+$/g, ""))
    .filter((w) => w.length > 0);
}

/**
 * A prompt's windows with their name keys (computed once per prompt, not once per
 * name compared), and for each key of a hyphen-separated part of a word, the first
 * word with it.
 */
type PromptIndex = {
  windows: WordWindows;
  keys: (size: number) => readonly NameKeys[];
  parts: Map<string, string>;
  /** Its capitalised words of four letters or more, where an adjective made from a name can be. */
  capitalised: readonly string[];
};

const promptIndex = textMemo((prompt: string): PromptIndex => {
  const words = promptWords(prompt);
  const parts = new Map<string, string>();
  for (const w of words) {
    for (const part of w.split(/-/)) {
      const key = nameKey(part);
      if (!parts.has(key)) parts.set(key, w);
    }
  }
  const windows = wordWindows(words);
  const keys = new Map<number, NameKeys[]>();
  return {
    windows,
    keys: (size) => {
      let list = keys.get(size);
      if (list === undefined) {
        list = windows.of(size).map(entityKeys);
        keys.set(size, list);
      }
      return list;
    },
    parts,
    capitalised: words.filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)),
  };
});

/** Whether a prompt names any of the given names (any spelling, a distinctive word of it, or an abbreviation). */
export function nameLeak(prompt: string, names: string[]): string | null {
  const { windows, keys, parts, capitalised } = promptIndex(prompt);
  for (const name of names) {
    if (name.trim().length === 0) continue;
    if (/^[\p{Lu}\d]{2,6}$/u.test(name.trim())) {
      if (hasWords(prompt, name.trim())) return `prompt contains the answer “${name}”`;
      continue;
    }
    const size = name.trim().split(/\s+/).length;
    const own = entityKeys(name);
    for (let n = Math.max(1, size - 1); n <= size + 1; n++) {
      const texts = windows.of(n);
      const found = keys(n).findIndex((k, i) => sameEntityKeys(texts[i] ?? "", k, name, own));
      if (found >= 0) return `prompt contains the answer “${name}” as “${texts[found]}”`;
    }
    const word = distinctiveWord(name);
    if (word !== null) {
      const hit = parts.get(nameKey(word));
      if (hit !== undefined) return `prompt contains “${hit}”, part of the answer “${name}”`;
    }
    const adjective = derivedAdjective(capitalised, name.trim());
    if (adjective !== null) return `prompt contains “${adjective}”, made from the answer “${name}”`;
    const irregular = IRREGULAR_ADJECTIVES.get(name.trim().replace(/^the\s+/i, ""));
    const said = irregular?.find((a) => hasWords(prompt, a));
    if (said !== undefined) return `prompt contains “${said}”, the word for the answer “${name}”`;
  }
  return null;
}

/**
 * "rejected the American tribute and declared war on the _____" (United States), "Arab
 * Muslims brought _____" (Islam): the words English uses for a country's people or a faith's
 * believers that are not made from its name by an ending, which give it away as much.
 */
const IRREGULAR_ADJECTIVES = new Map<string, readonly string[]>([
  ["United States", ["American", "Americans", "U.S.", "US"]],
  ["United States of America", ["American", "Americans", "U.S.", "US"]],
  ["America", ["American", "Americans"]],
  ["United Kingdom", ["British", "Briton", "Britons", "UK", "U.K."]],
  ["Great Britain", ["British", "Briton", "Britons"]],
  ["Britain", ["British", "Briton", "Britons"]],
  ["Netherlands", ["Dutch"]],
  ["Holland", ["Dutch"]],
  ["Soviet Union", ["Soviet", "Soviets", "USSR"]],
  ["France", ["French", "Frenchman", "Frenchmen"]],
  ["Spain", ["Spanish", "Spaniard", "Spaniards"]],
  ["Switzerland", ["Swiss"]],
  ["Greece", ["Greek", "Greeks"]],
  ["Wales", ["Welsh"]],
  ["Ireland", ["Irish"]],
  ["Scotland", ["Scottish", "Scots"]],
  ["Denmark", ["Danish", "Dane", "Danes"]],
  ["Norway", ["Norwegian", "Norwegians"]],
  ["Finland", ["Finnish", "Finn", "Finns"]],
  ["Thailand", ["Thai"]],
  ["Philippines", ["Filipino", "Filipinos", "Philippine"]],
  ["Islam", ["Muslim", "Muslims", "Islamic"]],
  ["Christianity", ["Christian", "Christians"]],
  ["Judaism", ["Jewish", "Jew", "Jews"]],
  ["Buddhism", ["Buddhist", "Buddhists"]],
]);

/** Endings that make an adjective of a place's name: Polish, Chinese, Syrian, Iraqi. */
const ADJECTIVE_ENDING = /^(?:ish|ese|ian|an|n|i|ic)$/;

/**
 * "leader of the Polish Communist Party and thus the leader of _____" (Poland): the
 * adjective English makes from a one-word name, capitalised in the prompt, gives it away.
 * Such an adjective is the name less up to three final letters, then an ending.
 */
function derivedAdjective(capitalised: readonly string[], name: string): string | null {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return null;
  for (const w of capitalised) {
    if (w === name) continue;
    for (let drop = 0; drop <= 3 && name.length - drop >= 3; drop++) {
      const stem = name.slice(0, name.length - drop);
      if (w.startsWith(stem) && ADJECTIVE_ENDING.test(w.slice(stem.length))) return w;
    }
  }
  return null;
}

/** Whether a prompt states the number asked for. */
export function numberLeak(prompt: string, answer: string): string | null {
  const key = parseQuantity(answer);
  if (key === null) return null;
  const text = prompt.replace(/_{3,}/g, " ");
  const candidates = [
    ...(text.match(/\d[\d,.]*(?:\s*(?:thousand|million|k)\b)?/g) ?? []),
    ...(text.match(/\b[a-z]+(?:[\s-]+[a-z]+)*\b/gi) ?? []).flatMap((phrase) =>
      phrase.split(/\s+/).filter((w) => isNumberWord(w)),
    ),
  ];
  for (const c of candidates) {
    const q = parseQuantity(c);
    if (q !== null && q.low <= key.high && q.high >= key.low)
      return `prompt contains the number ${c}`;
  }
  return null;
}
