import { describe, expect, it } from "vitest";
import { dateline, datesOf } from "./helpers.ts";

describe("ranges", () => {
  it('reads "From 3-6 December" as a day range in the heading year', () => {
    const r = datesOf(
      "From 3-6 December, more than 10 civilians in Fu'ah and Kafriya were killed by rebel shelling.",
      {
        headingYear: 2016,
      },
    );
    expect(r.dates[0]).toMatchObject({ start: "2016-12-03", end: "2016-12-06", precision: "day" });
  });

  it('reads "May 4-5, 2017"', () => {
    const r = datesOf(
      "At the Astana meeting between Türkiye, Russia and Iran on May 4-5, 2017, four “de-escalation zones” were established.",
    );
    expect(r.dates[0]).toMatchObject({
      start: "2017-05-04",
      end: "2017-05-05",
      provenance: "explicit",
    });
  });

  it('reads the year written after a day range as the range\'s ("September 5–17, 1978", "December 28–January 3, 1990"), not as a date of its own', () => {
    expect(datesOf("The summit was held from September 5–17, 1978, at Camp David.").dates).toEqual([
      expect.objectContaining({ start: "1978-09-05", end: "1978-09-17", precision: "day" }),
    ]);
    expect(datesOf("The talks ran from December 28–January 3, 1990, in Geneva.").dates).toEqual([
      expect.objectContaining({ start: "1989-12-28", end: "1990-01-03" }),
    ]);
    // Two days in a list date nothing as one; their year still dates the sentence.
    expect(
      datesOf("The spacecraft took 34 images on Nov. 3 and 16, 2010, near Mercury.").dates,
    ).toEqual([expect.objectContaining({ start: "2010", precision: "year" })]);
  });

  it("reads 'between the years 1189 and 1428' as a span, and dates nothing by one that starts BC ('between the years 189 BC and 428 AD')", () => {
    expect(
      datesOf("Between the years 1189 and 1428 the region was ruled by Armenia.").dates,
    ).toEqual([expect.objectContaining({ start: "1189", end: "1428" })]);
    const bc = datesOf("Between the years 189 BC and 428 AD the region was ruled by Armenia.");
    expect(bc.dates).toEqual([]);
    expect(bc.unresolved[0]?.reason).toMatch(/BC/);
  });

  it("reads the first and second half of a time as its early and late parts ('in the first half of the 7th century')", () => {
    expect(
      datesOf("In the first half of the 7th century, the Caliphate repulsed the Sassanids.")
        .dates[0],
    ).toMatchObject({ start: "0601", end: "0700", qualifier: "early" });
    expect(
      datesOf("The plains were taken by the Almohads in the second half of the 12th century.")
        .dates[0],
    ).toMatchObject({ start: "1101", end: "1200", qualifier: "late" });
    expect(
      datesOf("The Central powers were successful in the first half of 1918.").dates[0],
    ).toMatchObject({
      start: "1918",
      qualifier: "early",
    });
  });

  it("reads 'the later 1850s' and 'the earlier 1980s' as the decade's late and early years", () => {
    expect(
      datesOf("U.S. expansion in the later 1850s was hindered by tensions.").dates[0],
    ).toMatchObject({
      start: "1850",
      end: "1859",
      qualifier: "late",
    });
    expect(datesOf("The state was dismantled in the earlier 1980s.").dates[0]).toMatchObject({
      qualifier: "early",
    });
  });

  it("dates nothing by one of two centuries ('Soranus' 1st or 2nd century CE work')", () => {
    const r = datesOf(
      "According to Soranus' 1st or 2nd century CE work Gynaecology, one party banished all abortives.",
    );
    expect(r.dates).toEqual([]);
    expect(r.unresolved[0]?.reason).toMatch(/one of two centuries/);
  });

  it("completes a range start from its end (March–Dec. 2016) and reads two-digit range ends (1957-58)", () => {
    expect(datesOf("90+ civilians killed or wounded (March–Dec. 2016)").dates[0]).toMatchObject({
      start: "2016-03",
      end: "2016-12",
      precision: "month",
    });
    expect(
      datesOf(
        "Mr Lowe also took part in the trans-Antarctic expedition of 1957-58, which made the first crossing.",
      ).dates[0],
    ).toMatchObject({ start: "1957", end: "1958" });
  });

  it("reads 'from … into …' as a span, of years and of qualified decades", () => {
    expect(
      datesOf("Waves of violence rocked the backcountry from the late 1770s into the early 1780s.")
        .dates[0],
    ).toMatchObject({ start: "1770", end: "1789" });
    expect(datesOf("The war dragged on from 1861 into 1865.").dates[0]).toMatchObject({
      start: "1861",
      end: "1865",
    });
    // ("into" alone is a time reached, not a span.)
    expect(datesOf("Fighting continued into 1949.").dates[0]?.end).toBeUndefined();
  });

  it("dates no span between a year and a decade ('from 1984 into the 2000s' ends the text does not say when)", () => {
    for (const sentence of [
      "China grew at 9% per year from 1984 into the 2000s.",
      "The rate stayed high from the 1950s until 1972.",
    ]) {
      const r = datesOf(sentence);
      expect(r.dates, sentence).toEqual([]);
      expect(r.unresolved[0]?.reason).toMatch(/a year and a decade/);
    }
  });

  it("dates nothing by a span from a date to a time named another way ('from AD 100 to the late Middle Ages'), but keeps the start of one that runs to an event ('from 1937 until his death')", () => {
    const runes = datesOf(
      "The Runic alphabets were used for Germanic languages from AD 100 to the late Middle Ages.",
    );
    expect(runes.dates).toEqual([]);
    expect(runes.unresolved[0]?.reason).toMatch(/end the text gives as no date/);
    expect(datesOf("He lived in Los Angeles from 1937 until his death.").dates[0]).toMatchObject({
      start: "1937",
    });
  });

  it("reads a capitalised 'May' after a preposition of time as the month ('between May and June in 1981')", () => {
    expect(
      datesOf("He visited China again between May and June.", { headingYear: 1981 }).dates.map(
        (d) => d.text,
      ),
    ).toContain("May and June");
    expect(datesOf("He said he may come.").dates).toEqual([]);
  });

  it("reads infobox date spans", () => {
    expect(
      datesOf("Date: 28 March 2015 – 19 July 2018", { statedAs: "infobox" }).dates[0],
    ).toMatchObject({
      start: "2015-03-28",
      end: "2018-07-19",
      provenance: "infobox",
    });
  });

  it("reads decades and centuries as year ranges (the nth century is (n-1)01 to n00)", () => {
    expect(datesOf("Trade grew in the 1990s.").dates[0]).toMatchObject({
      start: "1990",
      end: "1999",
    });
    expect(datesOf("The castle was rebuilt in the late 12th century.").dates[0]).toMatchObject({
      start: "1101",
      end: "1200",
      qualifier: "late",
    });
    expect(
      datesOf("Arab Muslims brought Islam to Herat in the 7th century.").dates[0],
    ).toMatchObject({
      start: "0601",
      end: "0700",
    });
  });

  it("keeps the era written after a century with its date ('by the 3rd century AD', 'the 5th century CE')", () => {
    const ad = datesOf("Paper used for writing became widespread by the 3rd century AD.").dates[0];
    expect(ad).toMatchObject({ start: "0201", end: "0300" });
    expect(ad?.text).toMatch(/century AD$/);
    expect(datesOf("The abbey was rebuilt in the 5th century CE.").dates[0]?.text).toMatch(
      /century CE$/,
    );
  });

  it("reads a bare month joined by 'and' to a month with its year as one span of the two ('in May and June 1914')", () => {
    expect(
      datesOf("In May and June 1914 the International Gendarmerie was defeated by the rebels.")
        .dates,
    ).toMatchObject([{ start: "1914-05", end: "1914-06", precision: "month" }]);
    expect(
      datesOf("Stuyvesant was on a special mission in Aruba in November and December 1642.").dates,
    ).toMatchObject([{ start: "1642-11", end: "1642-12" }]);
  });

  it("reads 'during the 1950s and 1960s' and 'in the 1930s and 1940s' as one span, but not 'in the 1930s and 1960s'", () => {
    expect(
      datesOf("During the 1950s and 1960s, Yugoslavia became economically self-sufficient.").dates,
    ).toMatchObject([{ start: "1950", end: "1969" }]);
    expect(
      datesOf("He founded the group in 1932, a significant organisation in the 1930s and 1940s.")
        .dates,
    ).toMatchObject([{ start: "1932" }, { start: "1930", end: "1949" }]);
    expect(datesOf("Riots broke out in the 1930s and 1960s.").dates.length).toBe(2);
  });

  it("reads 'the 1800s' as the hundred years it names, and 'the 2000s' as a decade", () => {
    expect(
      datesOf("As the United States expanded westward in the early 1800s, trade grew.").dates[0],
    ).toMatchObject({ start: "1800", end: "1899", qualifier: "early" });
    expect(datesOf("Phones spread in the 2000s.").dates[0]).toMatchObject({
      start: "2000",
      end: "2009",
    });
  });
});

describe("qualifiers", () => {
  const dl = dateline("2013-03-22");

  it.each([
    ["This flu season started in early December, a month earlier than usual.", "2012-12", "early"],
    [
      "Raymond Roth was first reported missing in the waters off Jones Beach late last July by his son.",
      "2012-07",
      "late",
    ],
    ["The treaty had been ratified by April 1963.", "1963-04", "by"],
    ["The church was built around 1850.", "1850", "about"],
    ["He arrived in San Francisco possibly in November 1849.", "1849-11", "about"],
    [
      "That was one second slower than his record, set days before he underwent brain surgery in early 2011.",
      "2011",
      "early",
    ],
  ])("%s", (sentence, start, qualifier) => {
    expect(datesOf(sentence, { dateline: dl }).dates[0]).toMatchObject({ start, qualifier });
  });

  it('reads a season named right before a year ("to Spring 1948") as part of that date', () => {
    const r = datesOf(
      "From November 1947 to Spring 1948 he was in the hospital with tuberculosis.",
    );
    expect(r.dates).toHaveLength(1);
    expect(r.dates[0]).toMatchObject({
      start: "1947",
      end: "1948",
      text: "November 1947 to Spring 1948",
    });
    expect(datesOf("In autumn 1939 he moved to Paris.").dates[0]).toMatchObject({
      start: "1939",
      qualifier: "late",
      text: "autumn 1939",
    });
  });

  it('keeps "by" before a season ("By the summer of 1990"): a bound, not the middle of the year', () => {
    expect(
      datesOf("By the summer of 1990, all of the former communist regimes were replaced.").dates[0],
    ).toMatchObject({ start: "1990", qualifier: "by" });
    expect(datesOf("By spring 1949, the airlift had proved successful.").dates[0]).toMatchObject({
      start: "1949",
      qualifier: "by",
    });
  });

  it('dates "peaked by the end of year" to the year of the December before it', () => {
    const r = datesOf(
      "This flu season started in early December, a month earlier than usual, and peaked by the end of year.",
      { dateline: dl },
    );
    expect(r.dates.map((d) => [d.start, d.qualifier])).toEqual([
      ["2012-12", "early"],
      ["2012", "by"],
    ]);
  });

  it("never gives a finer precision than the text: the end of September is a month, not the 30th", () => {
    const r = datesOf(
      "Rebels again violated the cease-fire by shelling the towns at the end of the month.",
      {
        anchor: { year: 2015, month: 9, day: 21 },
      },
    );
    expect(r.dates[0]).toMatchObject({ start: "2015-09", precision: "month", qualifier: "late" });
  });
});

describe("three-digit years", () => {
  it("reads one with its era after any word, after a month and 'of', and after 'when about'", () => {
    expect(datesOf("Jerome was born at Stridon around 347 AD.").dates[0]).toMatchObject({
      start: "0347",
      qualifier: "about",
    });
    expect(
      datesOf("Pope Damasus I, who died in December of 384, was his protector.").dates.map(
        (d) => d.start,
      ),
    ).toContain("0384");
    expect(
      datesOf("Some of these accompanied Jerome when about 373, he set out for Syria.").dates[0],
    ).toMatchObject({ start: "0373" });
    // A count is no year.
    expect(datesOf("About 373 people died in the fire.").dates).toHaveLength(0);
  });
});
