import type { WinkMethods } from "wink-nlp";
import { irregularPastLemma, pastOf } from "./inflect.ts";
import { COMPANY_FORM, type Nlp, type Pos, type Token, verbForm } from "./tokens.ts";

/*
 * The tagger behind the bank: wink-nlp's part-of-speech model, chosen over
 * compromise because it tags about fifteen times faster on this project's corpus
 * with comparable accuracy (README, "The question bank"). The model is large, so
 * the core never imports it: the shell creates the wink instance (src/nlp/) and
 * hands it to `taggerFrom`, which turns its output into the bank's tokens.
 */

/** One syllable ending consonant, vowel, consonant (not w, x or y). */
const UNDOUBLED_CVC = /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/;
const CACHE = 2048;

/** Latin letters beyond Latin-1, which the tagger splits words at ("Gomu", "ł", "ka"). */
const BEYOND_LATIN1 = /(?=\p{Script=Latin})[^\u0020-\u00ff]/gu;
/** Letters with no base letter under them in Unicode's decomposition. */
const BASE_LETTER: Record<string, string> = {
  ł: "l",
  Ł: "L",
  ı: "i",
  đ: "d",
  Đ: "D",
  ħ: "h",
  Ħ: "H",
};

/**
 * The sentence with every Latin letter beyond Latin-1 written as a letter the tagger knows
 * ("ř" as "r", "ł" as "l"), of the same length, so token offsets hold in the original.
 */
function latin1Letters(sentence: string): string {
  return sentence.replace(BEYOND_LATIN1, (c) => {
    const base = BASE_LETTER[c] ?? c.normalize("NFD")[0] ?? c;
    const letter = /^[A-Za-z]$/.test(base) ? base : c === c.toLowerCase() ? "x" : "X";
    return letter.padEnd(c.length, letter);
  });
}

/** Prefixes that make a verb of a verb: "reemerged", "re-entered", "outmanoeuvred". */
const VERB_PREFIX = "re|pre|un|out|over|under|mis|co|de|dis|counter|inter";
const VERB_PREFIX_WORD = new RegExp(`^(?:${VERB_PREFIX})$`);
const PREFIXED = new RegExp(`^(${VERB_PREFIX})(-?)([a-z]{3,}(?:ed|ing|es|s))$`);

/** Possessive determiners: "his", "its", "their", "our", "my", "your" ("her" is an object too). */
const POSSESSIVE_DETERMINER = /^(?:his|its|their|our|my|your)$/;

/** A tagger over a wink-nlp instance created with the "pos" pipe. */
export function taggerFrom(wink: WinkMethods): Nlp {
  const its = wink.its;
  // The same sentence is tagged by the event pass and again by question generation.
  const cache = new Map<string, Token[]>();
  const verbLemmas = new Map<string, string | null>();
  /**
   * The lemma of `word` read as a verb in `frame` (its last token), or null when the tagger
   * reads no verb there or knows no lemma for it. Looked up once per frame.
   */
  const verbLemma = (frame: string): string | null => {
    let lemma = verbLemmas.get(frame);
    if (lemma === undefined) {
      const doc = wink.readDoc(frame).tokens();
      const pos = (doc.out(its.pos) as string[]).at(-1);
      const word = (doc.out(its.value) as string[]).at(-1)?.toLowerCase();
      const found = (doc.out(its.lemma as unknown as typeof its.value) as string[])
        .at(-1)
        ?.toLowerCase();
      lemma = pos === "VERB" && found !== undefined && found !== word ? found : null;
      if (verbLemmas.size < CACHE) verbLemmas.set(frame, lemma);
    }
    return lemma;
  };
  /** "reemerged" → "reemerge", "re-entered" → "re-enter": the prefix on its verb's lemma. */
  const prefixedLemma = (word: string): string | null => {
    const m = PREFIXED.exec(word);
    const lemma = m === null ? null : verbLemma(`they ${m[3]}`);
    return m === null || lemma === null ? null : `${m[1]}${m[2]}${lemma}`;
  };
  /** The verb an -ing word is the participle of ("meeting" → "meet"), if it is one. */
  const participleLemma = (word: string): string | null => verbLemma(`they were ${word}`);
  // The model numbers its lexicon's words first; a word it has not seen gets the next number
  // when first read. A made-up word read before any other text gives the lexicon's size.
  const idOf = (word: string) => (wink.readDoc(word).tokens().out(its.uniqueId) as number[])[0];
  const lexiconSize = idOf("qxzjvkwq") ?? 0;
  const knownWords = new Map<string, boolean>();
  return {
    known(word: string): boolean {
      let found = knownWords.get(word);
      if (found === undefined) {
        found = (idOf(word) ?? lexiconSize) < lexiconSize;
        if (knownWords.size < CACHE) knownWords.set(word, found);
      }
      return found;
    },
    tag(sentence: string): Token[] {
      const hit = cache.get(sentence);
      if (hit !== undefined) return hit;
      // The model reads Latin-1 letters only: "Gomułka" is tagged as written "Gomulka".
      const readable = latin1Letters(sentence);
      const tokens = wink.readDoc(readable).tokens();
      const values = tokens.out(its.value) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const tags = tokens.out(its.pos) as string[];
      // wink's types for `its.lemma` demand the model's addons; `out` passes them itself.
      const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
      const out: Token[] = [];
      let at = 0;
      for (let i = 0; i < values.length; i++) {
        const read = values[i] ?? "";
        const spacing = spaces[i] ?? "";
        const found = readable.indexOf(read, at + spacing.length);
        const from = found < 0 ? at + spacing.length : found;
        const value = readable === sentence ? read : sentence.slice(from, from + read.length);
        // "The 74th Academy Awards": an ordinal written in figures is an adjective of the noun
        // after it (the tagger may read "74th" as a pronoun).
        const pos = /^\d+(?:st|nd|rd|th)$/i.test(value) ? "ADJ" : ((tags[i] ?? "X") as Pos);
        // "novels (1923 to 2005); it also featured": the tagger reads a closing bracket and
        // the stop after it as an emoticon, but in prose each is punctuation of its own.
        if (pos === "SYM" && /^[)\]][;:,.]+$/.test(value)) {
          for (let c = 0; c < value.length; c++)
            out.push({
              text: value.charAt(c),
              lower: value.charAt(c),
              from: from + c,
              to: from + c + 1,
              pos: "PUNCT",
              lemma: value.charAt(c),
              form: null,
              spaced: c === 0 && (spacing.length > 0 || i === 0),
            });
          at = from + value.length;
          continue;
        }
        const lower = value.toLowerCase();
        let lemma = (lemmas[i] ?? lower).toLowerCase();
        if (value !== read && lemma === read.toLowerCase()) lemma = lower;
        // A prefixed verb the lemmatizer does not know ("reemerged" stays "reemerged") takes
        // the lemma of the verb after its prefix ("re" + "emerge").
        if (pos === "VERB" && lemma === lower) lemma = prefixedLemma(lower) ?? lemma;
        // "raged" → "rag": a verb of one syllable ending consonant, vowel, consonant doubles
        // that consonant before -ed ("rag" → "ragged"), so an -ed form without the doubling
        // comes from the verb with a silent e ("rage").
        if (pos === "VERB" && lower === `${lemma}ed` && UNDOUBLED_CVC.test(lemma))
          lemma = `${lemma}e`;
        let form = verbForm(lower, lemma, pos);
        // "put", "set", "split": a past tense spelt like the base form reads as either.
        if (form === "base" && pos === "VERB" && pastOf(lemma) === lemma) form = "ed";
        out.push({
          text: value,
          lower,
          from,
          to: from + value.length,
          pos,
          lemma,
          form,
          spaced: spacing.length > 0 || i === 0,
        });
        at = from + value.length;
      }
      // "Nixon began to withdraw forces, meeting with Thieu on June 8": an -ing word after a
      // comma that closes a clause, before a preposition, article, name or pronoun, is a
      // participle, not the noun the tagger reads.
      let verbSeen = false;
      for (let i = 0; i + 1 < out.length; i++) {
        const t = out[i] as Token;
        if (
          verbSeen &&
          t.pos === "NOUN" &&
          t.lower.endsWith("ing") &&
          out[i - 1]?.text === "," &&
          /^(?:ADP|DET|PROPN|PRON)$/.test(out[i + 1]?.pos ?? "")
        ) {
          const lemma = participleLemma(t.lower);
          if (lemma !== null) out[i] = { ...t, pos: "VERB", lemma, form: "ing" };
        }
        if (out[i]?.pos === "VERB") verbSeen = true;
      }
      // "had voluntarily limited Japanese immigration": after a perfect's "had" and an
      // adverb, an -ed word is the perfect's participle, not the adjective the tagger reads;
      // after a noun and an adverb in -ly, with its object next ("the Government voluntarily
      // limited Japanese immigration"), it is the clause's past tense.
      for (let i = 2; i < out.length; i++) {
        const t = out[i] as Token;
        if (t.pos !== "ADJ" || !t.lower.endsWith("ed")) continue;
        // "a feat the Soviet Luna 1 accomplished two months earlier": right after a name, with
        // no noun after it to modify but a time or the sentence's end, an -ed word is the
        // name's past tense.
        const afterName =
          (out[i - 1]?.pos === "PROPN" ||
            (out[i - 1]?.pos === "NUM" && out[i - 2]?.pos === "PROPN")) &&
          (/^(?:NUM|ADV)$/.test(out[i + 1]?.pos ?? "") || out[i + 1]?.text === ".");
        if (afterName) {
          const lemma = verbLemma(`they ${t.lower}`);
          if (lemma !== null) out[i] = { ...t, pos: "VERB", lemma, form: "past" };
          continue;
        }
        // ("One case involved Anthony Burns, who …": after a subject's noun that opens the
        // sentence, before a name, with no verb before it, an -ed word is the verb.)
        const opensWithSubject =
          out[i - 1]?.pos === "NOUN" &&
          out[i + 1]?.pos === "PROPN" &&
          out.slice(0, i - 1).every((x) => /^(?:DET|NUM|ADJ|NOUN)$/.test(x.pos));
        if (opensWithSubject) {
          const lemma = verbLemma(`they ${t.lower}`);
          if (lemma !== null) out[i] = { ...t, pos: "VERB", lemma, form: "past" };
          continue;
        }
        let k = i - 1;
        while (k > 0 && out[k]?.pos === "ADV") k--;
        if (k === i - 1) continue;
        const perfect = /^(?:had|has|have)$/.test(out[k]?.lower ?? "");
        const past =
          k === i - 2 &&
          /ly$/.test(out[i - 1]?.lower ?? "") &&
          (out[k]?.pos === "NOUN" || out[k]?.pos === "PROPN") &&
          /^(?:DET|PROPN|NOUN|PRON)$/.test(out[i + 1]?.pos ?? "");
        if (!perfect && !past) continue;
        const lemma = verbLemma(`they ${t.lower}`);
        if (lemma !== null) out[i] = { ...t, pos: "VERB", lemma, form: "ed" };
      }
      const joined = joinNameParts(joinHyphenated(sentence, out));
      repairTags(joined);
      if (cache.size >= CACHE) cache.delete(cache.keys().next().value as string);
      cache.set(sentence, joined);
      return joined;
    },
  };
}

/**
 * Parts of one name the tagger splits: a company's legal form after its comma ("Kokoro Co.,
 * Ltd."), and a number with the capital letter written right after it ("Launch Pad 39A",
 * where the tagger reads "A" as the article).
 */
function joinNameParts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const form = tokens[i + 2];
    if (
      t.pos === "PROPN" &&
      next?.text === "," &&
      form !== undefined &&
      COMPANY_FORM.test(form.text)
    ) {
      const text = `${t.text}, ${form.text}`;
      out.push({ ...t, text, lower: text.toLowerCase(), to: form.to, lemma: text.toLowerCase() });
      i += 2;
      continue;
    }
    if (
      /^\d{1,4}$/.test(t.text) &&
      next !== undefined &&
      !next.spaced &&
      /^\p{Lu}$/u.test(next.text) &&
      !/^[\p{L}\p{N}]/u.test(tokens[i + 2]?.spaced === false ? (tokens[i + 2]?.text ?? "") : "")
    ) {
      const text = `${t.text}${next.text}`;
      out.push({ ...t, text, lower: text.toLowerCase(), to: next.to, lemma: text.toLowerCase() });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * "al-Nusra", "Soviet-backed", "pro-government": the tagger splits words joined by a
 * hyphen (or a modifier letter, "Nukuʻalofa"), but for grammar they are one word. The joined
 * word takes the part of speech its last part gives it (a participle makes a modifier), and
 * is a proper noun when it is capitalised.
 */
function joinHyphenated(sentence: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    let j = i;
    // ("Life.com", "Node.js": a stop inside a word, a lower-case letter after it, joins it too.)
    const joiner = (k: number) =>
      tokens[k]?.text === "-" ||
      /^\p{Lm}$/u.test(tokens[k]?.text ?? "") ||
      (tokens[k]?.text === "." && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? ""));
    while (
      joiner(j + 1) &&
      !tokens[j + 1]?.spaced &&
      tokens[j + 2] !== undefined &&
      !tokens[j + 2]?.spaced &&
      /^[\p{L}\p{N}]/u.test(tokens[j + 2]?.text ?? "")
    )
      j += 2;
    if (j === i || !/^[\p{L}\p{N}]/u.test(first.text)) {
      out.push(first);
      continue;
    }
    const last = tokens[j] as Token;
    const text = sentence.slice(first.from, last.to);
    const parts = tokens.slice(i, j + 1).filter((t) => t.text !== "-" && t.text !== ".");
    const named = parts.some((t) => t.pos === "PROPN") || /^\p{Lu}/u.test(text);
    // "re-entered", "co-founded": a verb's prefix joined by a hyphen leaves it a verb.
    if (last.pos === "VERB" && j === i + 2 && VERB_PREFIX_WORD.test(first.lower)) {
      out.push({
        ...last,
        text,
        lower: text.toLowerCase(),
        from: first.from,
        lemma: `${first.lower}-${last.lemma}`,
        spaced: first.spaced,
      });
      i = j;
      continue;
    }
    let pos: Pos = last.pos;
    if (last.pos === "VERB" || last.pos === "ADJ") pos = "ADJ";
    else if (named && (last.pos === "NOUN" || last.pos === "PROPN")) pos = "PROPN";
    else if (last.pos === "PROPN" || last.pos === "NOUN") pos = named ? "PROPN" : "NOUN";
    out.push({
      text,
      lower: text.toLowerCase(),
      from: first.from,
      to: last.to,
      pos,
      lemma: text.toLowerCase(),
      form: null,
      spaced: first.spaced,
    });
    i = j;
  }
  return out;
}

/** A mark after which a capitalised word opens a sentence or a quotation, whatever it is. */
const OPENER = /^[“"‘(:—–]$/;

/** Verbs of telling whose -s form is also a plural noun ("details", "reports"). */
const TELLING_VERB = /^(?:detail|report|note|claim|recall|state|show|reveal|describe|explain)$/;

/** Verbs of showing or saying whose base form is also a noun ("show", "claim"). */
const EVIDENCE_VERB = /^(?:show|suggest|indicate|say|claim|reveal|confirm|estimate)$/;

/**
 * Mend, in place, what the tagger reads wrongly and the clause parse depends on: names it
 * takes for verbs, a bare apostrophe's possessive, compound prepositions. Each pass sees
 * the passes before it.
 */
function repairTags(joined: Token[]): void {
  // "records show the city of Mawsil suffered …", "studies suggest that …": a verb of showing
  // or saying in its base form, read as a noun after a plural noun and before a determiner
  // or "that", is that plural subject's present tense; a noun there would stand between two
  // noun phrases with nothing to join them.
  for (let i = 1; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    const prev = joined[i - 1] as Token;
    const next = joined[i + 1] as Token;
    // "Agassi details how his father …": so is such a verb's -s form after a name and before
    // the word that opens what it tells.
    const stem = t.lower.replace(/s$/, "");
    if (
      t.pos === "NOUN" &&
      t.lower.endsWith("s") &&
      TELLING_VERB.test(stem) &&
      prev.pos === "PROPN" &&
      /^(?:how|that|what|why|whether)$/.test(next.lower)
    ) {
      joined[i] = { ...t, pos: "VERB", lemma: stem, form: "pres" };
      continue;
    }
    if (
      t.pos === "NOUN" &&
      EVIDENCE_VERB.test(t.lower) &&
      prev.pos === "NOUN" &&
      /[^s]s$/.test(prev.lower) &&
      (next.pos === "DET" || next.lower === "that")
    )
      joined[i] = { ...t, pos: "VERB", lemma: t.lower, form: "base" };
  }
  // "published evidence that cells are derived from other cells": "that" as a determiner
  // points to one thing, so before a plural noun it opens a clause; and "that 1926 trip
  // resulted" is the determiner of a noun a year names, not a clause's opening.
  for (let i = 0; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    const next = joined[i + 1] as Token;
    if (
      t.lower === "that" &&
      t.pos !== "DET" &&
      next.pos === "NUM" &&
      /^\d{4}$/.test(next.text) &&
      joined[i + 2]?.pos === "NOUN" &&
      joined[i + 2]?.lemma === joined[i + 2]?.lower
    ) {
      joined[i] = { ...t, pos: "DET", form: null };
      continue;
    }
    if (
      t.lower === "that" &&
      t.pos === "DET" &&
      next.pos === "NOUN" &&
      next.lemma !== next.lower &&
      /s$/.test(next.lower)
    )
      joined[i] = { ...t, pos: "SCONJ", form: null };
  }
  // "88 free black settlers": a bare verb form or an adverb between a number and the noun
  // it counts is an adjective of that noun.
  for (let i = 1; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    if (
      ((t.pos === "VERB" && t.form === "base") || t.pos === "ADV") &&
      joined[i - 1]?.pos === "NUM" &&
      /^(?:ADJ|NOUN)$/.test(joined[i + 1]?.pos ?? "")
    )
      joined[i] = { ...t, pos: "ADJ", form: null };
  }
  // "women in British match factories": a bare verb form between a modifier and a noun, in a
  // phrase a preposition or determiner opened, is a noun of the compound; a verb there would
  // have no subject.
  for (let i = 2; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    if (
      t.pos === "VERB" &&
      t.form === "base" &&
      /^(?:ADJ|PROPN)$/.test(joined[i - 1]?.pos ?? "") &&
      /^(?:ADP|DET)$/.test(joined[i - 2]?.pos ?? "") &&
      joined[i + 1]?.pos === "NOUN"
    )
      joined[i] = { ...t, pos: "NOUN", form: null };
  }
  // "De La Fuente's committee": a capitalised word the tagger calls foreign, right before a
  // name, opens that name.
  for (let i = 0; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    if (t.pos === "X" && /^\p{Lu}\p{Ll}*$/u.test(t.text) && joined[i + 1]?.pos === "PROPN")
      joined[i] = { ...t, pos: "PROPN", form: null };
  }
  // "the Khyber Pass", "Cook County": a capitalised word inside a name is no verb.
  for (let i = 1; i < joined.length; i++) {
    const t = joined[i] as Token;
    const prev = joined[i - 1] as Token;
    if (
      (t.pos === "VERB" || t.pos === "NOUN") &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      prev.pos === "PROPN"
    ) {
      joined[i] = { ...t, pos: "PROPN", form: null };
    }
  }
  // "Imus' syndicated radio show": an apostrophe right after a noun in -s is its possessive
  // ending, and an -ed word after a possessive modifies the noun that follows.
  for (let i = 1; i < joined.length; i++) {
    const t = joined[i] as Token;
    const prev = joined[i - 1] as Token;
    if (
      /^['’]$/.test(t.text) &&
      !t.spaced &&
      /s$/i.test(prev.text) &&
      (prev.pos === "PROPN" || prev.pos === "NOUN")
    ) {
      joined[i] = { ...t, pos: "PART", form: null };
      const next = joined[i + 1];
      if (next?.pos === "VERB" && (joined[i + 2]?.pos === "NOUN" || joined[i + 2]?.pos === "ADJ"))
        joined[i + 1] = { ...next, pos: "ADJ", form: null };
    }
  }
  // "The first known outbreak", "the orbiter's maneuvering fuel", "the newly formed
  // government": a participle between an article or a possessive (and adverbs) and a noun
  // modifies the noun; a verb there would leave the article with no noun of its own.
  for (let i = 1; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    if (t.pos !== "VERB" || !/^(?:part|ed|ing)$/.test(t.form ?? "")) continue;
    if (joined[i + 1]?.pos !== "NOUN") continue;
    let k = i - 1;
    while (k > 0 && joined[k]?.pos === "ADV") k--;
    const d = joined[k];
    const opens =
      /^(?:a|an|the|his|her|its|their|our|my|your)$/.test(d?.lower ?? "") ||
      (d?.pos === "PART" && /^['’]s?$/.test(d.lower));
    if (opens) joined[i] = { ...t, pos: "ADJ", form: null };
  }
  // "the Ford Motor Company": a capitalised word before another capitalised word, inside
  // the sentence, is part of a name.
  for (let i = 1; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    const next = joined[i + 1] as Token;
    if (
      (t.pos === "VERB" || (t.pos === "NOUN" && next.pos === "PROPN")) &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      /^\p{Lu}/u.test(next.text) &&
      (next.pos === "PROPN" || next.pos === "NOUN") &&
      !OPENER.test(joined[i - 1]?.text ?? "")
    )
      joined[i] = { ...t, pos: "PROPN", form: null };
  }
  // "from Pad B to Pad A three days later": a capital "A" right after a name is a letter that
  // says which one (as "B" is), not the article.
  for (let i = 1; i < joined.length; i++) {
    const t = joined[i] as Token;
    const prev = joined[i - 1] as Token;
    if (t.text === "A" && t.pos === "DET" && prev.pos === "PROPN" && /^\p{Lu}/u.test(prev.text))
      joined[i] = { ...t, pos: "PROPN", form: null, lemma: "a" };
  }
  // "announced Walker, Grabe, Lee, Thagard, and Cleave as the crew": a capitalised word
  // inside the sentence after the "and" or "or" that closes a list of names is the list's
  // last name, not a verb.
  for (let i = 3; i < joined.length; i++) {
    const t = joined[i] as Token;
    const joiner = joined[i - 1] as Token;
    let k = i - 2;
    if (joined[k]?.text === ",") k--;
    if (
      t.pos === "VERB" &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      /^(?:and|or)$/.test(joiner.lower) &&
      joined[k]?.pos === "PROPN" &&
      joined[k - 1]?.text === "," &&
      joined[k - 2]?.pos === "PROPN"
    )
      joined[i] = { ...t, pos: "PROPN", form: null };
  }
  // "…, Hoover commented": a capitalised word right before a verb is that verb's subject, a
  // name ("Hoover", "Bush"), not a verb itself. First in the sentence, only before a past
  // form ("Hoover accepted"), since an imperative may open one.
  for (let i = 0; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    const next = joined[i + 1] as Token;
    const opens = i === 0 || OPENER.test(joined[i - 1]?.text ?? "");
    if (
      t.pos === "VERB" &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      (next.pos === "VERB" || next.pos === "AUX") &&
      next.form !== "ing" &&
      next.form !== "base" &&
      (!opens || next.form === "ed" || next.form === "past")
    )
      joined[i] = { ...t, pos: "PROPN", form: null };
  }
  // "…, fighting continued into 1949", "…, voting ended on Tuesday": an -ing word opening a
  // clause right before a past verb is that verb's subject, a noun; a participle phrase
  // would take its object first ("…, including wounded soldiers" has a noun next).
  for (let i = 1; i + 2 < joined.length; i++) {
    const t = joined[i] as Token;
    const next = joined[i + 1] as Token;
    if (
      t.pos === "VERB" &&
      t.form === "ing" &&
      !/^(?:having|being|getting)$/.test(t.lower) &&
      joined[i - 1]?.text === "," &&
      next.pos === "VERB" &&
      (next.form === "ed" || next.form === "past") &&
      !/^(?:NOUN|ADJ|PROPN)$/.test(joined[i + 2]?.pos ?? "")
    )
      joined[i] = { ...t, pos: "NOUN", form: null };
  }
  // "The trailblazing Seneca Falls Convention", "a stolen car": between an article (or a
  // possessive) and a noun there is no verb, only a word modifying the noun; so between a
  // preposition and a noun ("with reported magnitude 6.3", "of limited use"). "Support for
  // their cause when …", "after its return": what a possessive opens with no noun after it is
  // the noun it owns (a gerund keeps its verb: "before its decommissioning in 1978").
  for (let i = 1; i < joined.length; i++) {
    const t = joined[i] as Token;
    if (t.pos !== "VERB") continue;
    const before = joined[i - 1]?.lower ?? "";
    const nounNext = joined[i + 1]?.pos === "NOUN" || joined[i + 1]?.pos === "PROPN";
    if (
      nounNext &&
      (/^(?:a|an|the)$/.test(before) ||
        POSSESSIVE_DETERMINER.test(before) ||
        (joined[i - 1]?.pos === "ADP" && (t.form === "ed" || t.form === "part")))
    )
      joined[i] = { ...t, pos: "ADJ", form: null };
    else if (!nounNext && t.form !== "ing" && POSSESSIVE_DETERMINER.test(before))
      joined[i] = { ...t, pos: "NOUN", form: null, lemma: t.lower };
  }
  // An irregular past form the tagger reads as a noun is a verb where a noun has no place:
  // "Union troops shot and killed him", between its subject and "and" with a past verb;
  // "Palestinian assailants shot Shlomo Argov", "the Syrians shot down two planes", after a
  // plural noun or a name and before what opens a noun phrase (or a particle and one), when
  // it is unlike its base (a plural noun modifies no noun after it, and the noun phrase
  // after would be joined to nothing; a name modifies no common noun that is a verb's past,
  // "Wang Geon overthrew the kingdom"); "the late 1890s saw the height of yellow
  // journalism", right after a year or decade, with its object after it.
  const opensPhrase = (x: Token | undefined) => /^(?:DET|PROPN|NUM|PRON)$/.test(x?.pos ?? "");
  for (let i = 1; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    if (t.pos !== "NOUN") continue;
    const lemma = irregularPastLemma(t.lower);
    if (lemma === null) continue;
    const prev = joined[i - 1] as Token;
    const next = joined[i + 1];
    const after = joined[i + 2];
    const partner =
      next?.lower === "and" &&
      after?.pos === "VERB" &&
      (after.form === "ed" || after.form === "past") &&
      (prev.pos === "NOUN" || prev.pos === "PROPN");
    // (A plural proper noun, "the Syrians", keeps its lemma.)
    const pluralOrName =
      prev.pos === "PROPN" ||
      (prev.pos === "NOUN" && prev.lemma !== prev.lower && /[^s']s$/.test(prev.lower));
    const particle = /^(?:down|up|off|out)$/.test(next?.lower ?? "") && opensPhrase(after);
    const subject = pluralOrName && (opensPhrase(next) || particle) && lemma !== t.lower;
    const time =
      /^\d{3,4}(?:['’]?s)?$/.test(prev.text) &&
      /^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(next?.pos ?? "");
    if (partner || subject || time) joined[i] = { ...t, pos: "VERB", lemma, form: "past" };
  }
  // "A general named Wang Geon": an adjective right after an article, with a verb after it,
  // heads the noun phrase; it is the noun ("a general", "a local").
  for (let i = 1; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    const next = joined[i + 1] as Token;
    if (t.pos !== "ADJ" || !/^(?:a|an)$/.test(joined[i - 1]?.lower ?? "")) continue;
    // (Not before a noun, which the -ed form modifies too: "a disastrous attempted invasion".)
    const after = joined[i + 2]?.pos ?? "";
    if (
      next.pos === "VERB" &&
      (next.form === "ed" || next.form === "past") &&
      !/^(?:NOUN|ADJ)$/.test(after)
    )
      joined[i] = { ...t, pos: "NOUN", lemma: t.lower, form: null };
  }
  // "during the Apollo 11 powered descent": a numbered name takes no article as a subject
  // ("Apollo 11 landed"), so "the" before one makes it a modifier of a noun to come, and
  // an -ed form between it and that noun is an adjective too.
  for (let i = 3; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    if (t.pos !== "VERB" || t.form !== "ed" || joined[i + 1]?.pos !== "NOUN") continue;
    if (joined[i - 1]?.pos !== "NUM" || joined[i - 2]?.pos !== "PROPN") continue;
    let j = i - 2;
    while (j > 0 && joined[j - 1]?.pos === "PROPN") j--;
    if (joined[j - 1]?.lower === "the") joined[i] = { ...t, pos: "ADJ", form: null };
  }
  // "and fighting erupted between …": an -ing form opening a clause, right before a past
  // tense, is that tense's subject (a gerund, a noun), not a verb of its own; "getting
  // killed", "having won" chain verbs, and "being" is an auxiliary.
  for (let i = 0; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    const next = joined[i + 1] as Token;
    if (t.pos !== "VERB" || t.form !== "ing" || /^(?:be|have|get)$/.test(t.lemma)) continue;
    if (next.pos !== "VERB" || (next.form !== "ed" && next.form !== "past")) continue;
    const prev = joined[i - 1];
    if (prev === undefined || prev.pos === "CCONJ" || /^[,;:]$/.test(prev.text))
      joined[i] = { ...t, pos: "NOUN", lemma: t.lower, form: null };
  }
  // "according to", "owing to", "due to": a participle or adjective fixed with "to"
  // into a compound preposition, which heads no clause of its own.
  for (let i = 0; i + 1 < joined.length; i++) {
    const t = joined[i] as Token;
    if (
      /^(?:according|owing|due|thanks|prior|pursuant)$/.test(t.lower) &&
      joined[i + 1]?.lower === "to"
    )
      joined[i] = { ...t, pos: "ADP", form: null };
  }
}
