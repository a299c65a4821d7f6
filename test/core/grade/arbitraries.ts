import fc from "fast-check";
import type { EventDate } from "../../../src/core/bank-schema.ts";
import { daysInMonth } from "../../../src/core/date-format.ts";

/* Shared fast-check generators for date formatting and grading properties. */

const pad = (n: number) => String(n).padStart(2, "0");

/** Any EventDate the bank can hold: one precision, optional later end, optional qualifier. */
export const eventDateArb: fc.Arbitrary<EventDate> = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom("day", "month", "year") as fc.Arbitrary<EventDate["precision"]>,
    span: fc.option(fc.integer({ min: 1, max: 800 }), { nil: undefined }),
    qualifier: fc.constantFrom(null, "early", "mid", "late", "about", "by") as fc.Arbitrary<
      EventDate["qualifier"]
    >,
  })
  .map(({ year, month, day, precision, span, qualifier }) => {
    const dd = Math.min(day, daysInMonth(year, month));
    const iso = (y: number, m: number, dy: number) =>
      precision === "year"
        ? `${y}`
        : precision === "month"
          ? `${y}-${pad(m)}`
          : `${y}-${pad(m)}-${pad(dy)}`;
    const start = iso(year, month, dd);
    let end: string | undefined;
    if (span !== undefined) {
      const t = new Date(Date.UTC(year, month - 1, dd + (precision === "day" ? span : 0)));
      const months = precision === "month" ? span % 40 : 0;
      const years = precision === "year" ? span % 30 : 0;
      const e = new Date(Date.UTC(t.getUTCFullYear() + years, t.getUTCMonth() + months, 1));
      const endDay = precision === "day" ? t.getUTCDate() : 1;
      end = iso(e.getUTCFullYear(), e.getUTCMonth() + 1, endDay);
      if (end <= start || e.getUTCFullYear() > 9999) end = undefined;
    }
    return {
      start,
      ...(end ? { end } : {}),
      precision,
      qualifier,
      provenance: "explicit" as const,
    };
  });
