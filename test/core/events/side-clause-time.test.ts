import { describe, expect, it } from "vitest";
import { readSentence } from "../../../src/core/nlp/read-sentence.ts";
import { nodeNlp } from "../../../src/nlp/node.ts";
import { eventsOf } from "./helpers.ts";

/*
 * Batch 57, judged blind (the Milestones essay on the Gulf War): a relative clause that
 * tells ahead of the story, the predicate after it, the phrase it is about, and a clause
 * timed by the end of a span.
 */

const dated = (docs: Record<string, string>) =>
  eventsOf(docs).events.map(
    (e) => `${e.date.start}${e.date.qualifier ? ` ${e.date.qualifier}` : ""} ${e.text}`,
  );

const essay = (body: string) => `The Gulf War\n\n${body}\n`;

describe("a relative clause that tells ahead of the story", () => {
  const gulf = essay(
    [
      "But on August 2, 1990, a force of one hundred thousand Iraqi troops invaded Kuwait and overran the country in a matter of hours. The invasion of Kuwait led to a United Nations Security Council embargo and sanctions on Iraq and a U.S.-led coalition air and ground war, which began on January 16, 1991, and ended with an Iraqi defeat and retreat from Kuwait on February 28, 1991.",
      "There was some Kuwaiti resistance to the Iraqi invasion. On August 28, Iraq declared that Kuwait had become its nineteenth province.",
    ].join("\n\n"),
  );

  it("does not give its year to a year-less date the story tells next ('On August 28' was 1990, not 1991)", () => {
    const events = dated({ a: gulf });
    expect(events.some((e) => /^1991-08-28/.test(e))).toBe(false);
    // The main clause says 1990 and the relative clause 1991: which year is not said.
    const undated = eventsOf({ a: gulf }).undated.map((u) => u.quote);
    expect(undated).toContain(
      "On August 28, Iraq declared that Kuwait had become its nineteenth province.",
    );
  });

  it("still dates what the main clause's year leads to ('On March 2' after 'February 24, 1991')", () => {
    const events = dated({
      a: essay(
        "The coalition launched a land campaign on February 24, 1991. On March 2, the United Nations Security Council passed Resolution 686.",
      ),
    });
    expect(events).toContain(
      "1991-03-02 The United Nations Security Council passed Resolution 686.",
    );
  });

  it("reads the phrase it is about whole ('a U.S.-led coalition air and ground war began', not 'Ground war began')", () => {
    const events = dated({ a: gulf });
    expect(events).toContain("1991-01-16 A U.S.-led coalition air and ground war began.");
    expect(events.some((e) => / Ground war began/.test(e))).toBe(false);
  });

  it("gives no subject to the predicate after it, whose it may be ('… the Eighteenth Amendment, which banned alcohol, and resulted in Prohibition')", () => {
    const events = dated({
      a: essay(
        "In 1919 the party supported the Eighteenth Amendment to the United States Constitution, which banned the sale of alcohol, and resulted in the period known as Prohibition in 1920.",
      ),
    });
    expect(events.some((e) => /The party resulted/.test(e))).toBe(false);
    expect(dated({ a: gulf }).some((e) => /The invasion of Kuwait ended/.test(e))).toBe(false);
  });
});

describe("a clause timed by the end or the start of a span", () => {
  it("happened at the span's end ('At the end of the Iran-Iraq War of 1980–1988, Iraq emerged' → 1988)", () => {
    const events = dated({
      a: essay(
        "At the end of the Iran-Iraq War of 1980–1988, Iraq emerged with its state intact and a reinforced sense of national pride.",
      ),
    });
    expect(events).toContain(
      "1988 At the end of the Iran-Iraq War, Iraq emerged with its state intact and a reinforced sense of national pride.",
    );
  });

  it("or at its start ('At the beginning of the Great Depression of 1929–1939' → 1929), not when the span says when it began", () => {
    const docs = {
      a: essay(
        "At the beginning of the Great Depression of 1929–1939, thousands of banks failed. The rapid expansion of paper production was enhanced by the beginning of the Printing Revolution in the 15th century.",
      ),
    };
    expect(dated(docs)).toContain(
      "1929 At the beginning of the Great Depression, thousands of banks failed.",
    );
    const depression = eventsOf(docs).events.find((e) => /Great Depression/.test(e.text));
    expect(depression?.date.end).toBeUndefined();
    const printing = eventsOf(docs).events.find((e) => /Printing Revolution/.test(e.text));
    expect(printing?.date.end).toBe("1500");
  });
});

describe("a participle after 'and' that can only be passive", () => {
  it("shares the 'was' before it ('The fort was built in 1587 and destroyed by fire in 1617')", () => {
    const events = dated({
      a: essay(
        "The fort was built in 1587 and destroyed by fire in 1617. He was born in 1900 and moved to Paris in 1920.",
      ),
    });
    expect(events).toContain("1617 The fort was destroyed by fire.");
    // A form that is a past tense too is a verb of its own.
    expect(events).toContain("1920 He moved to Paris.");
  });
});

describe("a clause someone believes", () => {
  it("is no event the text asserts ('Some researchers believe that the first Russian settlement was established in the 17th century')", () => {
    const docs = {
      a: essay(
        "Some researchers believe that the first Russian settlement in Alaska was established in the 17th century. The first permanent European settlement was founded in 1784.",
      ),
    };
    expect(dated(docs)).toEqual(["1784 The first permanent European settlement was founded."]);
  });
});

describe("a participle phrase set off by commas inside the subject", () => {
  it("ends at its comma, and the clause's verb after it dates the clause ('Construction of the first orbital vehicle, later named Columbia, began in 1975')", () => {
    const events = dated({
      a: essay(
        "Congress quickly approved and funded the program in 1972. Construction of the first orbital vehicle, later named Columbia, began in 1975. Four years later, Columbia completed its first transcontinental flight.",
      ),
    });
    expect(events).toContain(
      "1975 Construction of the first orbital vehicle, later named Columbia, began.",
    );
    // "Four years later" counts from 1975, not from 1972 (it had said 1976).
    expect(events).toContain("1979 Columbia completed its first transcontinental flight.");
  });
});

describe("a time that is the clause's subject", () => {
  it("is the subject of 'saw' after a decade, not a saw ('the late 1890s saw the height of yellow journalism, in which …')", () => {
    const events = dated({
      a: essay(
        "Additionally, the late 1890s saw the height of yellow journalism, in which newspapers such as the New York Journal, led by William Randolph Hearst, competed for readership.",
      ),
    });
    expect(events).toContain(
      "1890 late The late 1890s saw the height of yellow journalism, in which newspapers such as the New York Journal, led by William Randolph Hearst, competed for readership.",
    );
  });

  it("stays in the text when it is a bare year ('2008 saw the election of …', 'The year 1947 saw …')", () => {
    const texts = eventsOf({
      a: essay(
        "2008 saw the election of this country’s first African American president. The year 1947 saw major shifts in occupation policy in Germany.",
      ),
    }).events.map((e) => e.text);
    expect(texts).toContain(
      "2008 saw the election of this country’s first African American president.",
    );
    expect(texts).toContain("The year 1947 saw major shifts in occupation policy in Germany.");
  });
});

describe("a participle after a subordinator", () => {
  it("has the time of its own ('part of the U.S. Army until transferred to NASA in December 1958, built the spacecraft')", () => {
    const events = dated({
      a: essay(
        "The Jet Propulsion Laboratory in Pasadena, California, part of the U.S. Army until transferred to NASA in December 1958, built the two Pioneer lunar flyby spacecraft.",
      ),
    });
    // December 1958 is when the laboratory was transferred, not when it built the spacecraft.
    expect(events.some((e) => /built the two Pioneer/.test(e))).toBe(false);
  });
});

describe("a participle phrase after a clause of time that ends its clause", () => {
  it("is not told of the clause's subject ('Independent Azerbaijan lasted 23 months until the Red Army invaded it, establishing the Azerbaijan SSR')", () => {
    const events = dated({
      a: essay(
        "Independent Azerbaijan lasted only 23 months until the Bolshevik 11th Soviet Red Army invaded it, establishing the Azerbaijan SSR on 28 April 1920.",
      ),
    });
    expect(events.some((e) => /Independent Azerbaijan established/.test(e))).toBe(false);
  });
});

describe("a span whose first date closes with a comma", () => {
  it("is one span ('the International Geophysical Year that ran from July 1, 1957, to Dec. 31, 1958')", () => {
    const docs = {
      a: essay(
        "As part of the International Geophysical Year that ran from July 1, 1957, to Dec. 31, 1958, the United States planned to send five probes to study the Moon.",
      ),
    };
    const year = eventsOf(docs).events.find((e) => /Geophysical Year/.test(e.text));
    expect(year?.date.start).toBe("1957-07-01");
    expect(year?.date.end).toBe("1958-12-31");
    // "ran" takes its span as its complement, and keeps it in the text.
    expect(year?.text).toBe(
      "The International Geophysical Year ran from July 1, 1957, to Dec. 31, 1958.",
    );
    // It had read "To Dec. 31, 1958, the United States planned to send five probes".
    expect(dated(docs).some((e) => /^1958-12-31 /.test(e))).toBe(false);
  });
});

describe("a noun phrase after a complete clause that sums it up", () => {
  it("keeps its own time ('…to enter solar orbit, a feat the Soviet Luna 1 accomplished two months earlier')", () => {
    const events = dated({
      a: essay(
        "On March 3, 1959, the United States launched Pioneer 4. Pioneer 4 then went on to become the first American spacecraft to enter solar orbit, a feat the Soviet Luna 1 accomplished two months earlier.",
      ),
    });
    // Two months before March 1959 is when Luna 1 did it, not Pioneer 4.
    expect(events.some((e) => /^1959-01 /.test(e))).toBe(false);
  });

  it("is the verb's object after a phrase set off between them ('Schopenhauer fathered, with a servant, an illegitimate daughter')", () => {
    const events = dated({
      a: essay(
        "In Dresden in 1819, Schopenhauer fathered, with a servant, an illegitimate daughter who was born and died the same year.",
      ),
    });
    expect(events).toContain(
      "1819 In Dresden, Schopenhauer fathered, with a servant, an illegitimate daughter.",
    );
  });
});

describe("what goes with a date the clause does not keep", () => {
  it("takes the 'when' clause that says what happened then ('… in December 1991, when the Soviet Union was officially dissolved')", () => {
    const events = dated({
      a: essay(
        "On 18 October 1991, the Supreme Council of Azerbaijan adopted a Declaration of Independence which was affirmed by a nationwide referendum in December 1991, when the Soviet Union was officially dissolved.",
      ),
    });
    expect(events).toContain(
      "1991-10-18 The Supreme Council of Azerbaijan adopted a Declaration of Independence.",
    );
  });
});

describe("a linking word set off by commas", () => {
  it("goes with both commas between subject and verb, one after a fronted phrase ('…the Wye Memorandum, however, brought down', 'Outnumbered, however, they')", () => {
    const events = dated({
      a: essay(
        "Infighting over the implementation of the Wye Memorandum, however, brought down Netanyahu’s government in January 1999. Outnumbered, however, the troops surrendered on April 9, 1942.",
      ),
    });
    expect(events).toContain(
      "1999-01 Infighting over the implementation of the Wye Memorandum brought down Netanyahu’s government.",
    );
    expect(events).toContain("1942-04-09 Outnumbered, the troops surrendered.");
  });
});

describe("a span of days after 'between'", () => {
  it("shares its month ('between Aug. 10 and 16'); a second date with its month stays its own ('Between 3 September and 5 September')", () => {
    const events = dated({
      a: essay(
        "On August 3, 1979, workers towed it to the landing facility. The ferry flight back to Dryden took place between Aug. 10 and 16 making six stops along the way. Between 3 September and 5 September 1980, the rebels shelled the enclave.",
      ),
    });
    expect(events).toContain(
      "1979-08-10 The ferry flight back to Dryden took place making six stops along the way.",
    );
    const ferry = eventsOf({
      a: essay(
        "On August 3, 1979, workers towed it. The ferry flight took place between Aug. 10 and 16 making six stops.",
      ),
    }).events.find((e) => /ferry/.test(e.text));
    expect(ferry?.date.end).toBe("1979-08-16");
    expect(events).toContain("1980-09-03 The rebels shelled the enclave.");
  });
});

describe("a weekday's short form after an article", () => {
  it("is a noun, kept in the text ('eclipsing the Sun as it transited')", () => {
    const events = dated({
      a: essay(
        "In 2004, Spirit turned its camera skyward to photograph the moon Deimos partially eclipsing the Sun as it transited across the solar disk.",
      ),
    });
    expect(events).toContain(
      "2004 Spirit turned its camera skyward to photograph the moon Deimos partially eclipsing the Sun as it transited across the solar disk.",
    );
  });
});

describe("a participle phrase of planning or hoping in front of its clause", () => {
  it("dates what was planned, not the clause ('Preparing for a reelection bid in 1900, McKinley was reluctant …')", () => {
    const events = dated({
      a: essay(
        "In February 1898, McKinley's reticence changed. Preparing for a reelection bid in 1900, McKinley was reluctant to start a war with Spain over Cuba. Learning of the fleet's movement in August 1781, Washington began moving his army south.",
      ),
    });
    expect(events.some((e) => /^1900 /.test(e))).toBe(false);
    // A participle of learning or doing is at its clause's time, as before.
    expect(events).toContain(
      "1781-08 Learning of the fleet's movement, Washington began moving his army south.",
    );
  });
});

describe("a participle on the subject of a that-clause", () => {
  it("is no verb when the clause has one after it ('that the trade embargo imposed on Iraq the previous year … remained in place')", () => {
    const events = dated({
      a: essay(
        "On March 2, 1991, the Council passed Resolution 686. The United States subsequently sought to ensure that the trade embargo imposed on Iraq the previous year through Resolution 661 remained in place.",
      ),
    });
    // "the previous year" is when the embargo was imposed, not when it was kept in place.
    expect(events).toContain("1990 The trade embargo was imposed on Iraq through Resolution 661.");
    expect(events.some((e) => /remained in place/.test(e))).toBe(false);
  });
});

describe("a clause of reason whose subject has an infinitive", () => {
  it("is a clause, so the date in the head clause's subject dates it ('The conquest of Pungo Andongo in 1671 was …, as attempts to invade Kongo in 1670 and Matamba in 1681 failed')", () => {
    const events = dated({
      a: essay(
        "The conquest of Pungo Andongo in 1671 was the last major Portuguese expansion from Luanda, as attempts to invade Kongo in 1670 and Matamba in 1681 failed. Reynaud created the Praxinoscope in 1877 and the Théâtre Optique in December 1888.",
      ),
    });
    expect(events).toContain(
      "1671 The conquest of Pungo Andongo was the last major Portuguese expansion from Luanda.",
    );
    // The two dates of the attempts pair with their items, and date no one event.
    expect(events.some((e) => /^1681 /.test(e))).toBe(false);
    // Two items of a gapped clause, each with its date, are two events as before.
    expect(events).toContain("1888-12 Reynaud created the Théâtre Optique.");
  });
});

describe("a weekday between an article and a noun", () => {
  it("says which kind of thing, not when, and stays in the text ('The Sunday trade ban', 'the Wednesday special')", () => {
    const events = dated({
      a: essay(
        "In 2019, the chain sold its stores because the Sunday trade ban hurt sales. On the Sunday before the vote in March 2019, the minister resigned.",
      ),
    });
    expect(events).toContain(
      "2019 The chain sold its stores because the Sunday trade ban hurt sales.",
    );
    // A part of the day or a preposition after it leaves the weekday a day.
    expect(events.some((e) => /Sunday before/.test(e))).toBe(false);
  });
});

describe("a participle phrase set off by commas after the subject", () => {
  it("dates the participle, not the clause, when the verb after it has one form for base and past ('The Sunday trade ban, introduced in 2018, also hurt sales')", () => {
    const events = dated({
      a: essay(
        "The Sunday trade ban, introduced in 2018, also hurt sales. The new rules, adopted in 2017, cut costs by half.",
      ),
    });
    expect(events).toContain("2018 The Sunday trade ban was introduced.");
    expect(events).toContain("2017 The new rules were adopted.");
    expect(events.some((e) => /hurt sales|cut costs/.test(e))).toBe(false);
  });
});

describe("a year that is spent", () => {
  it("is a year, kept in the text as the verb's object, and gives the 'when' clause after it its year ('He spent 1860 in Kentucky until December 21, when he sailed for California')", () => {
    const events = dated({
      a: essay(
        "He spent 1860 in Kentucky until December 21, when he sailed for California to take command of the Department of the Pacific. The firm spent 1500 dollars on a car.",
      ),
    });
    expect(events).toContain("1860 He spent 1860 in Kentucky.");
    expect(events).toContain(
      "1860-12-21 He sailed for California to take command of the Department of the Pacific.",
    );
    expect(events.some((e) => /dollars/.test(e))).toBe(false);
  });
});

describe("a participle after 'and' carrying on one before it", () => {
  it("tells its own event with its own date ('earning him his diploma in 1960 and winning First Prize at the festival in 1961')", () => {
    const events = dated({
      a: essay(
        "Tarkovsky made the film in 1959. This became Tarkovsky's graduation project, earning him his diploma in 1960 and winning First Prize at the New York Student Film Festival in 1961.",
      ),
    });
    expect(events).toContain("1960 This earned him his diploma.");
    expect(events).toContain("1961 This won First Prize at the New York Student Film Festival.");
  });
});

describe("a date on what something is made ready for", () => {
  it("dates that, still to come, not the clause ('declared Atlantis and Magellan ready for launch on April 28')", () => {
    const events = dated({
      a: essay(
        "Managers held the Flight Readiness Review on April 13-14, 1989, and declared Atlantis and Magellan ready for launch on April 28. An approved version was sent to the states for ratification in late 1777.",
      ),
    });
    expect(events.some((e) => /^1989-04-28 /.test(e))).toBe(false);
    // A "for" phrase after another verb leaves the date the clause's.
    expect(events).toContain(
      "1777 late An approved version was sent to the states for ratification.",
    );
  });
});

describe("a participle right after 'X of the Y'", () => {
  it("may be about either noun, and tells nothing ('a reflight of the German-built deployable satellite flown on STS-7 in June 1983')", () => {
    const events = dated({
      a: essay(
        "In 1984, the mission included a reflight of the German-built deployable satellite flown on STS-7 in June 1983. The U.S. treaty with Tripoli concluded in 1805 included a ransom.",
      ),
    });
    expect(events.some((e) => /reflight .* was flown|satellite was flown/.test(e))).toBe(false);
    // A name after the preposition is no second noun phrase of the kind.
    expect(events).toContain("1805 The U.S. treaty with Tripoli was concluded.");
  });
});

describe("a time of day with no date of its own", () => {
  it("is on the day of the event just told ('On the morning of September 11, 1973, … At 9:10 a.m., Allende made his final broadcast')", () => {
    const events = dated({
      a: essay(
        "On the morning of September 11, 1973, the military launched another coup against the Allende government. At 9:10 a.m., Allende made his final broadcast from the presidential palace.",
      ),
    });
    expect(events).toContain(
      "1973-09-11 Allende made his final broadcast from the presidential palace.",
    );
  });

  it("is no date beside one it is written with ('at 7:10 a.m. EST on Feb. 3')", () => {
    const events = dated({
      a: essay(
        "Discovery was stacked on Jan. 4, 1994. Liftoff occurred on schedule at 7:10 a.m. EST on Feb. 3.",
      ),
    });
    // (A guard: the date written with it dates the clause, as before.)
    expect(events).toContain("1994-02-03 Liftoff occurred on schedule at 7:10 a.m. EST.");
  });
});

describe("a participle on a clause whose subject is 'there'", () => {
  it("tells nothing: 'there' only holds the subject's place ('There were several reasons why … in revitalizing contact … in the mid-19th century')", () => {
    const events = dated({
      a: essay(
        "There were several reasons why the United States became interested in revitalizing contact between Japan and the West in the mid-19th century.",
      ),
    });
    expect(events.some((e) => /There revitalized/.test(e))).toBe(false);
  });
});

describe("a participle phrase opened by a quantifier after a comma", () => {
  it("dates the phrase, not the clause ('For the other four, all selected as astronauts in 1978, STS-41C represented their first trip into space')", () => {
    const events = dated({
      a: essay(
        "For the other four, all selected as astronauts in 1978, STS-41C represented their first trip into space.",
      ),
    });
    expect(events.some((e) => /^1978 /.test(e))).toBe(false);
  });
});

describe("an absolute phrase of naming after the clause's comma", () => {
  it("keeps its date and its words out of the clause ('…as the STS-13 crew, the mission renamed STS-41C in September 1983')", () => {
    const events = dated({
      a: essay(
        "In February 1983, NASA announced Crippen, Scobee, Hart, Van Hoften, and Nelson as the STS-13 crew, the mission renamed STS-41C in September 1983.",
      ),
    });
    expect(events).toContain(
      "1983-02 NASA announced Crippen, Scobee, Hart, Van Hoften, and Nelson as the STS-13 crew.",
    );
  });
});

describe("an -ed form with its agent inside an opening prepositional phrase", () => {
  it("is a participle on the noun before it, and its date is its own ('In an effort to solve the Entscheidungsproblem defined precisely by Hilbert in 1928, mathematicians first set about …')", () => {
    const events = dated({
      a: essay(
        'In an effort to solve the Entscheidungsproblem defined precisely by Hilbert in 1928, mathematicians first set about to define what was meant by an "effective method". On October 24, 1970, the Chilean Congress voted to elect Allende president by a large margin.',
      ),
    });
    expect(events).toContain("1928 The Entscheidungsproblem was defined precisely by Hilbert.");
    expect(events.some((e) => /^1928 .*mathematicians/.test(e))).toBe(false);
    // (After the phrase's comma, with no agent after it, the verb is the clause's.)
    expect(events).toContain(
      "1970-10-24 The Chilean Congress voted to elect Allende president by a large margin.",
    );
  });
});

describe("a span over several years as the narrative's latest date", () => {
  it("does not disagree with a year inside it that the title gives ('… throughout the 1960s and 1970s.' under 'The India-Pakistan War of 1965', then 'on September 20')", () => {
    const events = dated({
      a: "The India-Pakistan War of 1965\n\nThe United States also provided India with development assistance throughout the 1960s and 1970s.\n\nThe Security Council passed Resolution 211 on September 20.\n",
    });
    expect(events).toContain("1965-09-20 The Security Council passed Resolution 211.");
    // A span that leaves the title's year out still disagrees with it: no date.
    const outside = dated({
      b: "The India-Pakistan War of 1965\n\nThe United States provided India with assistance from 1950 to 1955.\n\nThe Security Council passed Resolution 211 on September 20.\n",
    });
    expect(outside.some((e) => /Resolution 211/.test(e))).toBe(false);
  });
});

describe("a participle on a noun with a negation between", () => {
  it("keeps its date and its 'not' to itself ('oil prices also dropped to lows not reached since February')", () => {
    const events = dated({
      a: essay("In 2010, oil prices also dropped to lows not reached since February."),
    });
    expect(events).toContain("2010 Oil prices also dropped to lows.");
    expect(events.some((e) => /^2010-02 /.test(e))).toBe(false);
  });
});

describe("a verb group that says something was foreseen", () => {
  it("dates what was foreseen, which may not have come ('The state of emergency was expected to end on December 15, but on December 14 it was extended')", () => {
    const events = dated({
      a: essay(
        "The state of emergency was expected to end on December 15, 2019, but on December 14 it was extended by two weeks. Work on a constitution is expected to begin in 2005.",
      ),
    });
    expect(events.some((e) => /expected/.test(e))).toBe(false);
    expect(events).toContain("2019-12-14 The state of emergency was extended by two weeks.");
  });
});

describe("a predicate after 'and' with a date set off before its verb", () => {
  it("is its own event, told without the date's commas ('He broke with Portugal and on September 7, 1822, declared Brazilian independence', '…, and on April 12, 1990, sent a delegation')", () => {
    const events = dated({
      a: essay(
        "Pedro broke with Portugal and on September 7, 1822, declared Brazilian independence on the banks of the Ipiranga River. The Bush administration tried to maintain relations with Iraq, and on April 12, 1990, sent a delegation of American senators to meet with Hussein.",
      ),
    });
    expect(events).toContain(
      "1822-09-07 Pedro declared Brazilian independence on the banks of the Ipiranga River.",
    );
    expect(events).toContain(
      "1990-04-12 The Bush administration sent a delegation of American senators to meet with Hussein.",
    );
  });
});

describe("a date cut out after a subordinator or a designation letter (batch 62)", () => {
  it("takes its comma with it, and a capital 'A' after a name is no article ('Fate intervened when on Sept. 27, the … Unit failed'; 'to Pad A three days later')", () => {
    const events = dated({
      a: essay(
        "Atlantis rolled back to the Vehicle Assembly Building on Oct. 20, 2008. Endeavour rolled around from Pad B to Pad A three days later. Fate intervened when on Sept. 27, 2008, the data handling unit aboard Hubble failed.",
      ),
    });
    expect(events).toContain("2008-10-23 Endeavour rolled around from Pad B to Pad A.");
    expect(events).toContain(
      "2008-09-27 Fate intervened when the data handling unit aboard Hubble failed.",
    );
  });
});

describe("a participle right after the object of an infinitive on a noun (batch 62)", () => {
  it("may be about the object or the noun, and tells nothing ('an agreement to outlaw war signed on August 27, 1928')", () => {
    const events = dated({
      a: essay(
        "The Kellogg-Briand Pact was an agreement to outlaw war signed on August 27, 1928. Britain agreed to reduce the high tariffs set in 1930.",
      ),
    });
    expect(events.some((e) => /War was signed/.test(e))).toBe(false);
    // An infinitive on a verb leaves one noun for the participle.
    expect(events).toContain("1930 The high tariffs were set.");
  });
});

describe("a year on a noun inside the complement's own 'of' phrase", () => {
  it("names that noun, not what the complement is ('… retorted that the arrest of Spaniards … were violations of the treaty of 1795')", () => {
    const events = dated({
      a: essay(
        "In 1839, the Spanish minister retorted that the arrest of Spaniards and the holding of their property were violations of the treaty of 1795 between Spain and the United States.",
      ),
    });
    expect(events.some((e) => /^1795 /.test(e))).toBe(false);
  });
});

describe("a clause that ends on a word ending in 'a'", () => {
  it("has lost no noun ('… as part of Nueva Andalucía', where a pattern's word boundary falls after the 'í')", () => {
    const events = dated({
      a: essay(
        "In 1508, the Spanish Crown appointed Alonso de Ojeda as its first Governor of Aruba, as part of Nueva Andalucía.",
      ),
    });
    expect(events).toContain(
      "1508 The Spanish Crown appointed Alonso de Ojeda as its first Governor of Aruba, as part of Nueva Andalucía.",
    );
  });
});

describe("a phrase set off by commas right after a coordinating conjunction", () => {
  it("opens the coordinated clause, which is an event of its own ('… in Bahrain and, in 1933, they managed …')", () => {
    const events = dated({
      a: essay(
        "In 1928, Socal secured a concession to search for oil in Bahrain and, in 1933, it gained another concession from the Saudi Government. The crisis was over but the quarantine continued until the Soviets agreed to remove their bombers from Cuba and, on November 20, 1962, the United States ended its quarantine.",
      ),
    });
    expect(events).toContain("1928 Socal secured a concession to search for oil in Bahrain.");
    expect(events).toContain("1962-11-20 The United States ended its quarantine.");
  });

  it("is left out of the first clause's event, however many verbs it holds ('but, lacking the navy squadron that strengthened Perry's position, it took Harris far longer')", () => {
    const events = dated({
      a: essay(
        "Townsend Harris arrived in Shimoda in 1856, but, lacking the navy squadron that strengthened Perry’s bargaining position, it took Harris far longer to convince the Japanese to sign a treaty. Companies cut worker wages in 1931, and, as prices fell, workers protested in bitter strikes.",
      ),
    });
    expect(events).toContain("1856 Townsend Harris arrived in Shimoda.");
    expect(events).toContain("1931 Companies cut worker wages.");
  });
});

describe("the year a year-less date takes (batch 63, the Milestones essay on Lebanon)", () => {
  it("comes from a full date opening an earlier sentence, even when no clause of it is read", () => {
    const events = dated({
      a: essay(
        "In April 1981, the air force attacked Syrian forces in Lebanon. The ceasefire merely postponed a larger crisis. In London on June 3, 1982, the talks a failure. The Israel Defense Forces invaded Lebanon on June 6. The Palestinian withdrawal did not begin until August 21.",
      ),
    });
    expect(events).toContain("1982-06-06 The Israel Defense Forces invaded Lebanon.");
    expect(events).toContain("1982-08-21 The Palestinian withdrawal began.");
  });

  it("reads an irregular past after a plural subject as its verb ('Palestinian assailants shot Shlomo Argov', 'the Syrians shot down two planes')", () => {
    const events = dated({
      a: essay(
        "In London on June 3, 1982, Palestinian assailants shot Shlomo Argov, Israel’s ambassador to the United Kingdom. On December 4, 1983, the Syrians shot down two U.S. planes.",
      ),
    });
    expect(events).toContain(
      "1982-06-03 In London, Palestinian assailants shot Shlomo Argov, Israel’s ambassador to the United Kingdom.",
    );
    expect(events).toContain("1983-12-04 The Syrians shot down two U.S. planes.");
  });
});

describe("what a negated clause's predicate holds (batch 63)", () => {
  it("tells no event of a gerund inside it, nor of one opened by 'without' ('did not join their French counterparts in attacking a barrack that November')", () => {
    const events = dated({
      a: essay(
        "On October 23, 1983, suicide bombers attacked the barracks. U.S. forces did not join their French counterparts in attacking an Iranian barrack in the Biqa‘ that November. In 1990 the army left without destroying the bridge in May.",
      ),
    });
    expect(events.some((e) => /attacked an Iranian barrack/.test(e))).toBe(false);
    expect(events.some((e) => /destroyed the bridge/.test(e))).toBe(false);
  });

  it("starts no event with the closing mark of a quotation before it ('… “must be dealt justice,” U.S. forces attacked …')", () => {
    const events = dated({
      a: essay(
        'Though Reagan proclaimed that the perpetrators “must be dealt justice,” U.S. forces attacked an Iranian barrack on 3 May 1990. Though he said they "must pay," the Marines left Beirut on 7 May 1990.',
      ),
    });
    expect(events).toContain("1990-05-03 U.S. forces attacked an Iranian barrack.");
    expect(events).toContain("1990-05-07 The Marines left Beirut.");
  });
});

describe("a particle and a gerund subject (batch 63)", () => {
  it("keeps 'back' with the verb it belongs to ('The IDF pulled back on September 3'), not with a time ('developed back in 2003')", () => {
    const events = dated({
      a: essay(
        "The IDF pulled back on September 3, 1983. The first version of the robot was developed back in 2003.",
      ),
    });
    expect(events).toContain("1983-09-03 The IDF pulled back.");
    expect(events).toContain("2003 The first version of the robot was developed.");
  });

  it("reads an -ing form opening a clause before its past tense as the subject ('…, and fighting erupted between …')", () => {
    const events = dated({
      a: essay(
        "The IDF pulled back on September 3, 1983, and fighting erupted between Maronite Lebanese Forces and pro-Syrian militias led by Walid Jumblatt’s Popular Socialist Party.",
      ),
    });
    expect(events).toContain("1983-09-03 The IDF pulled back.");
  });

  it("reads a participle with its agent inside a coordinated clause's subject as the subject's ('and Union forces commanded by Grant captured Richmond')", () => {
    const events = dated({
      a: essay(
        "Sherman took Atlanta on 2 September 1864, and Union forces commanded by Grant captured Richmond in April 1865.",
      ),
    });
    expect(events).toContain("1865-04 Union forces commanded by Grant captured Richmond.");
  });
});

describe("a base form after a singular noun and 'and' (batch 63)", () => {
  it("is the infinitive of the verb before, not a new clause ('helped Israel and Lebanon negotiate an agreement that … and provided a basis …')", () => {
    const events = dated({
      a: essay(
        "In April–May 1983, Secretary of State George Shultz helped Israel and Lebanon negotiate an agreement that ended the hostilities between the two countries and provided a basis for normal relations.",
      ),
    });
    expect(events.some((e) => /helped Israel and provided/.test(e))).toBe(false);
    expect(events).toContain(
      "1983-04 Secretary of State George Shultz helped Israel and Lebanon negotiate an agreement that ended the hostilities between the two countries and provided a basis for normal relations.",
    );
  });
});

describe("'from 1980 onward' (batch 63)", () => {
  it("begins a state, as 'since 1980' does: told with its date, and named for 'that same year'", () => {
    const { events } = eventsOf({
      a: essay(
        "In 1964, an earthquake hit Anchorage. Royalty revenues from oil have funded large state budgets from 1980 onward. That same year, Alaska repealed its state income tax.",
      ),
    });
    const told = events.map((e) => `${e.date.start} ${e.text}`);
    expect(told).toContain(
      "1980 Royalty revenues from oil have funded large state budgets from 1980 onward.",
    );
    expect(told).toContain("1980 Alaska repealed its state income tax.");
  });
});

describe("an -ed form after 'the' and a numbered name (batch 63)", () => {
  it("modifies the noun after it ('during the Apollo 11 powered descent and landing was re-synchronised')", () => {
    const events = dated({
      a: essay(
        "In July 2010, air-to-ground voice recordings and film footage shot in Mission Control during the Apollo 11 powered descent and landing was re-synchronised and released for the first time.",
      ),
    });
    expect(events).toContain(
      "2010-07 Air-to-ground voice recordings and film footage shot in Mission Control during the Apollo 11 powered descent and landing was re-synchronised and released for the first time.",
    );
  });
});

describe("tags a sentence's verb needs (batch 63's rules on the fresh corpus)", () => {
  it("reads an adjective after 'a' before a verb as the noun, and a name's irregular past as its verb ('A general named Wang Geon overthrew the kingdom …')", () => {
    const { tokens } = readSentence(
      "A general named Wang Geon overthrew the kingdom in 935 and established the Goryeo dynasty.",
      nodeNlp(),
    );
    expect(tokens.map((t) => t.pos).slice(0, 6)).toEqual([
      "DET",
      "NOUN",
      "VERB",
      "PROPN",
      "PROPN",
      "VERB",
    ]);
    // (Not before a noun the -ed form modifies too.)
    const events = dated({
      a: essay(
        "Following a disastrous attempted invasion of Russia, Napoléon abdicated his throne in 1814.",
      ),
    });
    expect(events).toContain(
      "1814 Following a disastrous attempted invasion of Russia, Napoléon abdicated his throne.",
    );
  });

  it("leaves out what 'the same year' is compared with along with it ('In the same year as Columbus’s voyage, Spain …')", () => {
    const events = dated({
      a: essay(
        "In 1492, Columbus sailed west. In the same year as Columbus’s momentous voyage, Spain defeated the last Muslim stronghold on the Iberian Peninsula.",
      ),
    });
    expect(events).toContain(
      "1492 Spain defeated the last Muslim stronghold on the Iberian Peninsula.",
    );
  });
});

describe("the 'and' that 'between' asks for (batch 64)", () => {
  it("joins two nouns, so a participle set off after them is theirs ('… the treaty between the United States and the Republic of China, originally signed in December 1954')", () => {
    const events = dated({
      a: essay(
        "The United States declared its intention to abrogate the Mutual Defense Treaty between the United States and the Republic of China, originally signed in December 1954.",
      ),
    });
    expect(events.some((e) => /^1954-12 The United States declared/.test(e))).toBe(false);
    expect(events).toContain(
      "1954-12 The Mutual Defense Treaty between the United States and the Republic of China was signed.",
    );
  });
});

describe("a year naming an event that is the subject of a verb of consequence (batch 64)", () => {
  it("dates that event, not what it led to ('The 1979 Soviet invasion of Afghanistan increased Sino-American military cooperation')", () => {
    const events = dated({
      a: essay(
        "The 1979 Soviet invasion of Afghanistan increased Sino-American military cooperation. The 1968 discovery of oil at Prudhoe Bay led to an oil boom. The 1906 earthquake destroyed much of San Francisco.",
      ),
    });
    expect(events.some((e) => /increased Sino-American/.test(e))).toBe(false);
    expect(events.some((e) => /led to an oil boom/.test(e))).toBe(false);
    expect(events).toContain("1979 The Soviet invasion of Afghanistan took place.");
    // A deed of the event itself is of its year.
    expect(events).toContain("1906 The earthquake destroyed much of San Francisco.");
  });
});

describe("a counted time before or after, set off right before a date (batch 64)", () => {
  it("goes with the date ('Nearly a year beforehand, in January 1941, Herrmann had relocated …')", () => {
    const events = dated({
      a: essay(
        "The Langley staff arrived in Cleveland in December 1941. Nearly a year beforehand, in January 1941, Langley construction engineer Charles Herrmann had relocated to Cleveland.",
      ),
    });
    expect(events).toContain(
      "1941-01 Langley construction engineer Charles Herrmann relocated to Cleveland.",
    );
  });
});

describe("a gapped clause whose remnant opens with a preposition (batch 64)", () => {
  it("stands for the phrase of that preposition, with its own date ('used WMDs against Iranian forces … in the 1980s, and against the Kurds in northern Iraq in 1988—a time when …')", () => {
    const events = dated({
      a: essay(
        "Saddam Hussein had in fact used WMDs against Iranian forces during his war with Iran in the 1980s, and against the Kurds in northern Iraq in 1988—a time when the United States actively supported the Iraqi dictator.",
      ),
    });
    expect(events).toContain(
      "1988 Saddam Hussein had in fact used WMDs against the Kurds in northern Iraq.",
    );
    expect(events.some((e) => /had in fact, and/.test(e))).toBe(false);
  });

  it("reads 'had in fact used' as one verb group, the phrase between an adverb", () => {
    const { parse, tokens } = readSentence(
      "By then the army had in fact used gas against the rebels.",
      nodeNlp(),
    );
    const main = parse.units.find((u) => u.kind === "main");
    expect(main?.verb && tokens[main.verb.head]?.text).toBe("used");
  });
});

describe("noun phrases set off after a side clause's last noun, to the sentence's end (batch 64)", () => {
  it("belong to that clause ('…, although he received fewer popular votes than his Democratic opponent, Bill Clinton’s vice president, Al Gore.')", () => {
    const events = dated({
      a: essay(
        // (As the textbook writes it, "the declared the winner".)
        "George W. Bush was the declared the winner of the 2000 presidential election with a majority in the Electoral College of 271 votes to 266, although he received approximately 540,000 fewer popular votes than his Democratic opponent, Bill Clinton’s vice president, Al Gore.",
      ),
    });
    expect(events).toContain(
      "2000 George W. Bush was the declared the winner of the presidential election with a majority in the Electoral College of 271 votes to 266.",
    );
  });
});

describe("'that' or 'which' after a place's name in a phrase of place on a noun (batch 65)", () => {
  it("is about the noun with its place ('the military in Angola that succeeded FAPLA', 'talks in Warsaw, which began in 1955')", () => {
    const events = dated({
      a: essay(
        "The Angolan Armed Forces are the military in Angola that succeeded the Armed Forces for the Liberation of Angola in 1991. The two sides met in ambassadorial talks in Warsaw, which began in 1955.",
      ),
    });
    expect(events).toContain(
      "1991 The military in Angola succeeded the Armed Forces for the Liberation of Angola.",
    );
    expect(events.some((e) => /^1991 Angola succeeded/.test(e))).toBe(false);
  });
});

describe("a year after 'the' and a one-word name (batch 65)", () => {
  it("stays in the text, since the name says which only with it ('during the Panic of 1873'), unlike 'the Bandung Conference of 1955'", () => {
    const events = dated({
      a: essay(
        "Philadelphia tailor Uriah Stephens grew the KOL from a small presence during the Panic of 1873 to an organization of national importance by 1878.",
      ),
    });
    expect(events).toContain(
      "1878 by Philadelphia tailor Uriah Stephens grew the KOL from a small presence during the Panic of 1873 to an organization of national importance.",
    );
  });
});

describe("a full date set straight before a noun (batch 66)", () => {
  it("says which ones, no time of the clause, and sets no year for the dates after it ('an Israeli withdrawal to June 4, 1967 borders')", () => {
    const events = dated({
      a: essay(
        "Talks resumed in January 1978. Egypt insisted on an Israeli withdrawal to June 4, 1967 borders in exchange for security arrangements. By July 30, Carter decided to call for a summit meeting. On August 8, the White House formally announced the meeting.",
      ),
    });
    expect(events.some((e) => /^1967/.test(e))).toBe(false);
    expect(events).toContain("1978-08-08 The White House formally announced the meeting.");
  });
});

describe("a list of names as the subject of a relative clause (batch 66)", () => {
  it("keeps its last item after 'and' ('where Benjamin Franklin, John Adams, and South Carolinian John Rutledge represented …')", () => {
    const events = dated({
      a: essay(
        "Sensing victory, General and Admiral Howe arranged a peace conference in September 1776, where Benjamin Franklin, John Adams, and South Carolinian John Rutledge represented the Continental Congress.",
      ),
    });
    expect(events).toContain(
      "1776-09 Sensing victory, General and Admiral Howe arranged a peace conference, where Benjamin Franklin, John Adams, and South Carolinian John Rutledge represented the Continental Congress.",
    );
  });
});

describe("an absolute 'with' phrase ending the sentence with a time of its own (batch 66)", () => {
  it("goes with that time ('…, with the second completed eight months later.')", () => {
    const events = dated({
      a: essay(
        "In 1947, Albania's first railway line was completed, with the second completed eight months later.",
      ),
    });
    expect(events).toContain("1947 Albania's first railway line was completed.");
  });
});

describe("'where' after a place, with no comma (batch 66)", () => {
  it("opens a clause whose verb is not the head clause's ('Washington moved on Trenton where the Hessians were encamped')", () => {
    const { parse, tokens } = readSentence(
      "On December 25, 1776, Washington moved on Trenton where the Hessians were encamped.",
      nodeNlp(),
    );
    const main = parse.units.find((u) => u.kind === "main");
    expect(main?.verb && tokens[main.verb.head]?.text).toBe("moved");
  });
});

/*
 * Batch 66, judged blind (the Milestones essay on Camp David): a participle phrase set off
 * before a linking verb, and the year written after a day range.
 */
describe("a participle phrase set off before 'was'", () => {
  it("tells what happened to the subject, and leaves the linking clause ('The Camp David Summit, held from September 5–17, 1978, was a pivotal moment')", () => {
    const events = dated({
      a: essay(
        "The Camp David Summit, held from September 5–17, 1978, was a pivotal moment both in the history of the Arab-Israeli dispute and U.S. diplomacy. On the evening of August 12–13, 1961, East German troops erected a barbed wire fence.",
      ),
    });
    expect(events).toContain("1978-09-05 The Camp David Summit was held.");
    expect(events.some((e) => /held, was/.test(e))).toBe(false);
    expect(events).toContain("1961-08-12 East German troops erected a barbed wire fence.");
  });

  it("finds the clause's verb after a date with its own commas ('The summit, held on September 17, 1978, would be …')", () => {
    const parse = readSentence(
      "The summit, held on September 17, 1978, would be a pivotal moment.",
      nodeNlp(),
    ).parse;
    const main = parse.units.find((u) => u.kind === "main");
    expect(main?.subject).not.toBeNull();
    expect(parse.units.some((u) => u.kind === "part")).toBe(true);
  });
});

describe("a modal with 'have'", () => {
  it("dates no event: 'would have been' did not happen, 'may have reached' only may have", () => {
    const doc = essay(
      [
        "His decision to capture that city siphoned off troops that would have been vital to the overall success of the campaign in 1777.",
        "Norse sailors may have reached Iceland in 870. The settlers founded Reykjavik in 874.",
      ].join("\n\n"),
    );
    const events = dated({ a: doc });
    expect(events.some((e) => /vital|Iceland/.test(e))).toBe(false);
    expect(events).toContain("0874 The settlers founded Reykjavik.");
    const reasons = eventsOf({ a: doc }).undated.map((u) => u.reason);
    expect(reasons).toContain("“870” dates what might have been, not an event");
  });
});

describe("an infinitive set off after a participle phrase on a noun", () => {
  it("completes the noun the phrase interrupts ('a strategy, successfully implemented in 1776, to take New York City')", () => {
    const events = dated({
      a: essay(
        "They devised a strategy, successfully implemented in 1776, to take New York City. The king signed a treaty with France, ratified in 1784, to end the war.",
      ),
    });
    expect(events).toContain("1776 A strategy to take New York City was implemented.");
    expect(events).toContain("1784 A treaty with France to end the war was ratified.");
  });
});

describe("'the same year' opening a sentence", () => {
  it("is the year last named, not the first date of the sentence before", () => {
    const events = dated({
      a: essay(
        "Spain took control of few coastal towns like Mers el Kebir in 1505; Oran in 1509; and Tlemcen, Mostaganem, and Ténès, in 1510. In the same year, a few merchants of Algiers ceded one of the rocky islets in their harbor to Spain.",
      ),
    });
    expect(events).toContain(
      "1510 A few merchants of Algiers ceded one of the rocky islets in their harbor to Spain.",
    );
    expect(events.some((e) => /^1505 A few merchants/.test(e))).toBe(false);
  });
});

describe("a subject that picks one out of a group told before, with a name set off after it", () => {
  it("reads a date after a noun's 'of' as part of the subject, before its apposition ('the class of 1978, U.S. Air Force pilot Frederick D. Gregory, made')", () => {
    const parse = readSentence(
      "The third Black member of the class of 1978, U.S. Air Force pilot Frederick D. Gregory, made his first flight in April 1985.",
      nodeNlp(),
    ).parse;
    const main = parse.units.find((u) => u.kind === "main");
    const words = (span: [number, number] | null | undefined) =>
      span == null
        ? ""
        : parse.tokens
            .slice(...span)
            .map((t) => t.text)
            .join(" ");
    expect(words(main?.subject)).toBe("The third Black member of the class of 1978");
    const appos = parse.units.find((u) => u.kind === "appos");
    expect(appos && words([appos.from, appos.to])).toBe(
      "U.S. Air Force pilot Frederick D. Gregory",
    );
  });

  it("tells the event with the name as its subject ('One of the three, Guion S. Bluford, became …'), not an example ('such as John Brown')", () => {
    const events = dated({
      a: essay(
        [
          "One of the three, Guion S. Bluford, became the first Black astronaut in space in 1983. The third Black member of the class of 1978, U.S. Air Force pilot Frederick D. Gregory, made his first flight into space in April 1985.",
          "In the 1850s, some of the most radical abolitionists, such as John Brown, had resorted to violence.",
        ].join("\n\n"),
      ),
    });
    expect(events).toContain("1983 Guion S. Bluford became the first Black astronaut in space.");
    expect(events).toContain(
      "1985-04 U.S. Air Force pilot Frederick D. Gregory made his first flight into space.",
    );
    expect(
      events.some((e) =>
        /^1850 Some of the most radical abolitionists, such as John Brown/.test(e),
      ),
    ).toBe(true);
  });
});

describe("a clause opened by 'when' with a phrase set off after it", () => {
  it("reads what a possessive opens as a noun ('their cause'), and the clause past the set-off phrase ('when, on the Thursday before Easter in 1812, a massive earthquake hit')", () => {
    const { tokens, parse } = readSentence(
      "The royalists received unexpected additional support for their cause when, on the Thursday before Easter in 1812, a massive earthquake hit Caracas, killing thousands.",
      nodeNlp(),
    );
    expect(tokens.find((t) => t.text === "cause")?.pos).toBe("NOUN");
    const when = parse.units.find((u) => u.kind === "sub");
    expect(when?.verb && tokens[when.verb.head]?.text).toBe("hit");
    // The question asks no "when, before Easter" left over from the clause.
    const events = dated({
      a: essay(
        "The royalists received unexpected additional support for their cause when, on the Thursday before Easter in 1812, a massive earthquake hit Caracas, killing thousands.",
      ),
    });
    expect(events.length).toBe(1);
  });

  it("keeps a gerund after a possessive a verb ('before its decommissioning in 1978' dates no tracking)", () => {
    const events = dated({
      a: essay(
        "The station tracked Pioneer 4 in 1959. It also tracked Mariner, Viking, and Voyager missions to the planets before its decommissioning in 1978.",
      ),
    });
    expect(events.some((e) => /^1978/.test(e))).toBe(false);
  });
});

describe("a fronted year framing several dates of its clause", () => {
  it("dates no one event ('In 2019, outbreaks were declared in the Philippines on February 6, Tonga on October 22, …')", () => {
    const doc = essay(
      "In 2019 in the Pacific region, outbreaks of measles were declared in parts of the Philippines first on February 6, Tonga on October 22, Fiji on November 7, and American Samoa on December 8. In 2020, Samoa ended its state of emergency.",
    );
    const events = dated({ a: doc });
    expect(events.some((e) => /outbreaks/.test(e))).toBe(false);
    expect(events).toContain("2020 Samoa ended its state of emergency.");
  });
});

describe("a phrase set off between the subject and its verb", () => {
  it("dates what it tells of the subject when it says more than its date ('The Juno spacecraft, in orbit around Jupiter since 2016, has returned …'); a bare date there is the clause's", () => {
    const events = dated({
      a: essay(
        "The Juno spacecraft, in orbit around Jupiter since 2016, has returned stunning images of Jupiter’s cloud patterns. Kennedy, in 1961, met Khrushchev in Vienna.",
      ),
    });
    expect(events.some((e) => /Juno/.test(e))).toBe(false);
    expect(events).toContain("1961 Kennedy met Khrushchev in Vienna.");
  });
});

describe("batch 68, judged blind", () => {
  it("tells a clause that dashes cut off from its main clause without its 'as' ('as Apollo 12 astronauts … neared Earth – …')", () => {
    const events = dated({
      a: essay(
        "In November 1969, as Apollo 12 astronauts Charles Conrad, Richard F. Gordon, and Alan L. Bean neared Earth on their return from the second lunar landing – during which they visited Surveyor 3 – orbital mechanics had a show in store for them.",
      ),
    });
    expect(events).toContain(
      "1969-11 Apollo 12 astronauts Charles Conrad, Richard F. Gordon, and Alan L. Bean neared Earth on their return from the second lunar landing.",
    );
  });

  it("keeps a whole sentence in brackets after a full stop out of the sentence before ('… fell to Omani forces. (Fort Jesus is now …)')", () => {
    const events = dated({
      a: essay(
        "In 1698, Fort Jesus, the Portuguese garrison at Mombasa, fell to Omani forces. (Fort Jesus is now a UNESCO World Heritage site.) Soon thereafter, Portugal lost its colonies.",
      ),
    });
    expect(events).toContain(
      "1698 Fort Jesus, the Portuguese garrison at Mombasa, fell to Omani forces.",
    );
  });

  it("reads an article, a word and an -ing participle after the clause's comma as an absolute phrase, whose date is its own ('the last resulting in his execution in 1851')", () => {
    const events = dated({
      a: essay(
        "López organized several failed expeditions to liberate Cuba from Spanish rule, the last resulting in his capture and execution in Havana in 1851. Walker invaded Nicaragua in 1855.",
      ),
    });
    expect(events.some((e) => /López organized/.test(e))).toBe(false);
    expect(events).toContain("1855 Walker invaded Nicaragua.");
  });
});

describe("a gerund ending the subject", () => {
  it("leaves the -ed form after it the clause's verb ('Years of fighting emptied Mughal coffers, and in 1705 Maratha armies gained …')", () => {
    const events = dated({
      a: essay(
        "Years of fighting emptied Mughal coffers, and in 1705 Maratha armies gained control of the Gujarat coast.",
      ),
    });
    expect(events).toEqual(["1705 Maratha armies gained control of the Gujarat coast."]);
  });
});

describe("batch 69", () => {
  it("takes 'sometime' with its date ('Sometime around 1200, they broke away …')", () => {
    const events = dated({
      a: essay(
        "Sometime around 1200, the Sosso broke away from Ghana and established a successor state.",
      ),
    });
    expect(events).toEqual([
      "1200 about The Sosso broke away from Ghana and established a successor state.",
    ]);
  });

  it("reads 'since' with a date right after it as a preposition, comma or none ('Since 2002, the AFC has 16 teams')", () => {
    const { parse } = readSentence("Since 2002, the AFC has 16 teams.", nodeNlp());
    expect(parse.units.some((u) => u.kind === "sub")).toBe(false);
    const events = dated({
      a: essay("Since 2002, the AFC has 16 teams, organized into four divisions."),
    });
    // (A state begun then keeps its "since" in the text, for "Since when …?".)
    expect(events).toContain(
      "2002 Since 2002, the AFC has 16 teams, organized into four divisions.",
    );
  });

  it("dates nothing by a date on the event that ends a measured span ('In the eight years between selection and launch on March 6, 2009, …'), but keeps a span of dates ('in the years between 1945 and 1950')", () => {
    const events = dated({
      a: essay(
        "In the eight years between selection and launch on March 6, 2009, the mission responded to a number of challenges. The U.S. perception of threats had changed so profoundly in the years between 1945 and 1950 that a re-armed Japan no longer alarmed U.S. officials.",
      ),
    });
    expect(events.some((e) => /mission responded/.test(e))).toBe(false);
    expect(events.some((e) => /^1945 .*perception of threats had changed/.test(e))).toBe(true);
  });
});

describe("batch 69, judged blind", () => {
  it("reads 'that' after a preposition as the pronoun, which opens no clause of its own ('a compromise similar to that Jamaican slaveholders made … in 1739')", () => {
    const events = dated({
      a: essay(
        "Jefferson suggested that the slaveowners should aim for a compromise similar to that Jamaican slaveholders made with communities of escaped slaves in 1739. France recognized Haitian independence in 1825.",
      ),
    });
    expect(events.some((e) => /Jamaican slaveholders made with/.test(e))).toBe(false);
    expect(events).toContain("1825 France recognized Haitian independence.");
  });

  it("dates nothing by a date before a past perfect with 'already' or 'recently' ('in the 1920s, however, had only recently become …'), but keeps one after the verb ('had already passed such a law in 1993')", () => {
    const events = dated({
      a: essay(
        "Southern California in the 1920s, however, had only recently become the center of the American film industry. Congress had already passed such a law in 1993.",
      ),
    });
    expect(events.some((e) => /Southern California/.test(e))).toBe(false);
    expect(events).toContain("1993 Congress had already passed such a law.");
  });
});
