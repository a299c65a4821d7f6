/*
 * The linguistic layer's view of a sentence: tokens with their character span,
 * universal part of speech and lemma, from a part-of-speech tagger (wink-nlp, see
 * language.ts). Everything the bank decides about grammar — clause boundaries,
 * which clause a date belongs to, tense, the base form of a verb for a question —
 * reads these tokens, never word lists of verbs.
 */

/** Universal Dependencies part-of-speech tags, as the tagger emits them. */
export type Pos =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X"
  | "SPACE";

/**
 * The inflection of a verb or auxiliary, read from how its form differs from its
 * lemma: "base" (capture, run), "pres" (captures, is), "past" (took, was),
 * "part" (taken, been: a past participle that cannot be a past tense), "ed" (captured,
 * left: past tense or past participle, decided by context), "ing" (capturing),
 * "modal" (will, would, may: an auxiliary that takes a bare verb).
 */
export type VerbForm = "base" | "pres" | "past" | "part" | "ed" | "ing" | "modal" | null;

export type Token = {
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Character span in the sentence. */
  from: number;
  to: number;
  pos: Pos;
  lemma: string;
  /** For verbs and auxiliaries, the inflection; null for other tokens. */
  form: VerbForm;
  /** Whether whitespace precedes the token. */
  spaced: boolean;
};

/** A part-of-speech tagger for single sentences. */
export type Nlp = {
  tag(sentence: string): Token[];
  /** Whether the tagger's lexicon holds a word as written ("conflict" yes, "lincoln" no). */
  known?(word: string): boolean;
};

const PAST_AUX = new Set(["was", "were", "had", "did"]);
const PRESENT_AUX = new Set(["is", "are", "am", "has", "does", "'s", "’s", "'re", "’re", "'m"]);
const PARTICIPLE_AUX = new Set(["been", "done", "had"]);
/** Modal auxiliaries, a closed class of English grammar. */
const MODALS = new Set([
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
  "'ll",
  "’ll",
  "'d",
  "’d",
  "wo",
  "ca",
  "ought",
]);

/**
 * The first token of a text read with its first letter in lower case: the tagger calls any
 * capitalised first word a proper noun, so this asks what the word is in itself.
 */
export function firstWordLowered(text: string, nlp: Nlp): Token | undefined {
  return nlp.tag(text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))[0];
}

/** Whether a word, read in lower case, is a common noun in the plural ("Communists", "Specialists"). */
export function pluralNoun(word: string, nlp: Nlp): boolean {
  const t = firstWordLowered(word, nlp);
  return t?.pos === "NOUN" && t.lemma !== t.lower && /s$/.test(t.lower);
}

/** A participle that cannot be a past tense: taken, begun, seen, gone. */
export const PARTICIPLE_SHAPE = /(?:[^e]en|wn|rn|ne|un|ung|unk)$/;

/** The inflection of a verb-like token from its form and lemma. */
export function verbForm(lower: string, lemma: string, pos: Pos): VerbForm {
  if (pos !== "VERB" && pos !== "AUX") return null;
  if (pos === "AUX" && (MODALS.has(lower) || MODALS.has(lemma))) return "modal";
  if (PAST_AUX.has(lower)) return lower === "had" ? "ed" : "past";
  if (PRESENT_AUX.has(lower)) return "pres";
  if (lower === "been") return "part";
  if (pos === "AUX") {
    if (lower.endsWith("ing")) return "ing";
    return PARTICIPLE_AUX.has(lower) ? "part" : lower === lemma ? "base" : "pres";
  }
  // An -ed word the lemmatizer does not know ("relaunched") is still a past form.
  if (lower === lemma) return /[^e]ed$|eed$/.test(lower) && lower.length > 5 ? "ed" : "base";
  if (lower.endsWith("ing") && !lemma.endsWith("ing")) return "ing";
  if (lower === `${lemma}s` || lower === `${lemma}es` || lower === `${lemma.slice(0, -1)}ies`)
    return "pres";
  // Strong verbs keep a participle apart from their past: taken/took, begun/began, shown/showed.
  if (PARTICIPLE_SHAPE.test(lower) && !lower.endsWith("ed")) return "part";
  if (lower.endsWith("ed")) return "ed";
  return "past";
}

/** Whether a token is a noun, a proper noun, a pronoun or a number: something that can head a noun phrase. */
export function isNominal(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM")
  );
}

/** Whether a token is a verb or an auxiliary. */
export function isVerbal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "VERB" || t.pos === "AUX");
}

/** Whether a word is a past-tense verb ("captured", "held"), asked of the tagger once per word. */
export function pastVerbTest(nlp: Nlp): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let past = known.get(word);
    if (past === undefined) {
      // In a frame that makes it a predicate: "They held." rather than "held" alone.
      const t = nlp.tag(`They ${word}.`)[1];
      past = t !== undefined && t.pos === "VERB" && (t.form === "ed" || t.form === "past");
      known.set(word, past);
    }
    return past;
  };
}

/**
 * Whether the noun phrase of tokens [a, b) is plural, for the verb that agrees with it: a
 * coordination ("Behnken and Hurley"), a plural noun, "they" or "we", a count other than
 * one. Its head comes before its first preposition ("an analysis of alternatives", "the
 * treaty with Tripoli"); a numeral after a name is part of the name ("Apollo 8").
 */
export function pluralPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  // ("the French (and Spanish) territory": what brackets add does not count the noun.)
  let depth = 0;
  const all = tokens.slice(a, b).filter((t) => {
    if (t.text === "(") depth++;
    const inside = depth > 0;
    if (t.text === ")") depth = Math.max(0, depth - 1);
    return !inside;
  });
  // "more than 10 civilians", "up to 500 people", "as many as 40 boats": a quantifier's
  // preposition comes before the head noun, not after it.
  const inQuantifier = (i: number) =>
    /^(?:than|to|as)$/.test(all[i]?.lower ?? "") &&
    /^(?:more|less|fewer|up|many|much|few)$/.test(all[i - 1]?.lower ?? "");
  const prep = all.findIndex((t, i) => i > 0 && t.pos === "ADP" && !inQuantifier(i));
  const words = prep < 0 ? all : all.slice(0, prep);
  if (words.some((t) => t.lower === "and")) return true;
  const head = [...words]
    .reverse()
    .find((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM");
  if (head === undefined) return false;
  if (head.pos === "PRON") return /^(?:they|we)$/.test(head.lower);
  if (head.pos === "NUM") {
    if (words[words.indexOf(head) - 1]?.pos === "PROPN") return false;
    return head.lower !== "one" && head.lower !== "1";
  }
  if (head.pos !== "NOUN") return false;
  // "seven people", "200 men": a count other than one before the noun makes it plural.
  const count = words[words.indexOf(head) - 1];
  if (count?.pos === "NUM" && count.lower !== "one" && count.lower !== "1") return true;
  return IRREGULAR_PLURAL.test(head.lower) || (head.lemma !== head.lower && /s$/.test(head.lower));
}

/** Units of time: what measures how long before or after ("two days after", "Minutes before"). */
export const TIME_UNITS =
  "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|moments?";
/** One word that is a unit of time. */
export const TIME_UNIT = new RegExp(`^(?:${TIME_UNITS})$`);
/** Possessive determiners: "his", "their" before a noun say whose it is. */
export const POSSESSIVE = /^(?:my|your|his|her|its|our|their)$/;
/** Nouns for a body of people, which English refers to as "they" as well as "it". */
export const COLLECTIVE =
  /^(?:government|army|team|company|party|family|couple|group|council|committee|board|crew|band|public|police|navy|force|administration|firm|union|club|league|staff|audience|jury|crowd|majority|minority|population|people|parliament|congress|senate|house|cabinet|court|opposition|alliance|coalition|regime|state|country|nation|side|enemy|garrison|delegation|agency|ministry|organization|organisation|movement|faction|tribe|clan|dynasty|church|university|school|class|community|electorate|press|media|magazine|newspaper|network|broadcaster|channel|project)$/;
/**
 * Verbs whose passive tells a state, not an event: "Mexico was embroiled in conflict", "the
 * fort was located on the river", "he was considered the best": true over a span, so no
 * one date answers "when".
 */
export const STATIVE_PASSIVE =
  /^(?:embroil|involve|mire|entangle|immerse|bog|locate|situate|know|believe|consider|regard|deem|base)$/;
/** Counts that measure such units ("two days", "a few years", "several weeks"). */
export const TIME_COUNTS =
  "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|some|many";

/** Plurals not made with -s, which the tagger's lemma alone does not tell from a mass noun. */
const IRREGULAR_PLURAL = /^(?:people|men|women|children|feet|teeth|mice|geese|oxen|police|clergy)$/;

/** A company's legal form, written after its name and a comma ("Kokoro Co., Ltd.", "Apple, Inc."). */
export const COMPANY_FORM = /^(?:Ltd|Inc|LLC|Plc|PLC|Corp|Co|S\.A|AG|GmbH)\.?$/;
