import { Hono } from "hono";
import { ProgressPage } from "../../views/progress.tsx";
import { BANK_COLLECTION } from "../content.ts";
import { dayToIso } from "../core/dates/calendar.ts";
import { DAY_MS, learnerDay } from "../core/learner-day.ts";
import {
  dueForecast,
  monthlyRetention,
  reviewHeatmap,
  reviewTotals,
  stateCounts,
} from "../core/stats.ts";
import { reviewsSince } from "../db/reviews.ts";
import type { AppEnv } from "../http/env.ts";
import { learnerSettings, requireUser } from "../http/session.ts";
import { learnerStudyState } from "../http/study-state.ts";

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
    iso: dayToIso(today + i),
    label: i === 0 ? "today" : `+${i}`,
  }));
  const heatmap = reviewHeatmap(logs, now, timeZone);
  return c.html(
    <ProgressPage
      user={user}
      forecast={forecast}
      heatmap={heatmap}
      retention={monthlyRetention(logs, now, timeZone)}
      states={stateCounts(cards, notStarted)}
      totals={{ reviews: logs.length, ...reviewTotals(heatmap) }}
    />,
  );
});
