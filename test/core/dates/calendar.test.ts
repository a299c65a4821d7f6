import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayNumber,
  fromDayNumber,
  toIso,
  weekdayOf,
} from "../../../src/core/dates/calendar.ts";

describe("calendar arithmetic", () => {
  it("round-trips day numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const d = fromDayNumber(n);
        expect(dayNumber(d.year, d.month, d.day)).toBe(n);
      }),
    );
  });

  it("knows weekdays and leap years", () => {
    expect(weekdayOf(2020, 2, 25)).toBe(2); // Tuesday
    expect(weekdayOf(2013, 3, 22)).toBe(5); // Friday
    expect(toIso(addDays({ year: 2016, month: 2, day: 28 }, 1))).toBe("2016-02-29");
    expect(toIso(addDays({ year: 2018, month: 12, day: 31 }, 1))).toBe("2019-01-01");
  });
});
