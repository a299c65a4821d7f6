/*
 * Intl.Segmenter (available on Node and Workers) splits after "Dr.", "Maj. Gen.",
 * "U.S." and initials. Citation markers are removed before this runs; here the
 * segments are re-joined wherever the break follows an abbreviation and the next
 * segment does not read like a new sentence.
 */

export type Span = { text: string; start: number; end: number };

/** Always followed by a name or a number: a break after these is never a sentence end. */
const TITLES = new Set(
  (
    "mr mrs ms mx dr prof sr jr st sen rep gov gen lt col maj capt cpt sgt cpl adm cmdr cdr rev " +
    "hon pres supt insp fr mt ft messrs mme mlle amb brig bvt pte gens no nos vol vols pp fig figs " +
    "art arts sec ch para approx ca cf vs v e.g i.e viz al"
  ).split(" "),
);

/** Abbreviations that may also end a sentence ("… sold to Microsoft Corp."). */
const AMBIGUOUS = new Set(
  (
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd llc plc bros etc est dept " +
    "univ assn natl intl govt admin mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);

/** Words that usually open a new sentence; after an ambiguous abbreviation they mean "split". */
const STARTERS = new Set(
  (
    "the a an in on at he she it they we i you this that these those but and however its his her " +
    "their there after before during when while as since from for by with some many several " +
    "according meanwhile although if what who why how one two three four five six seven eight " +
    "nine ten other another both each all most no not yet so then later earlier also our my your " +
    "following under over between among despite"
  ).split(" "),
);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Split a paragraph into sentences with their offsets, repairing abbreviation breaks. */
export function splitSentences(paragraph: string): Span[] {
  const raw: Span[] = [];
  for (const s of segmenter.segment(paragraph)) {
    raw.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
  }
  const joined: Span[] = [];
  for (const seg of raw) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && shouldJoin(prev.text, seg.text)) {
      prev.text += seg.text;
      prev.end = seg.end;
    } else {
      joined.push({ ...seg });
    }
  }
  return joined
    .flatMap(splitBeforeNumbers)
    .flatMap(splitGlued)
    .flatMap((s) => bounded(trimSpan(s)))
    .filter((s) => s.text.length > 0 && /[\p{L}\p{N}]/u.test(s.text));
}

/**
 * "… relocated since Wednesday. 76 villages were affected": the segmenter never breaks
 * before a digit, but after a full word (not an abbreviation: "Sept. 11", "No. 5") or a
 * year, a full stop and a number open a new sentence.
 */
function splitBeforeNumbers(s: Span): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of s.text.matchAll(/([\p{L}\d]+)\.\s+(?=\d)/gu)) {
    const word = m[1] ?? "";
    const lower = word.toLowerCase();
    const wordy = /^\p{L}{2,}$/u.test(word) && !TITLES.has(lower) && !AMBIGUOUS.has(lower);
    if (!wordy && !/^\d{4}$/.test(word)) continue;
    const cut = m.index + word.length + 1;
    if (m.index > 0 && /[\p{L}\d.]/u.test(s.text[m.index - 1] ?? "")) continue;
    out.push({ text: s.text.slice(from, cut), start: s.start + from, end: s.start + cut });
    from = cut;
  }
  if (from === 0) return [s];
  out.push({ text: s.text.slice(from), start: s.start + from, end: s.end });
  return out;
}

/**
 * "… successfully cured malaria patients.Youyou was awarded …": where a footnote marker was
 * dropped or a space lost, a full stop after a lower-case word runs straight into the next
 * sentence's capitalised first word. (Not after an abbreviation, nor inside a name or an
 * address such as "Ph.D" or "example.Com", whose words are not of that shape.)
 */
function splitGlued(s: Span): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of s.text.matchAll(/(?<![\p{L}.])(\p{Ll}{2,})\.(?=\p{Lu}\p{Ll}{2,}\b)/gu)) {
    const word = m[1] ?? "";
    if (TITLES.has(word) || AMBIGUOUS.has(word)) continue;
    const cut = m.index + word.length + 1;
    out.push({ text: s.text.slice(from, cut), start: s.start + from, end: s.start + cut });
    from = cut;
  }
  if (from === 0) return [s];
  out.push({ text: s.text.slice(from), start: s.start + from, end: s.end });
  return out;
}

/**
 * The longest sentence analysed whole. Real sentences stay well under it (a long
 * encyclopedia sentence is 400–600 characters); a document that never ends its
 * sentences would otherwise be one sentence, and the work on a sentence grows faster
 * than its length. Longer ones are cut at the last clause boundary before the limit
 * (";", ", and", ",", else a space), so the work stays linear in the document's size.
 */
export const MAX_SENTENCE = 800;

function bounded(s: Span): Span[] {
  if (s.text.length <= MAX_SENTENCE) return [s];
  const out: Span[] = [];
  let from = 0;
  const text = s.text;
  while (text.length - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    let cut = -1;
    for (const sep of [/;\s/g, /,\s+(?:and|but|while)\s/g, /,\s/g, /\s/g]) {
      let last = -1;
      for (const m of window.matchAll(sep)) if (m.index > MAX_SENTENCE / 4) last = m.index + 1;
      if (last > 0) {
        cut = last;
        break;
      }
    }
    if (cut <= 0) cut = MAX_SENTENCE;
    const piece = trimSpan({
      text: text.slice(from, from + cut),
      start: s.start + from,
      end: s.start + from + cut,
    });
    out.push(piece);
    from += cut;
  }
  out.push(trimSpan({ text: text.slice(from), start: s.start + from, end: s.end }));
  return out;
}

function trimSpan(s: Span): Span {
  const lead = s.text.length - s.text.trimStart().length;
  const text = s.text.trim();
  return { text, start: s.start + lead, end: s.start + lead + text.length };
}

function shouldJoin(prev: string, next: string): boolean {
  const before = prev.trimEnd();
  const after = next.trimStart();
  if (after.length === 0) return true;
  // "… fell to Omani forces. (Fort Jesus is now a UNESCO World Heritage site.)": a whole
  // sentence in brackets after a full stop is an aside of its own, no part of the one before.
  if (/[.!?]["”’]?$/.test(before) && /^\(\p{Lu}[^()]*[.!?]["”’]?\)/u.test(after)) return false;
  // A sentence does not open in lower case or with a digit continuing a date ("Sept. 11").
  if (/^[\p{Ll}\d(,;:%]/u.test(after)) return true;
  if (!before.endsWith(".")) return false;
  const word = /(?:^|[\s(“"'])([\p{L}.]+)\.$/u.exec(before)?.[1] ?? "";
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return true;
  const firstWord = (/^[“"'‘(]*([\p{L}]+)/u.exec(after)?.[1] ?? "").toLowerCase();
  const opensSentence = STARTERS.has(firstWord);
  // Initials ("J. R. Smith") and dotted acronyms ("U.S. Army", "O.P.C.W.").
  const initial = /^\p{Lu}$/u.test(word);
  const acronym = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if ((initial || acronym || AMBIGUOUS.has(lower)) && !opensSentence) return true;
  return false;
}
