import { Hono } from "hono";
import { ProgressPage } from "../../views/progress.tsx";
import { BANK_COLLECTION } from "../content.ts";
import { formatIsoDay, formatMonthShort } from "../core/date-format.ts";
import { dayToIso } from "../core/dates/calendar.ts";
import { DAY_MS, learnerDay } from "../core/learner-day.ts";
import {
  dueForecast,
  dueSummary,
  monthlyRetention,
  reviewHeatmap,
  reviewTotals,
  stateCounts,
} from "../core/stats.ts";
import { reviewsSince } from "../db/reviews.ts";
import type { AppEnv } from "../http/env.ts";
import { learnerSettings, requireUser } from "../http/session.ts";
import { learnerStudyState } from "../http/study-state.ts";

/**
 * Month names over the heatmap's columns, where a month's first Monday falls;
 * every other one is "minor" (hidden on a phone, where the columns are narrow).
 */
function monthLabels(days: { iso: string; week: number; weekday: number }[]) {
  const out: { week: number; label: string; minor: boolean }[] = [];
  let lastMonth = "";
  let lastWeek = -10;
  for (const d of days) {
    const m = d.iso.slice(0, 7);
    // A label needs about three columns of room, or it runs into the next one.
    if (d.weekday === 0 && m !== lastMonth && d.week - lastWeek >= 3) {
      lastMonth = m;
      lastWeek = d.week;
      out.push({
        week: d.week,
        label: formatMonthShort(m, m.endsWith("-01")),
        minor: out.length % 2 === 1,
      });
    }
  }
  return out;
}

export const progress = new Hono<AppEnv>().get("/progress", async (c) => {
  const user = requireUser(c);
  const now = c.get("now");
  const { timeZone } = learnerSettings(c);
  const cards = [...(await learnerStudyState(c)).cards.values()];
  const logs = await reviewsSince(c.get("db"), user.id, new Date(now.getTime() - 372 * DAY_MS));
  const bank = await c.get("content").collection(BANK_COLLECTION);
  const studied = new Set(cards.map((card) => card.eventId));
  const notStarted = bank ? [...bank.events.keys()].filter((id) => !studied.has(id)).length : 0;

  const today = learnerDay(now, timeZone);
  const forecast = dueForecast(cards, now, timeZone).map((count, i) => ({
    count,
    day: formatIsoDay(dayToIso(today + i)),
    label: i === 0 ? "today" : `+${i}`,
  }));
  const heatmap = reviewHeatmap(logs, now, timeZone);
  const totals = reviewTotals(heatmap);
  return c.html(
    <ProgressPage
      user={user}
      due={dueSummary(cards, now, timeZone)}
      forecast={forecast}
      heatmap={heatmap.map((d) => ({ ...d, day: formatIsoDay(d.iso) }))}
      monthLabels={monthLabels(heatmap)}
      retention={monthlyRetention(logs, now, timeZone).map((m) => ({
        ...m,
        name: formatMonthShort(m.month),
        short: formatMonthShort(m.month, false),
      }))}
      states={stateCounts(cards, notStarted)}
      totals={{
        reviews: logs.length,
        streak: totals.streak,
        reviewDays: totals.reviewDays.map((d) => ({ day: formatIsoDay(d.iso), count: d.count })),
      }}
    />,
  );
});
