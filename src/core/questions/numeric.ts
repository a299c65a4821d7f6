import type { Question } from "../bank-schema.ts";
import { NUMBER_WORDS } from "../dates/lexicon.ts";
import type { Nlp, Token } from "../nlp/tokens.ts";
import { quoted } from "../punctuation.ts";
import { clozeSentence } from "./cloze.ts";
import { type Context, type EventInfo, plainClause, plainText } from "./context.ts";
import { datePhrase } from "./date-phrase.ts";
import { attribute, explain } from "./date-questions.ts";
import { type Clause, introTail, subjectInQuestion } from "./frame.ts";
import { makeQuestion } from "./make.ts";
import { formatQuantity, parseQuantity, type Quantity } from "./numbers.ts";
import { escapeRegExp, replaceWords, upperFirst } from "./text.ts";

/*
 * Numeric facts: "How many buses …?" for a count written before a plural noun.
 * A hedged count ("about", "more than") gets a wider tolerance than an exact one;
 * small exact counts must be exact. Durations ("four days") are not facts to learn.
 */

const HEDGE =
  "about|around|approximately|roughly|nearly|almost|over|more than|less than|fewer than|at least|up to|some|an estimated|as many as";
/** Number words from "two" up: a single thing is not a count worth asking. */
const WORD_NUMBERS = Object.entries(NUMBER_WORDS)
  .filter(([, n]) => n >= 2)
  .map(([word]) => word)
  .join("|");
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:thousand|million|billion))?|(?:${WORD_NUMBERS})(?:\\s+(?:hundred|thousand|million))?`;
const COUNT = new RegExp(
  `(?<![\\w,.-])(?:(${HEDGE})\\s+)?(between\\s+(?:${NUM})\\s+and\\s+(?:${NUM})|(?:${NUM})(?:\\s*(?:–|-|to)\\s*(?:${NUM}))?)\\s+([A-Za-z][A-Za-z-]*(?:\\s+[A-Za-z][A-Za-z-]*){0,3})`,
  "gi",
);
const TIME_NOUNS =
  /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|times?|percent|per|km|kilometres?|kilometers?|miles?|metres?|meters?|min|mins)$/i;
const IRREGULAR_PLURALS =
  /^(?:people|police|personnel|children|men|women|staff|troops|cattle|militia)$/i;

/** A count found in a sentence. */
type Count = {
  /** The whole matched phrase, hedge and noun included. */
  phrase: string;
  /** The number as written ("5,000", "between 6,500 and 7,000", "seven"). */
  written: string;
  hedge: string | null;
  noun: string;
  value: Quantity;
  index: number;
};

/**
 * The plural noun phrase a count counts, from the tagger: nouns and adjectives after the
 * number, ending in a plural noun ("1,500 female detainees"); null for a duration ("four
 * days") or when no plural noun follows.
 */
function pluralNoun(tokens: readonly Token[], from: number): string | null {
  const kept: Token[] = [];
  for (const t of tokens) {
    if (t.from < from) continue;
    if (kept.length >= 4 || !/^(?:NOUN|ADJ|PROPN)$/.test(t.pos)) break;
    kept.push(t);
  }
  for (let n = kept.length; n > 0; n--) {
    const last = kept[n - 1] as Token;
    if (TIME_NOUNS.test(last.text)) return null;
    const plural =
      last.pos === "NOUN" && (last.lemma !== last.lower || IRREGULAR_PLURALS.test(last.text));
    if (plural)
      return kept
        .slice(0, n)
        .map((t) => t.text)
        .join(" ");
  }
  return null;
}

/** Counts of things in a sentence: number (or range) followed by a plural noun. */
function findCounts(sentence: string, nlp: Nlp): Count[] {
  const out: Count[] = [];
  let tokens: Token[] | null = null;
  for (const m of sentence.matchAll(COUNT)) {
    const written = m[2] ?? "";
    tokens ??= nlp.tag(sentence);
    const noun = pluralNoun(tokens, m.index + m[0].length - (m[3] ?? "").length);
    if (noun === null) continue;
    // "the Apollo 8 astronauts": a number after a name is part of the name, not a count.
    const before = tokens.filter((t) => t.to <= m.index + (m[1] ? m[1].length + 1 : 0)).at(-1);
    if (before?.pos === "PROPN" && /^\p{Lu}/u.test(before.text)) continue;
    // "the two towns" refers back to something already counted; it is not a figure to learn.
    if (/\bthe\s+$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "US$17.4 billion government loans": an amount of money, not a count of the noun after it.
    if (/[$€£¥]\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index))) continue;
    const value = parseQuantity(written);
    if (value === null || value.high < 2) continue;
    if (/^\d{4}$/.test(written) && value.low >= 1900 && value.low <= 2100) continue;
    const phrase = `${m[1] ? `${m[1]} ` : ""}${written} ${noun}`;
    out.push({ phrase, written, hedge: m[1]?.toLowerCase() ?? null, noun, value, index: m.index });
  }
  return out;
}

function tolerance(count: Count): number {
  if (count.hedge !== null || count.value.low !== count.value.high) return 0.2;
  return count.value.high >= 20 ? 0.1 : 0;
}

/** "how many buses did …" or "how many buses evacuated …", or null when the count is not the subject or object. */
function howMany(clause: Clause, count: Count, ctx: Context): string | null {
  const tail = introTail(clause, ctx.lower);
  const lead = new RegExp(`^${escapeRegExp(count.phrase)}\\b`, "i");
  if (lead.test(clause.subject)) {
    const more = clause.subject.replace(lead, "");
    const verb =
      clause.modal !== null ? `${clause.modal} ${clause.base}` : (clause.aux ?? clause.verb);
    return `how many ${count.noun}${more} ${verb} ${clause.rest}${tail}`;
  }
  if (clause.aux === null && lead.test(clause.restBase)) {
    const after = clause.restBase.replace(lead, "");
    // "released 1,500 detainees and rebel fighters": the count is only part of the object.
    if (/^\s+and\s/.test(after)) return null;
    const did = clause.modal ?? "did";
    return `how many ${count.noun} ${did} ${subjectInQuestion(clause, ctx.lower)} ${clause.base}${after}${tail}`;
  }
  return null;
}

/** Numeric questions for one event (at most one). */
export function numericQuestions(info: EventInfo, ctx: Context): Question[] {
  const citation = info.citation;
  if (citation === null) return [];
  const text = plainText(info, ctx);
  // With a disputed figure, only a count the cited source itself states may be asked.
  const counts = findCounts(text, ctx.nlp).filter(
    (c) => !info.textDisputed || citation.source.quote.includes(c.written),
  );
  const count = counts[0];
  if (count === undefined) return [];
  // "Wertheimer, Koffka, and Köhler were three German psychologists who immigrated …": a
  // count that "be" says of its subject counts the ones named, not all who did it.
  if (
    new RegExp(`\\b(?:were|are)\\s+${escapeRegExp(count.written)}\\b`, "i").test(
      citation.source.quote,
    )
  )
    return [];
  const clause = plainClause(info, ctx);
  const asked = clause === null ? null : howMany(clause, count, ctx);
  let prompt: string;
  if (asked !== null) {
    prompt = `${upperFirst(datePhrase(info.event.date))}, ${asked}?`;
  } else {
    const sentence = replaceWords(clozeSentence(info, ctx), count.written, "_____");
    // A number the clause frame cannot ask about is blanked in its sentence: "How many
    // towers? “…”" read to judges as a fragment before a cloze.
    prompt = `Fill in the number: ${quoted(sentence)}`;
  }
  // "at least 140" stays "at least 140": the hedge is part of what the source says — unless
  // the prompt already says it ("over _____ men"), where the blank is the number alone.
  const bare = formatQuantity(count.value);
  const answer = count.hedge === null || asked === null ? bare : `${count.hedge} ${bare}`;
  // The bare "8,000" is not what "more than 8,000" says, so it is listed only when the key is bare too.
  const spellings = answer === bare ? [count.written, bare] : [`${count.hedge} ${count.written}`];
  const accepted = [...new Set(spellings)].filter((a) => a !== answer);
  return [
    makeQuestion({
      type: "numeric",
      variant: count.phrase,
      eventIds: [info.event.id],
      prompt: attribute(info, prompt),
      answer,
      ...(accepted.length > 0 ? { accepted } : {}),
      tolerance: tolerance(count),
      explanation: explain(info, ctx),
      source: citation.source,
    }),
  ];
}
