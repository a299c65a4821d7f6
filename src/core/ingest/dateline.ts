import { isValidDate, toIso } from "../dates/calendar.ts";
import { MONTH_RE, monthNumber, WEEKDAY_RE } from "../dates/lexicon.ts";

/*
 * A news dateline is a short header line that is a full date and little else:
 * "25 February, 2020", "March 22, 2013", " date 2018-07-19 Register",
 * "Updated: Mar 22, 2013 10:32 AM ET". It anchors weekdays and year-less dates.
 */

const DAY_MONTH_YEAR = new RegExp(
  `\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_RE})\\s*,?\\s+(?<year>\\d{4})\\b`,
  "i",
);
const MONTH_DAY_YEAR = new RegExp(
  `\\b(?<month>${MONTH_RE})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(?<year>\\d{4})\\b`,
  "i",
);
const ISO = /\b(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})\b/;
/** Tried in order; the first form that matches decides, the later ones are not consulted. */
const FORMS = [DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO];
// String.replace resets a global regex's lastIndex, so one shared instance is safe.
const WEEKDAY = new RegExp(WEEKDAY_RE, "gi");
const NOISE =
  /^(?:date|dated|published|updated|posted|register|registered|last|modified|on|at|time|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|et|pt|pst|pdt|issue|edition|created|printed|and|first)$/i;

type Found = { y: number; m: number; d: number; from: number; to: number };

function findDate(text: string): Found | null {
  for (const form of FORMS) {
    const hit = form.exec(text);
    if (hit === null) continue;
    const { day = "", month = "", year = "" } = hit.groups ?? {};
    // A month name, or the ISO form's number (NaN for an unknown name fails validation later).
    const m = monthNumber(month) ?? Number(month);
    return { y: Number(year), m, d: Number(day), from: hit.index, to: hit.index + hit[0].length };
  }
  return null;
}

/** The ISO day of a dateline line, or null when the line is not a dateline. */
export function parseDateline(line: string): string | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 80 || /^[-*•|]/.test(text)) return null;
  const found = findDate(text);
  if (found === null || !isValidDate(found.y, found.m, found.d)) return null;
  const rest = `${text.slice(0, found.from)} ${text.slice(found.to)}`
    .replace(WEEKDAY, " ")
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?\b/g, " ")
    .replace(/[|·•,:;()–—-]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !NOISE.test(w));
  if (rest.length > 1) return null;
  return toIso({ year: found.y, month: found.m, day: found.d });
}
