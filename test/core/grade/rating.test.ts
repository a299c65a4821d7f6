import { describe, expect, it } from "vitest";
import { ratingFromScore } from "../../../src/core/grade/index.ts";

describe("ratingFromScore", () => {
  it("maps wrong to Again, partial to Hard, right to Good and quick right to Easy", () => {
    expect(ratingFromScore(0, 3_000)).toBe(1);
    expect(ratingFromScore(0.25, 3_000)).toBe(1);
    expect(ratingFromScore(0.4, 3_000)).toBe(2);
    expect(ratingFromScore(0.5, 20_000)).toBe(2);
    expect(ratingFromScore(1, 20_000)).toBe(3);
    expect(ratingFromScore(1, 3_000)).toBe(4);
  });

  it("never gives Easy when the time is unknown, and honours a custom quick threshold", () => {
    expect(ratingFromScore(1, null)).toBe(3);
    expect(ratingFromScore(1, 12_000, 15_000)).toBe(4);
    expect(ratingFromScore(1, 12_000, 5_000)).toBe(3);
  });
});
