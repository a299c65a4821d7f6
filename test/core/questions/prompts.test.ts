import { describe, expect, it } from "vitest";
import { datePhrase } from "../../../src/core/questions/date-phrase.ts";
import { stripRelativeDates } from "../../../src/core/questions/strip-dates.ts";
import { caseVocabulary, lowerFirst } from "../../../src/core/questions/text.ts";
import { day as d } from "../grade/helpers.ts";

describe("datePhrase", () => {
  it.each([
    [d("2015-03-28"), "on 28 March 2015"],
    [d("2015-03"), "in March 2015"],
    [d("2015"), "in 2015"],
    [d("2016-12-03", { end: "2016-12-06" }), "from 3 to 6 December 2016"],
    [d("2015-03-28", { end: "2018-07-19" }), "from 28 March 2015 to 19 July 2018"],
    [d("2017-03", { qualifier: "mid" }), "in mid-March 2017"],
    [d("1963-04", { qualifier: "by" }), "by April 1963"],
    [d("2011", { qualifier: "about" }), "around 2011"],
  ])("writes %o as %s", (date, phrase) => {
    expect(datePhrase(date)).toBe(phrase);
  });
});

describe("stripRelativeDates", () => {
  it("drops weekday and recent-time references a dateline explains", () => {
    expect(stripRelativeDates("Forces recaptured Kafranbel on Tuesday, a monitor said.")).toBe(
      "Forces recaptured Kafranbel, a monitor said.",
    );
    expect(stripRelativeDates("Six deaths were reported in the last week.")).toBe(
      "Six deaths were reported.",
    );
    expect(stripRelativeDates("A man who faked his death last summer pleaded guilty.")).toBe(
      "A man who faked his death pleaded guilty.",
    );
    expect(stripRelativeDates("Eearlier this week, Erdogan announced a summit.")).toBe(
      "Erdogan announced a summit.",
    );
  });

  it("writes 'the' for a weekday in the possessive ('at Tuesday's hearing' → 'at the hearing')", () => {
    expect(stripRelativeDates("A development was likely at Tuesday's hearing.")).toBe(
      "A development was likely at the hearing.",
    );
  });

  it("drops 'previously' after an auxiliary, which counts from the story's now, not before an adjective", () => {
    expect(stripRelativeDates("The alleged death of Hamza was previously in the news.")).toBe(
      "The alleged death of Hamza was in the news.",
    );
    expect(stripRelativeDates("Divers found a previously unknown species.")).toBe(
      "Divers found a previously unknown species.",
    );
  });

  it("keeps a named day after an offset phrase was taken out before it", () => {
    // The name test once read the text before the offset was removed, at the wrong place.
    expect(stripRelativeDates("Two days after the vote, Trump won Super Tuesday states.")).toBe(
      "Trump won Super Tuesday states.",
    );
  });

  it("takes the preposition with the time it brings, leaving none dangling", () => {
    expect(stripRelativeDates("The ship had not been seen as of Tuesday.")).toBe(
      "The ship had not been seen.",
    );
    expect(stripRelativeDates("Forces recaptured Kafranbel, on Tuesday, a monitor said.")).toBe(
      "Forces recaptured Kafranbel, a monitor said.",
    );
    expect(stripRelativeDates("VesselFinder listed no AIS results for the last month.")).toBe(
      "VesselFinder listed no AIS results.",
    );
  });
});

describe("withoutOffsets (inside stripRelativeDates)", () => {
  it("drops a comma-set time counted from another event, keeping one comma between clauses", () => {
    expect(
      stripRelativeDates(
        "King João VI returned to Portugal, six years after Napoléon’s fall, when the Cortes demanded it.",
      ),
    ).toBe("King João VI returned to Portugal, when the Cortes demanded it.");
    expect(
      stripRelativeDates("Five days after the surrender of Lee, Lincoln was assassinated."),
    ).toBe("Lincoln was assassinated.");
  });
  it("keeps a time that is part of the clause, not set off by commas", () => {
    expect(stripRelativeDates("Challenger exploded 73 seconds after liftoff.")).toBe(
      "Challenger exploded 73 seconds after liftoff.",
    );
  });
});

describe("lowerFirst", () => {
  const vocab = caseVocabulary([
    "Hoover set up the President’s Organization of Unemployment Relief. Mass unemployment followed, and unemployment rose.",
    "Doris Day was an actress. By the end of the day, Doris Day had won.",
  ]);

  it("lowers a common noun capitalised elsewhere only inside a longer name", () => {
    expect(lowerFirst("Unemployment among African Americans reached 50 percent", vocab)).toBe(
      "unemployment among African Americans reached 50 percent",
    );
  });

  it("keeps a name that ends a name elsewhere, though it is also a common word ('Day')", () => {
    expect(lowerFirst("Day was born in Cincinnati", vocab)).toBe("Day was born in Cincinnati");
  });

  it("counts a word as capitalised mid-sentence only after a lower-case word, not inside a name ('International Atomic Time')", () => {
    const atomic = caseVocabulary([
      "The standard is International Atomic Time. Atomic timekeeping began in 1955 with an atomic clock.",
    ]);
    expect(atomic.midCapital.has("Atomic")).toBe(false);
    expect(atomic.midCapital.has("International")).toBe(true);
  });

  it("takes no second word of a name that goes on after 'on', 'of', 'for' or 'and' ('the General Agreement on Tariffs and Trade')", () => {
    const gatt = caseVocabulary([
      "In 1947, the parties signed the General Agreement on Tariffs and Trade. Agreement was reached.",
    ]);
    expect(gatt.midCapital.has("General")).toBe(true);
    expect(gatt.midCapital.has("Agreement")).toBe(false);
  });
});
