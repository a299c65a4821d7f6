import { describe, expect, it } from "vitest";
import { type HeatDay, reviewTotals } from "../../src/core/stats.ts";

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
