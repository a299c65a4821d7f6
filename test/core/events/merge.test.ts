import { describe, expect, it } from "vitest";
import { eventsOf, seedText as seed } from "./helpers.ts";

describe("merging the same fact across documents", () => {
  it("merges a sentence from two documents with different spellings of the names", () => {
    const { events } = eventsOf({
      a: "News one\n12 May, 2019\n\nOn 3 May 2019, rebels shelled the towns of al-Fu'ah and Kafriya, killing four civilians.",
      b: "News two\n13 May, 2019\n\nRebels shelled the towns of Foua and Kefraya on 3 May 2019, killing four civilians.",
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((s) => s.doc)).toEqual(["a", "b"]);
    expect(events[0]?.conflicts).toEqual([]);
  });

  it("keeps different facts of the same day apart (Madaya is not Mayadin)", () => {
    const { events } = eventsOf({
      a: "One\n\nOn 3 May 2019, an aid convoy reached Madaya after weeks of talks.",
      b: "Two\n\nOn 3 May 2019, an air strike hit a market in Mayadin, killing twelve people.",
    });
    expect(events).toHaveLength(2);
  });

  it("dates an excerpt's year-less sentence through the article that dates it", () => {
    const { events, undated } = eventsOf({
      "000": seed("000_e3f0895716d02afc"),
      "001": seed("001_6858653bcdca036e"),
    });
    const attack = events.find((e) =>
      e.text.startsWith("Army of Conquest rebels launched a powerful attack"),
    );
    expect(attack?.date).toMatchObject({ start: "2015-08-31", provenance: "heading" });
    expect(attack?.sources.map((s) => s.doc)).toEqual(["000", "001"]);
    expect(undated.filter((u) => u.doc === "000")).toEqual([]);
  });

  it("makes an infobox line and the body sentence stating the same fact one event", () => {
    const { events } = eventsOf({ "001": seed("001_6858653bcdca036e") });
    const agreement = events.find((e) => e.sources.some((s) => s.quote.startsWith("Result:")));
    expect(agreement?.sources.map((s) => s.quote.slice(0, 20))).toEqual(
      expect.arrayContaining([
        "Result: Government f",
        "On 17 July, Iranian ",
        "On 18 July 2018, the",
      ]),
    );
    expect(agreement?.date.start).toBe("2018-07-17");
  });

  it("still sends a sentence to undated when no document dates it", () => {
    const { events, undated } = eventsOf({ "004": seed("004_18e2e2452dd0ccf5") });
    expect(events.some((e) => e.text.includes("Maarrat al-Numan"))).toBe(false);
    expect(undated).toContainEqual({
      doc: "004",
      quote:
        "Anti-regime armed groups on Saturday also recaptured Maarrat al-Numan, the largest town in Idlib province.",
      reason: "weekday and no dateline",
    });
  });

  it("merges repeated wording within one document and combines a month with a day from a copy", () => {
    const { events } = eventsOf({
      a: "A\n\nIn March 2015, rebels captured the town of Jisr al-Shughur after heavy fighting.",
      b: "B\n\nOn 28 March, rebels captured the town of Jisr al-Shughur after heavy fighting.",
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.date).toMatchObject({
      start: "2015-03-28",
      precision: "day",
      provenance: "merged",
    });
  });
});

describe("conflicts", () => {
  const all = eventsOf({
    "000": seed("000_e3f0895716d02afc"),
    "001": seed("001_6858653bcdca036e"),
    "002": seed("002_4190b39419a5f365"),
    "003": seed("003_054b95b90d12600a"),
    "004": seed("004_18e2e2452dd0ccf5"),
  }).events;
  const conflictOf = (field: string, text: string) =>
    all.find((e) => e.text.includes(text))?.conflicts.find((c) => c.field === field);

  it("records the agreement on 17 vs 18 July 2018 (infobox and body against the lead)", () => {
    expect(conflictOf("date", "Iranian negotiators reached an agreement")).toMatchObject({
      values: ["2018-07-17", "2018-07-18"],
    });
  });

  it("records the siege starting in 2013 vs March 2015", () => {
    const c = conflictOf("date", "The siege began");
    expect(c?.values).toEqual(["2013", "2015-03"]);
    expect(c?.docs).toContain("003");
  });

  it("records 'over 7,000' vs 'between 6,500 and 7,000' evacuated, on both reports", () => {
    const expected = { values: ["between 6,500 and 7,000 people", "over 7,000 civilians"] };
    expect(conflictOf("figure", "Iranian negotiators reached an agreement")).toMatchObject(
      expected,
    );
    expect(conflictOf("figure", "Alexei Tsygankov")).toMatchObject(expected);
  });

  it("flags a dateline-inferred year that disagrees with a stated one for the same agreement", () => {
    expect(conflictOf("date", "brokered by Qatar")).toMatchObject({
      values: ["2017-03-28", "2018-03"],
      docs: ["001", "003"],
    });
  });

  it("does not invent conflicts between different facts", () => {
    const withConflicts = all.filter((e) => e.conflicts.length > 0);
    expect(withConflicts).toHaveLength(4);
  });
});

describe("an infobox line about the article's subject", () => {
  const article = [
    "= Articles of Confederation =",
    "- Created: November 15, 1777",
    "- Ratified: March 1, 1781",
    "- Purpose: First constitution for the United States; replaced by the current United States Constitution on September 13, 1788",
    "",
    "The Articles of Confederation was an agreement among the thirteen original states.",
  ].join("\n");

  it("takes a plural subject's verb ('The Articles of Confederation were ratified')", () => {
    const texts = eventsOf({ a: article }).events.map((e) => `${e.date.start} ${e.text}`);
    expect(texts).toContain("1781-03-01 The Articles of Confederation were ratified.");
    expect(texts).toContain("1777-11-15 The Articles of Confederation were created.");
  });

  it("tells a dated part that opens with a past participle of the subject ('Purpose: …; replaced by … on September 13, 1788')", () => {
    const texts = eventsOf({ a: article }).events.map((e) => `${e.date.start} ${e.text}`);
    expect(texts).toContain(
      "1788-09-13 The Articles of Confederation were replaced by the current United States Constitution.",
    );
  });
});
