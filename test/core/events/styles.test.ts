import { describe, expect, it } from "vitest";
import { ingestDocument } from "../../../src/core/ingest/document.ts";
import { eventsOf } from "./helpers.ts";

/* Document styles beyond the seeds: a Markdown encyclopedia article, a biography, agency news. */

const hastings = [
  "# Battle of Hastings",
  "",
  "The **Battle of Hastings** was fought on 14 October 1066 between the Norman-French army of William and an English army under King Harold Godwinson.[1]",
  "",
  "## Background",
  "",
  "In 911, the Carolingian ruler Charles the Simple allowed a group of Vikings to settle in Normandy under their leader Rollo.",
  "",
  "King Edward the Confessor died on 5 January 1066 without an heir. Harold was crowned the next day.",
  "",
  "Harald Hardrada invaded northern England in early September 1066. He defeated the northern earls at the Battle of Fulford on 20 September. Five days later, Harold's army defeated Hardrada at the Battle of Stamford Bridge.",
  "",
  "William landed at Pevensey on 28 September and built a wooden castle at Hastings.",
].join("\n");

const curie = [
  "Marie Curie",
  "",
  "Marie Salomea Skłodowska-Curie (7 November 1867 – 4 July 1934) was a Polish and naturalised-French physicist and chemist.",
  "",
  "In 1895 she married the French physicist Pierre Curie. Together with Pierre, she discovered polonium in July 1898 and radium in December of that year. Marie won the 1911 Nobel Prize in Chemistry.",
  "",
  "Caesar was assassinated in 44 BC, she liked to remind her students.",
].join("\n");

const agency = [
  "Storm knocks out power to 200,000 homes in Texas",
  "By Maria Lopez and John Chen, Associated Press",
  "Published 9:41 PM EDT, Thu June 13, 2024",
  "",
  "HOUSTON (AP) — A line of severe storms knocked out power to more than 200,000 homes in the Houston area on Thursday, officials said.",
  "",
  "Crews expect to restore most customers by Saturday.",
  "",
  "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
].join("\n");

const dated = (docs: Record<string, string>) =>
  eventsOf(docs).events.map((e) => [e.date.start, e.date.provenance, e.text]);

describe("a Markdown encyclopedia article", () => {
  const { events, undated } = eventsOf({ hastings });

  it("strips Markdown emphasis and keeps three-digit years", () => {
    expect(events.map((e) => e.text)).toContain(
      "The Battle of Hastings was fought between the Norman-French army of William and an English army under King Harold Godwinson.",
    );
    expect(events.find((e) => e.text.includes("Rollo"))?.date.start).toBe("0911");
  });

  it("reads a year-less day in the year of the section's narrative, and chains from it", () => {
    expect(dated({ hastings }).filter(([start]) => String(start).startsWith("1066-09"))).toEqual([
      ["1066-09", "explicit", "Harald Hardrada invaded northern England."],
      [
        "1066-09-20",
        "relative",
        "Harald Hardrada defeated the northern earls at the Battle of Fulford.",
      ],
      [
        "1066-09-25",
        "relative",
        "Harold's army defeated Hardrada at the Battle of Stamford Bridge.",
      ],
      [
        "1066-09-28",
        "relative",
        "William landed at Pevensey and built a wooden castle at Hastings.",
      ],
    ]);
    expect(undated).toEqual([]);
  });

  it("reads a year-less day a few days before the last date, in the same month, in that date's year", () => {
    const runoff = `${hastings}\n\n== Chile ==\n\nA run-off election was scheduled for October 24, 1970. A third attempt to kidnap Schneider was made by Viaux on October 22.`;
    expect(
      eventsOf({ runoff }).events.find((e) => e.text.startsWith("A third attempt"))?.date.start,
    ).toBe("1970-10-22");
  });

  it("leaves a year-less day undated when the section's year does not fit its month", () => {
    const later = `${hastings}\n\nTostig was exiled to Flanders in March.`;
    expect(eventsOf({ later }).undated.map((u) => u.quote)).toEqual([
      "Tostig was exiled to Flanders in March.",
    ]);
  });
});

describe("a biography", () => {
  const { events, undated } = eventsOf({ curie });

  it("turns the life span after the name into a birth and a death", () => {
    expect(
      events.filter((e) => e.text.startsWith("Marie Salomea")).map((e) => [e.date.start, e.text]),
    ).toEqual([
      ["1867-11-07", "Marie Salomea Skłodowska-Curie was born."],
      ["1934-07-04", "Marie Salomea Skłodowska-Curie died."],
    ]);
  });

  it('reads "December of that year" as a month in the year of the previous date', () => {
    const december = events.find((e) => e.dateText === "December of that year");
    expect(december?.date.start).toBe("1898-12");
    // "…discovered polonium in July 1898 and radium in December": radium is what was
    // discovered, written like the object; a pronoun subject has no bare-noun parallel.
    expect(december?.text).toBe("She discovered radium.");
  });

  it("does not date a clause by a year that only names its object", () => {
    expect(events.some((e) => e.text.includes("Nobel Prize in Chemistry"))).toBe(false);
    expect(undated.find((u) => u.quote.includes("Nobel"))?.reason).toBe(
      "“1911” dates the noun it names, not the sentence",
    );
  });

  it("reports a BC year instead of guessing", () => {
    expect(undated.find((u) => u.quote.includes("Caesar"))?.reason).toBe(
      "a year before the common era (BC) cannot be stored",
    );
  });
});

describe("agency news", () => {
  it("drops byline and copyright, reads the 'Published' dateline and strips the wire dateline from event text", () => {
    const doc = ingestDocument(agency);
    expect(doc.dateline).toBe("2024-06-13");
    expect(doc.dropped.map((d) => d.reason)).toEqual(["byline", "dateline", "copyright notice"]);
    expect(dated({ agency })).toEqual([
      [
        "2024-06-13",
        "dateline",
        "A line of severe storms knocked out power to more than 200,000 homes in the Houston area, officials said.",
      ],
      ["2024-06-15", "dateline", "Crews expect to restore most customers."],
    ]);
  });
});
