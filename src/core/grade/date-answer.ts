import type { EventDate } from "../bank-schema.ts";
import {
  formatDate,
  type ParsedDate,
  parseDate,
  parseYearlessDate,
  type YearlessDate,
} from "../date-format.ts";
import { fromIso, isValidDate, PRECISION_RANK, toIso } from "../dates/calendar.ts";
import { spanOf, within } from "../questions/date-span.ts";

/*
 * Partial credit for a typed date (DESIGN §5): exact or anywhere inside the key's
 * range → 1; the right month of a day key → 0.5; the right year → 0.25 for a day
 * key, 0.4 for a month key. An answer vaguer than the key ("2015" for 28 March 2015)
 * earns at most the credit of its own precision, and a range answer counts only
 * where all of it lies within the key at that level, so a wide guess earns nothing.
 *
 * A date typed without its year ("20 Nov" for 20 November 1967) is worth less
 * than one with the right year and month: 0.5 when its day and month are right
 * for a day key, 0.25 when its month is right for a month key (as much as the
 * year alone of a day key). Anything else without a year earns 0: a wrong day or
 * month, a month alone for a day key, any year-less answer to a year key, and a
 * key spanning more than two calendar years, where any day of the year is in it.
 */

type DateKey = Pick<EventDate, "start" | "end" | "precision" | "qualifier">;

/** How a typed date relates to the key date. */
export type DateVerdict = "right" | "month" | "year" | "no-year" | "wrong" | "unreadable";

/** Score and verdict of a typed date against the key; `yearless` when the answer named no year. */
export type DateScore = {
  score: number;
  verdict: DateVerdict;
  parsed: ParsedDate | null;
  yearless?: YearlessDate;
};

/** Credit for a right day and month without the year (day key). */
export const YEARLESS_DAY_SCORE = 0.5;
/** Credit for a right month without the year (month key). */
export const YEARLESS_MONTH_SCORE = 0.25;

function truncate(date: DateKey, precision: "month" | "year"): DateKey {
  const len = precision === "month" ? 7 : 4;
  const cut = (iso: string) => iso.slice(0, len);
  const start = cut(date.start);
  const end = date.end === undefined ? undefined : cut(date.end);
  return {
    start,
    ...(end !== undefined && end !== start ? { end } : {}),
    precision:
      PRECISION_RANK[date.precision] < PRECISION_RANK[precision] ? date.precision : precision,
    qualifier: null,
  };
}

function containedAt(answer: DateKey, key: DateKey, level: "month" | "year"): boolean {
  return within(spanOf(truncate(answer, level)), spanOf(truncate(key, level)));
}

/** Score a parsed date answer against a key date. */
export function scoreDate(key: DateKey, answer: DateKey): { score: number; verdict: DateVerdict } {
  if (
    within(spanOf(answer), spanOf(key)) &&
    PRECISION_RANK[answer.precision] >= PRECISION_RANK[key.precision]
  ) {
    return { score: 1, verdict: "right" };
  }
  if (key.precision === "day" && containedAt(answer, key, "month")) {
    return { score: 0.5, verdict: "month" };
  }
  if (key.precision !== "year" && containedAt(answer, key, "year")) {
    return { score: key.precision === "day" ? 0.25 : 0.4, verdict: "year" };
  }
  return { score: 0, verdict: "wrong" };
}

/** Score a date typed without its year against a key date. */
export function scoreYearless(
  key: DateKey,
  answer: YearlessDate,
): { score: number; verdict: DateVerdict } {
  const wrong = { score: 0, verdict: "wrong" as const };
  const needed = key.precision === "day" ? answer.day !== undefined : key.precision === "month";
  if (!needed) return wrong;
  const first = fromIso(key.start).year;
  const last = fromIso(key.end ?? key.start).year;
  if (last - first > 1) return wrong;
  const span = spanOf(key);
  for (let year = first; year <= last; year++) {
    if (answer.day !== undefined && !isValidDate(year, answer.month, answer.day)) continue;
    const start = toIso({ year, month: answer.month, ...(answer.day ? { day: answer.day } : {}) });
    const precision = answer.day === undefined ? "month" : "day";
    if (within(spanOf({ start, precision, qualifier: null }), span)) {
      return {
        score: key.precision === "day" ? YEARLESS_DAY_SCORE : YEARLESS_MONTH_SCORE,
        verdict: "no-year",
      };
    }
  }
  return wrong;
}

/** Grade a typed date response against a key date. */
export function gradeDateText(key: DateKey, response: string): DateScore {
  const parsed = parseDate(response);
  if (parsed !== null) return { ...scoreDate(key, parsed), parsed };
  const yearless = parseYearlessDate(response);
  if (yearless !== null) return { ...scoreYearless(key, yearless), parsed, yearless };
  return { score: 0, verdict: "unreadable", parsed };
}

/** A short phrase saying which part of a date was right, or "" when the verdict says it all. */
export function dateDetail(result: DateScore): string {
  switch (result.verdict) {
    case "month":
      return "the month is right";
    case "year":
      return "the year is right";
    case "no-year":
      return result.yearless?.day === undefined
        ? "the month is right, but no year"
        : "the day and month are right, but no year";
    case "wrong":
      return result.yearless ? "no year given" : "";
    default:
      return "";
  }
}

/** A sentence telling the learner which part of their date was right. */
export function describeDateVerdict(key: DateKey, result: DateScore, response: string): string {
  const answer = formatDate(key);
  switch (result.verdict) {
    case "right":
      return `Right: ${answer}.`;
    case "month":
      return `Partly right: the month is right, but the answer is ${answer}.`;
    case "year":
      return `Partly right: the year is right, but the answer is ${answer}.`;
    case "no-year":
      return `Partly right: the ${result.yearless?.day === undefined ? "month is" : "day and month are"} right, but you gave no year: the answer is ${answer}.`;
    case "unreadable":
      return `“${response.trim()}” is not a date I can read (write it like “28 March 2015”, “March 2015” or “2015”). The answer is ${answer}.`;
    default:
      return result.yearless
        ? `Not quite, and you gave no year: the answer is ${answer}.`
        : `Not quite: the answer is ${answer}.`;
  }
}
