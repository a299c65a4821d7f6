import * as chrono from "chrono-node";
import { weekdayModifiesNoun } from "./lexicon.ts";
import type { Mention } from "./types.ts";

/*
 * chrono-node finds most calendar expressions, but its values need checking
 * (DESIGN §5): only components it marks certain are used; relative expressions
 * are left to relative-pass.ts, because chrono computes them from its reference
 * date and then marks them certain; times of day are not dates here; a year must
 * be written with four digits ("end of September, 52 aid trucks" is not 1952).
 */

const DROPPED_PARSERS = new Set([
  "ENCasualDateParser",
  "ENCasualTimeParser",
  "ENTimeExpressionParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENRelativeDateFormatParser",
  "ENEndOfCurrentMonthParser",
]);
const DROPPED_REFINERS = new Set(["ENEndOfPeriodRefiner", "ForwardDateRefiner"]);

const config = chrono.en.configuration.createCasualConfiguration(false);
const parser = new chrono.Chrono({
  parsers: config.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name)),
  refiners: config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name)),
});

/** A fixed reference: chrono needs one, and only the components it marks certain are kept. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

const RELATIVE_WORDS =
  /\b(?:ago|later|earlier|last|next|this|past|previous|following|coming|today|tonight|yesterday|tomorrow|now|within|after|before)\b/i;
const CLAUSE_PREPOSITION =
  /(?:\b(?:in|of|on|since|until|till|by|from|to|through|throughout|during|before|after|between|and|or|early|mid|late|end|beginning|start|middle|around|about|circa)\s*(?:the\s+)?|mid-|[–—-]\s*)$/i;

type ChronoComponents = {
  isCertain(c: "year" | "month" | "day" | "weekday"): boolean;
  get(c: "year" | "month" | "day" | "weekday"): number | null;
};

function certainParts(
  c: ChronoComponents,
  text: string,
): Partial<Mention["start"]> & { weekday?: number } {
  const out: { year?: number; month?: number; day?: number; weekday?: number } = {};
  const year = c.isCertain("year") ? c.get("year") : null;
  if (year !== null && new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text)) out.year = year;
  if (c.isCertain("month")) out.month = c.get("month") ?? undefined;
  if (c.isCertain("day") && out.month !== undefined) out.day = c.get("day") ?? undefined;
  if (c.isCertain("weekday")) out.weekday = c.get("weekday") ?? undefined;
  return out;
}

/** Calendar expressions chrono finds in a sentence, reduced to what the text states. */
export function chronoMentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const r of parser.parse(sentence, REFERENCE)) {
    let text = r.text;
    const tags = r.tags();
    if ([...tags].some((t) => t === "result/relativeDate" || /Relative|Casual|Ago|Later/.test(t)))
      continue;
    if (RELATIVE_WORDS.test(text)) continue;
    const start = certainParts(r.start, text);
    const end = r.end ? certainParts(r.end, text) : undefined;
    // "September, 52": chrono took the number for a year the text never wrote; cut it off.
    const strayYear = /,?\s*\d{1,3}$/.exec(text);
    if (r.start.isCertain("year") && start.year === undefined && strayYear !== null) {
      text = text.slice(0, strayYear.index);
    }
    if (start.month === undefined && start.year === undefined && start.weekday === undefined)
      continue;
    // Month and weekday names are capitalised: "sat down", "march on" are not dates.
    if (!/\d/.test(text) && !/^\p{Lu}/u.test(text.replace(/^(?:on|in|at|of|the)\s+/i, "")))
      continue;
    // "to take the SAT for him": a weekday's short form in capitals is an acronym.
    if (
      /(?:^|\s)(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)\b(?!\.)/.test(text) &&
      !/[a-z]/.test(text)
    )
      continue;
    // "ASA X3.4-1963", "RFC2822": digits joined to the letters or digits before them are
    // part of a name or code, and a date read inside one is a day the text never wrote.
    if (/^\d/.test(text) && /[\p{L}\p{N}.]$/u.test(sentence.slice(0, r.index))) continue;
    // "2 1/2 times": a slash date needs its year; 3/9/2015 is still ambiguous between day-first and month-first.
    if (/^\d{1,2}\/\d{1,2}(?!\/)/.test(text)) continue;
    // "Super Tuesday", "Good Friday", "Bloody Sunday": a capitalised word before a weekday
    // makes the two a name, not a day; after "of" a weekday names a title or a day's events
    // ("the 2009 version of Friday the 13th"), never the clause's own time.
    if (
      start.weekday !== undefined &&
      start.month === undefined &&
      /(?<![.!?:]\s*|^)\b(?!(?:On|Last|Next|This|Early|Late|By|Since|Until|Every|Each)\b)\p{Lu}\p{Ll}+\s+$|\b[Oo]f\s+$/u.test(
        sentence.slice(0, r.index),
      ) &&
      !/^(?:on|in|at)\s/i.test(text)
    )
      continue;
    // "eclipsing the Sun as it transited": a weekday's short form with no stop after an
    // article is a noun ("the Sun"), not a day.
    if (
      start.weekday !== undefined &&
      start.month === undefined &&
      /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)$/.test(text.trim()) &&
      /\b(?:the|a|an)\s+$/i.test(sentence.slice(0, r.index))
    )
      continue;
    // "the Saturday Night Massacre" (chrono's text keeps a comma after a day: "On Friday,
    // Qaboos …" is a day).
    if (
      start.weekday !== undefined &&
      start.month === undefined &&
      !/[,;:]\s*$/.test(r.text) &&
      weekdayModifiesNoun(sentence.slice(0, r.index), sentence.slice(r.index + r.text.length))
    )
      continue;
    if (/^\d{1,2}\/\d{1,2}\//.test(text) && (start.day ?? 13) <= 12 && (start.month ?? 13) <= 12) {
      delete start.day;
      delete start.month;
      if (start.year === undefined) continue;
    }
    // Keep the span to the expression itself: "On 28 March 2015," → "28 March 2015".
    const lead = /^(?:(?:on|in|at|of|the)\s+)+/i.exec(text)?.[0].length ?? 0;
    const core = text
      .slice(lead)
      .replace(/\s+of$/i, "")
      .replace(/[\s,.;:]+$/, (tail) =>
        tail.startsWith(".") &&
        /\b[A-Z][a-z]{2,3}$/.test(text.slice(lead, text.length - tail.length))
          ? "."
          : "",
      );
    const from = r.index + lead;
    const mention: Mention = {
      from,
      to: from + core.length,
      start: {},
      qualifier: null,
      since: false,
      attributive: false,
    };
    if (start.year !== undefined) mention.start.year = start.year;
    if (start.month !== undefined) mention.start.month = start.month;
    if (start.day !== undefined) mention.start.day = start.day;
    if (start.weekday !== undefined && start.month === undefined) mention.weekday = start.weekday;
    if (end !== undefined && (end.month !== undefined || end.year !== undefined)) {
      mention.end = {};
      if (end.year !== undefined) mention.end.year = end.year;
      if (end.month !== undefined) mention.end.month = end.month;
      if (end.day !== undefined) mention.end.day = end.day;
    }
    if (!plausibleMonthWord(sentence, mention)) continue;
    // "moved up from May 2029 to December 31, 2021": chrono puts a range's earlier date
    // first whatever the order written; the mention keeps the order written, and resolving
    // it finds a range that runs backwards.
    if (
      mention.end?.year !== undefined &&
      start.year !== undefined &&
      mention.end.year !== start.year &&
      text.indexOf(String(mention.end.year)) < text.indexOf(String(start.year))
    )
      [mention.start, mention.end] = [mention.end, mention.start];
    out.push(mention);
  }
  return withMayAfterPreposition(sentence, out);
}

/**
 * "between May and June in 1981": chrono leaves "May" alone (it reads the modal), but
 * capitalised after a preposition of time it can only be the month.
 */
function withMayAfterPreposition(sentence: string, found: Mention[]): Mention[] {
  const out = [...found];
  for (const m of sentence.matchAll(
    /(?<=\b(?:[Bb]etween|[Ff]rom|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)May\b(?![-’'])/g,
  )) {
    const from = m.index;
    const to = from + 3;
    if (found.some((f) => f.from < to && f.to > from)) continue;
    out.push({ from, to, start: { month: 5 }, qualifier: null, since: false, attributive: false });
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * A month name alone ("May", "March") is a date only after a preposition or
 * qualifier ("in May", "mid-March", "since March"); "the March on Washington" is not.
 */
function plausibleMonthWord(sentence: string, m: Mention): boolean {
  if (m.start.day !== undefined || m.start.year !== undefined || m.end !== undefined) return true;
  if (m.weekday !== undefined) return true;
  const before = sentence.slice(Math.max(0, m.from - 24), m.from);
  return CLAUSE_PREPOSITION.test(before);
}
