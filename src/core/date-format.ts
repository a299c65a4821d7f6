import type { EventDate } from "./bank-schema.ts";
import {
  daysInMonth,
  fromIso,
  lastYearOfThe,
  namesHundred,
  precisionOf,
} from "./dates/calendar.ts";
import { monthNumber } from "./dates/lexicon.ts";
import { zoneOffset } from "./learner-day.ts";

/*
 * Dates as people write them. Formatting gives one canonical English form per
 * EventDate ("28 March 2015", "3–6 December 2016", "mid-March 2017"); parsing
 * accepts the usual ways a learner types a date and is the inverse of formatting.
 * Numeric day/month order is ambiguous (3/4/2015): day first unless impossible.
 */

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** A date as typed by a learner: the EventDate fields that carry meaning, no provenance. */
export type ParsedDate = Pick<EventDate, "start" | "end" | "precision" | "qualifier">;

type Parts = { year?: number; month?: number; day?: number };

// Re-exported so question and grading code keep one import for date text and month lengths.
export { daysInMonth };

function monthName(month: number | undefined): string {
  return MONTHS[(month ?? 1) - 1] ?? "";
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

const DECADE = /^(\d{3}0)['’]?s$/;
const CENTURY = /^(\d{1,2})(?:st|nd|rd|th)[-\s]century(?:\s+(?:ad|ce))?$/;
/** "16th and 17th centuries", "16th–17th century", "16th to 18th centuries". */
const CENTURIES =
  /^(\d{1,2})(?:st|nd|rd|th)(?:[-\s]century)?\s*(?:and|to|until|through|–|—|-)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[-\s]centur(?:y|ies)(?:\s+(?:ad|ce))?$/;

/** The years from the first to the last of the centuries given, or null for none. */
function centurySpan(first: number, last: number): { start: string; end: string } | null {
  if (first < 1 || last < first) return null;
  return {
    start: String((first - 1) * 100 + 1).padStart(4, "0"),
    end: String(last * 100).padStart(4, "0"),
  };
}

/** "1830s", "18th century", "16th and 17th centuries" (the article already dropped): the years they span, or null. */
function parseSpan(text: string): { start: string; end: string } | null {
  const decade = DECADE.exec(text);
  if (decade) {
    const y = Number(decade[1]);
    // "the 1800s" is a hundred years, as the bank reads it in a text (year-pass.ts).
    return { start: String(y).padStart(4, "0"), end: String(lastYearOfThe(y)).padStart(4, "0") };
  }
  const century = CENTURY.exec(text);
  if (century) return centurySpan(Number(century[1]), Number(century[1]));
  const centuries = CENTURIES.exec(text);
  return centuries ? centurySpan(Number(centuries[1]), Number(centuries[2])) : null;
}

/**
 * "decade", "century" or "centuries" for a year span of whole decades or centuries, "hundred"
 * for the hundred years "the 1800s" names, else null.
 */
export function periodOf(
  date: Pick<EventDate, "start" | "end" | "precision">,
): "decade" | "hundred" | "century" | "centuries" | null {
  if (date.precision !== "year" || date.end === undefined) return null;
  const a = fromIso(date.start).year;
  const b = fromIso(date.end).year;
  // ("the 1800s" is the hundred years, so the decade 1800–1809 is written as its years.)
  if (a >= 1000 && a % 10 === 0 && b === a + 9 && !namesHundred(a)) return "decade";
  if (namesHundred(a) && b === a + 99) return "hundred";
  if (a % 100 === 1 && b === a + 99) return "century";
  // 1501–1700 is how the text said "the 16th and 17th centuries", and how a learner knows it.
  if (a % 100 === 1 && b % 100 === 0 && b > a + 99) return "centuries";
  return null;
}

function formatPlain(date: Pick<EventDate, "start" | "end" | "precision">): string {
  const a = fromIso(date.start);
  const b = date.end === undefined ? undefined : fromIso(date.end);
  if (date.precision === "year") {
    if (b === undefined) return `${a.year}`;
    // A whole decade or century is written as one ("the 1830s", "the 18th century").
    const period = periodOf(date);
    if (period === "decade" || period === "hundred") return `the ${a.year}s`;
    if (period === "century") return `the ${ordinal((b.year / 100) | 0)} century`;
    if (period === "centuries") {
      const first = ordinal((a.year + 99) / 100);
      const last = ordinal(b.year / 100);
      const join = b.year - a.year === 199 ? " and " : "–";
      return `the ${first}${join}${last} centuries`;
    }
    return `${a.year}–${b.year}`;
  }
  if (date.precision === "month") {
    if (b === undefined) return `${monthName(a.month)} ${a.year}`;
    if (a.year === b.year) return `${monthName(a.month)}–${monthName(b.month)} ${b.year}`;
    return `${monthName(a.month)} ${a.year} – ${monthName(b.month)} ${b.year}`;
  }
  if (b === undefined) return `${a.day} ${monthName(a.month)} ${a.year}`;
  if (a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${monthName(b.month)} ${b.year}`;
  }
  if (a.year === b.year)
    return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${b.year}`;
  return `${a.day} ${monthName(a.month)} ${a.year} – ${b.day} ${monthName(b.month)} ${b.year}`;
}

/** Format a date for people: "28 March 2015", "March 2015", "3–6 December 2016", "mid-March 2017". */
export function formatDate(
  date: Pick<EventDate, "start" | "end" | "precision" | "qualifier">,
): string {
  const plain = formatPlain(date);
  // "the 1830s" takes its qualifier inside: "the late 1830s", "the mid-18th century".
  if (plain.startsWith("the ") && (date.qualifier === "early" || date.qualifier === "late"))
    return `the ${date.qualifier} ${plain.slice(4)}`;
  if (plain.startsWith("the ") && date.qualifier === "mid") return `the mid-${plain.slice(4)}`;
  switch (date.qualifier) {
    case "mid":
      return `mid-${plain}`;
    case "early":
    case "late":
    case "about":
    case "by":
      return `${date.qualifier} ${plain}`;
    default:
      return plain;
  }
}

/** A calendar day ("2026-12-06") in the one style every page uses: "6 December 2026" ("2026-12": "December 2026"). */
export function formatIsoDay(iso: string): string {
  return formatPlain({ start: iso, precision: precisionOf(fromIso(iso)) });
}

/** A month ("2026-01") as a chart label: "Jan 2026" (never "26/01", which reads as a day). */
export function formatMonthShort(iso: string, withYear = true): string {
  const { year, month } = fromIso(iso);
  const name = monthName(month).slice(0, 3);
  return withYear ? `${name} ${year}` : name;
}

/** The wall-clock date and time of an instant in `timeZone`, as numbers. */
function wallClock(
  ms: number,
  timeZone: string,
): Required<Parts> & { hour: number; minute: number } {
  const wall = new Date(ms + zoneOffset(new Date(ms), timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/** The day of an instant in the reader's time zone: "6 December 2026". */
export function formatDay(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${w.day} ${monthName(w.month)} ${w.year}`;
}

/** An instant in the reader's time zone, to the minute: "6 December 2026, 07:53". */
export function formatDayTime(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${w.day} ${monthName(w.month)} ${w.year}, ${pad(w.hour)}:${pad(w.minute)}`;
}

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?/g;

const QUALIFIER_PREFIXES: [RegExp, EventDate["qualifier"]][] = [
  [/^(?:mid|middle of|the middle of)[-\s]+/, "mid"],
  [/^(?:early|the beginning of|beginning of|the start of|start of)[-\s]+/, "early"],
  [/^(?:late|the end of|end of)[-\s]+/, "late"],
  [/^(?:about|around|circa|approximately|approx\.?|c\.|ca\.)\s*/, "about"],
  [/^(?:by|no later than)\s+/, "by"],
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function toIso(parts: Parts): string | null {
  const { year, month, day } = parts;
  if (year === undefined || year < 1 || year > 9999) return null;
  if (month === undefined) return day === undefined ? String(year).padStart(4, "0") : null;
  if (month < 1 || month > 12) return null;
  const ym = `${String(year).padStart(4, "0")}-${pad(month)}`;
  if (day === undefined) return ym;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${ym}-${pad(day)}`;
}

/** Numeric forms: 2015-03-28, 2015/3, 28/3/2015, 3.2015; day first unless impossible. */
function parseNumeric(text: string): Parts | null {
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text);
  if (m) {
    return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : undefined };
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    const dayFirst = b <= 12 && a <= daysInMonth(year, b);
    return dayFirst ? { year, month: b, day: a } : { year, month: a, day: b };
  }
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return { year: Number(m[2]), month: Number(m[1]) };
  return null;
}

/** Word forms: "28 March 2015", "March 28, 2015", "28th of March", "Mar 2015", "2015". */
function parseWords(text: string): Parts | null {
  const tokens = text
    .replace(/[,]/g, " ")
    .replace(/\b(?:the|of|on|in)\b/g, " ")
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > 3) return null;
  const parts: Parts = {};
  for (const raw of tokens) {
    const token = raw.replace(/\.$/, "");
    // raw, not token: monthNumber drops the one trailing dot itself.
    const month = monthNumber(raw);
    if (month !== null) {
      if (parts.month !== undefined) return null;
      parts.month = month;
      continue;
    }
    const num = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(token);
    if (!num) return null;
    const value = Number(num[1]);
    if ((num[1]?.length ?? 0) >= 3) {
      if (parts.year !== undefined) return null;
      parts.year = value;
    } else {
      if (parts.day !== undefined || value > 31) return null;
      parts.day = value;
    }
  }
  return parts;
}

function parseSide(text: string): Parts | null {
  const t = text.trim();
  if (t.length === 0) return null;
  return parseNumeric(t) ?? parseWords(t);
}

function splitRange(text: string): [string, string] | null {
  const between = /^(?:between|from)\s+(.+?)\s+(?:and|to|until|till|through)\s+(.+)$/.exec(text);
  if (between?.[1] && between[2]) return [between[1], between[2]];
  // A bare ISO or numeric date uses hyphens itself; only split around other dashes or words.
  if (parseNumeric(text) !== null) return null;
  const m =
    /^(.+?)\s*(?:–|—|\s-\s|(?<=[a-z\d])-(?=[a-z\d])|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*(.+)$/.exec(
      text,
    );
  if (!m?.[1] || !m[2]) return null;
  return [m[1], m[2]];
}

/** Fill what one side of a range leaves implicit from the other ("3–6 December 2016", "May 4-5, 2017"). */
function completeRange(a: Parts, b: Parts): [Parts, Parts] {
  const left = { ...a };
  const right = { ...b };
  if (left.year === undefined) left.year = right.year;
  if (left.month === undefined && left.day !== undefined) left.month = right.month;
  if (right.month === undefined && right.day !== undefined) right.month = left.month;
  if (right.year === undefined) right.year = left.year;
  return [left, right];
}

/** Typed date text made plain: case, dashes, weekdays and leading "on"/"in" evened out, the qualifier split off. */
function plainDateText(input: string): { text: string; qualifier: EventDate["qualifier"] } {
  let text = input
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‐‑‒−]/g, "-")
    .replace(WEEKDAY, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.?!]$/, "")
    .replace(/^(?:on|in|during|at)\s+/, "")
    .trim();
  let qualifier: EventDate["qualifier"] = null;
  text = text.replace(/^the\s+(?=(?:early|mid|late)\b)/, "");
  for (const [pattern, q] of QUALIFIER_PREFIXES) {
    if (pattern.test(text)) {
      qualifier = q;
      text = text.replace(pattern, "").trim();
      break;
    }
  }
  return { text, qualifier };
}

/** Parse a typed date ("28 March 2015", "March 28, 2015", "28/3/2015", "Mar 2015", "2015"); null when it is not one. */
export function parseDate(input: string): ParsedDate | null {
  const { text, qualifier } = plainDateText(input);
  const span = parseSpan(text.replace(/^the\s+/, ""));
  if (span !== null) return { ...span, precision: "year", qualifier };
  const range = splitRange(text);
  if (range !== null) {
    const a = parseSide(range[0]);
    const b = parseSide(range[1]);
    if (a === null || b === null) return null;
    const [left, right] = completeRange(a, b);
    const precision = precisionOf(left);
    if (precisionOf(right) !== precision) return null;
    const start = toIso(left);
    const end = toIso(right);
    if (start === null || end === null || end <= start) return null;
    return { start, end, precision, qualifier };
  }
  const parts = parseSide(text);
  if (parts === null) return null;
  const start = toIso(parts);
  if (start === null) return null;
  return { start, precision: precisionOf(parts), qualifier };
}

/** A date typed without its year: a day and month ("20 Nov", "November 20", "20/11") or a month alone. */
export type YearlessDate = { month: number; day?: number };

/**
 * Read a date that names no year ("20 Nov", "November 20th", "20/11", "November"),
 * for partial credit; null when the text has a year, is not a date, or names a
 * day that no year has (30 February). A numeric day/month is day first unless
 * impossible, as for full dates.
 */
export function parseYearlessDate(input: string): YearlessDate | null {
  const { text } = plainDateText(input);
  const numeric = /^(\d{1,2})[/.](\d{1,2})$/.exec(text);
  let parts: Parts | null;
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    parts = b <= 12 ? { month: b, day: a } : { month: a, day: b };
  } else {
    parts = parseWords(text);
  }
  if (parts === null || parts.year !== undefined || parts.month === undefined) return null;
  const { month, day } = parts;
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { month };
  // A leap year, so 29 February is a day some year has.
  if (day < 1 || day > daysInMonth(2000, month)) return null;
  return { month, day };
}
