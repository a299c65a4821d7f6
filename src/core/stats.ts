import { addMonths, dayToIso, toIso } from "./dates/calendar.ts";
import { learnerDay } from "./learner-day.ts";
import { State, type StoredCard } from "./schedule.ts";

/*
 * Figures for the progress page, from a learner's cards and review log. All
 * days are learner days (4 a.m. to 4 a.m. in their time zone).
 */

export type LogPoint = { reviewedAt: number; state: number; rating: number };

/** Cards due on each of the next `days` days; overdue cards count today. */
export function dueForecast(cards: StoredCard[], now: Date, timeZone: string, days = 30): number[] {
  const today = learnerDay(now, timeZone);
  const out = new Array<number>(days).fill(0);
  for (const c of cards) {
    if (c.state === State.New) continue;
    const offset = Math.max(0, learnerDay(new Date(c.due), timeZone) - today);
    if (offset < days) out[offset] = (out[offset] ?? 0) + 1;
  }
  return out;
}

export type DueSummary = {
  /** Studied cards due now: what "Study" shows before the day's limits. */
  now: number;
  /** Cards that fall due later in the learner's day. */
  laterToday: number;
};

/**
 * How many of a learner's cards are due: the one count the home page, the
 * progress page and the forecast's first day all show. A card is due now when
 * its time has come; the learner's day (4 a.m. to 4 a.m.) holds the rest of today.
 */
export function dueSummary(cards: Iterable<StoredCard>, now: Date, timeZone: string): DueSummary {
  const today = learnerDay(now, timeZone);
  const t = now.getTime();
  let dueNow = 0;
  let laterToday = 0;
  for (const c of cards) {
    if (c.state === State.New) continue;
    if (c.due <= t) dueNow++;
    else if (learnerDay(new Date(c.due), timeZone) <= today) laterToday++;
  }
  return { now: dueNow, laterToday };
}

export type HeatDay = {
  iso: string;
  count: number;
  level: 0 | 1 | 2 | 3 | 4;
  week: number;
  weekday: number;
};

/** Reviews per day over the last 53 weeks, laid out in week columns (Monday first) with a level 0–4. */
export function reviewHeatmap(logs: LogPoint[], now: Date, timeZone: string): HeatDay[] {
  const today = learnerDay(now, timeZone);
  // Day 0 (1970-01-01) was a Thursday: weekday 3 with Monday as 0.
  const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;
  const first = today - weekday(today) - 52 * 7;
  const counts = new Map<number, number>();
  for (const l of logs) {
    const d = learnerDay(new Date(l.reviewedAt), timeZone);
    if (d >= first && d <= today) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const max = Math.max(0, ...counts.values());
  const level = (n: number): HeatDay["level"] =>
    n === 0
      ? 0
      : max <= 4
        ? (Math.min(4, n) as HeatDay["level"])
        : (Math.min(4, Math.ceil((n / max) * 4)) as HeatDay["level"]);
  const out: HeatDay[] = [];
  for (let d = first; d <= today; d++) {
    const n = counts.get(d) ?? 0;
    out.push({
      iso: dayToIso(d),
      count: n,
      level: level(n),
      week: Math.floor((d - first) / 7),
      weekday: weekday(d),
    });
  }
  return out;
}

export type ReviewTotals = { reviewDays: HeatDay[]; streak: number };

/** The heatmap's days with reviews, and the run of such days ending today (or yesterday, before today's first review). */
export function reviewTotals(heatmap: HeatDay[]): ReviewTotals {
  let streak = 0;
  for (let i = heatmap.length - 1; i >= 0; i--) {
    if ((heatmap[i]?.count ?? 0) === 0) {
      // No review yet today does not break a streak.
      if (i === heatmap.length - 1) continue;
      break;
    }
    streak++;
  }
  return { reviewDays: heatmap.filter((d) => d.count > 0), streak };
}

export type MonthRetention = {
  month: string;
  reviews: number;
  recalled: number;
  rate: number | null;
};

/**
 * True retention per calendar month over the last `months` months: among reviews
 * of cards that were already learned (state Review), the share not answered Again.
 */
export function monthlyRetention(
  logs: LogPoint[],
  now: Date,
  timeZone: string,
  months = 12,
): MonthRetention[] {
  const key = (t: number) => dayToIso(learnerDay(new Date(t), timeZone)).slice(0, 7);
  const current = key(now.getTime());
  const [cy = 1970, cm = 1] = current.split("-").map(Number);
  const list: MonthRetention[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const month = toIso(addMonths({ year: cy, month: cm }, -i));
    list.push({ month, reviews: 0, recalled: 0, rate: null });
  }
  const byMonth = new Map(list.map((m) => [m.month, m]));
  for (const l of logs) {
    if (l.state !== State.Review) continue;
    const m = byMonth.get(key(l.reviewedAt));
    if (!m) continue;
    m.reviews++;
    if (l.rating > 1) m.recalled++;
  }
  for (const m of list) m.rate = m.reviews === 0 ? null : m.recalled / m.reviews;
  return list;
}

export type StateCounts = {
  new: number;
  learning: number;
  relearning: number;
  young: number;
  mature: number;
};

/** Cards per state; review cards are young below 21 days of interval, mature from 21. */
export function stateCounts(cards: StoredCard[], notStarted: number): StateCounts {
  const out: StateCounts = { new: notStarted, learning: 0, relearning: 0, young: 0, mature: 0 };
  for (const c of cards) {
    if (c.state === State.New) out.new++;
    else if (c.state === State.Learning) out.learning++;
    else if (c.state === State.Relearning) out.relearning++;
    else if (c.scheduledDays >= 21) out.mature++;
    else out.young++;
  }
  return out;
}
