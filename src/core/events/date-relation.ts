import { dayBounds, toIso } from "../dates/calendar.ts";
import type { Candidate } from "./candidates.ts";

/*
 * How the dates of two candidates relate: the same, one inside the other
 * ("March 2015" holds "28 March 2015"), close but different ("17 July 2018" and
 * "18 July 2018"; "March 2018" and "28 March 2017" when one year was inferred from
 * a dateline or heading), or far apart. An undated candidate matches a dated one
 * when the month and day it does state agree.
 */

export type DateRelation = "equal" | "compatible" | "close" | "far" | "partial" | "mismatch";

const CLOSE_DAYS = 7;

/** Day bounds of a candidate's date, start to end. */
export function candidateBounds(c: Candidate): [number, number] | null {
  if (c.date === null) return null;
  const [a] = dayBounds(c.date.start);
  const [, b] = dayBounds(c.date.end ?? c.date.start);
  return [a, b];
}

/** The relation between the dates of two candidates. */
export function dateRelation(a: Candidate, b: Candidate): DateRelation {
  if (a.date === null || b.date === null) {
    const dated = a.date === null ? b : a;
    const undated = a.date === null ? a : b;
    if (dated.date === null || undated.partial === null) return "mismatch";
    const p = undated.partial;
    const s = dated.date.start;
    if (p.month !== undefined && s.month !== p.month) return "mismatch";
    if (p.day !== undefined && s.day !== undefined && s.day !== p.day) return "mismatch";
    if (p.month === undefined && p.day === undefined) return "mismatch";
    return "partial";
  }
  if (dateKey(a) === dateKey(b)) return "equal";
  const ba = candidateBounds(a);
  const bb = candidateBounds(b);
  if (ba === null || bb === null) return "far";
  if ((ba[0] <= bb[0] && bb[1] <= ba[1]) || (bb[0] <= ba[0] && ba[1] <= bb[1])) return "compatible";
  const gap = Math.max(ba[0], bb[0]) - Math.min(ba[1], bb[1]);
  if (gap <= CLOSE_DAYS) return "close";
  const sa = a.date.start;
  const sb = b.date.start;
  const inferred = (c: Candidate) =>
    c.date !== null && c.date.provenance !== "explicit" && c.date.provenance !== "infobox";
  if (
    sa.month !== undefined &&
    sa.month === sb.month &&
    (sa.day === undefined || sb.day === undefined || sa.day === sb.day) &&
    Math.abs(sa.year - sb.year) === 1 &&
    (inferred(a) || inferred(b))
  )
    return "close";
  return "far";
}

/** The date of a candidate as "start" or "start/end" ISO text. */
export function dateKey(c: Candidate): string {
  if (c.date === null) return "";
  return c.date.end === undefined
    ? toIso(c.date.start)
    : `${toIso(c.date.start)}/${toIso(c.date.end)}`;
}
