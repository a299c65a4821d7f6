import { isPastVerb } from "../dates/tense.ts";

/*
 * The text of an event: a standalone sentence that does not give its own date
 * away, so "which came first?" and "when did…?" questions can use it. The date
 * phrase is removed with its preposition ("On 28 March 2015, rebels captured…" →
 * "Rebels captured…"; "recaptured Kafranbel on Tuesday, a monitor said" →
 * "recaptured Kafranbel, a monitor said"). A sentence with differently dated
 * clauses is split when the split is clean ("…in October 2015, rejoined al-Nusra
 * in October 2016" → two clauses sharing the subject), else each event keeps the
 * whole sentence minus its own date.
 */

export type Span = { from: number; to: number };

const PREFIX =
  /(?:\b(?:earlier|later|early|late|also|then|just|only|as\s+recently\s+as)\s+)?(?:\b(?:(?:starting|beginning)\s+(?:in|on|from)|on|in|at|by|during|from|until|till|as\s+of|around|about|circa|between|starting|beginning|effective|throughout|through)\s+)?(?:(?:on\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?$/i;

/** The text with the date phrase at [from, to) removed, or the text unchanged if removal would break it. */
export function removeDatePhrase(text: string, span: Span): string {
  const before = text.slice(0, span.from);
  if (
    /\bof\s+$/i.test(before) &&
    !/\b(?:morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\s+of\s+$/i.test(before)
  )
    return text;
  if (/\b(?:since|until|till)\s+$/i.test(before)) return text;
  // "scheduled for October 1968", "postponed to 2021": the date is the object of a verb's
  // own preposition, which cannot be left dangling nor dropped without changing the verb.
  if (
    /\b(?:for|to|as|than|into|like|toward|towards|against|with|within|over|past|beyond|upon|onto)\s+$/i.test(
      before,
    )
  )
    return text;
  if (/^['’]s\b/.test(text.slice(span.to))) return text;
  const prefix = PREFIX.exec(before)?.[0] ?? "";
  let start = span.from - prefix.length;
  let end = span.to;
  const timeOfDay = /^\s+(?:morning|afternoon|evening|night)\b/i.exec(text.slice(end));
  if (timeOfDay !== null) end += timeOfDay[0].length;
  const dateText = text.slice(span.from, span.to);
  // "on Oct. 27, 2017, that": the comma after a month-day-year belongs to the date.
  if (/\d,\s*\d{4}$/.test(dateText) && /^,\s+that\b/.test(text.slice(end))) end++;
  const leading = /^["“'‘(]*$/.test(text.slice(0, start).trim());
  let out: string;
  if (leading) {
    const rest = text.slice(end).replace(/^\s*,?\s*/, "");
    out = text.slice(0, start).trim() + capitalise(rest);
  } else {
    while (start > 0 && text[start - 1] === " ") start--;
    let head = text.slice(0, start);
    let tail = text.slice(end);
    // "…, and, in the 1820s, he emerged": the date's commas go with it ("…, and he emerged").
    if (head.endsWith(",") && tail.startsWith(",")) {
      tail = tail.slice(1);
      if (/\b(?:and|but|or|nor|so|yet)\s*,$/i.test(head)) {
        head = head.replace(/,$/, "");
        tail = tail.trimStart();
      }
    }
    out = head + (tail.length > 0 && /^[\p{L}\p{N}"“(]/u.test(tail) ? " " : "") + tail;
  }
  out = tidy(out);
  if (out.split(/\s+/).length < 3) return text;
  return out;
}

/** Split a sentence into clauses, one per date span, when every boundary is clean; null otherwise. */
export function splitClauses(
  text: string,
  spans: Span[],
): { text: string; offset: number }[] | null {
  if (spans.length < 2) return null;
  const cuts: { at: number; skip: number; verbLed: boolean }[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (a === undefined || b === undefined) return null;
    const cut = findCut(text, a.to, b.from);
    if (cut === null) return null;
    cuts.push(cut);
  }
  const pieces: { text: string; offset: number }[] = [];
  let start = 0;
  for (const cut of [...cuts, { at: text.length, skip: 0, verbLed: false }]) {
    pieces.push({ text: text.slice(start, cut.at), offset: start });
    start = cut.at + cut.skip;
  }
  const subject = subjectOf(pieces[0]?.text ?? "");
  const out: { text: string; offset: number }[] = [];
  for (const [i, piece] of pieces.entries()) {
    let body = piece.text;
    let offset = piece.offset;
    const lead = /^\s*(?:and|but|while|whereas)?\s*/i.exec(body)?.[0].length ?? 0;
    body = body.slice(lead);
    offset += lead;
    if (
      i > 0 &&
      /^\p{Ll}/u.test(body) &&
      isPastVerb(firstWord(body)) &&
      !/^(?:the|a|an)\b/.test(body)
    ) {
      if (subject === null) return null;
      out.push({ text: `${subject} ${body}`, offset: offset - subject.length - 1 });
    } else {
      out.push({ text: body, offset });
    }
  }
  return out;
}

/** Keep only the clause, of a sentence joined by semicolons, that holds the span. */
export function clauseAround(text: string, span: Span): { text: string; offset: number } {
  let from = 0;
  for (const part of text.split(/;\s+/)) {
    const at = text.indexOf(part, from);
    const end = at + part.length;
    if (span.from >= at && span.to <= end) return { text: part, offset: at };
    from = end;
  }
  return { text, offset: 0 };
}

/** Make a clause read as a sentence: capital first letter, one closing full stop, no wire dateline. */
export function asSentence(text: string): string {
  // "HOUSTON (AP) — A line of storms…": the wire dateline is not part of the event.
  const t = tidy(text)
    .replace(/^\p{Lu}[\p{Lu} .,'-]{1,40}(?:\s*\([\p{L} .]{1,20}\))?\s*[—–-]{1,2}\s+(?=\p{L})/u, "")
    .replace(/[\s,;:–—-]+$/, "");
  if (t.length === 0) return t;
  const closed = /[.!?]["”’)]*$/.test(t) ? t : `${t}.`;
  return capitalise(closed);
}

function findCut(
  text: string,
  from: number,
  to: number,
): { at: number; skip: number; verbLed: boolean } | null {
  const region = text.slice(from, to);
  const markers: [RegExp, boolean][] = [
    [/;\s+/g, false],
    [/,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|his|her|its|their|\p{Lu}))/gu, false],
    [/\s+and\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})/gu, false],
    [/,\s+(?:and\s+)?(?=\p{Ll}+\s)/gu, true],
  ];
  for (const [re, verbLed] of markers) {
    const hits = [...region.matchAll(re)];
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h];
      if (hit === undefined) continue;
      const after = region.slice(hit.index + hit[0].length);
      if (verbLed && !isPastVerb(firstWord(after))) continue;
      // "in 1893 and a degree in mathematics the following year": no verb, no clause.
      if (!verbLed && !hasFiniteVerb(text.slice(from + hit.index + hit[0].length))) continue;
      return { at: from + hit.index, skip: hit[0].length, verbLed };
    }
  }
  return null;
}

function hasFiniteVerb(text: string): boolean {
  return text
    .split(/[^\p{L}'-]+/u)
    .some(
      (w) =>
        isPastVerb(w) || /^(?:was|were|is|are|has|had|have|will|would|did|does|said|says)$/.test(w),
    );
}

function subjectOf(clause: string): string | null {
  const words = clause.trim().split(/\s+/);
  for (let i = 1; i < words.length && i <= 8; i++) {
    const w = (words[i] ?? "").replace(/[^\p{L}'-]/gu, "");
    if (isPastVerb(w) || /^(?:was|were|has|had|is|are)$/.test(w))
      return words.slice(0, i).join(" ");
  }
  return null;
}

function firstWord(text: string): string {
  return /^\s*([\p{L}'-]+)/u.exec(text)?.[1] ?? "";
}

function capitalise(text: string): string {
  return text.replace(/^(["“'‘(]*)(\p{Ll})/u, (_, q: string, c: string) => q + c.toUpperCase());
}

function tidy(text: string): string {
  return text
    .replace(/\s*\(\s*[,;]?\s*\)/g, "")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/,(?:\s*,)+/g, ",")
    .replace(/,\s*([.;:!?])/g, "$1")
    .replace(/^[\s,;:]+/, "")
    .trim();
}
