import { pastToBase } from "../verbs.ts";

/*
 * Which way a year-less date points from the dateline. News reports the past, so
 * past is the default; a future auxiliary or modal governing the date ("will
 * begin on April 7", "is due to be published in May", "might hold talks on 5
 * March") or a forward preposition ("until Saturday", "run through June") points
 * forward. The nearest verb decides: "The FAA on Friday announced it will close"
 * is past, because "announced" is closer to "Friday" than "will".
 */

const FUTURE =
  /^(?:will|shall|'ll|’ll|might|may|would|going|due|scheduled|expected|set|plans?|planned|upcoming|coming|next|intends?|aims?|hopes?|to-be)$/i;
const PAST_AUX = /^(?:was|were|had|did|ago|last|earlier|previously|already|yesterday)$/i;
const BE = /^(?:be|been|being|is|are|am|to)$/i;
const FORWARD_PREPOSITION = /\b(?:until|till|through|by)\s+$/i;

/** Whether a year-less expression at [from, to) points forward from the dateline. */
export function pointsForward(sentence: string, from: number, to: number): boolean {
  const leading = /^(?:by|until|till|through)\s+/i.exec(sentence.slice(from, to));
  if (leading !== null)
    return pointsForward(
      `${sentence.slice(0, from + leading[0].length)}`,
      from + leading[0].length,
      to,
    );
  if (FORWARD_PREPOSITION.test(sentence.slice(Math.max(0, from - 12), from))) {
    return !isPastVerb(lastWord(sentence.slice(0, from).replace(FORWARD_PREPOSITION, "")));
  }
  const clauseStart = Math.max(
    sentence.lastIndexOf(";", from),
    sentence.lastIndexOf(" but ", from),
    sentence.lastIndexOf(":", from),
  );
  const before = words(sentence.slice(clauseStart + 1, from));
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] ?? "";
    const prev = before[i - 1] ?? "";
    const next = before[i + 1] ?? "";
    // "may have left", "would have been": a modal before "have" looks back.
    if (FUTURE.test(w) && !/^have$/i.test(next) && (w.toLowerCase() !== "set" || next === "to"))
      return true;
    if (PAST_AUX.test(w)) return false;
    if (isPastVerb(w) && !BE.test(prev)) return false;
  }
  const after = words(sentence.slice(to)).slice(0, 4);
  for (const w of after) {
    if (FUTURE.test(w)) return true;
    if (PAST_AUX.test(w) || isPastVerb(w)) return false;
  }
  return false;
}

function words(text: string): string[] {
  return text.split(/[^\p{L}'’-]+/u).filter((w) => w.length > 0);
}

function lastWord(text: string): string {
  const w = words(text);
  return w[w.length - 1] ?? "";
}

/** Whether a word looks like a past-tense verb ("captured", "left"). */
export function isPastVerb(word: string): boolean {
  return pastToBase(word.toLowerCase()) !== null;
}
