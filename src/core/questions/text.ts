/*
 * Small text helpers for building prompts and checking quotes: folding for
 * comparisons, the first word's case when a sentence is embedded in a question,
 * and the vocabulary of words a corpus writes in lower case.
 */
import { foldChars } from "../ingest/normalize.ts";

/** Fold a passage for comparing quotes: marks, case, quotes, dashes, citation brackets and all spacing removed. */
export function foldForMatch(text: string): string {
  // Quotes also fold the modifier apostrophe (ʼ), which passage keys leave alone.
  return foldChars(text)
    .replace(/ʼ/g, "'")
    .replace(/\[[^\]\n]{0,60}\]/g, "")
    .replace(/\s+/g, "");
}

/** Whether a quote occurs in a document once both are folded (citation markers ignored). */
export function quoteInDocument(quote: string, document: string): boolean {
  const q = foldForMatch(quote);
  return q.length > 0 && foldForMatch(document).includes(q);
}

/** How a corpus writes its words: which appear in lower case, and which are capitalised mid-sentence (names). */
type CaseVocabulary = {
  lower: Set<string>;
  midCapital: Set<string>;
  /**
   * Capitalised words that end a name mid-sentence ("Doris Day died", "by Congress."): a
   * word capitalised only inside a longer name ("Organization of Unemployment Relief") is
   * not one of these.
   */
  headCapital: Set<string>;
};

/** Collect the case evidence of a corpus, so "Rebels" can become "rebels" mid-question but "Army of …" cannot. */
export function caseVocabulary(texts: string[]): CaseVocabulary {
  const lower = new Set<string>();
  const midCapital = new Set<string>();
  const headCapital = new Set<string>();
  for (const whole of texts) {
    for (const m of whole.matchAll(/(?<![\p{L}'’-])[\p{Ll}][\p{Ll}'’-]*/gu)) lower.add(m[0]);
    // A heading in title case ("U.S. Shipbuilding After the Conference") capitalises its
    // words for the heading's sake: it says nothing of which words are names.
    const lines = whole.split("\n").filter((line) => !titleCase(line));
    for (const line of lines) midCapitals(line, midCapital);
    const text = lines.join("\n");
    for (const m of text.matchAll(
      /(?<=[\p{L},] )\p{Lu}[\p{L}'’-]*(?=['’]s\b|\s+[\p{Ll}\d]|[,.;:!?)”"]|$)/gu,
    ))
      headCapital.add(m[0]);
  }
  return { lower, midCapital, headCapital };
}

const CAPITAL_WORD = /^\p{Lu}[\p{L}'’-]*/u;
const LOWER_WORD = /^\p{Ll}[\p{L}'’-]*$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * The words a line capitalises mid-sentence, which are names, not sentence starts: one right
 * after a lower-case word or a comma, and the second of a run of two so opened ("…, Doris Day
 * won"). Not the inner words of a longer run ("Atomic" in "International Atomic Time" is part
 * of a name), nor a word after a name's "of" ("House of Representatives" says nothing of
 * "Representatives of 50 nations met").
 */
function midCapitals(line: string, out: Set<string>): void {
  const words = line.split(" ");
  const opens = (prev: string | undefined) =>
    prev !== undefined && (LOWER_WORD.test(prev) || (prev.endsWith(",") && prev.length > 1));
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    const capital = CAPITAL_WORD.exec(word)?.[0];
    if (capital === undefined) continue;
    const prev = words[i - 1];
    const afterOf =
      (prev === "of" && NAME_WORD.test(words[i - 2] ?? "")) ||
      (prev === "the" && words[i - 2] === "of" && NAME_WORD.test(words[i - 3] ?? ""));
    if (afterOf) continue;
    const first = opens(prev);
    // ("the General Agreement on Tariffs and Trade": a name going on after "of", "on", "for"
    // or "and" is longer than two words, and its inner words say nothing.)
    const goesOn =
      /^(?:of|on|for|and)$/.test(words[i + 1] ?? "") && CAPITAL_WORD.test(words[i + 2] ?? "");
    const secondOfTwo =
      prev !== undefined &&
      NAME_WORD.test(prev) &&
      opens(words[i - 2]) &&
      !CAPITAL_WORD.test(words[i + 1] ?? "") &&
      !goesOn;
    if (first || secondOfTwo) out.add(capital);
  }
}

/** Whether a line is a heading in title case: no closing stop, its longer words capitalised. */
function titleCase(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || /[.!?:;]["”’)]?$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

const ALWAYS_LOWER =
  /^(?:the|a|an|on|in|at|after|before|during|following|from|two|three|four|five|six|seven|eight|nine|ten|several|some|more|most|many|over|about|around|nearly|almost|this|these|those|its|their|his|her)$/;

/** Lower the first letter of a sentence for use mid-sentence, unless its first word is a name. */
export function lowerFirst(text: string, vocab: CaseVocabulary): string {
  const m = /^(\p{Lu})([\p{Ll}'’-]*)/u.exec(text);
  if (!m) return text;
  const word = (m[1] ?? "") + (m[2] ?? "");
  const lower = word.toLowerCase();
  if (/^\p{Lu}[\p{Lu}\d]/u.test(text)) return text; // an acronym
  if (ALWAYS_LOWER.test(lower)) return lower + text.slice(word.length);
  const next = text.slice(word.length).trimStart();
  // "Unemployment among African Americans": a word the documents also write in lower case,
  // and capitalised mid-sentence only inside a longer name ("Organization of Unemployment
  // Relief"), is no name here before a lower-case word.
  const common = vocab.lower.has(lower) && !vocab.headCapital.has(word) && /^\p{Ll}/u.test(next);
  // "Howe's army": the possessive of a name is that name.
  if (!common && (vocab.midCapital.has(word) || vocab.midCapital.has(word.replace(/['’]s$/, ""))))
    return text;
  if (!vocab.lower.has(lower) && /^\p{Lu}/u.test(next)) return text; // "Raed Fares", a name of several words
  return lower + text.slice(word.length);
}

/** Upper-case the first letter. */
export function upperFirst(text: string): string {
  return text.length === 0 ? text : (text[0] ?? "").toUpperCase() + text.slice(1);
}

/** Drop the final full stop of a sentence. */
export function withoutFinalStop(text: string): string {
  return text
    .trim()
    .replace(/[.!]+$/, "")
    .trim();
}

/** Escape a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** The character (a whole code point) that ends right before `at`; "" at the start. */
function charBefore(text: string, at: number): string {
  if (at <= 0) return "";
  const c = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

/** The character (a whole code point) that begins at `at`; "" at the end. */
function charAfter(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * Where `phrase` first stands as a word of its own from `from` on: no character right
 * before it that `joinsBefore` matches, nor right after it that `joinsAfter` matches
 * (by default letters and digits); -1 if nowhere. Case-sensitive. Searched by hand, not
 * with a pattern made for the phrase: a pattern with Unicode classes costs about half a
 * millisecond to compile, and a bank meets thousands of names.
 */
export function wordIndex(
  text: string,
  phrase: string,
  from = 0,
  joinsBefore: RegExp = LETTER_OR_DIGIT,
  joinsAfter: RegExp = joinsBefore,
): number {
  if (phrase.length === 0) return -1;
  for (let at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (joinsBefore.test(charBefore(text, at))) continue;
    if (joinsAfter.test(charAfter(text, at + phrase.length))) continue;
    return at;
  }
  return -1;
}

/** Whether a word or phrase occurs in a text as whole words (case-sensitive). */
export function hasWords(text: string, phrase: string): boolean {
  return wordIndex(text, phrase) >= 0;
}

/**
 * Replace the first whole-word occurrence of `phrase` (not "8" inside "1968", nor
 * "1,5" of "1,500"); the text unchanged if none.
 */
export function replaceWords(text: string, phrase: string, by: string): string {
  for (let at = wordIndex(text, phrase); at >= 0; at = wordIndex(text, phrase, at + 1)) {
    const end = at + phrase.length;
    const after = text[end] ?? "";
    if ((after === "." || after === ",") && DIGIT.test(text[end + 1] ?? "")) continue;
    return `${text.slice(0, at)}${by}${text.slice(end)}`;
  }
  return text;
}
