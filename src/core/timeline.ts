import type { EventDate } from "./bank-schema.ts";
import { DAY_MS } from "./learner-day.ts";

/*
 * Layout of a horizontal timeline (rendered as SVG by the views): time runs left
 * to right; events that would overlap are put on the next free lane. Dates at
 * month or year precision are placed at the middle of their month or year and
 * drawn as a span, so the picture never claims more precision than the text.
 */

export type TimelineInput = { id: string; date: EventDate; label: string; mark: string };

export type TimelineItem = {
  id: string;
  x: number;
  /** End of the drawn span (ranges, months, years); equals x for a single day. */
  x2: number;
  y: number;
  label: string;
  mark: string;
};

export type TimelineLayout = {
  width: number;
  height: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  items: TimelineItem[];
};

/** First and last instant a date covers, at its precision. */
export function dateBounds(date: Pick<EventDate, "start" | "end" | "precision">): [number, number] {
  const bound = (iso: string, end: boolean): number => {
    const [y = 1970, m, d] = iso.split("-").map(Number);
    if (d !== undefined && m !== undefined) return Date.UTC(y, m - 1, d) + (end ? DAY_MS - 1 : 0);
    if (m !== undefined) return end ? Date.UTC(y, m, 1) - 1 : Date.UTC(y, m - 1, 1);
    return end ? Date.UTC(y + 1, 0, 1) - 1 : Date.UTC(y, 0, 1);
  };
  return [bound(date.start, false), bound(date.end ?? date.start, true)];
}

/** Place events on lanes along a time axis `width` units wide. */
export function layoutTimeline(inputs: TimelineInput[], width = 720): TimelineLayout {
  const margin = 24;
  const laneGap = 16;
  const axisY = 28;
  if (inputs.length === 0) return { width, height: axisY + 20, axisY, ticks: [], items: [] };
  const bounds = inputs.map((i) => dateBounds(i.date));
  let lo = Math.min(...bounds.map((b) => b[0]));
  let hi = Math.max(...bounds.map((b) => b[1]));
  if (hi - lo < 30 * DAY_MS) {
    lo -= 15 * DAY_MS;
    hi += 15 * DAY_MS;
  }
  const scale = (t: number) => margin + ((t - lo) / (hi - lo)) * (width - 2 * margin);

  const firstYear = new Date(lo).getUTCFullYear();
  const lastYear = new Date(hi).getUTCFullYear();
  const span = lastYear - firstYear + 1;
  const every = span <= 12 ? 1 : span <= 30 ? 5 : span <= 120 ? 10 : 50;
  const ticks: { x: number; label: string }[] = [];
  for (let y = Math.ceil(firstYear / every) * every; y <= lastYear + 1; y += every) {
    const t = Date.UTC(y, 0, 1);
    if (t >= lo && t <= hi) ticks.push({ x: Math.round(scale(t)), label: String(y) });
  }
  if (ticks.length === 0) ticks.push({ x: Math.round(scale(lo)), label: String(firstYear) });

  const order = inputs
    .map((input, i) => ({ input, b: bounds[i] ?? [lo, lo] }))
    .sort((a, b) => a.b[0] - b.b[0]);
  const laneEnds: number[] = [];
  const items: TimelineItem[] = [];
  for (const { input, b } of order) {
    const x = scale(b[0]);
    const x2 = Math.max(x, scale(b[1]));
    let lane = laneEnds.findIndex((end) => end + 10 <= x);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(x2);
    } else laneEnds[lane] = x2;
    items.push({
      id: input.id,
      x: Math.round(x * 10) / 10,
      x2: Math.round(x2 * 10) / 10,
      y: axisY + 18 + lane * laneGap,
      label: input.label,
      mark: input.mark,
    });
  }
  return { width, height: axisY + 18 + laneEnds.length * laneGap + 8, axisY, ticks, items };
}
