import { describe, expect, it } from "vitest";
import { dateline, datesOf } from "./helpers.ts";

/* The provenance ladder: stated → heading → dateline (by tense) → previous event → nothing. */

describe("provenance ladder", () => {
  const sentence = "On 2 August, Army of Conquest announced it would continue its operations.";

  it("a year stated in the sentence is explicit, whatever the context says", () => {
    const r = datesOf("On 11 January 2016, the Red Cross organized an aid convoy.", {
      headingYear: 2015,
      dateline: dateline("2018-07-19"),
    });
    expect(r.dates[0]).toMatchObject({ start: "2016-01-11", provenance: "explicit" });
  });

  it("a section heading's year comes before the dateline", () => {
    const r = datesOf(sentence, { headingYear: 2015, dateline: dateline("2018-07-19") });
    expect(r.dates[0]).toMatchObject({ start: "2015-08-02", provenance: "heading" });
  });

  it("without a heading year, the dateline dates a year-less day by tense", () => {
    const r = datesOf(sentence, { dateline: dateline("2018-07-19") });
    expect(r.dates[0]).toMatchObject({ start: "2017-08-02", provenance: "dateline" });
  });

  it("without heading or dateline, a year-less date has no year", () => {
    expect(datesOf(sentence)).toEqual({
      dates: [],
      unresolved: [
        { text: "2 August", reason: "year not stated, no heading year and no dateline" },
      ],
    });
  });

  it("a year stated earlier in the same sentence dates a later day of that year", () => {
    const r = datesOf("On 14 April 2017, 75 buses left, and on 15 April, a convoy was attacked.");
    expect(r.dates.map((d) => d.start)).toEqual(["2017-04-14", "2017-04-15"]);
  });

  it("relative expressions need the previous dated event of the narrative", () => {
    const later =
      "Two days later, more than 1,000 people from Fu'ah and Kafriya left the towns in the buses.";
    expect(datesOf(later, { anchor: { year: 2016, month: 12, day: 18 } }).dates[0]).toMatchObject({
      start: "2016-12-20",
      provenance: "relative",
    });
    expect(datesOf(later).dates).toEqual([]);
    expect(datesOf(later, { anchor: { year: 2016, month: 12 } }).unresolved[0]?.reason).toBe(
      "relative date whose anchor is not precise enough",
    );
  });

  it('"the following day" and "on the same day" follow the anchor', () => {
    const anchor = { anchor: { year: 2018, month: 7, day: 19 } };
    expect(datesOf("They left the following day.", anchor).dates[0]?.start).toBe("2018-07-20");
    expect(
      datesOf("At least 400 were transported to Idlib on the same day.", anchor).dates[0]?.start,
    ).toBe("2018-07-19");
  });
});

describe("dateline resolution by tense", () => {
  it("a past weekday is the most recent such day on or before the dateline", () => {
    const dl = { dateline: dateline("2020-02-25") }; // a Tuesday
    expect(
      datesOf(
        "A symbolic town has been recaptured by regime forces, a monitor said on Tuesday.",
        dl,
      ).dates[0]?.start,
    ).toBe("2020-02-25");
    expect(
      datesOf(
        "Earlier on Thursday, the Observatory said regime air strikes had killed 19 civilians.",
        dl,
      ).dates[0]?.start,
    ).toBe("2020-02-20");
    expect(
      datesOf("On Monday, the United Nations said the fighting was coming close.", dl).dates[0]
        ?.start,
    ).toBe("2020-02-24");
  });

  it("a future weekday or day points forward from the dateline", () => {
    const dl = { dateline: dateline("2013-03-22") };
    expect(
      datesOf(
        "A four-week, phased closure of the 149 control towers will begin on April 7, the FAA said.",
        dl,
      ).dates[0]?.start,
    ).toBe("2013-04-07");
    expect(
      datesOf("The qualifier has been postponed until 15:00 GMT Saturday due to heavy snow.", dl)
        .dates[0]?.start,
    ).toBe("2013-03-23");
    expect(datesOf("A book of memoirs is due to be published in May.", dl).dates[0]?.start).toBe(
      "2013-05",
    );
  });

  it('"In March" in a July article is the previous March; "in December" in a February article is last year\'s', () => {
    expect(
      datesOf(
        "In March, the Syrian authorities reached an agreement with the country's armed opposition factions.",
        {
          dateline: dateline("2018-07-19"),
        },
      ).dates[0]?.start,
    ).toBe("2018-03");
    expect(
      datesOf(
        "Several fragile ceasefires failed to hold in the summer and Damascus relaunched its offensive in December.",
        {
          dateline: dateline("2020-02-25"),
        },
      ).dates[0]?.start,
    ).toBe("2019-12");
  });

  it("the nearest verb decides: an announcement on Friday of a future closure is past", () => {
    const r = datesOf(
      "The FAA on Friday announced it will close 149 regional airport control towers.",
      {
        dateline: dateline("2013-03-23"),
      },
    );
    expect(r.dates[0]?.start).toBe("2013-03-22");
  });

  it("relative to the dateline: last year, this month, four years ago, last June, next year", () => {
    const dl = { dateline: dateline("2013-03-21") };
    const start = (s: string) => datesOf(s, dl).dates[0];
    expect(start("Greece may well have been too big to fail last year.")).toMatchObject({
      start: "2012",
      precision: "year",
    });
    expect(start("China's leadership transition has taken place this month.")).toMatchObject({
      start: "2013-03",
      precision: "month",
    });
    expect(
      start("Oil officials resisted a similar order for higher-grade fuel four years ago."),
    ).toMatchObject({
      start: "2009",
      precision: "year",
      provenance: "dateline",
    });
    expect(start("Mike Westmacott died last June.")?.start).toBe("2012-06");
    expect(start("Premiums could increase sharply next year.")?.start).toBe("2014");
  });

  it("does not resolve a weekday inside a quotation against the dateline", () => {
    const r = datesOf(
      'Call me Sunday night at 8 PM at the resort," Raymond Roth wrote in an e-mail to his son.',
      {
        dateline: dateline("2013-03-22"),
        quoted: [[0, 50]],
      },
    );
    expect(r.dates).toEqual([]);
    expect(r.unresolved[0]?.reason).toBe("weekday inside a quotation");
  });

  it("never uses the current date: without a dateline, relative years stay unresolved", () => {
    expect(
      datesOf("Greece may well have been too big to fail last year.").unresolved[0]?.reason,
    ).toBe("relative date and no dateline");
  });
});
