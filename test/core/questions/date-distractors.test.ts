import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, parseDate } from "../../../src/core/date-format.ts";
import { chronological, dateDistractors } from "../../../src/core/questions/date-distractors.ts";
import { looseSpanOf, overlaps, spanOf } from "../../../src/core/questions/date-span.ts";
import { eventDateArb } from "../grade/arbitraries.ts";
import { day as d } from "../grade/helpers.ts";

describe("dateDistractors", () => {
  it("gives a precise key at least one option of its own year, so it is not the odd one out", () => {
    const bank = [d("2019-03-25"), d("2019-03-27"), d("2019-03-29")];
    const wrong = dateDistractors(d("2020-02-18"), bank, [], "seed");
    expect(wrong).toHaveLength(3);
    expect(wrong.some((w) => w.start.startsWith("2020"))).toBe(true);
    expect(wrong.filter((w) => w.start.startsWith("2019-03")).length).toBeGreaterThan(0);
  });

  it("offers no range that runs past the latest time the documents speak of ('2010–2049' for 1970–2009)", () => {
    const wrong = dateDistractors(
      d("1970", { end: "2009" }),
      [d("1960"), d("1995"), d("2016")],
      [],
      "s",
      3,
      undefined,
      spanOf(d("2016")).to,
    );
    expect(wrong.map(formatDate)).not.toContain("2010–2049");
    expect(wrong.every((w) => looseSpanOf(w).to <= spanOf(d("2019")).to)).toBe(true);
  });

  it("prefers other events' dates, at the key's precision", () => {
    const bank = [d("2015-08-02"), d("2015-08-10"), d("2016-01"), d("2015")];
    const wrong = dateDistractors(d("2015-03-28"), bank, [], "seed");
    expect(wrong.map(formatDate)).toEqual(
      expect.arrayContaining(["2 August 2015", "10 August 2015"]),
    );
    expect(wrong.every((w) => w.precision === "day")).toBe(true);
  });

  it("keeps the key's form: a range of the same length, the same qualifier", () => {
    const range = dateDistractors(
      d("2016-12-03", { end: "2016-12-06" }),
      [d("2016-11-21")],
      [],
      "s",
    );
    expect(range.map(formatDate)).toContain("21–24 November 2016");
    const mid = dateDistractors(d("2017-03", { qualifier: "mid" }), [d("2016-12-18")], [], "s");
    expect(mid.map(formatDate)).toContain("mid-December 2016");
    expect(mid.every((m) => formatDate(m).startsWith("mid-"))).toBe(true);
  });

  it("takes no precise date from years away, which a learner rules out by its year", () => {
    // Another document's 1968 dates for a 26 July 1956 key; an 1861 date for 14 March 1879.
    const suez = dateDistractors(d("1956-07-26"), [d("1968-09-09"), d("1968-12-21")], [], "s");
    expect(suez.length).toBe(3);
    for (const w of suez)
      expect(Math.abs(Number(w.start.slice(0, 4)) - 1956)).toBeLessThanOrEqual(3);
    const born = dateDistractors(d("1879-03-14"), [d("1861-04-19"), d("1880-06-01")], [], "s");
    expect(born.map(formatDate)).toContain("1 June 1880");
    expect(born.map(formatDate)).not.toContain("19 April 1861");
  });

  it("keeps a decade or a century one, aligned like the key", () => {
    const decade = dateDistractors(d("1830", { end: "1839" }), [d("1851"), d("1845")], [], "s");
    for (const w of decade) expect(formatDate(w)).toMatch(/^the 1\d\d0s$/);
  });

  it("never gives a date inside the key or one another source gives", () => {
    const key = d("2018-07-17");
    const other = spanOf(d("2018-07-18"));
    const bank = [d("2018-07-18"), d("2018-07-17"), d("2018-07"), d("2018-07-19")];
    const wrong = dateDistractors(key, bank, [other], "s");
    const texts = wrong.map(formatDate);
    expect(texts).not.toContain("18 July 2018");
    expect(texts).not.toContain("17 July 2018");
    expect(texts).toContain("19 July 2018");
  });

  it("lists options in chronological order", () => {
    const options = chronological([d("2015-09-18"), d("2015-03-28"), d("2015-08-02")]);
    expect(options.map(formatDate)).toEqual([
      "28 March 2015",
      "2 August 2015",
      "18 September 2015",
    ]);
  });

  it("always finds distinct, non-overlapping wrong options written like the key", () => {
    fc.assert(
      fc.property(
        eventDateArb.filter((k) => k.qualifier !== "by"),
        fc.array(eventDateArb, { maxLength: 8 }),
        (key, bank) => {
          const wrong = dateDistractors(key, bank, [], key.start);
          expect(wrong.length).toBeGreaterThanOrEqual(2);
          const all = [key, ...wrong];
          for (const [i, a] of all.entries()) {
            const parsed = parseDate(formatDate(a));
            expect(parsed?.precision).toBe(key.precision);
            expect(parsed?.qualifier).toBe(key.qualifier);
            expect(parsed?.end === undefined).toBe(key.end === undefined);
            for (const b of all.slice(i + 1))
              expect(overlaps(looseSpanOf(a), looseSpanOf(b))).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
