import { describe, expect, it } from "vitest";
import { chronoMentions } from "../../../src/core/dates/chrono-pass.ts";
import { dateline, datesOf } from "./helpers.ts";

/*
 * One test per trap of DESIGN §5, each on a sentence from the seed documents or
 * the TempEval-3 articles.
 */

describe("chrono traps", () => {
  it("uses only the components chrono marks certain (isCertain)", () => {
    // chrono implies a year and a day for "mid-March"; the text states a month only.
    const [m] = chronoMentions(
      "In mid-March, Hayat Tahrir al-Sham (HTS) captured Tall Umm A'anoun hill from the NDF.",
    );
    expect(m?.start).toEqual({ month: 3 });
  });

  it("does not trust relative results that chrono calls certain (result/relativeDate)", () => {
    const sentence =
      "A violation of this cease-fire was reported the next day as the rebels resumed shelling the towns.";
    // chrono would compute "the next day" from its reference date and mark it certain.
    expect(chronoMentions(sentence)).toEqual([]);
    expect(datesOf(sentence).unresolved).toEqual([
      { text: "the next day", reason: "relative date with no earlier dated event" },
    ]);
    expect(datesOf(sentence, { anchor: { year: 2015, month: 9, day: 20 } }).dates).toEqual([
      expect.objectContaining({ start: "2015-09-21", precision: "day", provenance: "relative" }),
    ]);
  });

  it('does not read "September, 52 aid trucks" as 1952', () => {
    const r = datesOf(
      "At the end of September, 52 aid trucks went to Zabadani and Madaya and 19 arrived in Fu'ah and Kafriya.",
      { headingYear: 2016 },
    );
    expect(r.dates).toEqual([
      {
        start: "2016-09",
        precision: "month",
        qualifier: "late",
        provenance: "heading",
        text: "At the end of September",
      },
    ]);
  });

  it('does not read "since November 27" as a year, and leaves it undated without a dateline', () => {
    const sentence =
      "The armed groups, which have been clashing with the regime forces in the north of the country since November 27, continue to advance in the east and southeast of Idlib.";
    expect(datesOf(sentence)).toEqual({
      dates: [],
      unresolved: [
        { text: "November 27", reason: "year not stated, no heading year and no dateline" },
      ],
    });
    expect(datesOf(sentence, { dateline: dateline("2024-12-01") }).dates[0]?.start).toBe(
      "2024-11-27",
    );
  });

  it('merges "Between 3 September and 5 September" into one range', () => {
    const r = datesOf(
      "Between 3 September and 5 September, government sources reported that the rebels intensively shelled the enclave.",
      { headingYear: 2015 },
    );
    expect(r.dates).toEqual([
      expect.objectContaining({ start: "2015-09-03", end: "2015-09-05", precision: "day" }),
    ]);
  });

  it("parses bare years chrono ignores: in 2012, since 2013, in 1163, 2009-2010", () => {
    expect(
      datesOf(
        "In 2012, it was rocked by fighting between regime fighters and defectors from Assad's army.",
      ).dates,
    ).toEqual([
      expect.objectContaining({ start: "2012", precision: "year", provenance: "explicit" }),
    ]);
    expect(
      datesOf("The towns of some 20,000 people have been under siege since 2013.").dates[0]?.start,
    ).toBe("2013");
    expect(datesOf("The abbey was founded in 1163 by the count.").dates[0]?.start).toBe("1163");
    expect(
      datesOf("One exception was the swine flu pandemic of 2009-2010, when 348 children died.")
        .dates,
    ).toEqual([expect.objectContaining({ start: "2009", end: "2010", precision: "year" })]);
  });

  it('keeps "mid" in "mid-March"', () => {
    const r = datesOf("In mid-March, Hayat Tahrir al-Sham (HTS) captured Tall Umm A'anoun hill.", {
      headingYear: 2017,
    });
    expect(r.dates[0]).toMatchObject({ start: "2017-03", qualifier: "mid", text: "mid-March" });
  });

  it('keeps the date chrono loses behind "the morning of"', () => {
    const r = datesOf(
      "The buses were attacked by HTS fighters with stones, but departed on the morning of 19 July.",
      {
        headingYear: 2018,
      },
    );
    expect(r.dates[0]).toMatchObject({ start: "2018-07-19", precision: "day" });
  });

  it('takes "2 1/2 times" and "sat down" for what they are: not dates', () => {
    expect(
      datesOf("That's more than 2 1/2 times higher than any other recent season.", {
        dateline: dateline("2013-03-22"),
      }).dates,
    ).toEqual([]);
    expect(
      datesOf("As Ms. Ayotte sat down at the wooden desk, a doorman marched toward her.", {
        dateline: dateline("2013-03-21"),
      }).dates,
    ).toEqual([]);
  });

  it('reads no day inside a code ("published as ASA X3.4-1963" is not 4 March 1963)', () => {
    const dates = datesOf("ASCII was published as ASA X3.4-1963, leaving 28 code positions.", {
      dateline: dateline("2016-04-20"),
    }).dates;
    expect(dates.filter((d) => d.precision === "day")).toEqual([]);
  });

  it('reads "Kamloops This Week" as a name, not as this week; "this week" still dates', () => {
    expect(
      datesOf("Bob Hughes told Kamloops This Week that the payments were a factor.", {
        dateline: dateline("2020-07-08"),
      }).dates,
    ).toEqual([]);
    expect(
      datesOf("Bob Hughes told reporters this week that the payments were a factor.", {
        dateline: dateline("2020-07-08"),
      }).dates.map((d) => d.start),
    ).toEqual(["2020-07"]);
  });

  it('takes "a 1368 million pounds turnover" for a sum, not the year 1368', () => {
    expect(
      datesOf(
        "Tesco said its branch had a 24 million pounds loss with a 1368 million pounds turnover.",
      ).dates,
    ).toEqual([]);
  });
});

describe("a word of time before 'this year' or 'this month'", () => {
  it("is part of the date phrase, as with a week ('to be announced later this year')", () => {
    const { dates } = datesOf("Two more plants to be closed are to be announced later this year.", {
      dateline: dateline("2006-01-23"),
    });
    expect(dates).toEqual([expect.objectContaining({ text: "later this year", start: "2006" })]);
  });
});
