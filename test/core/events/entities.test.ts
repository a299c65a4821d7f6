import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../src/core/events/entities.ts";

describe("extractEntities", () => {
  it("joins names across particles and drops titles", () => {
    expect(
      extractEntities(
        "On 17 July, Iranian negotiators reached an agreement with Hayat Tahrir al-Sham, with Turkey as a mediator, to evacuate people from Fu'ah and Kafriya.",
      ),
    ).toEqual(["Hayat Tahrir al-Sham", "Turkey", "Fu'ah", "Kafriya"]);
    expect(
      extractEntities(
        "Head of the Russian Center for Syrian Reconciliation Maj. Gen. Alexei Tsygankov said on Wednesday that over 7,000 civilians have been evacuated.",
      ),
    ).toEqual(["Russian Center for Syrian Reconciliation", "Alexei Tsygankov"]);
    // After a body's head noun and "of", a word that can be a title goes on with the name.
    expect(
      extractEntities(
        "The outlets cited sources within the United States Department of Defense and the Ministry of Foreign Affairs.",
      ),
    ).toEqual(["United States Department of Defense", "Ministry of Foreign Affairs"]);
    // A particle with its capital opening the sentence opens the name; "The" does not.
    expect(extractEntities("Van Halen was diagnosed with cancer in 2000.")).toEqual(["Van Halen"]);
    expect(extractEntities("The Hague court ruled on Monday.")).toEqual(["Hague"]);
    expect(extractEntities("Osama bin Laden met Charles de Gaulle.")).toEqual([
      "Osama bin Laden",
      "Charles de Gaulle",
    ]);
  });

  it("splits an office's body from its holder's name, and drops a one-word department", () => {
    expect(
      extractEntities(
        "General Secretary of the Communist Party Zhao Ziyang visited the square with Premier Deng Xiaoping.",
      ),
    ).toEqual(["Communist Party", "Zhao Ziyang", "Deng Xiaoping"]);
    expect(
      extractEntities(
        "Secretary of State John Foster Dulles met the President of the United States Dwight Eisenhower.",
      ),
    ).toEqual(["John Foster Dulles", "United States", "Dwight Eisenhower"]);
    expect(
      extractEntities("Johnston served as Secretary of War for the Republic of Texas until 1840."),
    ).toEqual(["Johnston", "Republic of Texas"]);
    // A single letter ending the sentence leaves it its full stop; "U.S." keeps its own.
    expect(extractEntities("In 1661, Gordon joined the army under Tsar Aleksei I.")).toEqual([
      "Gordon",
      "Aleksei I",
    ]);
    expect(extractEntities("The treaty was signed by the U.S.")).toEqual(["U.S."]);
    // A body's name that goes on with another body word is one name.
    expect(extractEntities("He became Chairman of the State Assembly Committee.")).toEqual([
      "State Assembly Committee",
    ]);
  });

  it("skips month and weekday names, demonym adjectives and a common word opening the sentence", () => {
    expect(
      extractEntities("Medical and food aid arrived to the towns on Monday in March.", new Set()),
    ).toEqual([]);
    expect(extractEntities("The Army of Conquest rebel alliance imposed a full siege.")).toEqual([
      "Army of Conquest",
    ]);
    expect(extractEntities("Damascus launched an offensive.", new Set(["Damascus"]))).toEqual([
      "Damascus",
    ]);
  });

  it("reads 'on' after a body's head noun as part of its name, but not before a date", () => {
    expect(
      extractEntities(
        "The United States Commission on Presidential Debates announced that the debate was cancelled.",
      ),
    ).toEqual(["United States Commission on Presidential Debates"]);
    expect(
      extractEntities("He was named a colonel in the Republic of Texas Army on August 5, 1836."),
    ).toEqual(["Republic of Texas Army"]);
  });

  it("drops the suffix of a hyphenated adjective built on a name", () => {
    expect(
      extractEntities("the government reached an agreement with Tahrir al-Sham-led rebels"),
    ).toEqual(["Tahrir al-Sham"]);
  });
});

describe("a number after a name (batch 58)", () => {
  it("is part of the name it numbers ('Apollo 11', 'Pioneer 4', 'High Bay 1'), not of a count after it", () => {
    const names = extractEntities(
      "Workers stacked the first stage on its Mobile Launcher in High Bay 1 of the Vehicle Assembly Building, while Pioneer 4 and Apollo 11 flew, and Syria sent 4 brigades.",
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "High Bay 1",
        "Vehicle Assembly Building",
        "Pioneer 4",
        "Apollo 11",
        "Syria",
      ]),
    );
    expect(names).not.toContain("Apollo");
    expect(names.some((n) => /Syria 4/.test(n))).toBe(false);
  });

  it("takes a number with a letter too ('Launch Pad 39B', batch 60: 'where did workers transport Magellan out 39B?')", () => {
    const names = extractEntities(
      "On March 17, they transported Magellan out to Launch Pad 39B, where it awaited Atlantis’ arrival.",
    );
    expect(names).toContain("Launch Pad 39B");
    expect(names).not.toContain("Launch Pad");
  });
});

describe("a conference's name (batch 61)", () => {
  it("goes on after 'on' and 'of' as a body's does ('the United Nations Conference on Trade and Employment', 'the Moscow Conference of Foreign Ministers')", () => {
    const names = extractEntities(
      "In 1947, the United Nations Conference on Trade and Employment met in Havana after the Moscow Conference of Foreign Ministers.",
    );
    expect(names).toContain("United Nations Conference on Trade and Employment");
    expect(names).toContain("Moscow Conference of Foreign Ministers");
    // (Two bodies joined by "and" stay two.)
    expect(
      extractEntities(
        "Scientists from the University of Washington and Center for Ecosystem Sentinels met.",
      ),
    ).not.toContain("University of Washington and Center for Ecosystem Sentinels");
  });
});

describe("a company's legal form after a comma (batch 62)", () => {
  it("is part of its name ('Kokoro Co., Ltd.'), never a name of its own", () => {
    const names = extractEntities(
      "The Intelligent Robotics Lab and Kokoro Co., Ltd. have demonstrated the Actroid at Expo 2005.",
    );
    expect(names).toContain("Kokoro Co., Ltd");
    expect(names).not.toContain("Ltd");
  });
});

describe("a name in the possessive before another name (batch 63)", () => {
  it("is the owner, a name of its own ('Walid Jumblatt’s Popular Socialist Party')", () => {
    expect(
      extractEntities("Militias were led by Walid Jumblatt’s Popular Socialist Party in 1983."),
    ).toEqual(expect.arrayContaining(["Walid Jumblatt", "Popular Socialist Party"]));
  });

  it("stays inside a name whose possessive is one of its words", () => {
    const names = extractEntities(
      "In 1864, Socialists founded the International Workingmen’s Association, and in 1776 Patriots won the Battle of Moore’s Creek Bridge.",
    );
    // (The possessive's ending is left out of every name, as "Jumblatt" above.)
    expect(names).toContain("International Workingmen Association");
    expect(names.some((n) => /^Battle of Moore/.test(n) && /Creek Bridge$/.test(n))).toBe(true);
  });
});

describe("a party member's label before a person's name (batch 64)", () => {
  it("is no part of the name ('Republican George W. Bush'), unlike names of bodies ('Republican Guard')", () => {
    expect(
      extractEntities(
        "In 2000, Republican George W. Bush defeated Democrat Al Gore, and the Republican National Committee thanked the Republican Guard.",
      ),
    ).toEqual(["George W. Bush", "Al Gore", "Republican National Committee", "Republican Guard"]);
  });
});
