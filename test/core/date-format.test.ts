import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventDate } from "../../src/core/bank-schema.ts";
import {
  formatDate,
  formatDay,
  formatDayTime,
  formatIsoDay,
  formatMonthShort,
  parseDate,
  parseYearlessDate,
} from "../../src/core/date-format.ts";
import { eventDateArb } from "./grade/arbitraries.ts";

const d = (
  start: string,
  precision: EventDate["precision"],
  extra: Partial<EventDate> = {},
): EventDate => ({ start, precision, qualifier: null, provenance: "explicit", ...extra });

describe("one date style for instants, days and months", () => {
  it("writes an instant's day and time in the reader's time zone, in the events' style", () => {
    const at = Date.UTC(2026, 11, 6, 7, 53);
    expect(formatDay(at, "UTC")).toBe("6 December 2026");
    expect(formatDayTime(at, "UTC")).toBe("6 December 2026, 07:53");
    expect(formatDayTime(at, "Asia/Tokyo")).toBe("6 December 2026, 16:53");
    expect(formatDay(at, "Pacific/Honolulu")).toBe("5 December 2026");
  });

  it("writes calendar days and months without ISO dates or day-like month labels", () => {
    expect(formatIsoDay("2020-02-25")).toBe("25 February 2020");
    expect(formatIsoDay("2020-02")).toBe("February 2020");
    expect(formatMonthShort("2026-01")).toBe("Jan 2026");
    expect(formatMonthShort("2026-01", false)).toBe("Jan");
  });
});

describe("formatDate", () => {
  it.each([
    [d("2015-03-28", "day"), "28 March 2015"],
    [d("2015-03", "month"), "March 2015"],
    [d("2015", "year"), "2015"],
    [d("2016-12-03", "day", { end: "2016-12-06" }), "3–6 December 2016"],
    [d("2016-11-30", "day", { end: "2016-12-02" }), "30 November – 2 December 2016"],
    [d("2015-03-28", "day", { end: "2018-07-19" }), "28 March 2015 – 19 July 2018"],
    [d("2015-03", "month", { end: "2015-05" }), "March–May 2015"],
    [d("2013", "year", { end: "2015" }), "2013–2015"],
    [d("2017-03", "month", { qualifier: "mid" }), "mid-March 2017"],
    [d("1963-04", "month", { qualifier: "by" }), "by April 1963"],
    [d("2015", "year", { qualifier: "late" }), "late 2015"],
    [d("2011", "year", { qualifier: "about" }), "about 2011"],
    [d("1501", "year", { end: "1600" }), "the 16th century"],
    [d("1501", "year", { end: "1700" }), "the 16th and 17th centuries"],
    [d("1501", "year", { end: "1800" }), "the 16th–18th centuries"],
  ])("writes %o as %s", (date, text) => {
    expect(formatDate(date)).toBe(text);
  });
});

describe("parseDate", () => {
  it.each([
    ["28 March 2015", "2015-03-28", "day"],
    ["March 28, 2015", "2015-03-28", "day"],
    ["28/3/2015", "2015-03-28", "day"],
    ["2015-03-28", "2015-03-28", "day"],
    ["28th of March 2015", "2015-03-28", "day"],
    ["the 28th of March, 2015", "2015-03-28", "day"],
    ["Saturday, 28 March 2015", "2015-03-28", "day"],
    ["on 28 Mar. 2015", "2015-03-28", "day"],
    ["28.03.2015", "2015-03-28", "day"],
    ["Mar 2015", "2015-03", "month"],
    ["March, 2015", "2015-03", "month"],
    ["in March 2015", "2015-03", "month"],
    ["Sept 2015", "2015-09", "month"],
    ["2015-03", "2015-03", "month"],
    ["3/2015", "2015-03", "month"],
    ["2015", "2015", "year"],
    ["  2015. ", "2015", "year"],
  ])("reads %s", (text, start, precision) => {
    expect(parseDate(text)).toEqual({ start, precision, qualifier: null });
  });

  it("reads an ambiguous numeric date day first, and month first only when day first is impossible", () => {
    expect(parseDate("3/4/2015")?.start).toBe("2015-04-03");
    expect(parseDate("4/28/2015")?.start).toBe("2015-04-28");
  });

  it("reads ranges and qualifiers", () => {
    expect(parseDate("3–6 December 2016")).toEqual({
      start: "2016-12-03",
      end: "2016-12-06",
      precision: "day",
      qualifier: null,
    });
    expect(parseDate("May 4-5, 2017")).toMatchObject({ start: "2017-05-04", end: "2017-05-05" });
    expect(parseDate("between 3 September and 5 September 2015")).toMatchObject({
      start: "2015-09-03",
      end: "2015-09-05",
    });
    expect(parseDate("mid-March 2017")).toEqual({
      start: "2017-03",
      precision: "month",
      qualifier: "mid",
    });
    expect(parseDate("by April 1963")).toMatchObject({ start: "1963-04", qualifier: "by" });
  });

  it.each([
    "the 16th and 17th centuries",
    "16th-17th century",
    "16th to 17th centuries",
    "in the 16th–17th centuries",
  ])("reads a span of centuries (%s) as the years it covers", (text) => {
    expect(parseDate(text)).toEqual({
      start: "1501",
      end: "1700",
      precision: "year",
      qualifier: null,
    });
  });

  it("does not read an Object prototype property such as constructor as a month", () => {
    expect(parseDate("constructor 2015")).toBe(parseDate("foo 2015"));
    expect(parseDate("constructor 2015")).toBeNull();
    expect(parseDate("__proto__ 2015")).toBeNull();
  });

  it.each(["", "yesterday", "31 February 2015", "March", "28 March", "13/13/2015", "5,000"])(
    "rejects %j",
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe("parseYearlessDate", () => {
  it.each([
    ["20 Nov", { month: 11, day: 20 }],
    ["November 20", { month: 11, day: 20 }],
    ["November 20th", { month: 11, day: 20 }],
    ["the 20th of November", { month: 11, day: 20 }],
    ["on Monday, 20 Nov.", { month: 11, day: 20 }],
    ["20/11", { month: 11, day: 20 }],
    ["11/20", { month: 11, day: 20 }],
    ["3/4", { month: 4, day: 3 }],
    ["29 February", { month: 2, day: 29 }],
    ["November", { month: 11 }],
    ["mid-November", { month: 11 }],
  ])("reads %j as a date without its year", (text, parts) => {
    expect(parseYearlessDate(text)).toEqual(parts);
  });

  it.each(["20 November 1967", "1967", "Nov 1967", "20", "30 February", "32 Nov", "13/13", "soon"])(
    "does not read %j as a year-less date",
    (text) => {
      expect(parseYearlessDate(text)).toBeNull();
    },
  );
});

describe("format and parse", () => {
  it("every formatted date parses back to itself", () => {
    fc.assert(
      fc.property(eventDateArb, (date) => {
        const parsed = parseDate(formatDate(date));
        expect(parsed).toEqual({
          start: date.start,
          ...(date.end ? { end: date.end } : {}),
          precision: date.precision,
          qualifier: date.qualifier,
        });
      }),
      { numRuns: 2000 },
    );
  });
});
