import type { EventDate } from "../bank-schema.ts";
import { dayBounds, fromIso } from "../dates/calendar.ts";
import { tick } from "./work.ts";

/*
 * A date as the closed interval of days it may denote. "March 2015" covers the
 * whole month, so it overlaps "28 March 2015": order questions compare these
 * intervals and only ask about pairs that cannot overlap.
 */

/** Closed interval of day numbers; `from` may be -Infinity ("by April 1963"). */
export type DaySpan = { from: number; to: number };

type DateLike = Pick<EventDate, "start" | "end" | "precision" | "qualifier">;

/**
 * Day numbers of the dates seen so far: a bank has few distinct dates, and every
 * question compares them many times. Bounded, and a value depends only on its key.
 */
const firstDays = new Map<string, number>();
const lastDays = new Map<string, number>();

function remembered(cache: Map<string, number>, iso: string, compute: () => number): number {
  const hit = cache.get(iso);
  if (hit !== undefined) return hit;
  if (cache.size >= 20_000) cache.clear();
  const value = compute();
  cache.set(iso, value);
  return value;
}

/** First day an ISO partial date ("2015", "2015-03", "2015-03-28") can denote. */
export function firstDay(iso: string): number {
  return remembered(firstDays, iso, () => dayBounds(fromIso(iso))[0]);
}

/** Last day an ISO partial date can denote. */
export function lastDay(iso: string): number {
  return remembered(lastDays, iso, () => dayBounds(fromIso(iso))[1]);
}

/** The days a date denotes, read literally (grading: "March 2015" is any day in March). */
export function spanOf(date: DateLike): DaySpan {
  return { from: firstDay(date.start), to: lastDay(date.end ?? date.start) };
}

const ABOUT_SLACK = { day: 7, month: 62, year: 366 } as const;

/**
 * The days a date may denote once its qualifier is taken seriously: "about 2015"
 * spills into the neighbouring years, "by April 1963" has no known start.
 */
export function looseSpanOf(date: DateLike): DaySpan {
  const span = spanOf(date);
  if (date.qualifier === "about") {
    const slack = ABOUT_SLACK[date.precision];
    return { from: span.from - slack, to: span.to + slack };
  }
  if (date.qualifier === "by") return { from: Number.NEGATIVE_INFINITY, to: span.to };
  return span;
}

/** A date written as a key: equal keys are the same date at the same precision and qualifier. */
export function dateKeyOf(date: DateLike): string {
  return [date.start, date.end ?? "", date.precision, date.qualifier ?? ""].join("|");
}

/** Union of spans (the smallest interval covering them all). */
export function hull(spans: DaySpan[]): DaySpan {
  return {
    from: Math.min(...spans.map((s) => s.from)),
    to: Math.max(...spans.map((s) => s.to)),
  };
}

/** Whether a lies entirely before b. */
export function before(a: DaySpan, b: DaySpan): boolean {
  tick();
  return a.to < b.from;
}

/** Whether two spans share at least one day. */
export function overlaps(a: DaySpan, b: DaySpan): boolean {
  tick();
  return a.from <= b.to && b.from <= a.to;
}

/** Whether inner lies within outer. */
export function within(inner: DaySpan, outer: DaySpan): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}
