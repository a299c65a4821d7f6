import type { EventDate } from "../bank-schema.ts";
import { formatDate, type ParsedDate, parseDate } from "../date-format.ts";
import { PRECISION_RANK } from "../dates/calendar.ts";
import { spanOf, within } from "../questions/date-span.ts";

/*
 * Partial credit for a typed date (DESIGN §5): exact or anywhere inside the key's
 * range → 1; the right month of a day key → 0.5; the right year → 0.25 for a day
 * key, 0.4 for a month key. An answer vaguer than the key ("2015" for 28 March 2015)
 * earns at most the credit of its own precision, and a range answer counts only
 * where all of it lies within the key at that level, so a wide guess earns nothing.
 */

type DateKey = Pick<EventDate, "start" | "end" | "precision" | "qualifier">;

/** How a typed date relates to the key date. */
export type DateVerdict = "right" | "month" | "year" | "wrong" | "unreadable";

/** Score and verdict of a typed date against the key. */
export type DateScore = { score: number; verdict: DateVerdict; parsed: ParsedDate | null };

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

/** Grade a typed date response against a key date. */
export function gradeDateText(key: DateKey, response: string): DateScore {
  const parsed = parseDate(response);
  if (parsed === null) return { score: 0, verdict: "unreadable", parsed };
  return { ...scoreDate(key, parsed), parsed };
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
    case "unreadable":
      return `“${response.trim()}” is not a date I can read (write it like “28 March 2015”, “March 2015” or “2015”). The answer is ${answer}.`;
    default:
      return `Not quite: the answer is ${answer}.`;
  }
}
