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
const IRREGULAR_PAST = new Set(
  (
    "began became brought built bought came caught chose did drew drove fell felt fled fought found flew forgot " +
    "froze gave got went grew held hid hit hurt kept knew laid led left lent let lost made meant met paid put " +
    "quit ran rang rose said sat saw sent set shook shot shut sang sank slept slid spoke spent split spread " +
    "stood stole struck stuck swore swept swam took taught tore told thought threw understood woke wore won " +
    "wrote withdrew overtook overthrew undertook sought sold"
  ).split(" "),
);
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

/** Words ending in "ed" that are not past-tense verbs (nouns, adjectives, adverbs). */
const NOT_PAST_ED = new Set([
  "hundred",
  "kindred",
  "naked",
  "sacred",
  "wicked",
  "wretched",
  "rugged",
  "ragged",
  "crooked",
  "beloved",
  "embed",
]);

/** Whether a word looks like a past-tense verb ("captured", "left"). */
export function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PAST.has(w)) return true;
  // Whole words only: an ending list ("red", "ted", "med") would also reject "captured",
  // "started" and "formed".
  return /^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w) && !/[^r]eed$/.test(w);
}
