import { describe, expect, it } from "vitest";
import { newCard, State, type StoredCard } from "../../src/core/schedule.ts";
import { dueForecast, dueSummary, type HeatDay, reviewTotals } from "../../src/core/stats.ts";

/** A heatmap from review counts, oldest day first, the last one today. */
const heat = (counts: number[]): HeatDay[] =>
  counts.map((count, i) => ({
    iso: `2026-04-${String(i + 1).padStart(2, "0")}`,
    count,
    level: count === 0 ? 0 : 1,
    week: Math.floor(i / 7),
    weekday: i % 7,
  }));

describe("review totals", () => {
  it("counts the days with reviews and the streak ending today", () => {
    const t = reviewTotals(heat([3, 0, 1, 2, 5]));
    expect(t.reviewDays.map((d) => d.count)).toEqual([3, 1, 2, 5]);
    expect(t.streak).toBe(3);
  });

  it("keeps yesterday's streak alive before today's first review", () => {
    expect(reviewTotals(heat([1, 1, 0, 4, 2, 0])).streak).toBe(2);
  });

  it("has no streak after a day without reviews, or with no reviews at all", () => {
    expect(reviewTotals(heat([2, 0, 0])).streak).toBe(0);
    expect(reviewTotals(heat([0, 0])).streak).toBe(0);
    expect(reviewTotals([])).toEqual({ reviewDays: [], streak: 0 });
  });
});

describe("the number due", () => {
  const now = new Date("2026-04-10T12:00:00Z");
  const card = (state: State, due: string): StoredCard => ({
    ...newCard(now),
    state,
    due: new Date(due).getTime(),
  });
  const cards = [
    card(State.Review, "2026-04-09T08:00:00Z"), // overdue
    card(State.Review, "2026-04-10T11:59:00Z"), // due a minute ago
    card(State.Learning, "2026-04-10T11:00:00Z"),
    card(State.Review, "2026-04-10T20:00:00Z"), // later today
    card(State.Review, "2026-04-11T03:00:00Z"), // before 4 a.m.: still today's
    card(State.Review, "2026-04-11T05:00:00Z"), // tomorrow
    card(State.New, "2026-04-01T00:00:00Z"), // never studied: not due
  ];

  it("counts what is due now and what comes due later in the learner's day", () => {
    expect(dueSummary(cards, now, "UTC")).toEqual({ now: 3, laterToday: 2 });
  });

  it("agrees with the forecast's first day, which the progress page draws", () => {
    const due = dueSummary(cards, now, "UTC");
    expect(dueForecast(cards, now, "UTC")[0]).toBe(due.now + due.laterToday);
  });
});
