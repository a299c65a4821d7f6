import {
  addDays,
  addMonths,
  type CalendarDate,
  dayBounds,
  isValidDate,
  PRECISION_RANK,
  precisionOf,
  truncate,
  weekdayOf,
} from "./calendar.ts";
import type {
  DateContext,
  FoundDate,
  Mention,
  Provenance,
  Relative,
  Unresolved,
  YearCandidate,
} from "./types.ts";

/*
 * The provenance ladder (DESIGN §5): a year stated in the sentence, else the
 * section heading's year, else the dateline (weekdays and year-less dates, by
 * tense), else the previous dated event of the narrative (for "two days later"),
 * else nothing: the expression stays unresolved and its sentence goes to
 * `undated`. The current date is never consulted.
 */

type Full = Required<CalendarDate>;

/**
 * Which way a year-less date or a weekday lies from the dateline, from the tense of its
 * clause: "ahead" (future, "is expected to", what is to happen), "back" (past, perfect),
 * or "nearest" (present: "the toll is 39 as of Wednesday", "voting ends in June").
 */
export type Direction = "ahead" | "back" | "nearest";

/**
 * Resolve one mention; `base` is the latest resolved date earlier in the same sentence,
 * if any, and `direction` says which way its clause looks from the dateline.
 */
export function resolveMention(
  sentence: string,
  m: Mention,
  ctx: DateContext,
  base: CalendarDate | null,
  direction: Direction,
): FoundDate | Unresolved {
  const text = sentence.slice(m.from, m.to);
  const quoted = (ctx.quoted ?? []).some(([a, b]) => m.from >= a && m.to <= b);
  // A quotation was spoken or written at a time the text may not give: only a relative
  // year ("six years ago", "last year") survives the gap between then and the dateline.
  const coarse =
    m.relative?.base === "dateline" &&
    m.relative.precision === "year" &&
    m.relative.month === undefined;
  const dateline = quoted && !coarse ? null : ctx.dateline;
  const fail = (reason: string): Unresolved => ({ from: m.from, to: m.to, text, reason });
  const done = (
    start: CalendarDate,
    provenance: Provenance,
    end?: CalendarDate,
  ): FoundDate | Unresolved => finish(m, text, start, end, provenance);

  if (m.unsupported !== undefined) return fail(m.unsupported);
  if (m.relative !== undefined) {
    const r = m.relative;
    if (r.base === "dateline") {
      if (dateline === null)
        return fail(quoted ? "relative date inside a quotation" : "relative date and no dateline");
      // Written on a Friday, "last Thursday" is yesterday to some and the week before to
      // others: when that weekday of the current week has passed, the day is not known.
      if (r.last === true && r.weekday !== undefined) {
        const today = weekdayOf(dateline.year, dateline.month ?? 1, dateline.day ?? 1);
        const fromMonday = (w: number) => (w + 6) % 7;
        if (fromMonday(r.weekday) < fromMonday(today))
          return fail("“last” and a weekday of the current week: yesterday or a week before");
      }
      return done(truncate(fromDateline(dateline as Full, r, direction), r.precision), "dateline");
    }
    // A shift in days ("the next day", "two days later") needs its event close by: an anchor
    // paragraphs back is more often another strand of the story than the one meant.
    const narrative =
      r.unit === "day" && r.base === "anchor" ? (ctx.nearAnchor ?? null) : ctx.anchor;
    // "…, where he obtained a master's degree in 1939. In that same year he became …": the
    // year last named, though a side phrase named it.
    const told = r.named === true && ctx.named != null ? ctx.named : narrative;
    const anchor = r.base === "period" ? (base ?? dateline ?? told) : (base ?? told);
    const provenance: Provenance =
      r.base === "period" && base === null && dateline !== null ? "dateline" : "relative";
    if (anchor === null) return fail("relative date with no earlier dated event");
    if (PRECISION_RANK[precisionOf(anchor)] < PRECISION_RANK[r.unit])
      return fail("relative date whose anchor is not precise enough");
    if (r.month !== undefined && r.unit === "year") {
      return done({ year: anchor.year + r.offset, month: r.month }, provenance);
    }
    if (r.offset === 0) return done(truncate(anchor, r.precision), provenance);
    let shifted: CalendarDate;
    if (r.unit === "day") shifted = addDays(anchor as Full, r.offset);
    else if (r.unit === "month") shifted = addMonths(anchor, r.offset);
    else shifted = { year: anchor.year + r.offset };
    return done(truncate(shifted, r.precision), provenance);
  }

  if (m.weekday !== undefined && m.start.month === undefined) {
    if (dateline === null)
      return fail(quoted ? "weekday inside a quotation" : "weekday and no dateline");
    const dl = dateline as Full;
    const delta = (m.weekday - weekdayOf(dl.year, dl.month, dl.day) + 7) % 7;
    const back = delta === 0 ? 0 : delta - 7;
    const offset =
      direction === "ahead" ? delta : direction === "back" ? back : delta < -back ? delta : back;
    return done(addDays(dl, offset), "dateline");
  }

  if (m.start.year !== undefined) {
    return done(
      m.start as CalendarDate,
      ctx.statedAs ?? "explicit",
      m.end as CalendarDate | undefined,
    );
  }
  if (m.start.month === undefined) return fail("no calendar date");
  // "In 1781, … settled at Yorktown, but … in September": the sentence's own year.
  if (base !== null && (base.month === undefined || m.start.month >= base.month)) {
    return withYear(m, base.year, ctx.statedAs ?? "explicit", text);
  }
  if (ctx.headingYear !== null) return withYear(m, ctx.headingYear, "heading", text);
  if (dateline !== null) {
    const dl = dateline as Full;
    const key = (mm: number, dd: number | undefined) => mm * 100 + (dd ?? 0);
    const here = key(m.start.month, m.start.day);
    const now = key(dl.month, m.start.day === undefined ? undefined : dl.day);
    const ahead = here < now ? dl.year + 1 : dl.year;
    const back = here > now ? dl.year - 1 : dl.year;
    const month = m.start.month;
    const monthsTo = (y: number) => Math.abs((y - dl.year) * 12 + month - dl.month);
    const year =
      direction === "ahead"
        ? ahead
        : direction === "back"
          ? back
          : monthsTo(ahead) < monthsTo(back)
            ? ahead
            : back;
    return withYear(m, year, "dateline", text);
  }
  if (!quoted && ctx.narrative !== undefined && ctx.narrative.length > 0) {
    const month = m.start.month;
    let fits = ctx.narrative.filter((c) => fitsCandidate(c, month, m.start.day));
    // An infobox range over several years where the month fits more than one says nothing.
    if (fits.filter((c) => c.provenance === "infobox").length > 1)
      fits = fits.filter((c) => c.provenance !== "infobox");
    // ("… throughout the 1960s and 1970s." under "The India-Pakistan War of 1965", then "on
    // September 20"): a span over several years, from one source, does not disagree with a
    // year inside it that another gives, which says more.
    for (const source of new Set(fits.map((c) => c.source))) {
      const span = fits.filter((c) => c.source === source).map((c) => c.year);
      const others = fits.filter((c) => c.source !== source).map((c) => c.year);
      if (span.length < 2 || others.length === 0) continue;
      const [low, high] = [Math.min(...span), Math.max(...span)];
      if (others.every((y) => y >= low && y <= high))
        fits = fits.filter((c) => c.source !== source);
    }
    const years = [...new Set(fits.map((c) => c.year))];
    if (years.length === 1) {
      const best = fits.find((c) => c.provenance !== "relative") ?? fits[0];
      return withYear(m, years[0] as number, best?.provenance ?? "relative", text);
    }
    if (years.length > 1)
      return fail(
        `the year is ambiguous: ${fits.map((c) => `${c.source} says ${c.year}`).join(", ")}`,
      );
  }
  return fail(
    quoted
      ? "year not stated (inside a quotation)"
      : "year not stated, no heading year and no dateline",
  );
}

/** Whether a year-less month (and day) can lie in a candidate's year. */
function fitsCandidate(c: YearCandidate, month: number, day: number | undefined): boolean {
  if (c.range !== undefined) {
    const [from, to] = c.range;
    const here = { year: c.year, month, ...(day === undefined ? {} : { day }) };
    const [a] = dayBounds(from);
    const [, b] = dayBounds(to);
    const [x, y] = dayBounds(here);
    return y >= a && x <= b;
  }
  const after = c.after;
  if (after === undefined || after.month === undefined) return true;
  // The same month named again without a year is that month: a narrative that steps back a
  // few days ("scheduled for October 24, 1970 … on October 22") has not skipped a year.
  return month >= after.month;
}

function withYear(
  m: Mention,
  year: number,
  provenance: Provenance,
  text: string,
): FoundDate | Unresolved {
  const start = { ...m.start, year } as CalendarDate;
  let end: CalendarDate | undefined;
  if (m.end !== undefined) {
    end = { ...m.end, year: m.end.year ?? year } as CalendarDate;
    if (
      end.month !== undefined &&
      start.month !== undefined &&
      end.month < start.month &&
      m.end.year === undefined
    )
      end.year = year + 1;
  }
  return finish(m, text, start, end, provenance);
}

function fromDateline(dl: Full, r: Relative, direction: Direction): CalendarDate {
  if (r.month !== undefined && r.unit === "year")
    return { year: dl.year + r.offset, month: r.month };
  if (r.month !== undefined) {
    const dir = r.direction ?? -1;
    const year =
      dir < 0
        ? r.month < dl.month
          ? dl.year
          : dl.year - 1
        : r.month > dl.month
          ? dl.year
          : dl.year + 1;
    return { year, month: r.month };
  }
  if (r.weekday !== undefined) {
    const today = weekdayOf(dl.year, dl.month, dl.day);
    const dir = r.direction ?? (direction === "ahead" ? 1 : -1);
    const delta = dir < 0 ? -((today - r.weekday + 7) % 7 || 7) : (r.weekday - today + 7) % 7 || 7;
    return addDays(dl, delta);
  }
  if (r.unit === "year") return { year: dl.year + r.offset };
  if (r.unit === "month") return truncate(addMonths(dl, r.offset), "month");
  return addDays(dl, r.offset);
}

/** Why a range written from a later time to an earlier one dates nothing. */
const REVERSED = "a time changed to an earlier one, not a span of time";

function finish(
  m: Mention,
  text: string,
  start: CalendarDate,
  end: CalendarDate | undefined,
  provenance: Provenance,
): FoundDate | Unresolved {
  const bad = (d: CalendarDate) =>
    (d.month !== undefined && (d.month < 1 || d.month > 12)) ||
    (d.day !== undefined && !isValidDate(d.year, d.month ?? 0, d.day));
  if (bad(start)) return { from: m.from, to: m.to, text, reason: "not a calendar date" };
  let precision = precisionOf(start);
  let s = start;
  let e = end !== undefined && !bad(end) ? end : undefined;
  if (e !== undefined) {
    // "moved up from May 2029 to December 31, 2021": time does not run backwards, so a
    // "from … to …" whose end is wholly before its start is no span but the old and new
    // value of a time that was changed, and dates no event.
    if (dayBounds(e)[1] < dayBounds(s)[0])
      return { from: m.from, to: m.to, text, reason: REVERSED };
    const ep = precisionOf(e);
    if (PRECISION_RANK[ep] < PRECISION_RANK[precision]) precision = ep;
    s = truncate(s, precision);
    e = truncate(e, precision);
    if (!(dayBounds(e)[0] > dayBounds(s)[0])) e = undefined;
  }
  const out: FoundDate = {
    start: s,
    precision,
    qualifier: m.qualifier,
    provenance,
    from: m.from,
    to: m.to,
    text,
    since: m.since,
    attributive: m.attributive,
  };
  if (e !== undefined) out.end = e;
  return out;
}
