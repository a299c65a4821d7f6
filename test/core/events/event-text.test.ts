import { describe, expect, it } from "vitest";
import { asSentence, removeDatePhrase } from "../../../src/core/events/event-text.ts";
import { eventsOf } from "./helpers.ts";

const without = (text: string, date: string) => {
  const from = text.indexOf(date);
  return asSentence(removeDatePhrase(text, { from, to: from + date.length }));
};

describe("event text", () => {
  it("splits clauses led by verbs ending in -ted, -red or -med, each with its own date", () => {
    const events = eventsOf({
      siege:
        "The Siege of Example\n\nRebel forces captured the town of Example on 4 March 2015, and started shelling the airport on 9 May 2015. The garrison surrendered in June 2015, while the militias formed a new council on 2 July 2015.\n",
    });
    expect(events.events.map((e) => `${e.date.start} ${e.text}`)).toEqual([
      "2015-03-04 Rebel forces captured the town of Example.",
      "2015-05-09 Rebel forces started shelling the airport.",
      "2015-06 The garrison surrendered.",
      "2015-07-02 The militias formed a new council.",
    ]);
  });

  it("drops a sentence adverb between the subject and its verb ('The communist partisans however defeated …'), not a concessive 'however much'", () => {
    const events = eventsOf({
      albania:
        "Albania\n\nIn 1944, the communist partisans however defeated the last Balli Kombëtar forces in southern Albania. In 1945, the four Allied powers therefore signed the London Agreement. In 1946, the government spent however much it had on roads.\n",
    }).events.map((e) => e.text);
    expect(events).toContain(
      "The communist partisans defeated the last Balli Kombëtar forces in southern Albania.",
    );
    expect(events).toContain("The four Allied powers signed the London Agreement.");
    expect(events.some((t) => /however much/.test(t))).toBe(true);
  });

  it("drops a phrase after the date that places the same time another way", () => {
    expect(
      without(
        "The Seneca Falls Convention was held in 1848, a few years before the Civil War.",
        "1848",
      ),
    ).toBe("The Seneca Falls Convention was held.");
    expect(
      without("The treaty was signed in 1648, two days after the battle, in Münster.", "1648"),
    ).toBe("The treaty was signed in Münster.");
    expect(
      without(
        "On 12 June 1776, a day after appointing a committee, Congress resolved to act.",
        "12 June 1776",
      ),
    ).toBe("Congress resolved to act.");
    // A clause after it keeps its comma; a comparison is no such phrase; nor is a date that is the subject.
    expect(
      without(
        "He returned to Portugal in 1821, six years after the war, when the Cortes demanded it.",
        "1821",
      ),
    ).toBe("He returned to Portugal, when the Cortes demanded it.");
    expect(
      without("The flu season started in December, a month earlier than usual.", "December"),
    ).toBe("The flu season started, a month earlier than usual.");
    expect(
      without(
        "September 16, 1811, the day of the Grito, is Mexico's Independence Day.",
        "September 16, 1811",
      ),
    ).not.toMatch(/^Is/);
  });

  it("drops a leading date phrase and capitalises what follows", () => {
    expect(
      without(
        "On 28 March 2015, after four days of fighting, rebels captured Idlib city and managed to besiege the towns.",
        "28 March 2015",
      ),
    ).toBe(
      "After four days of fighting, rebels captured Idlib city and managed to besiege the towns.",
    );
    expect(
      without(
        "Between 3 September and 5 September, government sources reported that the rebels shelled the enclave.",
        "3 September and 5 September",
      ),
    ).toBe("Government sources reported that the rebels shelled the enclave.");
  });

  it("drops an inner date phrase with its preposition", () => {
    expect(
      without(
        "Syrian regime forces recaptured Kafranbel in Idlib province on Tuesday, a war monitor said.",
        "Tuesday",
      ),
    ).toBe("Syrian regime forces recaptured Kafranbel in Idlib province, a war monitor said.");
    expect(
      without(
        "The Joint Investigation Mission confirmed on Oct. 27, 2017, that the regime had carried out the attack.",
        "Oct. 27, 2017",
      ),
    ).toBe("The Joint Investigation Mission confirmed that the regime had carried out the attack.");
    expect(
      without(
        "Before departing for Jordan on Friday afternoon, Mr Obama revealed the call.",
        "Friday",
      ),
    ).toBe("Before departing for Jordan, Mr Obama revealed the call.");
    expect(
      without(
        "He broke with Portugal and on September 7, 1822, declared Brazilian independence.",
        "September 7, 1822",
      ),
    ).toBe("He broke with Portugal and declared Brazilian independence.");
    // "last week" takes no preposition: the "in" before it is the verb's ("sworn in").
    expect(without("Pierluisi was sworn in last week after the resignation.", "last week")).toBe(
      "Pierluisi was sworn in after the resignation.",
    );
    // A possessive date determines its noun: "the" takes its place.
    expect(without("Turnout fell in last year's elections.", "last year's")).toBe(
      "Turnout fell in the elections.",
    );
  });

  it("takes both commas of a date set off between subject and verb, one after a fronted phrase", () => {
    expect(without("Kennedy, in 1961, met Khrushchev in Vienna.", "1961")).toBe(
      "Kennedy met Khrushchev in Vienna.",
    );
    expect(without("After the war, in 1946, he left for Paris.", "1946")).toBe(
      "After the war, he left for Paris.",
    );
    // (and a linking "However," goes with it: the event is told on its own).
    expect(without("However, in 1980, the party changed its stance.", "1980")).toBe(
      "The party changed its stance.",
    );
  });

  it("leaves a date it cannot remove cleanly", () => {
    const text = "One exception was the swine flu pandemic of 2009-2010, when 348 children died.";
    expect(without(text, "2009-2010")).toBe(text);
    const possessive =
      "Before Friday's announcement, it said it would consider keeping a tower open.";
    expect(without(possessive, "Friday")).toBe(possessive);
  });

  it("splits differently dated clauses that share a subject", () => {
    const events = eventsOf({
      jund: "Jund al-Aqsa\n\nJund al-Aqsa left the Army of Conquest in October 2015, rejoined al-Nusra in October 2016, left again in January 2017.\n",
    });
    expect(events.events.map((e) => `${e.date.start} ${e.text}`)).toEqual([
      "2015-10 Jund al-Aqsa left the Army of Conquest.",
      "2016-10 Jund al-Aqsa rejoined al-Nusra.",
      "2017-01 Jund al-Aqsa left again.",
    ]);
  });

  it("dates a told clause by its own date, not the telling by the told one", () => {
    const events = eventsOf({
      roth: "The Roth case\n\nEvana Roth told CNN in August 2012 she thought her husband devised the plan after he was fired from his job in July 2012.\n",
    });
    for (const e of events.events) {
      if (e.date.start === "2012-08") expect(e.text).toMatch(/^Evana Roth told CNN/);
      if (e.date.start === "2012-07") expect(e.text).not.toMatch(/told CNN/);
    }
  });
});

describe("a season before a date", () => {
  it("goes with the date, alone or joined to another ('in the summer and early fall of 1929')", () => {
    expect(
      without("The stock market began to decline in the summer and early fall of 1929.", "1929"),
    ).toBe("The stock market began to decline.");
    expect(
      without(
        "During the spring and early summer of 1978, the United States attempted to find common ground.",
        "1978",
      ),
    ).toBe("The United States attempted to find common ground.");
  });

  it("reads 'the fall of 1777' as the season, not as an event the year dates", () => {
    const texts = eventsOf({
      a: "Saratoga\n\nMeanwhile, the campaign had taken an unexpected turn during the fall of 1777. Robert Strauss was replaced in the fall of 1979 by Sol Linowitz.\n",
    }).events.map((e) => e.text);
    expect(texts).toEqual([
      "Meanwhile, the campaign had taken an unexpected turn.",
      "Robert Strauss was replaced by Sol Linowitz.",
    ]);
  });
});

describe("an adverb of the writer's feeling", () => {
  it("is left out, as what happened is the same without it ('Tragically, Lawrence lost his life …')", () => {
    const events = eventsOf({
      a: "NASA\n\nTragically, Lawrence lost his life in an aircraft accident in December 1967. Fortunately, the crew survived the crash in 1970.\n",
    });
    expect(events.events.map((e) => e.text)).toEqual([
      "Lawrence lost his life in an aircraft accident.",
      "The crew survived the crash.",
    ]);
  });
});

describe("a half of a time", () => {
  it("goes with its date from the text ('in the first half of 1918'), and stays as the subject ('the first half of the 20th century brought')", () => {
    expect(
      without(
        "The Central powers had been successful in the first half of 1918.",
        "in the first half of 1918",
      ),
    ).toBe("The Central powers had been successful.");
    expect(
      without(
        "The first half of the 20th century brought an era of strategic drug discovery.",
        "The first half of the 20th century",
      ),
    ).toBe("The first half of the 20th century brought an era of strategic drug discovery.");
  });
});
