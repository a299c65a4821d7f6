import { isValidDate, toIso } from "../dates/calendar.ts";
import { MONTH_RE, monthNumber, WEEKDAY_RE } from "../dates/lexicon.ts";

/*
 * A news dateline is a short header line that is a full date and little else:
 * "25 February, 2020", "March 22, 2013", " date 2018-07-19 Register",
 * "Updated: Mar 22, 2013 10:32 AM ET". It anchors weekdays and year-less dates.
 */

const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\s*,?\\s+(\\d{4})\\b`,
  "i",
);
const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b`,
  "i",
);
const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const NOISE =
  /^(?:date|dated|published|updated|posted|register|registered|last|modified|on|at|time|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|et|pt|pst|pdt|issue|edition|created|printed|and|first)$/i;

/** The ISO day of a dateline line, or null when the line is not a dateline. */
export function parseDateline(line: string): string | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 80 || /^[-*•|]/.test(text)) return null;
  let found: { y: number; m: number; d: number; from: number; to: number } | null = null;
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  const iso = ISO.exec(text);
  if (dmy) {
    const m = monthNumber(dmy[2] ?? "");
    if (m !== null)
      found = {
        y: Number(dmy[3]),
        m,
        d: Number(dmy[1]),
        from: dmy.index,
        to: dmy.index + dmy[0].length,
      };
  } else if (mdy) {
    const m = monthNumber(mdy[1] ?? "");
    if (m !== null)
      found = {
        y: Number(mdy[3]),
        m,
        d: Number(mdy[2]),
        from: mdy.index,
        to: mdy.index + mdy[0].length,
      };
  } else if (iso) {
    found = {
      y: Number(iso[1]),
      m: Number(iso[2]),
      d: Number(iso[3]),
      from: iso.index,
      to: iso.index + iso[0].length,
    };
  }
  if (found === null || !isValidDate(found.y, found.m, found.d)) return null;
  const rest = `${text.slice(0, found.from)} ${text.slice(found.to)}`
    .replace(new RegExp(WEEKDAY_RE, "gi"), " ")
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?\b/g, " ")
    .replace(/[|·•,:;()–—-]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !NOISE.test(w));
  if (rest.length > 1) return null;
  return toIso({ year: found.y, month: found.m, day: found.d });
}
