import type { EventDate } from "../bank-schema.ts";
import { formatDate } from "../date-format.ts";
import { addMonths, dayToIso, toIso } from "../dates/calendar.ts";
import { type DaySpan, firstDay, looseSpanOf, overlaps, spanOf } from "./date-span.ts";
import { hashUnit, seededShuffle } from "./hash.ts";

/*
 * Wrong dates for a date choice (DESIGN §5): written at the answer's precision and
 * in its form (a range stays a range of the same length, "mid-March" stays
 * "mid-<month>"), taken first from other events of the bank, then from nearby
 * dates; never inside the answer's range or another source's date for the event,
 * and never overlapping each other, so exactly one option is right; never outside
 * the era the caller allows (the documents' own time, up to their publication).
 */

type DateLike = Pick<EventDate, "start" | "end" | "precision" | "qualifier">;

/** Length of a date's range in its own units (days, months or years); 0 for a single date. */
function rangeLength(date: DateLike): number {
  if (date.end === undefined) return 0;
  const [ys, ms] = date.start.split("-").map(Number);
  const [ye, me] = date.end.split("-").map(Number);
  if (date.precision === "year") return (ye ?? 0) - (ys ?? 0);
  if (date.precision === "month") return ((ye ?? 0) - (ys ?? 0)) * 12 + ((me ?? 1) - (ms ?? 1));
  return firstDay(date.end) - firstDay(date.start);
}

/** A date with the key's precision, qualifier and range length, starting at `startIso` (cut to precision). */
function like(key: DateLike, startIso: string): DateLike | null {
  const len = key.precision === "year" ? 4 : key.precision === "month" ? 7 : 10;
  if (startIso.length < len) return null;
  let start = startIso.slice(0, len);
  const n = rangeLength(key);
  // A decade or a century stays one ("the 1830s", "the 10th century"): another date's
  // year is moved to the start of its own decade or century, not made "1851–1860".
  if (key.precision === "year" && n > 0) {
    const k = Number(key.start);
    const y = Number(start);
    start = String(y - ((((y - k) % (n + 1)) + n + 1) % (n + 1))).padStart(4, "0");
  }
  let end: string | undefined;
  if (n > 0) {
    const [y, m] = start.split("-").map(Number);
    if (key.precision === "year") end = String((y ?? 0) + n).padStart(4, "0");
    else if (key.precision === "month") end = toIso(addMonths({ year: y ?? 0, month: m ?? 1 }, n));
    else end = dayToIso(firstDay(start) + n);
  }
  if (Number(start.slice(0, 4)) < 1 || Number((end ?? start).slice(0, 4)) > 9999) return null;
  return {
    start,
    ...(end !== undefined ? { end } : {}),
    precision: key.precision,
    qualifier: key.qualifier,
  };
}

/** Nearby dates at the key's precision: days, months and years away. */
function nearby(key: DateLike): DateLike[] {
  const [y = 0, m = 1, d = 1] = key.start.split("-").map(Number);
  const out: string[] = [];
  const byMonths = (k: number) => {
    const shifted = addMonths({ year: y, month: m, day: d }, k);
    return shifted.year < 1 ? "" : toIso(shifted);
  };
  // A range moves by whole multiples of its own length, so shifted copies do not overlap.
  const step = rangeLength(key) + 1;
  const shifts = (base: number[]) => [...base, ...(step > 1 ? [1, 2, 3].map((k) => k * step) : [])];
  if (key.precision === "day") {
    for (const k of shifts([3, 7, 10, 14, 21])) {
      out.push(dayToIso(firstDay(key.start) + k), dayToIso(firstDay(key.start) - k));
    }
    for (const k of [1, 2, 3, 12]) out.push(byMonths(k), byMonths(-k));
  } else if (key.precision === "month") {
    for (const k of shifts([1, 2, 3, 4, 6, 12])) out.push(byMonths(k), byMonths(-k));
  } else {
    for (const k of shifts([1, 2, 3, 4, 5])) {
      out.push(String(y + k).padStart(4, "0"), String(y - k).padStart(4, "0"));
    }
  }
  return out.map((iso) => like(key, iso)).filter((x): x is DateLike => x !== null);
}

/**
 * How far another event's date may lie from the key and still be a plausible option: a
 * day twelve years off ("9 September 1968" for 26 July 1956) is one a learner rules out
 * by its year alone, so precise keys take other events' dates from a few years around.
 */
const REACH_DAYS: Record<DateLike["precision"], number> = {
  day: 3 * 366,
  month: 5 * 366,
  // ("1721" for a 15th-century event, from another document of the bank: a year two
  // centuries off is ruled out by its century alone.)
  year: 60 * 366,
};

/**
 * Pick two or three wrong dates for a key date: other events' dates first (the
 * nearest few, chosen by seed), then nearby dates. `forbidden` holds the spans no
 * option may touch besides the key's own (dates other sources give); `era` the span an
 * option must lie in, and `present` the day no option may begin after.
 */
export function dateDistractors(
  key: DateLike,
  bankDates: DateLike[],
  forbidden: DaySpan[],
  seed: string,
  want = 3,
  era: DaySpan = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY },
  present = Number.POSITIVE_INFINITY,
): DateLike[] {
  const keySpan = looseSpanOf(key);
  const latest = Math.max(present, keySpan.to + 3653);
  const taken: DaySpan[] = [keySpan, ...forbidden];
  const chosen: DateLike[] = [];
  const seen = new Set([formatDate(key)]);
  // ("the early 1900s" is offered beside "the early 1800s", never "early 2000–2099": a
  // hundred of the 2000s is written as the decade it reads as, so it cannot be offered; nor
  // "1200–1209" beside "the 1220s", a decade that "the 1200s" would write as a hundred.)
  const keyShape = /\d0s\b/.test(formatDate(key));
  const consider = (c: DateLike) => {
    if (chosen.length >= want) return;
    const text = formatDate(c);
    if (seen.has(text)) return;
    if (keyShape && /\d{4}–\d{4}/.test(text)) return;
    const span = looseSpanOf(c);
    if (taken.some((t) => overlaps(t, span))) return;
    // Outside the time the documents speak of (or after the source was published): implausible.
    if (span.from < era.from || span.to > era.to) return;
    // "the 22nd century" for when settlers found the Hohokam ruins: no option begins after
    // the latest time any document of the bank speaks of, the nearest thing to its present,
    // or the decade after the key, whichever is later; and no span of years the text gives
    // ends after it ("2010–2049" for a logo kept from 1970 to 2009, in a 2016 article).
    // ("the early 1900s" names a part of the century, which may well be past.)
    if (span.from > latest || (c.end !== undefined && c.qualifier == null && span.to > latest))
      return;
    seen.add(text);
    taken.push(span);
    chosen.push(c);
  };
  const center = spanOf(key).from;
  const fromBank = bankDates
    .map((d) => like(key, d.start))
    .filter((x): x is DateLike => x !== null)
    .map((c) => ({ c, distance: Math.abs(spanOf(c).from - center), tie: hashUnit(seed, c.start) }))
    .filter((x) => x.distance <= REACH_DAYS[key.precision])
    .sort((a, b) => a.distance - b.distance || a.tie - b.tie);
  // The nearest few other-event dates, in an order the seed decides, keep options plausible and varied.
  const near = fromBank.slice(0, Math.max(want * 2, 4)).map((x) => x.c);
  for (const c of seededShuffle(near, seed, (x) => formatDate(x))) consider(c);
  for (const { c } of fromBank) consider(c);
  // "18 February 2020" among three days of March 2019 is the odd one out: a precise key
  // has at least one option of its own year beside it.
  const year = key.start.slice(0, 4);
  if (key.precision !== "year" && chosen.length >= want && want >= 2) {
    if (!chosen.some((c) => c.start.startsWith(year))) {
      const dropped = chosen.pop() as DateLike;
      taken.pop();
      seen.delete(formatDate(dropped));
      for (const c of seededShuffle(nearby(key), seed, (x) => formatDate(x)))
        if (c.start.startsWith(year)) consider(c);
      if (chosen.length < want) consider(dropped);
    }
  }
  // Nearby dates are made only when the bank's dates were not enough.
  if (chosen.length < want) {
    for (const c of seededShuffle(nearby(key), seed, (x) => formatDate(x))) consider(c);
  }
  return chosen;
}

/** Options of a date choice: the key and its distractors, in chronological order. */
export function chronological(dates: DateLike[]): DateLike[] {
  return [...dates].sort((a, b) => spanOf(a).from - spanOf(b).from || spanOf(a).to - spanOf(b).to);
}
