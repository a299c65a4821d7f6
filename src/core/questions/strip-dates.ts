import type { EventDate } from "../bank-schema.ts";
import { MONTHS } from "../date-format.ts";
import { monthNumber } from "../dates/lexicon.ts";

/*
 * Before asking "When did …?", the sentence loses the phrases that state the
 * answer ("in March 2015", "on 28 March", "in 2012") and the relative ones that
 * only make sense next to a dateline ("on Tuesday", "earlier this week").
 * Dates the sentence gives for other things stay: they are part of the fact.
 */

type DateLike = Pick<EventDate, "start" | "end" | "precision">;

const MONTH_ALT = MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`).join("|");
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const LEAD =
  "(?:\\s*,)?\\s*(?:\\b(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil|[Oo]f|[Aa]t)\\s+)?(?:the\\s+)?";
const QUAL = "(?:(?:early|mid|late|the end of|end of|the beginning of|the middle of)[-\\s]+)?";

const MONTH_PHRASE = new RegExp(
  `${LEAD}${QUAL}(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[–-]\\s*\\d{1,2})?\\s+(?:of\\s+)?)?(${MONTH_ALT})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+(\\d{4}))?\\b`,
  "g",
);
const YEAR_PHRASE = new RegExp(`${LEAD}${QUAL}(\\d{4})\\b(?!\\s*[–-]\\s*\\d)`, "g");
const RELATIVE = new RegExp(
  `(?:\\s*,)?\\s*\\b(?:(?:on|earlier on|late on|by|this|last|earlier|later)\\s+)?(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?\\b|(?:\\s*,)?\\s*\\b(?:e+arlier|later)\\s+(?:this|that|in the)\\s+(?:week|month|year|day)\\b|(?:\\s*,)?\\s*\\b(?:(?:in|during|over|within)\\s+)?(?:the\\s+)?(?:this|last|past)\\s+(?:few\\s+)?(?:week|weeks|month|months|days)\\b|(?:\\s*,)?\\s*\\bin recent (?:weeks|days)\\b`,
  "gi",
);

/** Remove weekday and "this week" references, which only make sense next to a dateline. */
export function stripRelativeDates(text: string): string {
  return tidy(
    text.replace(RELATIVE, (match: string, at: number) =>
      // "Super Tuesday", "Good Friday": a capitalised word before the weekday makes a name.
      NAME_BEFORE.test(text.slice(0, at)) &&
      !/^\s*,|^\s*\b(?:on|by|this|last|earlier|later)\b/i.test(match)
        ? match
        : "",
    ),
  );
}

const NAME_BEFORE = /(?<![.!?:]\s*|^)\b\p{Lu}\p{Ll}+\s*$/u;

function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/,\s*,/g, ",")
    .replace(/^\s*,\s*/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Remove the phrases of a sentence that state this date, and weekday or "this week" references. */
export function stripDatePhrases(text: string, date: DateLike): string {
  const fromYear = Number(date.start.slice(0, 4));
  const toYear = Number((date.end ?? date.start).slice(0, 4));
  const months = new Set([
    Number(date.start.slice(5, 7)),
    Number((date.end ?? date.start).slice(5, 7)),
  ]);
  const inYears = (y: string | undefined) =>
    y === undefined || (Number(y) >= fromYear && Number(y) <= toYear);
  let out = text.replace(MONTH_PHRASE, (whole, month: string, year: string | undefined) =>
    date.precision !== "year" && months.has(monthNumber(month) ?? 0) && inYears(year) ? "" : whole,
  );
  out = out.replace(YEAR_PHRASE, (whole, year: string) => (inYears(year) ? "" : whole));
  return stripRelativeDates(out);
}
