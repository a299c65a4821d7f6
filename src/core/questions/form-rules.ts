import type { Question } from "../bank-schema.ts";
import { findMentions } from "../dates/extract.ts";
import { unclosedQuote } from "../punctuation.ts";
import { textMemo } from "../text-memo.ts";

/*
 * The form of a prompt, checked the way a reader would: one date phrase at most,
 * nothing left dangling where words were cut out, a subject after "When did …",
 * names written with their capitals. These rules look only at the finished text,
 * so they catch a bad prompt whichever generator made it.
 */

/** The words a prompt was built around, without its fixed frame: attribution and "Fill in the blank". */
function body(prompt: string): string {
  return prompt
    .replace(/^According to “[^”]*”,\s*/, "")
    .replace(/^Fill in the (?:blank|number):\s*/, "")
    .replace(/_____/g, "X");
}

/**
 * A word that needs what follows it, followed by punctuation: an article or a
 * preposition before any mark, a conjunction before a comma or the end ("Portugal
 * and, declared", "… and?"). Lower case only: "Stephen A. Douglas" is an initial.
 * A relative or subordinator before a comma opens a parenthesis ("which, in his view,").
 */
const DANGLING_WORD =
  /(?:^|\s)(?:(?:of|the|a|an|to|in|on|at|by|with|from|for|as|than|into|onto|upon|during|between|its|their|his|her)\s*[?,.;:!]|(?:and|or|but|nor)\s*[?,.;:!]|(?:he|she|they|we)\s*[?.!])/;
/** Words that cannot open a subject: prepositions, conjunctions, relatives, adverbs of sequence. */
const NOT_SUBJECT =
  "and|or|but|nor|of|to|in|on|at(?! least| most)|by|with|from|for|as|than|that|which|whose|whom|when|while|since|until|between|after|before|into|onto|upon|during|not|also|then";
const NO_SUBJECT = new RegExp(
  `^(?:[^,?]*,\\s+)?(?:when|where|since when|until when|(?:in|since|until) which \\w+(?: and \\w+)?|(?:on|since|until) what dates?|which \\w+)\\s+(?:did|was|were|will|has|have|had)\\s+(?:(?:${NOT_SUBJECT})\\b|[,;:?.])`,
  "i",
);

/** Dangling conjunctions and punctuation, doubled or unbalanced marks. */
function punctuationProblems(text: string): string[] {
  const out: string[] = [];
  if (DANGLING_WORD.test(text)) out.push("a word is left dangling before punctuation");
  // (" .203": a decimal without its zero is no misplaced stop.)
  if (/[,;:]\s*[?.!,;:]|\.\.(?!\.)|\s(?:[,;:?!]|\.(?!\d))|\(\s*\)|^[\s,.;:?!]/.test(text))
    out.push("punctuation is doubled, empty or misplaced");
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  if (count(/\(/g) !== count(/\)/g)) out.push("a parenthesis is not closed");
  if (unclosedQuote(text)) out.push("a quotation mark is not closed");
  return out;
}

const NUMBER = /\d+/g;
/**
 * What a date written with digits holds at least one of: a year, a month's name next to a
 * number, or digits joined by a slash, dot or dash. A prompt with fewer than two cannot
 * hold two such dates, and is not parsed.
 */
const DATE_ANCHOR =
  /\b\d{3,4}s?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d+[/.-]\d+/gi;
const WORD = /(?<![\p{L}'’-])[\p{L}][\p{L}'’-]*/gu;

/**
 * The names of a source quote, by their lower-case spelling: words capitalised mid-sentence
 * there and never written in lower case. Many questions cite one quote.
 */
const lowerNamesOf = textMemo(
  (quote: string) => new Map([...computeNames(quote)].map((n) => [n.toLowerCase(), n])),
  5_000,
);

function computeNames(quote: string): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const m of quote.matchAll(/(?<![\p{L}'’-])[\p{L}][\p{L}'’-]+/gu)) {
    const word = m[0];
    const first = word[0] ?? "";
    if (first === first.toLowerCase()) lower.add(word);
    // Not the first word of the quote nor of a sentence or quotation inside it.
    else if (m.index > 0 && !/[.!?:“"‘(]\s*$/.test(quote.slice(0, m.index))) capital.add(word);
  }
  return new Set([...capital].filter((w) => !lower.has(w.toLowerCase())));
}

/** The form problems of a question's prompt (empty when it reads well). */
export function formRules(q: Question): string[] {
  const text = body(q.prompt);
  const out = punctuationProblems(text);
  if (q.type !== "order" && q.type !== "which-first") {
    // The date the question gives (or none), not two ("In May 1969, in March 1969, …").
    // Parsing dates is the costly part of the gate: a prompt with fewer than two numbers
    // cannot hold two dates with numbers, so only the others are parsed.
    if ((text.match(NUMBER) ?? []).length >= 2 && (text.match(DATE_ANCHOR) ?? []).length >= 2) {
      const dates = findMentions(text).filter((m) => /\d/.test(text.slice(m.from, m.to)));
      if (dates.length > 1) out.push("the prompt has more than one date phrase");
    }
  }
  if (NO_SUBJECT.test(text)) out.push("the question has no subject after its verb");
  // The prompt's lower-case words, looked up in the quote's names (one pass each).
  const lowerNames = lowerNamesOf(q.source.quote);
  if (lowerNames.size > 0) {
    for (const m of text.matchAll(WORD)) {
      const name = lowerNames.get(m[0]);
      if (name !== undefined && name !== m[0])
        out.push(`the name “${name}” is written in lower case`);
    }
  }
  return out;
}
