/*
 * A learner's "day" runs from 4 a.m. to 4 a.m. in their own time zone, as in
 * Anki: a late-night session still counts towards the day it belongs to, and
 * daily limits reset while they sleep.
 */

export const DAY_MS = 86_400_000;
const DAY_START_HOUR = 4;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/** Milliseconds to add to UTC to get the wall-clock time in `timeZone` at `at`. */
export function zoneOffset(at: Date, timeZone: string): number {
  // Offsets change only on quarter hours (DST and zone rules), so each quarter is worked out once.
  const key = `${timeZone}|${Math.floor(at.getTime() / QUARTER_HOUR)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const offset = computeOffset(at, timeZone);
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

function computeOffset(at: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The learner's day number at `at` (days since 1970-01-01, starting at 4 a.m. local time). */
export function learnerDay(at: Date, timeZone: string): number {
  const local = at.getTime() + zoneOffset(at, timeZone) - DAY_START_HOUR * 3_600_000;
  return Math.floor(local / DAY_MS);
}

/** The instant the learner's current day began. */
export function startOfLearnerDay(at: Date, timeZone: string): Date {
  const day = learnerDay(at, timeZone);
  const localStart = day * DAY_MS + DAY_START_HOUR * 3_600_000;
  return new Date(localStart - zoneOffset(at, timeZone));
}
