import type { EventDate } from "../bank-schema.ts";
import { formatDate } from "../date-format.ts";

/*
 * A date as an adverbial phrase to open or close a sentence: "on 28 March 2015",
 * "in March 2015", "from 3 to 6 December 2016", "in mid-March 2017", "by April 1963".
 */

type DateLike = Pick<EventDate, "start" | "end" | "precision" | "qualifier">;

function single(iso: string, precision: EventDate["precision"]): string {
  return formatDate({ start: iso, precision, qualifier: null });
}

function rangePhrase(date: DateLike): string {
  const end = date.end ?? date.start;
  const a = single(date.start, date.precision);
  const b = single(end, date.precision);
  const sameYear = date.start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && date.start.slice(0, 7) === end.slice(0, 7);
  if (date.precision === "day" && sameMonth) return `from ${Number(date.start.slice(8))} to ${b}`;
  if (date.precision !== "year" && sameYear) return `from ${a.replace(/ \d{4}$/, "")} to ${b}`;
  return `from ${a} to ${b}`;
}

/** The date as a lower-case adverbial phrase ("on 28 March 2015", "in mid-March 2017"). */
export function datePhrase(date: DateLike): string {
  if (date.end !== undefined) {
    const named = formatDate(date);
    // "in the 1830s", "in the late 18th century": a decade or century is one period.
    if (/^the\s/.test(named)) return `in ${named}`;
    const range = rangePhrase(date);
    if (date.qualifier === "about") return `around ${formatDate({ ...date, qualifier: null })}`;
    if (date.qualifier === "by") return `by ${formatDate({ ...date, qualifier: null })}`;
    return date.qualifier === null ? range : `in ${formatDate(date)}`;
  }
  const plain = formatDate({ ...date, qualifier: null });
  switch (date.qualifier) {
    case "about":
      return date.precision === "day" ? `on about ${plain}` : `around ${plain}`;
    case "by":
      return `by ${plain}`;
    case "early":
    case "mid":
    case "late":
      return `in ${formatDate(date)}`;
    default:
      return date.precision === "day" ? `on ${plain}` : `in ${plain}`;
  }
}
