import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildBank } from "../../../src/core/bank-build.ts";
import type { Question } from "../../../src/core/bank-schema.ts";
import type { Nlp } from "../../../src/core/nlp/tokens.ts";
import { formRules } from "../../../src/core/questions/form-rules.ts";
import { NLP } from "../../helpers/nlp.ts";

/*
 * The failures quoted in issue 15, each from a sentence of the kind that produced
 * it, in documents written the way teachers' uploads are. Every question built must
 * pass the gate's form rules, and none may read like the quoted failure.
 */

function bankOf(...paragraphs: string[]): { questions: Question[]; prompts: string[] } {
  const text = `A history handout\n\n${paragraphs.join("\n\n")}\n`;
  const { bank } = buildBank([{ name: "handout.txt", bytes: new TextEncoder().encode(text) }], NLP);
  return { questions: bank.questions, prompts: bank.questions.map((q) => q.prompt) };
}

/** What the cloze questions of a bank blank out. */
const clozeAnswers = (questions: readonly Question[]) =>
  questions.filter((q) => q.type === "cloze").map((q) => q.answer);

/** The prompts of the bank of one document of the dev corpus, as it is written. */
function devPrompts(name: string): string[] {
  const text = readFileSync(`test/fixtures/real/docs/${name}.txt`, "utf8");
  const { bank } = buildBank([{ name: `${name}.txt`, bytes: new TextEncoder().encode(text) }], NLP);
  return bank.questions.map((q) => q.prompt);
}

/** The bank of one document: its title line (and dateline), then paragraphs. */
function build(title: string, ...paragraphs: string[]) {
  const text = `${title}\n\n${paragraphs.join("\n\n")}\n`;
  return buildBank([{ name: "doc.txt", bytes: new TextEncoder().encode(text) }], NLP).bank;
}

const cold = bankOf(
  "When Kennedy ran for president in 1960, one of his key election issues was an alleged missile gap with the Soviets.",
  "In response to the failed Bay of Pigs Invasion in April 1961, Kennedy authorized Operation Mongoose in November 1961.",
  "Apollo 9 put the lunar module through its paces in Earth orbit in March 1969.",
  "Apollo 10 flew a dress rehearsal of the landing in May 1969.",
  "The Berlin Wall was built in the early hours of 13 August 1961.",
  "Germany was reunified on 3 October 1990, less than a year after the Berlin Wall fell.",
  "Cuba had not won a single concession by October 1962.",
  "The Soviet Union launched Sputnik 1 on 4 October 1957.",
  "NASA chose Neil Armstrong to command Apollo 11 in January 1969, and he said he was honoured.",
);

const quake = bankOf(
  "A 7.8 magnitude earthquake struck the coast of Ecuador on 16 April 2016, killing at least 140 people.",
  "The quake also left 1,500 people injured on 17 April 2016.",
  "It was rocked by aftershocks in May 2016.",
  "A temporary ceasefire was put in place in Zabadani on 12 August 2015.",
  "The temporary ceasefire in Zabadani collapsed in late August 2015.",
);

describe("batch 17's blind judgment: causes fixed", () => {
  it("writes no body's name for a place ('the legislature of Marriage Equality Coalition Taiwan')", () => {
    const bank = build(
      "Taiwan legalizes same-sex marriage\nSunday, May 19, 2019",
      "On Friday the legislature of Taiwan voted 66 to 27 to legalize same-sex marriage.",
      "Marriage Equality Coalition Taiwan welcomed the vote on Saturday.",
    );
    for (const q of bank.questions)
      expect(q.prompt).not.toMatch(/of Marriage Equality Coalition Taiwan/);
    expect(bank.questions.some((q) => /the legislature of Taiwan vote/.test(q.prompt))).toBe(true);
  });

  it("closes an apposition after the subject with its comma ('When did John Locke, a doctor …, publish')", () => {
    const { prompts } = bankOf(
      "John Locke, a doctor and educator who had lived in exile in Holland, published his Two Treatises of Government in 1690.",
      "The Toleration Act was passed in 1689.",
    );
    expect(prompts).toContain(
      "When did John Locke, a doctor and educator who had lived in exile in Holland, publish his Two Treatises of Government?",
    );
  });

  it("leaves honours out of a life's events ('Daniel Bernoulli FRS was born')", () => {
    const bank = build(
      "Daniel Bernoulli",
      "Daniel Bernoulli FRS (8 February 1700 – 17 March 1782) was a Swiss mathematician. In 1738, Daniel Bernoulli published Hydrodynamica.",
    );
    const texts = bank.events.map((e) => e.text);
    expect(texts).toContain("Daniel Bernoulli was born.");
    for (const t of texts) expect(t).not.toMatch(/FRS/);
    const hadid = build(
      "Zaha Hadid",
      "Dame Zaha Mohammad Hadid DBE RA (31 October 1950 – 31 March 2016) was an Iraqi-British architect. In 1972, Hadid moved to London.",
    ).events.map((e) => e.text);
    expect(hadid).toContain("Zaha Mohammad Hadid died.");
  });

  it("writes a biography's person in full where the text says only the first name ('Daniel')", () => {
    const bank = build(
      "Daniel Bernoulli",
      "Daniel Bernoulli (8 February 1700 – 17 March 1782) was a Swiss mathematician. His father Johann Bernoulli was a mathematician too. In 1724, Daniel went to Venice to study medicine. In 1733, Daniel returned to Basel.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /Daniel Bernoulli (?:go|return)/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/did Daniel (?:go|return)/);
  });

  it("offers no year two centuries off ('1721' for a 15th-century event) and asks nothing of 'the two nations'", () => {
    const bank = build(
      "Songhai and Portsmouth",
      "In 1464, Sunni Ali became king of Songhai. In 1468, Sunni Ali captured Timbuktu. In 1473, Sunni Ali took Djenné. In 1721, Daniel Bernoulli studied in Basel. In 1738, Daniel Bernoulli published Hydrodynamica.",
      "Japan and Russia went to war in 1904. Representatives of the two nations met in Portsmouth, New Hampshire in 1905.",
    );
    for (const q of bank.questions) {
      if (/Timbuktu|Djenné/.test(q.prompt))
        expect(JSON.stringify(q.choices ?? [])).not.toMatch(/17\d\d/);
      expect(q.prompt).not.toMatch(/the two nations/);
    }
  });
});

describe("the eighth session's dev sample", () => {
  it("offers no 'what happened' option that the answer's own sentence also tells ('concluded treaties with … Tripoli')", () => {
    const { questions } = bankOf(
      "In 1785, Dey Muhammad of Algiers declared war on the United States and captured several American ships.",
      "In 1795, the U.S. Government dispatched diplomats to North Africa and successfully concluded treaties with the states of Algiers, Tunis, and Tripoli.",
      "The U.S. treaty with Tripoli concluded in 1805 included a ransom for American prisoners.",
      "In 1801, the Pasha of Tripoli declared war on the United States.",
      "In 1812, the new Dey of Algiers, Hajji Ali, rejected the American tribute.",
      "In 1815, the U.S. Senate ratified Decatur's Algerian treaty.",
    );
    const asked = questions.filter((q) => q.type === "what-happened" && /1795/.test(q.prompt));
    expect(asked.length).toBe(1);
    for (const q of asked)
      expect(q.choices ?? []).not.toContain("The U.S. treaty with Tripoli was concluded.");
  });
});

describe("batch 16's blind judgments: causes fixed", () => {
  const events = (bank: { events: { date: { start: string }; text: string }[] }) =>
    bank.events.map((e) => `${e.date.start} ${e.text}`);

  it("reads 'a summit where on Sunday X and Y signed' as a clause about the summit, not a broken main clause", () => {
    const bank = build(
      "Trade area\nWednesday, July 10, 2019",
      "Leaders of African Union member states met in Niamey for an AU summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.",
      "The IMF said the agreement might be for the better on Monday.",
    );
    for (const e of events(bank))
      expect(e).not.toMatch(/where Presidents Muhammadu Buhari of Nigeria\.$/);
  });

  it("dates a report by its own date, not what it says by a date inside it", () => {
    const bank = build(
      "Kīlauea\nSunday, September 8, 2019",
      "On Thursday, the journal Science published a report, saying the eruption of the Kīlauea volcano last year has been followed by a dramatic increase in phytoplankton.",
      "The eruption destroyed 700 homes in 2018.",
    );
    const all = events(bank);
    expect(all).toContain("2019-09-05 The journal Science published a report.");
    for (const e of all) expect(e).not.toMatch(/^2018 The journal Science/);
  });

  it("does not date what a dated subject 'ultimately' led to by the subject's date", () => {
    const bank = build(
      "Mexican oil",
      "A strike by oil workers in 1937 ultimately led the Mexican Government to act. The adoption of the Constitution in 1789 gave the government the power to tax.",
    );
    const all = events(bank);
    for (const e of all) expect(e).not.toMatch(/^1937 A strike by oil workers/);
    expect(all.some((e) => /^1789 The adoption of the Constitution gave/.test(e))).toBe(true);
  });

  it("reads 'and, one year later, returned' as a predicate with its own date", () => {
    const bank = build(
      "Yuen Ren Chao",
      "Chao returned to China in 1920. Chao taught mathematics at Tsinghua University and, one year later, returned to the United States to teach at Harvard.",
    );
    const all = events(bank);
    expect(all).toContain("1921 Chao returned to the United States to teach at Harvard.");
    for (const e of all) expect(e).not.toMatch(/^1921 Chao taught/);
  });

  it("writes a surname in full from the one full name its document gives, though in a sentence with no date", () => {
    const bank = build(
      "Mexican oil",
      "Secretary of State Cordell Hull initially supported a strong stance against the expropriation. On March 26, 1938, Hull dispatched a note to the Mexicans. The United States Apollo program had nothing to do with it. On March 18, 1938, the Mexican Government expropriated the oil companies.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /Cordell Hull dispatch a note/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/State Cordell Hull|(?<!Cordell )Hull dispatch/);
  });

  it("tells a clause without what it concedes, unless the rest points into it", () => {
    const bank = build(
      "Chile",
      "Although Prats was key in stopping the coup in June 1973, he lost the support of much of the army in August 1973.",
      "Although Booth initially escaped capture, Union troops shot and killed him on April 26, 1865.",
    );
    const all = events(bank);
    expect(all).toContain("1973-08 Prats lost the support of much of the army.");
    expect(
      all.some((e) => /^1865-04-26 Although Booth initially escaped capture, Union troops/.test(e)),
    ).toBe(true);
  });
});

describe("batch 15's blind judgments: causes fixed", () => {
  const texts = (bank: { questions: Question[] }) =>
    bank.questions.map(
      (q) => `${q.prompt} ${JSON.stringify(q.answer)} ${JSON.stringify(q.choices ?? [])}`,
    );
  const quake = build(
    "Aftershocks in the Philippines\nSaturday, October 19, 2019",
    "On Saturday, aftershocks of a powerful earthquake with reported magnitude 6.3 that struck southern Philippines on Wednesday night have increased the death toll from five people to six.",
    "Over 2,000 residents have been relocated to other villages since Wednesday. 76 villages were affected according to the NDRRMC report on Saturday.",
    "In response, many schools were closed on Thursday and after, with the provincial government suspending classes. On Saturday, reports said Wednesday's quake affected three regions.",
    "The deadline for the reports currently stands at October 31, 2019.",
  );

  it("opens a sentence at a number after a full stop ('since Wednesday. 76 villages')", () => {
    const quotes = [
      ...quake.events.flatMap((e) => e.sources.map((s) => s.quote)),
      ...quake.undated.map((u) => u.quote),
    ];
    expect(quotes.some((q) => /^76 villages were affected/.test(q))).toBe(true);
    for (const q of quotes) expect(q).not.toMatch(/Wednesday\. 76/);
  });

  it("reads '-ed' between a preposition and a noun as an adjective ('with reported magnitude 6.3')", () => {
    for (const t of texts(quake)) expect(t).not.toMatch(/magnitude 6\.3 (?:reported|that strike)/);
    expect(quake.events.some((e) => /have increased the death toll/.test(e.text))).toBe(true);
    const tags = (NLP.nlp as Nlp).tag("The rebels fought with captured weapons of limited use.");
    expect(tags.filter((t) => /^(?:captured|limited)$/.test(t.text)).map((t) => t.pos)).toEqual([
      "ADJ",
      "ADJ",
    ]);
  });

  it("takes 'and after' with its date, keeps a date in the possessive, and dates no present state", () => {
    const events = quake.events.map((e) => e.text);
    for (const t of events) expect(t).not.toMatch(/closed and after|said 's|currently stands/);
    expect(events).toContain("Reports said Wednesday's quake affected three regions.");
    // "In response," answers an earlier sentence: the event is kept, but asked of nothing.
    for (const q of quake.questions) expect(q.prompt).not.toMatch(/in response/i);
  });

  const korea = build(
    "Early Korea",
    "Goguryeo in the north and Baekje and Silla in the south formed in this period. In 550, the southern two allied against Goguryeo. In 612, when the Sui attacked with 300,000 soldiers, only 2,700 were reported to have survived.",
    "The Korean government had been hostile to U.S. entreaties since an unsuccessful U.S. attempt to forcibly establish a commercial footing in 1871. The voyage laid the groundwork for the 1883 Korean treaty which was signed on May 22, 1883 after Shufeldt had been promoted.",
    "Commodore Robert Shufeldt commanded the U.S.S. Ticonderoga in 1878. The Ticonderoga left the United States on December 7, 1878, and arrived in Liberia on January 15, 1879. Rounding the Cape of Good Hope, Shufeldt sailed up the coast of Africa, and then headed to the island of Anjouan, where he negotiated a treaty with its ruler, Sultan Abdallah, on October 4, 1879.",
  );

  it("asks nothing of a subject that is a number without its noun ('the southern two', 'only 2,700')", () => {
    for (const t of texts(korea)) expect(t).not.toMatch(/southern two|only _____|only 2,700 were/i);
  });

  it("dates neither a state by what began it nor a voyage by the treaty of its relative clause", () => {
    const all = texts(korea);
    for (const t of all)
      expect(t).not.toMatch(/hostile to U\.S\. entreaties since|sail up the coast/);
    for (const t of all) expect(t).not.toMatch(/(?<!the 1883 )Korean treaty was signed/);
    expect(korea.events.map((e) => e.text)).toContain(
      "The 1883 Korean treaty was signed after Shufeldt had been promoted.",
    );
  });

  it("reads 'the competition overall' as a description the sentence must say", () => {
    const bank = build(
      "Robot Olympics\nFriday, July 21, 2017",
      "In 2017, the European team won the competition overall, with the silver medal going to Poland and the bronze to Armenia. The Afghan team was denied visas until last week.",
    );
    for (const t of texts(bank)) expect(t).not.toMatch(/won the competition overall/);
  });

  it("reads a paragraph's opening 'She' in a biography as its person, and '532 CE' as a year", () => {
    const bank = build(
      "Ichiyō Higuchi",
      "Ichiyō Higuchi (May 2, 1872 – November 23, 1896) was a Japanese author. In 1892 Higuchi decided to become a novelist to support her family.",
      "She moved to a poor neighborhood of Tokyo in 1893.",
      "The confederacy of Gaya remained weak, and in 532 CE was absorbed by the kingdom of Silla.",
    );
    const events = bank.events.map((e) => `${e.date.start} ${e.text}`);
    expect(events).toContain("1893 Ichiyō Higuchi moved to a poor neighborhood of Tokyo.");
    expect(events.some((e) => /^0532 .*was absorbed by the kingdom of Silla\.$/.test(e))).toBe(
      true,
    );
    for (const e of events) expect(e).not.toMatch(/\bCE\b/);
  });

  it("reads 'Higuchi, her mother and her sister' as one subject, and a date after 'according to' as the report's", () => {
    const bank = build(
      "Ichiyō Higuchi",
      "Ichiyō Higuchi (May 2, 1872 – November 23, 1896) was a Japanese author. In 1893, Higuchi, her mother and her sister abandoned their middle class house.",
      "When the Japanese invaded the Philippines beginning in December 1941, the limited U.S. and Filipino forces put up stiff resistance.",
      "76 villages were affected according to the NDRRMC report on 19 October 2019.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts).toContain(
      "When did Higuchi, her mother and her sister abandon their middle class house?",
    );
    for (const p of prompts) expect(p).not.toMatch(/house Higuchi|did, the|villages affected/);
    expect(bank.events.some((e) => /76 villages/.test(e.text))).toBe(false);
  });

  it("asks 'who' of no ship ('the U.S.S. Ticonderoga')", () => {
    for (const q of korea.questions)
      if (q.type === "who") expect(JSON.stringify(q.answer)).not.toMatch(/Ticonderoga/);
  });

  it("asks 'who had …' of a past perfect ('By 1965, who had come to acknowledge …')", () => {
    const bank = build(
      "Charles J. Fillmore",
      "Charles J. Fillmore was born in St. Paul, Minnesota in 1929. By 1965, Charles J. Fillmore had come to acknowledge that semantics plays a crucial role in grammar. In 1971, Charles J. Fillmore joined Berkeley's Department of Linguistics.",
    );
    const who = bank.questions.filter((q) => q.type === "who").map((q) => q.prompt);
    for (const p of who) expect(p).not.toMatch(/who come to/);
    expect(who.some((p) => /who had come to acknowledge/.test(p))).toBe(true);
  });

  it("keeps gapping to a clause's own dates ('after Empress Jingū in 1881 and Murasaki Shikibu in 2000')", () => {
    const bank = build(
      "Ichiyō Higuchi",
      "Higuchi's likeness adorns the 5000 yen banknote as of fall 2004, becoming the third woman on a Japanese banknote, after Empress Jingū in 1881 and Murasaki Shikibu in 2000.",
      "India accepted the ceasefire on September 21, 1965 and Pakistan on September 22, 1965.",
    );
    const events = bank.events.map((e) => e.text);
    for (const t of events) expect(t).not.toMatch(/^Murasaki Shikibu adorns/);
    expect(events).toContain("Pakistan accepted the ceasefire.");
  });
});

describe("batch 14's blind judgments: causes fixed", () => {
  const gordon = bankOf(
    "Gordon was brought up and remained a lifelong Roman Catholic. At fifteen he entered the Jesuit college at Braunsberg, East Prussia, in 1650, but he soon decided to return home. He changed his mind, however, and after journeying on foot in several parts of what is today Germany, in 1655 he enlisted at Hamburg into the military service of Sweden.",
    "In 1661, after further experiences as a soldier of fortune, he joined the Russian army under Tsar Aleksei I, and in 1665 was sent on a special mission to England.",
  );
  const all = (b: { questions: Question[] }) =>
    b.questions.map(
      (q) => `${q.prompt} ${JSON.stringify(q.answer)} ${JSON.stringify(q.choices ?? [])}`,
    );

  it("keeps 'today' in 'what is today Germany', which dates nothing", () => {
    const texts = all(gordon);
    expect(texts.some((t) => /what is today Germany/.test(t))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/what is Germany/);
  });

  it("reads a 'he' whose sentence's earlier 'he' stands for the previous sentence's person", () => {
    expect(gordon.prompts).toContain(
      "When did Gordon enlist at Hamburg into the military service of Sweden?",
    );
  });

  it("lower-cases a common adjective opening a sentence before a demonym ('stiff Mexican resistance')", () => {
    const { prompts } = bankOf(
      "Stiff Mexican resistance caused Napoleon III to order French withdrawal in 1867.",
      "Egyptian President Gamal Abdel Nasser nationalised the Suez Canal in 1956.",
    );
    expect(prompts.some((p) => /stiff Mexican resistance/.test(p))).toBe(true);
    expect(prompts.some((p) => /Egyptian President Gamal Abdel Nasser/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/Stiff/);
  });

  it("tells Mexico City from Mexico, and blanks a name that holds another one whole", () => {
    const { questions } = bankOf(
      "Mexico became embroiled in a civil war in 1857.",
      "Liberal forces captured Mexico City in January 1861.",
      "Maximilian arrived in Mexico in 1864.",
    );
    for (const q of questions) {
      if (q.type === "where") expect(q.prompt).not.toMatch(/which city/);
      if (JSON.stringify(q.answer) === '"Mexico"')
        expect(q.accepted ?? []).not.toContain("Mexico City");
    }
    expect(questions.some((q) => q.type === "cloze" && q.answer === "Mexico City")).toBe(true);
  });

  it("makes no event of 'which' after a title and name, nor of a participle after an infinitive's unnamed object", () => {
    const { bank } = buildBank(
      [
        {
          name: "news.txt",
          bytes: new TextEncoder().encode(
            "Erdogan speaks\n\nErdogan attacked the proclamation of the Golan Heights as Israeli territory by the President of the United States Donald Trump, which was made on 25 March 2019. The UN attempted to address the crisis with the United Nations Operation in Somalia (UNOSOM) to provide humanitarian assistance, created by the Security Council via Resolution 751 in April 1992. Kelley was the first general secretary of the National Consumers League, which was founded in 1899 by Jane Addams. The diplomats met in Ghent to negotiate the Treaty of Ghent, signed in December 1814.\n",
          ),
        },
      ],
      NLP,
    );
    const texts = bank.events.map((e) => e.text);
    for (const t of texts) expect(t).not.toMatch(/Donald Trump was made|assistance was created/);
    expect(texts).toContain("The National Consumers League was founded by Jane Addams.");
    expect(texts).toContain("The Treaty of Ghent was signed.");
  });

  it("asks no date question whose clause, cut from what explained it, no longer stands alone ('When did the demonstrations begin?')", () => {
    const { prompts } = bankOf(
      "On April 15, 1989, the demonstrations began, when Chinese students gathered in Beijing’s Tiananmen Square to mourn the death of Hu Yaobang.",
      "On June 4, 1989, the Chinese leadership imposed martial law in Beijing.",
    );
    for (const p of prompts) expect(p).not.toMatch(/did the demonstrations begin/);
    expect(prompts).toContain("When did the Chinese leadership impose martial law in Beijing?");
  });

  it("writes a surname in full only with a name its own document gives", () => {
    const { bank } = buildBank(
      [
        {
          name: "uk.txt",
          bytes: new TextEncoder().encode(
            "Parliament suspended\n\nBoris Johnson was born in New York in 1964. Prime Minister Boris Johnson asked the Queen to suspend Parliament in August 2019. Johnson said the suspension was routine on 28 August 2019.\n",
          ),
        },
        {
          name: "reconstruction.txt",
          bytes: new TextEncoder().encode(
            "Reconstruction\n\nBy 1866, Johnson announced the end of Reconstruction. Congress overrode his veto in 1867.\n",
          ),
        },
      ],
      NLP,
    );
    const texts = all(bank);
    expect(texts.some((t) => /Johnson announce/.test(t))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/Boris Johnson announce|Boris Johnson_/);
  });
});

describe("batch 13's blind judgments: causes fixed", () => {
  it("asks about 'the term sociology' as written, never writing in a title whose head is another word", () => {
    const text =
      "The History of Sociology\n\nThe term sociology was first coined in 1780 by the French essayist Emmanuel-Joseph Sieyès in an unpublished manuscript. The term was reintroduced by Auguste Comte in 1838.\n";
    const { bank } = buildBank(
      [{ name: "history.txt", bytes: new TextEncoder().encode(text) }],
      NLP,
    );
    const all = bank.questions.map((q) => `${q.prompt} ${JSON.stringify(q.choices ?? [])}`);
    expect(all.some((t) => /the term sociology/.test(t))).toBe(true);
    for (const t of all) expect(t).not.toMatch(/The History of Sociology|The term was/);
  });
});

describe("the holdout's blind judgment of the seventh session", () => {
  it("keeps a score whole in a prompt and never blanks half of it ('When did Tunisia lose 1?')", () => {
    const { questions, prompts } = bankOf(
      "In 2018, Sweden defeated South Korea 1 – 0; Belgium defeated Panama 3 – 0; and Tunisia lost 1 – 2 to England.",
    );
    expect(prompts).toContain("When did Tunisia lose 1 – 2 to England?");
    for (const p of prompts) expect(p).not.toMatch(/(?:lose|defeat \w+(?: \w+)?) \d\?|\d – _____/);
    expect(questions.length).toBeGreaterThan(0);
  });
});

describe("a blank the rest of the sentence does not point to", () => {
  it("asks no cloze whose sentence, blank and date aside, says one word ('In 1759, _____ was born.')", () => {
    const { prompts } = bankOf(
      "Mary Wollstonecraft was born in 1759.",
      "The Treaty of Ghent was signed in December 1814.",
      "In 1792, Mary Wollstonecraft published A Vindication of the Rights of Woman in London.",
    );
    for (const p of prompts) expect(p).not.toMatch(/_____ was born|the _____ was signed/);
    expect(prompts.some((p) => p.startsWith("Fill in the blank") && /Vindication/.test(p))).toBe(
      true,
    );
  });
});

describe("who-options of the answer's time", () => {
  it("offers no person the documents only show a lifetime away ('In 1834, who captured Peshawar?' without Abdul Aziz of 1715)", () => {
    const text = readFileSync(
      new URL("../../fixtures/real/docs/wiki_afghanistan_history.txt", import.meta.url),
    );
    const { bank } = buildBank([{ name: "wiki_afghanistan_history.txt", bytes: text }], NLP);
    const who = bank.questions.filter((q) => q.type === "who" && /In 1834,/.test(q.prompt));
    expect(who.length).toBeGreaterThan(0);
    for (const q of who) expect(q.choices ?? []).not.toContain("Abdul Aziz");
  });
});

describe("batch 12's blind judgments: causes fixed", () => {
  it("asks about a subject whose first word the tagger took for a verb ('The trailblazing Seneca Falls Convention')", () => {
    const { prompts } = bankOf(
      "The trailblazing Seneca Falls Convention for women's rights was held in 1848, a few years before the Civil War.",
    );
    expect(prompts).toContain(
      "When was the trailblazing Seneca Falls Convention for women's rights held?",
    );
    for (const p of prompts) expect(p).not.toMatch(/held the trailblazing|Civil War/);
  });

  it("asks with the base form of a prefixed verb the lemmatizer does not know ('reemerged', 're-entered')", () => {
    const { prompts } = bankOf(
      "In September 1859, Norton reemerged in public.",
      "In 1862, Norton re-entered politics.",
    );
    expect(prompts).toContain("When did Norton reemerge in public?");
    expect(prompts).toContain("When did Norton re-enter politics?");
  });

  it("does not read 'he' as a thing a name owns ('Norton's public prominence faded. He reemerged')", () => {
    const { questions } = bankOf(
      "Norton's public prominence faded. He reemerged in September 1859, laying claim to the position of Emperor.",
    );
    for (const q of questions)
      expect(`${q.prompt} ${JSON.stringify(q.answer)}`).not.toMatch(/prominence reemerge/);
  });

  it("asks nothing on what 'we' or 'I' did, the speaker unnamed, but keeps 'Selim I' and quoted words", () => {
    const { questions } = bankOf(
      "On 27 May 2006 we switched over to a new site which has a demo of the VM (virtual microscope) I invite you to check it out.",
      "Stardust was launched in 1999.",
      "In 1517, the Ottoman sultan Selim I conquered Cairo.",
    );
    const all = questions.map(
      (q) => `${q.prompt} ${JSON.stringify(q.answer)} ${JSON.stringify(q.choices ?? [])}`,
    );
    for (const text of all) expect(text).not.toMatch(/\b[Ww]e switched/);
    expect(all.some((t) => /Selim I conquer/.test(t))).toBe(true);
  });

  it("leaves out a comparison with someone unnamed ('the less radical Lucy Stone'), or asks nothing on it", () => {
    const { prompts } = bankOf(
      "The less radical Lucy Stone formed the American Woman Suffrage Association in 1869.",
      "In 1870 Anthony joined the more radical wing of the movement.",
    );
    expect(prompts).toContain("When did Lucy Stone form the American Woman Suffrage Association?");
    for (const p of prompts) expect(p).not.toMatch(/less radical|more radical/);
  });

  it("fails a prompt whose straight quotation mark is not closed ('also known as \"Wild 2)')", () => {
    const q = {
      id: "q_test",
      type: "date-typed",
      prompt: 'When did Stardust collect samples from comet 81P/Wild (also known as "Wild 2)?',
      answer: "2004",
      source: { quote: "Stardust collected samples." },
    } as unknown as Question;
    expect(formRules(q)).toContain("a quotation mark is not closed");
    expect(formRules({ ...q, prompt: 'When did Norton proclaim himself "Norton I"?' })).toEqual([]);
  });

  it("asks what Norton did, not San Francisco ('Norton was a citizen of San Francisco, California, who …')", () => {
    const { questions } = bankOf(
      'Joshua Abraham Norton, known as Emperor Norton, was a citizen of San Francisco, California, who in 1859 proclaimed himself "Norton I, Emperor of the United States".',
    );
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.prompt).not.toMatch(/San Francisco proclaim|"Norton I\?/);
      expect(q.answer).not.toBe("San Francisco");
    }
  });
});

describe("issue 15: the quoted failures do not come back", () => {
  it("builds every prompt so it passes the gate's form rules", () => {
    for (const q of [...cold.questions, ...quake.questions]) expect(formRules(q)).toEqual([]);
  });

  it("never asks 'When did when …' nor starts a question inside a fronted clause", () => {
    for (const p of [...cold.prompts, ...quake.prompts]) {
      expect(p).not.toMatch(/\b(?:did|was|were) (?:when|in response to|until)\b/i);
      expect(p).not.toMatch(/,\s*[?.]|\.\.|,\s*,/);
    }
  });

  it("gives one date phrase at most: the date the question is about", () => {
    for (const p of cold.prompts) {
      expect(p).not.toMatch(/In May 1969, in March 1969/);
      expect(p).not.toMatch(/13 August 1961, in the early hours of 13 August 1961/);
    }
  });

  it("keeps a name's capital inside a question", () => {
    const germany = cold.prompts.filter((p) => /reunified/.test(p));
    expect(germany.length).toBeGreaterThan(0);
    for (const p of germany) {
      expect(p).toMatch(/Germany/);
      expect(p).not.toMatch(/germany/);
    }
    expect(cold.prompts).toContain("When was Germany reunified?");
  });

  it("asks nothing about a negated clause as if it happened", () => {
    for (const p of cold.prompts) expect(p).not.toMatch(/\bwho until\b|not won a single/);
  });

  it("keeps the hedge of 'at least 140', said once: in the answer, or before the blank", () => {
    const killed = quake.questions.filter((q) => q.type === "numeric" && /kill/.test(q.prompt));
    expect(killed.length).toBeGreaterThan(0);
    for (const q of killed) {
      const shown = /at least _____/.test(q.prompt);
      expect(String(q.answer)).toBe(shown ? "140" : "at least 140");
      // "140" alone is not what the source says: never listed as a right answer beside "at least 140".
      if (!shown) expect(q.accepted ?? []).not.toContain("140");
    }
  });

  it("asks nothing about a sentence that stands on a pronoun", () => {
    for (const p of quake.prompts) expect(p).not.toMatch(/\bit was rocked\b|aftershocks/i);
  });

  it("asks about the collapse on the collapse's date, not about the ceasefire being put in place", () => {
    const late = quake.questions.filter(
      (q) => q.date?.start.startsWith("2015-08") && q.date.qualifier === "late",
    );
    expect(late.length).toBeGreaterThan(0);
    for (const q of late) expect(q.prompt).toMatch(/collapse/);
  });

  it("offers people or groups for who, places for where, never an operation or a time zone", () => {
    for (const q of cold.questions.filter((x) => x.type === "who" || x.type === "where")) {
      for (const c of q.choices ?? []) expect(c).not.toMatch(/Operation|UTC|Invasion|Apollo/);
    }
  });
});

describe("a weekday inside a name", () => {
  it("keeps 'Super Tuesday' whole in a prompt", () => {
    const { questions } = bankOf(
      'On 3 March 2020, fourteen states voted in an event known as "Super Tuesday" in the context of US presidential elections.',
    );
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.prompt).not.toMatch(/"Super"/);
  });
});

describe("capitals inside a question", () => {
  const { prompts } = bankOf(
    "The war began in 1965. Hostilities intensified that August when the Pakistani Army attacked.",
    "Mobs in Baltimore attacked Union troops on 19 April 1861.",
    "Senator John McCain entered the memos into the Congressional Record in November 2004.",
    "The senator was re-elected in 2010.",
  );

  it("lowers a common noun that only opened the sentence ('did Hostilities', 'did Mobs')", () => {
    expect(prompts.some((p) => /did mobs in Baltimore attack Union troops\?/.test(p))).toBe(true);
    expect(prompts.some((p) => /did (?:Hostilities|Mobs)/.test(p))).toBe(false);
  });

  it("lowers an adjective that only opened the sentence, not a demonym in a list", () => {
    const { prompts } = bankOf(
      "Persistent attempts by the Europeans to convert the Japanese led Japan to expel most foreigners in 1639.",
      "Portuguese, Spanish, and Dutch traders traded with Japan from 1550 to 1639.",
    );
    expect(prompts.some((p) => /, persistent attempts/.test(p))).toBe(true);
    expect(prompts.some((p) => /, Persistent/.test(p))).toBe(false);
    expect(prompts.some((p) => /portuguese/.test(p))).toBe(false);
  });

  it("keeps the capital of a title before a name ('Senator John McCain')", () => {
    const mccain = prompts.filter((p) => /McCain/.test(p));
    expect(mccain.length).toBeGreaterThan(0);
    for (const p of mccain) expect(p).not.toMatch(/senator John/);
  });
});

describe("a coordinated passive", () => {
  it("is left out of a 'did' question, which takes no 'be' ('When did Mirwais die …?', not '… and be succeeded by'), nor 'and succeed by'", () => {
    const { prompts } = bankOf(
      "Mirwais died of a natural cause in 1715 and was succeeded by his brother Abdul Aziz.",
      "In October 1772, Durrani died of a natural cause and was buried in Kandahar.",
    );
    expect(prompts).toContain("When did Mirwais die of a natural cause?");
    expect(prompts).toContain("When did Durrani die of a natural cause?");
    expect(prompts.some((p) => /\band be\b|and succeed by/.test(p))).toBe(false);
  });
});

describe("verb groups", () => {
  it("reads 'had offers' as 'had' and a noun: no auxiliary takes an -s form", () => {
    const { prompts } = bankOf(
      "Albert Einstein had offers from several European universities in 1932.",
    );
    expect(prompts.some((p) => /offer from|who offers/.test(p))).toBe(false);
  });
});

describe("cloze blanks that test recall, not wording", () => {
  const { questions } = bankOf(
    "In 1812, the new Dey of Algiers, Hajji Ali, rejected the American tribute and declared war on the United States.",
    "On 19 April 1861, mobs in Baltimore attacked Union troops.",
    "On December 5 and 6, 2019, the government of Samoa shut down public services for a vaccination drive.",
    "On 19 August 1856, Gen. Persifor Smith, at the request of Kansas Territorial Governor Wilson Shannon, sent Col. Johnston with 1300 men composed of the 2d Cavalry Dragoons from Fort Riley, a battalion of the 6th Infantry and a company of artillery to Lawrence.",
  );
  const clozes = questions.filter((q) => q.type === "cloze").map((q) => q.prompt);

  it("does not blank a name that only modifies the noun after it ('the _____ tribute', '_____ troops')", () => {
    expect(clozes.some((p) => /_____ (?:tribute|troops)/.test(p))).toBe(false);
    // (Nor "war on the _____" there: "the American tribute" gives the United States away.)
    expect(clozes.some((p) => /Dey of Algiers, _____,/.test(p))).toBe(true);
  });

  it("does not blank the day of a date range", () => {
    expect(clozes.some((p) => /_____ (?:to|and) 6 December/.test(p))).toBe(false);
  });

  it("makes no cloze of an event named only by its noun ('In 1729, the _____ took place.')", () => {
    const { prompts } = bankOf(
      "The Afghan dynasty was ousted from Persia by Nader Shah after the 1729 Battle of Damghan.",
      "Nader Shah captured Kandahar in 1738.",
    );
    expect(prompts.some((p) => /Battle of Damghan|Damghan/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/_____[^”]*took place/);
  });
  it("makes no cloze of a sentence too long to hold in mind", () => {
    expect(clozes.some((p) => /Persifor Smith/.test(p))).toBe(false);
  });

  it("makes no cloze of a text that kept its own date ('In May 1990, _____ followed in May.')", () => {
    const { questions } = bankOf(
      "In 1990, Slovenia declared sovereignty in April. Croatia followed in May, and in August, Bosnia-Herzegovina also declared itself sovereign.",
      "In June 1991, Croatia declared independence.",
      "In 1992, the United States recognized Croatia.",
    );
    expect(
      questions.some((q) => q.type === "cloze" && /declared independence/.test(q.prompt)),
    ).toBe(true);
    for (const q of questions.filter((x) => x.type === "cloze"))
      expect(q.prompt).not.toMatch(/in May\.”$/);
  });
  it("does not blank before a bare apostrophe, after 'its', nor a name's other form in brackets", () => {
    const { questions } = bankOf(
      "In early September 1781, French naval forces defeated the British fleet, cutting off Cornwallis' escape.",
      "On 4 July 1776, the Continental Congress issued its Declaration.",
      "In 1814, Arthur Schopenhauer began his work The World as Will and Representation (Die Welt als Wille und Vorstellung).",
    );
    const blanks = clozeAnswers(questions);
    expect(blanks).not.toContain("Cornwallis");
    expect(blanks).not.toContain("Declaration");
    expect(blanks).not.toContain("Vorstellung");
  });
  it("does not blank the state or country that only locates the place before it ('Yorktown, _____')", () => {
    const { questions } = bankOf(
      "In 1781, the British army surrendered at Yorktown, Virginia.",
      "On 26 July 1898, the French ambassador in Washington, Jules Cambon, approached the McKinley Administration.",
    );
    const blanks = clozeAnswers(questions);
    expect(blanks).not.toContain("Virginia");
    expect(blanks).toContain("Yorktown");
    expect(blanks).toContain("Jules Cambon");
  });

  it("does not blank what the document's title names ('Cuba' in 'The Cuban Missile Crisis')", () => {
    const text =
      "The Cuban Missile Crisis, October 1962\n\nOn October 27, 1962, a U.S. U-2 reconnaissance jet was shot down over Cuba.\n\nOn October 28, 1962, Khrushchev issued a statement that Soviet missiles would be removed from Cuba.\n";
    const { bank } = buildBank(
      [{ name: "crisis.txt", bytes: new TextEncoder().encode(text) }],
      NLP,
    );
    const blanks = clozeAnswers(bank.questions);
    expect(blanks).not.toContain("Cuba");
    expect(blanks).toContain("Khrushchev");
  });
});

describe("numeric answers", () => {
  it("gives the number alone when the prompt keeps its hedge ('over _____ men')", () => {
    const { questions } = bankOf(
      "Cornwallis surrendered his entire army of over 7,000 men on October 19, 1781.",
    );
    const numeric = questions.filter((q) => q.type === "numeric");
    expect(numeric.length).toBeGreaterThan(0);
    for (const q of numeric) {
      if (/over _____/.test(q.prompt)) expect(q.answer).toBe("7,000");
      else expect(q.answer).toBe("over 7,000");
    }
  });

  it("blanks a number the clause cannot ask about in its sentence, with no fragment before it", () => {
    const { questions } = bankOf(
      "Cornwallis surrendered his entire army of over 7,000 men on October 19, 1781.",
    );
    const blanked = questions.filter((q) => q.type === "numeric" && /_____/.test(q.prompt));
    expect(blanked.length).toBeGreaterThan(0);
    for (const q of blanked) expect(q.prompt).toMatch(/^Fill in the number: “/);
  });

  it("asks no 'how many' of an amount of money", () => {
    const { questions } = bankOf(
      "In December 2008, GM and Chrysler received US$17.4 billion government loans.",
    );
    expect(questions.some((q) => q.type === "numeric")).toBe(false);
  });
});

describe("a subject that opens with an adverb, a place with a bracket after it", () => {
  const { prompts } = bankOf(
    "In the 1830s, the Far Eastern squadron of the U.S. Navy sent several missions from its regional base in Guangzhou (Canton), China.",
  );

  it("keeps 'the Far Eastern squadron' whole as the subject", () => {
    expect(prompts).toContain(
      "When did the Far Eastern squadron of the U.S. Navy send several missions from its regional base in Guangzhou (Canton), China?",
    );
    expect(prompts.some((p) => /the Far\?/.test(p))).toBe(false);
  });

  it("does not ask 'where' of a place whose other name stays in the prompt", () => {
    expect(prompts.some((p) => /^In the 1830s, where/.test(p))).toBe(false);
  });
});

describe("which came first", () => {
  it("does not pair two events of one subject, ordered by their own logic (launch, landing)", () => {
    const { questions } = bankOf(
      "The launch of Apollo 8 took place on 21 December 1968.",
      "The landing of Apollo 8 took place on 27 December 1968.",
      "NASA announced the Apollo 9 crew on 2 January 1969.",
    );
    const pairs = questions.filter((q) => q.type === "which-first");
    expect(pairs.length).toBeGreaterThan(0);
    for (const q of pairs) {
      const both = (q.choices ?? []).join(" | ");
      expect(/launch of Apollo 8/.test(both) && /landing of Apollo 8/.test(both)).toBe(false);
    }
  });
});

describe("a clause bounded by 'until'", () => {
  it("is not asked 'when' once the bound is cut from it", () => {
    const { prompts } = bankOf(
      "The final draft of the Articles served as the de facto system of government used by the Congress until it became de jure by final ratification on March 1, 1781.",
    );
    expect(prompts.some((p) => /Articles serve\?/.test(p))).toBe(false);
  });
});

describe("a saying", () => {
  it("asks nothing of 'X said' when what was said is outside the clause", () => {
    const { prompts } = bankOf(
      "Six children in Texas died of flu in late March 2013, said Dr. Michael Jhung on 22 March 2013.",
    );
    expect(prompts.some((p) => /\bsay\b/.test(p))).toBe(false);
    expect(prompts).toContain("When did six children in Texas die of flu?");
  });
});

describe("what is only to happen", () => {
  it("is neither asked 'when did' nor offered as what happened", () => {
    const { questions } = bankOf(
      "George Lowe joined the Everest expedition in 1953.",
      "Lowe moved to Derbyshire in 1998.",
      "Lowe met Dr Lewis-Jones in 2007.",
      "A book of memoirs by Mr Lowe is due to be published in April 2013.",
    );
    for (const q of questions) {
      expect(q.prompt).not.toMatch(/did a book .* publish/);
      for (const c of q.choices ?? []) expect(c).not.toMatch(/is due to/);
    }
    expect(questions.some((q) => q.type === "which-first" || q.type === "what-happened")).toBe(
      true,
    );
  });
});

describe("an -ed adjective after a degree adverb", () => {
  it("is not the clause's verb ('the most rarefied ranks … had begun')", () => {
    const { prompts } = bankOf(
      "Ms. Ayotte's induction into the most rarefied ranks of the United States Senate had begun in January 2011.",
    );
    expect(prompts.some((p) => /rarefy/.test(p))).toBe(false);
    expect(prompts.some((p) => /induction into the most rarefied ranks .* begin\?$/.test(p))).toBe(
      true,
    );
  });
});

describe("a result told in the present perfect", () => {
  it("is no cloze after a date and no option of what happened ('In March 2011, Discovery has already been retired')", () => {
    const { questions } = bankOf(
      "NASA launched Discovery on its first mission in August 1984.",
      "Discovery flew its 39th mission, STS-133, in February 2011.",
      "Discovery has already been retired in March 2011.",
      "NASA announced the homes of the retired shuttles in April 2011.",
    );
    for (const q of questions) {
      expect(q.prompt).not.toMatch(/has already been retired/);
      for (const c of q.choices ?? []) expect(c).not.toMatch(/has already been retired/);
    }
  });
});

describe("a surname as the answer", () => {
  it("is given as the person's full name, and a surname two people share is not asked", () => {
    const one = bankOf(
      "Albert Sidney Johnston was born in Kentucky in 1803.",
      "Zachary Taylor led the army into Mexico in 1846.",
      "Franklin Pierce became president in 1853.",
      "Winfield Scott commanded the army in 1847.",
      "In 1826, Johnston graduated eighth in his class from West Point.",
    );
    const who = one.questions.filter((q) => q.type === "who" && /West Point/.test(q.prompt));
    expect(who.length).toBeGreaterThan(0);
    for (const q of who) {
      expect(q.answer).toBe("Albert Sidney Johnston");
      expect(q.accepted).toContain("Johnston");
    }
    const two = bankOf(
      "Albert Sidney Johnston was born in Kentucky in 1803.",
      "Joseph E. Johnston was born in Virginia in 1807.",
      "In 1826, Johnston graduated eighth in his class from West Point.",
    );
    expect(two.questions.some((q) => q.type === "who" && /West Point/.test(q.prompt))).toBe(false);
  });
});

describe("batch 8: names and connectives", () => {
  it("asks by the name a description's apposition gives ('the final Christian stronghold, Acre, fell')", () => {
    const { prompts } = bankOf("In 1291, the final Christian stronghold, Acre, fell.");
    expect(prompts).toContain("When did Acre fall?");
    for (const p of prompts) expect(p).not.toMatch(/did the final Christian stronghold fall/);
  });
  it("leaves out a 'then' that looks back to an event told before ('Selim I then conquered Cairo')", () => {
    const { questions } = bankOf("In 1517, the Ottoman sultan Selim I then conquered Cairo.");
    for (const q of questions)
      expect(`${q.prompt} ${JSON.stringify(q.choices ?? [])}`).not.toMatch(/\bthen\b/);
    expect(questions.some((q) => q.type === "cloze")).toBe(true);
  });
});

describe("batch 9: headlines, examples and 'then'", () => {
  it("does not write a headline in for 'the organization' as it would a name's title", () => {
    const text =
      "Scientology defector arrested after attempting to leave organization\nSaturday, October 9, 2010\n\nOn September 29, Scientology officials went to the East Los Angeles sheriff's station where they claimed Montalvo allegedly left the organization with computer hard drives.\n";
    const { bank } = buildBank([{ name: "news.txt", bytes: new TextEncoder().encode(text) }], NLP);
    for (const q of bank.questions) expect(q.prompt).not.toMatch(/left the Scientology defector/);
  });
  it("tells an example without 'for example' and a step without 'then'", () => {
    const { prompts } = bankOf(
      "In 1919, for example, the Red Army invaded Ukraine and faced strong resistance.",
      "In the early 1920s, Russia was then reorganized as the Soviet Union.",
    );
    expect(prompts).toContain("When did the Red Army invade Ukraine and face strong resistance?");
    for (const p of prompts) expect(p).not.toMatch(/for example|\bthen\b/);
  });
});

describe("batch 10: subjects and places that were misread", () => {
  it("keeps a participle between a modifier and its noun in the subject ('The Democratic nominating convention met')", () => {
    const { prompts } = bankOf(
      "The Democratic nominating convention met in April 1860 in Charleston, South Carolina.",
    );
    expect(prompts).toContain(
      "When did the Democratic nominating convention meet in Charleston, South Carolina?",
    );
  });
  it("asks nothing of a subject that is only the tail of a list ('…, and the Organization of American States had continued')", () => {
    const { questions } = bankOf(
      "Numerous efforts to establish a peace plan by regional leaders, the United Nations, and the Organization of American States had continued in 1984.",
    );
    expect(questions.some((q) => q.type === "who")).toBe(false);
    for (const q of questions)
      expect(q.prompt).not.toMatch(/did the Organization of American States continue/);
  });
  it("does not ask 'where' of a name that modifies the noun after it ('in Coron waters')", () => {
    const { questions } = bankOf(
      "On September 24, 1944, a group of Japanese ships were sunk by American warplanes in Coron waters.",
      "In 1902, Coron was registered as a municipality.",
      "In 1939, a mining boom began in Coron.",
    );
    for (const q of questions.filter((x) => x.type === "where"))
      expect(q.prompt).not.toMatch(/warplanes waters/);
  });
});

describe("full names for surnames", () => {
  it("writes the full name a surname read as a person ends, though the full name had few cues", () => {
    const { prompts } = bankOf(
      "In October 1859, the radical abolitionist John Brown attacked the federal arsenal in Harpers Ferry.",
      "In 1800, Brown was born in Connecticut.",
    );
    expect(prompts).toContain("When was John Brown born in Connecticut?");
  });
  it("does not read a realm after 'of' as a surname ('France' is not 'Louis XV of France')", () => {
    const { prompts } = bankOf(
      "In 1715, King Louis XV of France became king at the age of five.",
      "Louis XV of France died in 1774, and he was succeeded by his grandson.",
      "In 1995, Chirac was elected to his first of two terms as President of France.",
    );
    expect(prompts.some((p) => /President of France/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/President of Louis XV/);
  });
});

describe("where answers", () => {
  it("accept no spelling that names a group ('Texas Army' for 'Texas')", () => {
    const { questions } = bankOf(
      "In 1836, Johnston enlisted as a private in the Texas Army.",
      "In April 1834, Johnston took up farming in Texas.",
      "In 1838, Johnston was appointed Secretary of War of the Republic of Texas.",
    );
    const where = questions.filter((q) => q.type === "where" && q.answer === "Texas");
    for (const q of where) expect(q.accepted ?? []).not.toContain("Texas Army");
  });
});

describe("where questions", () => {
  it("are not asked of a place that only locates a place the prompt names ('recaptured Kafranbel in Idlib')", () => {
    const { questions } = bankOf(
      "On 25 February 2020, Syrian regime forces recaptured Kafranbel in Idlib province.",
      "In 2012, the town of Kafranbel fell to rebels.",
      "In 2013, protesters in Kafranbel held up banners.",
    );
    const where = questions.filter((q) => q.type === "where");
    expect(where.some((q) => /recapture Kafranbel/.test(q.prompt))).toBe(false);
  });
  it("are not asked of a phrasal verb's particle ('drove in Daniel Nava') nor of a bare type word ('District')", () => {
    const { questions } = bankOf(
      "On July 9, 2014, against the Chicago White Sox, Holt drove in Daniel Nava in the bottom of the 9th inning.",
      "In 2012, Daniel Nava played in Boston.",
      "In 2005, Holt was named defensive player of the year in District 6-4A.",
    );
    const where = questions.filter((q) => q.type === "where").map((q) => q.answer);
    expect(where).not.toContain("Daniel Nava");
    expect(where).not.toContain("District");
  });
  it("are not asked of a place that names the target of 'against'", () => {
    const { questions } = bankOf(
      "In 1777 Howe's army launched a campaign against the national capital at Philadelphia, failing to aid Burgoyne.",
    );
    expect(questions.filter((q) => q.type === "where").map((q) => q.answer)).not.toContain(
      "Philadelphia",
    );
  });
  it("are not asked of the field of a degree ('received his Ph.D. in Linguistics')", () => {
    const { questions } = bankOf(
      "In 1961, Fillmore received his Ph.D. in Linguistics from the University of Michigan.",
      "In 1971, Fillmore settled in Berkeley.",
    );
    const where = questions.filter((q) => q.type === "where").map((q) => q.answer);
    expect(where).not.toContain("Linguistics");
    expect(where).toContain("Berkeley");
  });
  it("are not asked of a film one appeared in nor of a contest's category", () => {
    // Fresh batch 6: "where did Padalecki … win the … championship?" → "Duo Interpretation".
    const { questions } = bankOf(
      "In 1998, Padalecki and his partner Chris Cardenas won the National Forensic League national championship in Duo Interpretation.",
      "In 2005, he appeared in Cry Wolf.",
      "In 2006, Padalecki appeared in Flight of the Phoenix.",
      "In 2007, Padalecki moved to Vancouver and bought a house in Vancouver.",
    );
    const where = questions.filter((q) => q.type === "where").map((q) => q.answer);
    expect(where).not.toContain("Duo Interpretation");
    expect(where).not.toContain("Flight of the Phoenix");
  });
});

describe("what can be ordered or offered as what happened", () => {
  it("leaves out what was so ('there were … cases', 'was governess') and periods of years", () => {
    const { questions } = bankOf(
      "In 2018, according to the World Health Organisation, there were approximately 10 million cases of measles worldwide.",
      "Samoa declared a state of emergency over measles on 15 November 2019.",
      "Samoa closed all schools on 17 November 2019.",
      "Samoa began a door-to-door vaccination drive on 5 December 2019.",
      "Samoa lifted the state of emergency on 29 December 2019.",
      "The Napoleonic Wars raged from 1803 to 1815 across Europe.",
    );
    const options = questions
      .filter((q) => q.type === "which-first" || q.type === "order" || q.type === "what-happened")
      .flatMap((q) => q.choices ?? []);
    expect(options.length).toBeGreaterThan(0);
    for (const c of options) expect(c).not.toMatch(/there were|Napoleonic Wars raged/);
  });
});

describe("a second time phrase counted from another event", () => {
  const { questions, prompts } = bankOf(
    "On April 14, 1865, five days after the surrender of Robert E. Lee, Abraham Lincoln was assassinated by John Wilkes Booth.",
    "King João VI returned to Portugal in 1821, six years after the fall of Napoléon, when the Cortes demanded it.",
    "Brazil declared its independence from Portugal on 7 September 1822.",
    "The Treaty of Rio de Janeiro recognized Brazil's independence in 1825.",
  );
  it("is left out of prompts that already give or ask a date", () => {
    expect(prompts.some((p) => /Lincoln/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/(?:days|years) after/);
  });
  it("is left out of options, which are read away from the event it counts from", () => {
    const options = questions.flatMap((q) => q.choices ?? []);
    expect(options.some((o) => /^King João VI returned to Portugal, when the Cortes/.test(o))).toBe(
      true,
    );
    for (const o of options) expect(o).not.toMatch(/(?:days|years) after/);
  });
});

describe("agreement and reference in a question", () => {
  it("reads a numeral after a name as part of it ('was Apollo 8 launched', not 'were')", () => {
    const { prompts } = bankOf("Apollo 8 was launched on December 21, 1968.");
    expect(prompts).toContain("When was Apollo 8 launched?");
  });
  it("keys a hedged count with its hedge and lists no bare number beside it", () => {
    const { questions } = bankOf(
      "A combined Franco-American army launched a siege at Yorktown and captured more than 8,000 British troops in October 1781.",
    );
    const asked = questions.filter(
      (q) => q.type === "numeric" && /^In October 1781, how many/.test(q.prompt),
    );
    expect(asked.map((q) => q.answer)).toEqual(["more than 8,000"]);
    for (const q of asked) expect(q.accepted ?? []).not.toContain("8,000");
  });
  it("asks a span of centuries as centuries and keys it as the text says it", () => {
    const { questions } = bankOf(
      "Portuguese, Spanish, and Dutch traders engaged in regular trade with Japan in the 16th and 17th centuries.",
    );
    const typed = questions.filter((q) => q.type === "date-typed");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      // The serial comma makes "Portuguese, Spanish, and Dutch traders" one subject, not an apposition.
      expect(q.prompt).toMatch(/^In which centuries did Portuguese, Spanish, and Dutch traders /);
      expect(q.answer).toBe("the 16th and 17th centuries");
    }
  });
  it("reads a gerund joined to a noun as one subject ('Rebel shelling and sniper fire killed')", () => {
    const { prompts } = bankOf(
      "On 21 November 2016, rebel shelling and sniper fire killed at least one civilian in Fu'ah.",
    );
    expect(prompts).toContain(
      "When did rebel shelling and sniper fire kill at least one civilian in Fu'ah?",
    );
    for (const p of prompts) expect(p).not.toMatch(/shelling and\?/);
  });
  it("reads a clause after 'Minutes before …,' as the main one, and a claim as a claim", () => {
    const { prompts } = bankOf(
      "On June 12, 2019, minutes before the Oversight Committee voted, Trump formally claimed the documents were subject to executive privilege.",
    );
    expect(prompts).toContain(
      "When did Trump formally claim the documents were subject to executive privilege?",
    );
    for (const p of prompts) expect(p).not.toMatch(/When were the documents/);
  });
  it("asks nothing of a sentence opened by 'Yet', which answers the one before", () => {
    const { prompts } = bankOf(
      "Yet by 1993, the Washington talks had become deadlocked.",
      "The Madrid Conference opened on October 30, 1991.",
    );
    expect(prompts.some((p) => /Madrid Conference open/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/deadlocked/);
  });
  it("asks 'By which …' of a date that only bounds the event ('by October 1994')", () => {
    const { questions } = bankOf("By 1790, an orbit had been calculated for Uranus.");
    const typed = questions.filter((q) => q.type === "date-typed");
    expect(typed.map((q) => q.prompt)).toEqual([
      "By which year was an orbit calculated for Uranus?",
    ]);
    expect(typed.map((q) => q.answer)).toEqual(["by 1790"]);
  });
  it("keeps a hedge on a count with its subject and agrees the verb ('When were at least seven people killed')", () => {
    const { prompts } = bankOf(
      "On 2 October 2019, at least seven people were killed in Connecticut, when a bomber crashed.",
    );
    expect(prompts).toContain("When were at least seven people killed in Connecticut?");
  });
  it("asks of the person an apposition with a relative clause describes ('John Couch Adams, a young Englishman who …')", () => {
    const { prompts } = bankOf(
      "In 1843, John Couch Adams, a young Englishman who had just completed his studies at Cambridge, began an analysis of the motion of Uranus.",
    );
    expect(prompts).toContain(
      "In which year did John Couch Adams begin an analysis of the motion of Uranus?",
    );
  });
  it("agrees the verb with a counted plural after 'more than' ('how many civilians were killed')", () => {
    const { prompts } = bankOf(
      "On 4 December 2016, more than 10 civilians in Fu'ah were killed by rebel shelling.",
    );
    expect(prompts).toContain(
      "On 4 December 2016, how many civilians in Fu'ah were killed by rebel shelling?",
    );
  });
  it("never offers one body twice under two names ('Congress' beside 'U.S. Congress')", () => {
    const { questions } = bankOf(
      "On 19 April 1898, the U.S. Congress passed a joint resolution for war.",
      "On 12 August 1898, a joint resolution of Congress made Hawaii a U.S. territory.",
      "On 3 July 1898, the U.S. Navy destroyed the Spanish Caribbean squadron.",
      "On 25 April 1898, the Spanish Army surrendered to the Cuban rebels in Santiago.",
      "On 1 May 1898, the Asiatic Squadron of the U.S. Navy defeated the Spanish fleet.",
      "On 4 May 1898, the Red Cross opened a hospital in Tampa.",
    );
    const who = questions.filter((q) => q.type === "who");
    expect(who.length).toBeGreaterThan(2);
    for (const q of who) {
      const options = (q.choices ?? []).map(String);
      expect(options.includes("Congress") && options.includes("U.S. Congress")).toBe(false);
    }
  });
  it("keeps an object list whole when a second predicate follows it ('… and O'Brien to North Africa and concluded')", () => {
    const { prompts } = bankOf(
      "In 1795, the U.S. Government dispatched diplomats Joel Barlow, Joseph Donaldson, and Richard O'Brien to North Africa and successfully concluded treaties with the states of Algiers, Tunis, and Tripoli.",
    );
    const dispatched = prompts.filter((p) => /dispatch/.test(p));
    expect(dispatched.length).toBeGreaterThan(0);
    for (const p of dispatched) expect(p).toMatch(/Joseph Donaldson, and Richard O'Brien/);
  });
  it("keeps a series with a serial comma whole as the subject, but not a fronted phrase before it", () => {
    const { prompts } = bankOf(
      "The towns of Idlib, Binnish, and Saraqib fell to the rebels in March 2015.",
      "After a huge explosion, soldiers, police, and firemen reached the harbour of Smyrna on 4 May 1922.",
    );
    expect(prompts).toContain(
      "When did the towns of Idlib, Binnish, and Saraqib fall to the rebels?",
    );
    expect(
      prompts.some((p) => /did soldiers, police, and firemen reach the harbour of Smyrna/.test(p)),
    ).toBe(true);
  });
  it("asks a century as a century ('In which century'), not 'In which years'", () => {
    const { prompts } = bankOf(
      "Muslims and non-Muslims lived side by side in Kabul before the Ghaznavids rose to power in the 10th century.",
    );
    expect(prompts).toContain("In which century did the Ghaznavids rise to power?");
  });
  it("asks no 'who' whose predicate keeps an 'its' that stood for the subject", () => {
    const { prompts } = bankOf(
      "On 2 August 2015, the Army of Conquest resumed its shelling of the town of Kafriya.",
      "On 5 August 2015, the Army of Conquest captured the town of Zabadani.",
      "The Syrian Army recaptured the town of Kafranbel in May 2016.",
      "The Free Syrian Army shelled the town of Idlib in June 2016.",
    );
    expect(prompts).toContain("On 5 August 2015, who captured the town of Zabadani?");
    expect(prompts.some((p) => /who resumed its/i.test(p))).toBe(false);
    const said = bankOf(
      "On 22 March 2013, the FAA announced it will close 149 control towers.",
      "On 5 August 2015, the Army of Conquest captured the town of Zabadani.",
      "The Syrian Army recaptured the town of Kafranbel in May 2016.",
    ).prompts;
    expect(said.some((p) => /who announced it/i.test(p))).toBe(false);
  });
});

describe("a surname in a question", () => {
  const { prompts } = bankOf(
    "Arthur Schopenhauer was born in Danzig in 1788.",
    "Schopenhauer settled permanently in Frankfurt in 1833.",
    "Albert Sidney Johnston was born in Kentucky in 1803.",
    "In 1834 the senior Johnston resigned his commission.",
  );
  it("is written as the full name the document gave, since the question is read on its own", () => {
    expect(prompts).toContain("When did Arthur Schopenhauer settle permanently in Frankfurt?");
  });
  it("takes the place of an honorific ('Mr. Sarkozy' → 'Nicolas Sarkozy')", () => {
    const { prompts } = bankOf(
      "Nicolas Sarkozy was born in Paris in 1955.",
      "Mr. Sarkozy lost his re-election bid in May 2012.",
    );
    expect(prompts).toContain("When did Nicolas Sarkozy lose his re-election bid?");
  });
  it("is left alone after 'the' and a modifier, which may make it another of the family", () => {
    expect(prompts.some((p) => /senior Albert Sidney Johnston/.test(p))).toBe(false);
  });
});

describe("an abbreviation in brackets", () => {
  it("stands for a name only when its letters are the name's initials ('NFP' is not 'Poland')", () => {
    const { questions } = bankOf(
      "The news site Notes from Poland (NFP) reported the sale in May 2020.",
      "Tesco sold its stores in Poland in March 2020.",
      "NFP named the Kaufland chain among the buyers in April 2020.",
      "Hayat Tahrir al-Sham (HTS) captured Idlib city in 2015.",
      "Tesco opened its first store in Hungary in 1994.",
    );
    for (const q of questions) {
      if (q.answer === "Poland") expect(q.accepted ?? []).not.toContain("NFP");
    }
    expect(questions.some((q) => q.answer === "Poland")).toBe(true);
  });
  it("is not blanked after the name it labels ('Senator John McCain (_____)')", () => {
    const { prompts } = bankOf(
      "In November 2004, Senator John McCain (R-AZ) entered the emails into the Congressional Record.",
      "Boeing won the contract in 2003.",
    );
    for (const p of prompts) expect(p).not.toMatch(/\(_____\)/);
  });
});

describe("who options", () => {
  it("offer no bare first name or surname among full names ('Elsa' beside 'Albert Einstein')", () => {
    const { questions } = bankOf(
      "Albert Einstein was born in Ulm in March 1879.",
      "Albert Einstein married his cousin Elsa in June 1919.",
      "Albert Einstein received the Nobel Prize in Physics in 1921.",
      "Alexis de Tocqueville was born in Paris in 1805.",
      "Oliver Locker-Lampson was born in 1880.",
      "Elsa died in December 1936.",
    );
    const who = questions.filter((q) => q.type === "who" && q.answer === "Albert Einstein");
    expect(who.length).toBeGreaterThan(0);
    for (const q of who) expect(q.choices ?? []).not.toContain("Elsa");
  });
  it("offer no group the documents show only centuries away ('Safavid Army' for the 3rd century)", () => {
    const { questions } = bankOf(
      "In 252, the Persian Army turned Caucasian Albania into a vassal state.",
      "In 260, the Roman Army fought the Goths in Thrace.",
      "In 270, the Palmyrene Army took Egypt from Rome.",
      "In 275, the Gothic Army crossed the Danube.",
      "In 1501, the Safavid Army imposed Shia Islam upon Tabriz.",
      "In 1722, the Russian Army occupied Baku.",
    );
    const who = questions.filter((q) => q.type === "who" && q.choices !== undefined);
    const third = who.filter((q) => /^In 2\d\d,/.test(q.prompt));
    expect(third.length).toBe(4);
    for (const q of third) {
      expect(q.choices).not.toContain("Safavid Army");
      expect(q.choices).not.toContain("Russian Army");
    }
    // Nor the other way round: the 3rd-century armies are no options for what was done in 1501.
    expect(who.some((q) => q.answer === "Safavid Army")).toBe(false);
  });
});

describe("which one the subject is", () => {
  it("keeps a relative clause written without a comma with its subject", () => {
    const { prompts } = bankOf(
      "A 2010 commando raid that killed nine activists on a Turkish vessel angered Turkey.",
      "The treaty that ended the Mexican War was signed in 1848.",
    );
    expect(prompts).toContain("When was the treaty that ended the Mexican War signed?");
    // The relative clause ends where the main clause's own verb begins ("… vessel angered Turkey").
    expect(prompts.some((p) => /raid that killed nine activists on a Turkish vessel/.test(p))).toBe(
      true,
    );
    for (const p of prompts) expect(p).not.toMatch(/angered Turkey took place/);
  });
  it("asks nothing of an 'its' that only a plural comes before ('inspectors returned to its offices')", () => {
    const { prompts } = bankOf(
      "Memorial says inspectors returned to its Moscow offices on 22 March 2013.",
      "Police raided the offices of Memorial in Moscow on 21 March 2013.",
    );
    expect(prompts.some((p) => /Memorial/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/its Moscow offices/);
  });
});

describe("what happened: the wrong options", () => {
  it("are never the birth or death of someone the key names ('Albert Einstein died' for 1933)", () => {
    const { questions } = bankOf(
      "Albert Einstein was born in Ulm on 14 March 1879.",
      "Albert Einstein received the Nobel Prize in Physics in 1921.",
      "In February 1933, Einstein learned that the new German government had barred Jews from teaching at universities.",
      "Einstein took up a position at the Institute for Advanced Study in Princeton in October 1933.",
      "Einstein applied general relativity to the structure of the universe in 1917.",
      "Albert Einstein died in Princeton on 18 April 1955.",
    );
    const asked = questions.filter((q) => q.type === "what-happened" && /1933/.test(q.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const c of q.choices ?? []) expect(c).not.toMatch(/born|died/);
  });
});

describe("words a prompt keeps", () => {
  it("keeps an adverb that says which time it was ('first met' is not 'met')", () => {
    const { prompts } = bankOf(
      "Dr Huw Lewis-Jones first met George Lowe in 2005.",
      "George Lowe climbed Everest in 1953.",
    );
    expect(prompts).toContain("When did Dr Huw Lewis-Jones first meet George Lowe?");
  });
  it("blanks an abbreviation's full stop with the name ('_____ broke', not '_____. broke')", () => {
    const { questions } = bankOf(
      "In 2010, Microsoft Corp. broke sales records with its Kinect device.",
      "Apple released the iPhone in 2007.",
    );
    const blank = questions.find((q) => q.type === "cloze" && q.answer === "Microsoft Corp.");
    expect(blank?.prompt).toContain("_____ broke sales records");
    expect(blank?.accepted).toContain("Microsoft Corp");
  });
});

describe("a destination", () => {
  it("is asked 'to which city …', not 'where … from Kandahar?', which asks neither end", () => {
    const { prompts } = bankOf(
      "Timur Shah transferred the capital of Afghanistan from Kandahar to Kabul in 1776.",
      "Ahmad Shah Durrani captured Kandahar in 1747.",
      "Babur captured Kabul in 1504.",
      "Fighting broke out in the city of Kabul in 1992.",
      "The siege of the city of Kandahar began in 1737.",
    );
    for (const p of prompts) expect(p).not.toMatch(/^In 1776, where .* from Kandahar\?/);
    expect(prompts).toContain(
      "In 1776, to which city did Timur Shah transfer the capital of Afghanistan from Kandahar?",
    );
  });
});

describe("more on what a sentence leaves unsaid", () => {
  it("asks nothing of 'the X' after an indefinite ('parts of the territory')", () => {
    const { prompts } = bankOf(
      "Between 1501 and 1800, the Khanate of Bukhara and the Mughals ruled parts of the territory.",
      "Babur captured Kabul in 1504.",
    );
    for (const p of prompts) expect(p).not.toMatch(/parts of the territory/);
    expect(prompts.some((p) => /Babur/.test(p))).toBe(true);
  });
  it("offers as what happened no two wrong options of one time (one event told twice)", () => {
    const { questions } = bankOf(
      "On 7 September 1822, Pedro broke with Portugal and declared Brazilian independence.",
      "In September 1822, Brazil became independent under a Portuguese-born king.",
      "In 1825, the Treaty of Rio de Janeiro recognized the independence of Brazil.",
      "In 1808, the Portuguese court arrived in Rio de Janeiro.",
      "In 1831, Pedro I abdicated in favour of his son.",
    );
    const asked = questions.filter((q) => q.type === "what-happened" && /1825/.test(q.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const both = (q.choices ?? []).filter((c) => /independen/.test(c) && !/Treaty/.test(c));
      expect(both.length).toBeLessThan(2);
    }
  });
  it("answers a typed 'In which year' with the year, and accepts the part of it the text gives ('early 2013'; batch 61: 'In which year' keyed 'early 1894')", () => {
    const { questions } = bankOf(
      "In early 2013, Iram Leon was forced to step down as a probation officer in Travis County.",
    );
    const typed = questions.find((q) => q.type === "date-typed");
    expect(typed?.prompt).toMatch(/^In which year /);
    expect(typed?.answer).toBe("2013");
    expect(typed?.accepted).toEqual(["early 2013"]);
  });
});

describe("found in the fresh corpus", () => {
  const { questions, prompts } = bankOf(
    "SpaceX launched its first crewed mission at 1922 UTC from Kennedy Space Center on 30 May 2020.",
    "Behnken and Hurley are slated to catch up to the International Space Station on 31 May 2020.",
    "The subsequent Great Miami Hurricane struck Florida in 1926.",
    'In April 1930, the New York Times editorial board concluded that "No one in his place could have done more."',
    "NASA selected SpaceX for the Commercial Crew Program in 2014.",
  );
  it("never blanks a time zone ('at 1922 _____')", () => {
    expect(questions.filter((q) => q.type === "cloze").length).toBeGreaterThan(0);
    for (const q of questions) expect(q.answer).not.toBe("UTC");
  });
  it("asks nothing of what is only slated, nor of a 'subsequent' event", () => {
    for (const p of prompts) expect(p).not.toMatch(/slated|subsequent/);
  });
  it("ends a question on a quotation without a full stop before its question mark", () => {
    for (const p of prompts) expect(p).not.toMatch(/[.!]["”]\?$/);
  });
});

describe("what something was", () => {
  it("is not asked 'when' ('When was Qaboos's overthrow a bloodless coup?')", () => {
    const { prompts } = bankOf(
      "Qaboos's 1970 overthrow of his father was a bloodless British-backed coup.",
      "In 1929, Hoover remained a popular successor to Calvin Coolidge.",
      "Qaboos became Sultan of Oman in 1970.",
    );
    expect(prompts.some((p) => /become Sultan/.test(p))).toBe(true);
    for (const p of prompts)
      expect(p).not.toMatch(/^(?:When|In which year) (?:was|did) .*(?:a bloodless|remain a)/);
  });
});

describe("a description the copula says is a name (batch 60)", () => {
  it("asks about the name, and becoming the first of a kind has a date ('When was the first person born in Africa to fly in space Patrick Baudry (France)?')", () => {
    const { prompts } = bankOf(
      "The first person born in Africa to fly in space was Patrick Baudry (France), in 1985.",
      "In 1990, the capital of the state was Montgomery.",
    );
    expect(prompts).toContain(
      "When did Patrick Baudry become the first person born in Africa to fly in space?",
    );
    for (const p of prompts)
      expect(p).not.toMatch(/in space Patrick|^(?:When|In which).*the capital of the state/);
  });
});

describe("an adverb that only weighs the sentence against others (batch 61)", () => {
  it("is left out like a linking word ('Most famously, on September 3, 1863, the British Government impounded …')", () => {
    const { prompts } = bankOf(
      "Most famously, on September 3, 1863, the British Government impounded two ironclad ships at a shipyard in Liverpool.",
      "Notably, in 1864, the Alabama was sunk off the coast of France.",
    );
    expect(prompts).toContain(
      "When did the British Government impound two ironclad ships at a shipyard in Liverpool?",
    );
    for (const p of prompts) expect(p).not.toMatch(/famously|notably/i);
  });
});

describe("a number with a capital letter written right after it (batch 61)", () => {
  it("is one designation, not a number and the article 'A' ('Challenger returned to Launch Pad 39A on March 29')", () => {
    const { prompts } = bankOf(
      "In 1984, the crew trained at the Johnson Space Center.",
      "Challenger returned to Launch Pad 39A on March 29, 1984.",
    );
    expect(prompts).toContain("When did Challenger return to Launch Pad 39A?");
    for (const p of prompts) expect(p).not.toMatch(/Pad 39\?/);
  });
});

describe("a first name that is also a common adjective (batch 62)", () => {
  it("keeps its capital before a surname ('When did frank Kellogg earn the Nobel Peace Prize?'), and 'Stiff Mexican resistance' and 'Senior NASA managers' still open with small letters", () => {
    const { prompts } = bankOf(
      "Frank Kellogg earned the Nobel Peace Prize in 1929.",
      "Senior NASA managers held the Flight Readiness Review on April 13, 1989.",
    );
    expect(prompts).toContain("When did Frank Kellogg earn the Nobel Peace Prize?");
    expect(prompts).toContain("When did senior NASA managers hold the Flight Readiness Review?");
  });
});

describe("a verb that leaves out what it is about", () => {
  it("asks nothing of 'The House of Representatives concurred.'", () => {
    const { prompts } = bankOf(
      "The Senate passed the Thirteenth Amendment in April 1864.",
      "The House of Representatives concurred in January 1865.",
    );
    expect(prompts.some((p) => /Thirteenth Amendment/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/concur/);
  });
});

describe("a document's date", () => {
  it("is no event to ask about ('When was order dated?')", () => {
    const { prompts } = bankOf(
      "The Philippine government shut down ABS-CBN on 5 May 2020.",
      "The order was dated 5 May 2020.",
    );
    expect(prompts.some((p) => /shut down ABS-CBN/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/dated\?/);
  });
});

describe("found in the third fresh corpus", () => {
  it("asks nothing of a sentence opened by 'But' or of 'X succeeded' with nothing after", () => {
    const { prompts } = bankOf(
      "The NCLC was founded in New York in 1904.",
      "But a tragedy struck the factory in 1911.",
      "The NCLC succeeded in 1912.",
    );
    expect(prompts.some((p) => /NCLC (?:was )?found/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/tragedy|succeed/);
  });
  it("offers no saying told quotation first as an event to order", () => {
    const { questions } = bankOf(
      "Ginger Baker was born in London in 1939.",
      "Baker formed Cream with Eric Clapton in 1966.",
      '"I thought, I am a drummer," Baker told The Independent in 2009.',
      "Cream disbanded in 1968.",
      "Baker was inducted into the Rock and Roll Hall of Fame in 1993.",
    );
    for (const q of questions)
      if (q.type === "order" || q.type === "which-first" || q.type === "what-happened")
        for (const c of q.choices ?? []) expect(c).not.toMatch(/^["“]/);
  });
});

describe("a relative clause on a group the subject was one of", () => {
  it("is not what all of the group did ('among the Representatives who voted …')", () => {
    const { questions } = bankOf(
      "Elijah Cummings was among the Representatives who voted against the Iraq War in 2002.",
    );
    for (const q of questions) expect(q.prompt).not.toMatch(/the Representatives vote/);
  });
});

describe("a possessive written with a bare apostrophe", () => {
  it("stays at the head of its subject ('When did Imus' syndicated radio show … first air …?')", () => {
    const { prompts } = bankOf(
      "Imus' syndicated radio show Imus in the Morning first aired on WNBC in 1971.",
      "Don Imus retired in 2018.",
    );
    // (Not "Don Imus'" first: the tagger reads a first word "Don" as the verb "don".)
    expect(prompts).toContain(
      "When did Imus' syndicated radio show Imus in the Morning first air on WNBC?",
    );
  });
});

describe("a clause frame cut short", () => {
  it("asks nothing that ends on a stranded verb or subordinator ('the days of liberalism were?')", () => {
    const { prompts } = bankOf(
      "In 1980, Ronald Reagan's victory suggested to conservatives that the days of liberalism were over, and a new era began.",
      "On 4 November 2019, the newspaper Magyar Nemzet revealed a deal whereby, on October 29, a Hungarian firm bought Hirtenberger.",
      "Ronald Reagan was elected president in 1980.",
    );
    expect(prompts.some((p) => /Reagan/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/(?:were|whereby)\?$/);
  });
});

describe("a fronted phrase of time or place before the subject", () => {
  it("is no noun that the subject stands in apposition to ('In 2011, during a round of talks, the Council, which …, pushed back')", () => {
    const { prompts } = bankOf(
      "In 2011, during a round of discussions over stricter emissions standards, the China Electricity Council, which represents the companies, pushed back hard against the proposals.",
      "The government published new standards in 2014.",
    );
    expect(prompts).toContain(
      "In 2011, who pushed back hard against the proposals during a round of discussions over stricter emissions standards?",
    );
  });
});

describe("a span in parentheses after a name that cannot be a person's", () => {
  it("is how long a war lasted, not a birth and a death ('When was Queen Anne’s War born?')", () => {
    const { prompts, questions } = bankOf(
      "Queen Anne’s War (1702–1713) was the second of the wars between France and England in North America.",
      "The Seven Years’ War (1756–1763) was a global conflict.",
      "Marie Curie (7 November 1867 – 4 July 1934) was a Polish physicist.",
    );
    expect(prompts).toContain("When was Marie Curie born?");
    const everything = JSON.stringify(questions);
    expect(everything).not.toMatch(/War (?:was born|died|born|die)\b/);
  });
});

describe("a word that links a sentence to the one before", () => {
  it("is left out of the event and its questions ('As expected,', ', however,')", () => {
    const { questions, prompts } = bankOf(
      "In 1803, as expected, Britain declared war on France.",
      "After a long siege the French lost their fleet in 1759.",
      "The British defeated the French forces in 1761, however, when they captured Pondicherry.",
    );
    // (The source quote keeps the sentence as written.)
    const everything = JSON.stringify(questions.map((q) => [q.prompt, q.choices, q.answer]));
    expect(everything).not.toMatch(/as expected|however/i);
    expect(prompts).toContain("In which year did Britain declare war on France?");
    expect(everything).toContain("The British defeated the French forces, when they captured");
  });
});

describe("agreement and joined names in a question's subject", () => {
  it("keeps the source's 'were' in a passive and a dash-joined pair of names whole", () => {
    const { prompts } = bankOf(
      "In 1812, resistant conservative White Venezuelans were aided by mixed-race people who remained loyal to the Spanish Crown.",
      "However, the U.S.–U.K. bilateral relationship had recovered by March 1957 under Eden’s successor, Harold Macmillan.",
      "Harold Macmillan became prime minister in January 1957.",
    );
    expect(prompts).toContain(
      "When were resistant conservative White Venezuelans aided by mixed-race people who remained loyal to the Spanish Crown?",
    );
    expect(prompts.some((p) => p.includes("the U.S.–U.K. bilateral relationship recover"))).toBe(
      true,
    );
  });
});

describe("a seat named before its holder", () => {
  it("is no part of the holder's name ('Senator from Minnesota Amy Klobuchar')", () => {
    const { questions } = bankOf(
      "Support for mail-in voting came from United States Senator from Minnesota Amy Klobuchar.",
      "On 16 March 2020, Klobuchar introduced a bill to require voting by mail in all states.",
      "Ohio postponed its primary on 17 March 2020.",
    );
    const everything = JSON.stringify(questions.map((q) => [q.prompt, q.answer]));
    expect(everything).toContain("Amy Klobuchar");
    expect(everything).not.toContain("Minnesota Amy");
  });
});

describe("a kind of document written with a capital ('the Act')", () => {
  it("is named from the title when the title names one, else asked about by no question that needs it", () => {
    const named = build(
      "The Immigration Act of 1924",
      "The U.S. Congress enacted the first widely restrictive immigration law in 1917.",
      "Congress revised the Act in 1952.",
    ).questions.map((q) => q.prompt);
    expect(named).toContain("When did Congress revise the Immigration Act of 1924?");
    const unnamed = build(
      "Immigration to the United States",
      "The U.S. Congress enacted the first widely restrictive immigration law in 1917.",
      "Congress revised the Act in 1952.",
    ).questions;
    for (const q of unnamed)
      expect(JSON.stringify([q.prompt, q.choices, q.answer])).not.toMatch(/the Act\b|"Act"/);
  });
});

describe("a name before a plural noun", () => {
  it("modifies the noun and is not written out as a full name ('the massacre of Oglala Lakota men')", () => {
    const { prompts } = bankOf(
      "In 1973, some two hundred Oglala Lakota supporters occupied the town of Wounded Knee.",
      "The massacre of Lakota men at Wounded Knee by the U.S. Army took place in 1890.",
    );
    expect(prompts.some((p) => /Lakota men/.test(p))).toBe(true);
    expect(prompts.some((p) => /Oglala Lakota men/.test(p))).toBe(false);
  });
});

describe("a named thing that takes place more than once", () => {
  it("offers no other date of an event that names it as a wrong option ('a second London Naval Conference' in 1935)", () => {
    const bank = build(
      "The London Naval Conference, 1930",
      "The purpose of the meetings was to promote disarmament; they began with the Washington Conference of 1921–22 and concluded with the London Conference of 1935.",
      "After an unsuccessful meeting in Geneva in 1927, Great Britain, the United States, Japan, France, and Italy gathered in London in 1930 to make a new attempt at revising the terms of the Five Power Treaty.",
      "In 1935, the powers met for a second London Naval Conference to renegotiate the Washington and London treaties.",
      "U.S. Shipbuilding After the Conference",
      "The London Naval Conference of 1930 was the third in a series of five meetings.",
      "The Senate approved the treaty in July 1930.",
    );
    const london = bank.questions.find(
      (q) => q.type === "date-choice" && q.prompt === "When did the London Conference take place?",
    );
    expect(london?.choices).not.toContain("1930");
    // (The heading's "After" is no name: the fronted phrase is asked in lower case.)
    const gathered = bank.questions.find(
      (q) => q.type === "date-choice" && /gather in London/.test(q.prompt),
    );
    expect(gathered?.prompt).toMatch(/ after an unsuccessful meeting in Geneva\?$/);
  });
});

describe("a wrong day from another document", () => {
  it("is offered only from the key's own year ('17 June 2019' for a letter of November 2020)", () => {
    const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
    const { bank } = buildBank(
      [
        file(
          "obituary.txt",
          "Gloria Vanderbilt dies at 95\nThursday, June 20, 2019\n\nGloria Vanderbilt died on June 17 in New York. She married Leopold Stokowski on April 21, 1945.\n",
        ),
        file(
          "transition.txt",
          "GSA begins transition\nThursday, November 26, 2020\n\nEmily Murphy sent a letter to Joe Biden on November 23. Biden won the election held on November 3. The networks called the race on November 7.\n",
        ),
      ],
      NLP,
    );
    const letter = bank.questions.find(
      (q) => q.type === "date-choice" && /send a letter/.test(q.prompt),
    );
    expect(letter?.choices?.length).toBeGreaterThanOrEqual(3);
    for (const c of letter?.choices ?? []) expect(c).toMatch(/2020$/);
  });
});

describe("batch 21, judged again", () => {
  it("asks 'Sometime in the 1590s' as the 1590s, not 'about the 1590s'", () => {
    const { questions } = bankOf(
      "Sometime in the 1590s, Galileo adopted the Copernican hypothesis of a heliocentric solar system.",
      "Galileo moved to Padua in 1592.",
    );
    // (Typed: the one decade before it is too few options for a choice, and "1600–1609" is
    // no decade written as the key is.)
    const q = questions.find((x) => x.type === "date-typed" && /Copernican/.test(x.prompt));
    expect(q?.answer).toBe("the 1590s");
  });

  it("asks nothing that needs 'her' when only a name modifying a noun comes before it ('the Smithsonian museum featured her jeans')", () => {
    const { prompts } = bankOf(
      "In 1990, the Smithsonian museum featured her jeans alongside the works of designers in an exhibit on gender and style.",
      "Gloria Vanderbilt launched a line of jeans in 1976.",
    );
    for (const p of prompts) expect(p).not.toMatch(/\bher jeans\b/);
  });
});

describe("a past form that is also a participle", () => {
  it("after a noun and before 'by' is the participle, and the question asks the clause's verb ('a phone call made by President Trump')", () => {
    const bank = build(
      "House subpoenas Pompeo\nMonday, September 30, 2019",
      "Last week the White House released a summary of a phone call made by President Trump late last July to Ukrainian President Volodymyr Zelensky.",
      "On Friday, Kurt Volker resigned without public explanation.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /White House release a summary/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/White House make/);
  });
});

describe("a body something was done to", () => {
  it("is no 'who' ('In 1600, who was founded …?')", () => {
    const { prompts } = bankOf(
      "In 1600, the British East India Company was founded with the original goal of trading in the Indian Ocean.",
      "In 1899, the National Consumers League was founded by Jane Addams and others.",
      "The British East India Company built a fort at Madras in 1640.",
    );
    for (const p of prompts) expect(p).not.toMatch(/\bwho (?:was|were) founded\b/);
    expect(prompts.some((p) => /^In 1640, who built a fort/.test(p))).toBe(true);
  });
});

describe("a weekday that opens a name", () => {
  it("stays in an option read away from its dateline ('the Saturday Night Massacre')", () => {
    const { questions } = bankOf(
      "On October 20, 1973, in an event that became known as the Saturday Night Massacre, Nixon ordered Attorney General Richardson to fire Cox.",
      "In May 1973, Richardson named Archibald Cox special prosecutor.",
      "In March 1974, Haldeman, Ehrlichman, and Mitchell were indicted.",
    );
    const options = questions.flatMap((q) => q.choices ?? []);
    expect(options.some((o) => /the Saturday Night Massacre/.test(o))).toBe(true);
    expect(options.some((o) => /as the Massacre/.test(o))).toBe(false);
  });
});

describe("names alike letter by letter", () => {
  it("are not one name when their words differ in number ('Richardson' is no spelling of 'Richard Nixon')", () => {
    const { questions } = bankOf(
      "Richard Nixon would have governed his second term with one of the largest political leads of the century.",
      "Nixon won his reelection handily in November 1972.",
      "In May 1973, Richardson named Archibald Cox special prosecutor.",
      "Richardson refused and resigned in October 1973.",
    );
    const nixon = questions.filter((q) => q.answer === "Richard Nixon");
    expect(nixon.length).toBeGreaterThan(0);
    for (const q of nixon) expect(q.accepted ?? []).not.toContain("Richardson");
  });
});

describe("a participle opening a sentence", () => {
  it("is no part of the name after it ('Departing Washington, DC, on May 4, …')", () => {
    const { questions } = bankOf(
      "Students took part in the 1961 freedom rides.",
      "Departing Washington, DC, on May 4, 1961, the volunteers headed south on buses.",
      "The riders reached Alabama on May 14, 1961.",
    );
    for (const q of questions) expect(q.answer).not.toBe("Departing Washington");
  });
});

describe("a verb's base form in a question", () => {
  it("keeps the silent e an -ed form hides ('raged' → 'rage', not 'rag')", () => {
    const { prompts } = bankOf(
      "Between 1803 and 1815 the Napoleonic Wars raged across Europe.",
      "In 1808 the Portuguese court hoped to reach Brazil.",
    );
    expect(prompts.some((p) => /the Napoleonic Wars rage across Europe\?/.test(p))).toBe(true);
    expect(prompts.some((p) => /\brag\b/.test(p))).toBe(false);
  });
});

describe("a quotation inside a quoted sentence", () => {
  it("takes single marks, as a quotation within a quotation does", () => {
    const { questions } = bankOf(
      "On 28 July 1914, emboldened by support from Germany’s “blank check,” Austria-Hungary declared war on Serbia.",
      "On 1 August 1914, Germany declared war on Russia.",
      "On 3 August 1914, Germany declared war on France.",
    );
    const clozes = questions.filter((q) => q.type === "cloze" && /blank check/.test(q.prompt));
    expect(clozes.length).toBeGreaterThan(0);
    for (const q of clozes) {
      expect(q.prompt).toContain("‘blank check,’");
      expect(q.prompt.match(/“/g)?.length).toBe(1);
    }
  });
});

describe("a name the text gives as another's", () => {
  it("is accepted for it: 'Jerome (…; Latin: Eusebius Sophronius Hieronymus; c. 347 – 420)'", () => {
    const { questions } = bankOf(
      "Jerome (/ dʒəˈroʊm /; Latin: Eusebius Sophronius Hieronymus; Greek: Εὐσέβιος; c. 347 – 30 September 420) was a Latin Catholic priest.",
      "Eusebius Sophronius Hieronymus was born at Stridon around 347 AD.",
      "In 382 Jerome went to Rome with Paulinus.",
      "In 385 Jerome left Rome for Bethlehem.",
    );
    const asked = questions.filter((q) => q.answer === "Eusebius Sophronius Hieronymus");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.accepted ?? []).toContain("Jerome");
  });

  it("is accepted after ', also known as'", () => {
    const { questions } = bankOf(
      "Isfahan, also known as Esfahan, is a city in central Iran.",
      "In 1598 Shah Abbas moved his capital to Isfahan.",
      "In 1722 Mahmud captured Esfahan after a long siege.",
      "In 1736 Nader Shah took Kandahar.",
    );
    const asked = questions.filter((q) => q.answer === "Isfahan" || q.answer === "Esfahan");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked)
      expect([q.answer, ...(q.accepted ?? [])]).toEqual(
        expect.arrayContaining(["Isfahan", "Esfahan"]),
      );
  });
});

describe("a name written with letters beyond Latin-1", () => {
  it("is asked whole, where it stands ('Władysław Gomułka', not 'ka … Gomuł')", () => {
    const { prompts } = bankOf(
      "In October 1956, Władysław Gomułka, who called for governmental reforms, was made the leader of the Polish Communist Party and thus the leader of Poland.",
      "In June 1956, workers in Poznań went on strike.",
    );
    expect(prompts.some((p) => /When was Władysław Gomułka made the leader/.test(p))).toBe(true);
    expect(prompts.some((p) => /Gomuł(?!ka)|(?<!\S)ka\b/.test(p))).toBe(false);
  });
});

describe("a sentence's first word, written mid-question", () => {
  it("loses a capital that another name's 'of' gave it ('House of Representatives' beside 'Representatives of 50 nations met')", () => {
    const docs = [
      "The United Nations\n\nRepresentatives of 50 nations met in San Francisco April-June 1945 to complete the Charter of the United Nations.\n\nOn 28 July 1945, the Senate approved the UN Charter.\n",
      "American Samoa\nMonday, December 16, 2019\n\nIn 2019, Amata Radewagen, the delegate to the U.S. House of Representatives, welcomed the ruling.\n",
    ].map((text, i) => ({ name: `d${i}.txt`, bytes: new TextEncoder().encode(text) }));
    const prompts = buildBank(docs, NLP).bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /did representatives of 50 nations meet/.test(p))).toBe(true);
    expect(prompts.some((p) => /did Representatives of/.test(p))).toBe(false);
  });

  it("loses its capital when it is a gerund ('Voting procedures were finalized')", () => {
    const { prompts } = bankOf(
      "Voting procedures were finalized at the Yalta Conference in 1945.",
      "In 1946, the assembly met in London.",
    );
    expect(prompts.some((p) => /were voting procedures finalized/.test(p))).toBe(true);
    expect(prompts.some((p) => /Voting procedures/.test(p))).toBe(false);
  });
});

describe("a name joined by an ampersand", () => {
  it("is blanked whole or not at all ('Kiss & Fly', not 'Kiss & _____')", () => {
    const { questions } = bankOf(
      "On 7 January 2020, at about 15:30 local time a fire was reported in the Kiss & Fly section of a parking structure at Stavanger Airport.",
      "On 8 January 2020, the airport reopened.",
    );
    for (const q of questions) expect(q.prompt).not.toMatch(/Kiss & _____|_____ & Fly/);
  });
});

describe("a subject interrupted by a long phrase set off by commas", () => {
  it("is found across a closing quotation mark ('The PALM trial, for the Swahili phrase … or \"together save lives,\" began')", () => {
    const { prompts } = bankOf(
      'The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save lives," began in November 2018 and collected data from 499 patients.',
      "The trial was stopped in August 2019.",
    );
    expect(prompts.some((p) => /When did the PALM trial begin/.test(p))).toBe(true);
    expect(prompts.some((p) => /When did "|did " begin/.test(p))).toBe(false);
  });
});

describe("a blank inside a title or a clock time", () => {
  it("is not asked ('Confessions of an _____', '22:_____')", () => {
    const { prompts } = bankOf(
      "In 2002, Matthew Goode made his screen debut with ABC's TV film Confessions of an Ugly Stepsister.",
      "On 7 January 2020, by about 22:00 local time the flames were under control.",
      "In 2004, Goode starred in Chasing Liberty.",
    );
    expect(prompts.some((p) => /of an _____|\d:_____/.test(p))).toBe(false);
  });
});

describe("a blank the rest of its sentence names another way", () => {
  it("is not asked: a name 'known as' another, the initials of the answer ('U.S. President … the _____ federal government')", () => {
    const { prompts } = bankOf(
      "In 1912, the first puppet-animated film was made by the director Wladyslaw Starewicz, known as Ladislas Starevich.",
      "On March 11, 1968, U.S. President Lyndon B. Johnson mandated that all computers purchased by the United States federal government support ASCII.",
      "In 1910, Starewicz moved to Moscow.",
    );
    const clozes = prompts.filter((p) => p.includes("_____"));
    expect(clozes.some((p) => /Starevich/.test(p) && /_____/.test(p))).toBe(false);
    expect(clozes.some((p) => /Starewicz/.test(p) && /known as _____/.test(p))).toBe(false);
    expect(clozes.some((p) => /U\.S\. President.*the _____ federal/.test(p))).toBe(false);
  });

  it("writes 'a(n)' before it, since 'an' would tell that the answer opens with a vowel", () => {
    const { prompts } = bankOf(
      "In 1917, El Apóstol was an Argentine animated film utilizing cutout animation.",
      "In 1667, the Dutch administration appointed an Irishman as Commandeur in Aruba.",
    );
    const clozes = prompts.filter((p) => p.includes("_____"));
    expect(clozes.length).toBeGreaterThan(0);
    for (const p of clozes) expect(p).not.toMatch(/\ban?\s+_____/i);
    expect(clozes.some((p) => /a\(n\) _____/.test(p))).toBe(true);
  });
});

describe("a cloze on 'X was a 1917 film'", () => {
  it("does not put the date in front, where it would limit the clause to that year ('In 1917, El Apóstol was a(n) _____ film')", () => {
    const { prompts } = bankOf(
      "El Apóstol was a 1917 Argentine animated film utilizing cutout animation.",
      "In 1917, Quirino Cristiani made the first feature film in Buenos Aires.",
    );
    expect(prompts.some((p) => /In 1917, El Apóstol was/.test(p))).toBe(false);
    expect(
      prompts.some((p) =>
        /In 1917, _____ made|Quirino Cristiani made the first feature film in _____/.test(p),
      ),
    ).toBe(true);
  });
});

describe("a clause in the past progressive", () => {
  it("keeps its 'was' in every question ('who was working for Nicholson & Watson?', not 'who working')", () => {
    const { prompts } = bankOf(
      "Orwell let André Deutsch, who was working for Nicholson & Watson in 1944, read the typescript.",
      "In 1945, Secker & Warburg published Animal Farm.",
      "In 1943, Orwell began writing Animal Farm.",
    );
    expect(prompts).toContain("When was André Deutsch working for Nicholson & Watson?");
    expect(prompts.some((p) => /who working|did André Deutsch work/.test(p))).toBe(false);
  });
});

describe("a title that opens with a preposition", () => {
  it("is not written in for a description ('a people on the move' under 'On the Move: The Transportation Revolution')", () => {
    const text =
      "On the Move: The Transportation Revolution\n\nAmericans in the early 1800s were a people on the move, as thousands left the eastern states for opportunities in the West.\n\nThe Erie Canal opened in 1825.\n";
    const { bank } = buildBank([{ name: "move.txt", bytes: new TextEncoder().encode(text) }], NLP);
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /the On the Move/.test(p))).toBe(false);
  });
});

describe("a title that opens with its article", () => {
  it("keeps its capital at a question's start and is not blanked inside ('When was An American in Paris written?')", () => {
    const text =
      "An American in Paris\n\nAn American in Paris is a jazz-influenced symphonic poem by the American composer George Gershwin, written in 1928.\n\nGershwin went to Paris in 1926 to study.\n";
    const { bank } = buildBank([{ name: "paris.txt", bytes: new TextEncoder().encode(text) }], NLP);
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts).toContain("When was An American in Paris written?");
    expect(prompts.some((p) => /\ban American in Paris|a\(n\) _____ in Paris/.test(p))).toBe(false);
  });
});

describe("a person's full name that opens a question", () => {
  it("keeps its given name's capital, whatever the tagger makes of its ending ('aldous Leonard Huxley')", () => {
    const { prompts } = bankOf(
      "Aldous Leonard Huxley (26 July 1894 – 22 November 1963) was an English writer and novelist.",
      "Huxley wrote his first novel in 1921.",
    );
    expect(prompts.some((p) => /Aldous Leonard Huxley born/.test(p))).toBe(true);
    expect(prompts.some((p) => /\baldous\b/.test(p))).toBe(false);
  });
});

describe("a surname whose full name has its initials written together", () => {
  it("is written out as that name ('Gammon' → 'C.L. Gammon')", () => {
    const { prompts } = bankOf(
      "In November 2018, the party nominated a ticket of Bill Bayes for President and C.L. Gammon for Vice President.",
      "Around August 2019, Gammon withdrew due to health reasons.",
      "Phil Collins won the party primary in March 2020.",
    );
    expect(prompts).toContain("When did C.L. Gammon withdraw due to health reasons?");
  });
});

describe("a surname several of a biography's people share", () => {
  it("is written as the name its title gives ('Huxley' in 'Aldous Huxley' → 'Aldous Huxley')", () => {
    const text =
      "Aldous Huxley\n\nAldous Huxley was born into the Huxley family; his grandfather was Thomas Henry Huxley and his brother was Julian Huxley.\n\nIn October 1913, Huxley went up to Balliol College, Oxford.\n\nIn 1921, Huxley published his first novel.\n";
    const { bank } = buildBank(
      [{ name: "huxley.txt", bytes: new TextEncoder().encode(text) }],
      NLP,
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /Aldous Huxley go up to Balliol College/.test(p))).toBe(true);
    expect(prompts.some((p) => /\bdid Huxley\b/.test(p))).toBe(false);
  });
});

describe("a body's name that ends in a person's surname", () => {
  it("is not that person's full name ('Black Voices for Trump' for 'Trump')", () => {
    const text = `${readFileSync("test/fixtures/fresh/docs/news_campaign_trail_usa_july_2020.txt", "utf8")}
On July 30, the co-chair of Black Voices for Trump, Herman Cain, who, like Trump, ran for president on his business credentials, died from COVID-19.
`;
    const { bank } = buildBank([{ name: "july.txt", bytes: new TextEncoder().encode(text) }], NLP);
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /Trump commute/.test(p))).toBe(true);
    expect(prompts.some((p) => /Black Voices for Trump commute/.test(p))).toBe(false);
  });
});

describe("a who-question about a deed many people did", () => {
  const prompts = (file: string) =>
    buildBank(
      [{ name: "doc.txt", bytes: new Uint8Array(readFileSync(`test/fixtures/${file}`)) }],
      NLP,
    ).bank.questions.map((q) => q.prompt);

  it("is not asked when its short predicate names only places ('In 1833, who settled permanently in Frankfurt?')", () => {
    const asked = prompts("real/docs/bio_arthur_schopenhauer.txt");
    expect(asked.some((p) => /^In 1833, who/.test(p))).toBe(false);
    expect(
      asked.some((p) => /where did Arthur Schopenhauer settle|Schopenhauer settle/.test(p)),
    ).toBe(true);
  });

  it("is asked for a place taken ('captured the city of Peshawar'), where a place after a preposition only locates the deed", () => {
    expect(prompts("real/docs/wiki_afghanistan_history.txt")).toContain(
      "In 1834, who captured the city of Peshawar?",
    );
  });
});

describe("a where-question about something that happens in many places", () => {
  it("is not asked when the clause names no one and nothing definite ('In 1831, where did a cholera epidemic break out?')", () => {
    const { prompts } = bankOf(
      "In 1831, a cholera epidemic broke out in Berlin.",
      "In 1833, Schopenhauer settled permanently in Frankfurt.",
      "In 1820, Schopenhauer became a lecturer at the University of Berlin.",
    );
    expect(prompts.some((p) => /where did a cholera epidemic/i.test(p))).toBe(false);
    expect(prompts.some((p) => /where did Schopenhauer settle/i.test(p))).toBe(true);
  });
});

describe("'the next' before a noun", () => {
  it("points to an earlier mention, unless it counts time ('the next NASA mission' but 'the next five decades')", () => {
    const { questions } = bankOf(
      "The next NASA mission, an orbiter called Juno, arrived at Jupiter in July 2016.",
      "In 1965, Conyers took office, and spent the next five decades in Congress.",
      "Cassini was launched in 1997.",
    );
    const prompts = questions.map((q) => q.prompt);
    expect(prompts.some((p) => /the next NASA mission/i.test(p))).toBe(false);
    expect(prompts.some((p) => /When did Conyers take office/.test(p))).toBe(true);
  });
});

describe("an adjective made from the answer", () => {
  it("gives a place away ('leader of the Polish Communist Party and thus the leader of _____')", () => {
    const { questions } = bankOf(
      "In October 1956, Władysław Gomułka, who called for governmental reforms, was made the leader of the Polish Communist Party and thus the leader of Poland.",
      "In June 1956, workers in Poznań went on strike.",
    );
    expect(questions.some((q) => q.answer === "Poland")).toBe(false);
    expect(questions.some((q) => q.answer === "Poznań")).toBe(true);
  });

  it("gives it away when English makes it another way ('rejected the American tribute and declared war on the _____', 'Arab Muslims brought _____')", () => {
    const { questions } = bankOf(
      "In 1812, the new Dey of Algiers, Hajji Ali, rejected the American tribute and declared war on the United States.",
      "In 642, Arab Muslims brought Islam to Herat and Zaranj.",
      "In 1815, Stephen Decatur sailed to Algiers.",
    );
    const clozes = questions.filter((q) => q.type === "cloze");
    expect(clozes.some((q) => q.answer === "United States")).toBe(false);
    expect(clozes.some((q) => q.answer === "Islam")).toBe(false);
    expect(clozes.some((q) => q.answer === "Herat" || q.answer === "Hajji Ali")).toBe(true);
  });
});

describe("a clause fronted inside a reported clause", () => {
  it("is not asked without the clause it leads to ('declare that if the USSR did not withdraw its forces?')", () => {
    const { prompts } = bankOf(
      "Jimmy Carter was elected in 1976.",
      "In January 1980, Carter declared that if the USSR did not withdraw its forces, the United States would boycott the 1980 Summer Olympic Games in Moscow.",
    );
    expect(prompts.some((p) => /withdraw its forces\?/.test(p))).toBe(false);
  });
});

describe("a date like 'the early 1800s'", () => {
  it("is written as the text wrote it, asked for as a century, and offered beside other hundreds", () => {
    const { questions } = bankOf(
      "As the United States expanded westward in the early 1800s, Americans soon found themselves in competition with Russian explorers.",
      "In 1867 the United States bought Alaska.",
      "In the 1960s, the Beatles toured America.",
    );
    const typed = questions.find(
      (q) => q.type === "date-typed" && /Russian explorers/.test(q.prompt),
    );
    expect(typed?.prompt).toMatch(/^In which century/);
    expect(typed?.answer).toBe("the early 1800s");
    const choice = questions.find(
      (q) => q.type === "date-choice" && /Russian explorers/.test(q.prompt),
    );
    expect(choice?.choices).toContain("the early 1700s");
    expect(choice?.choices).not.toContain("the early 1810s");
  });
});

describe("a decade's distractors", () => {
  it("are written as decades, never a decade that only a range can write ('1900–1909' beside 'the 1920s')", () => {
    const { questions } = bankOf(
      "In the late 1920s, Helen Wills won Wimbledon eight times.",
      "In 1926, Gertrude Ederle swam the English Channel.",
      "In 1927, Babe Ruth hit sixty home runs.",
      "In 1893, Thomas Edison debuted the kinetoscope.",
    );
    const choice = questions.find((q) => q.type === "date-choice" && /Helen Wills/.test(q.prompt));
    expect(choice?.answer).toBe("the late 1920s");
    for (const option of choice?.choices ?? []) expect(option).toMatch(/^the late \d{3}0s$/);
  });
});

describe("a date distractor", () => {
  it("lies no later than the latest time the documents speak of (no 'the 22nd century')", () => {
    const { questions } = bankOf(
      "In the 19th century, white settlers discovered the remnants of the Hohokam culture.",
      "As early as the 11th century, the Salt River was used for agriculture.",
      "In 2010, Phoenix had 1.4 million people.",
    );
    const options = questions.flatMap((q) => (q.type === "date-choice" ? (q.choices ?? []) : []));
    expect(options.length).toBeGreaterThan(0);
    expect(options.some((o) => /22nd|23rd|2[1-9]\d\d/.test(o))).toBe(false);
  });
});

describe("a place after 'near'", () => {
  it("is no answer to 'where?' ('a fire broke out at Bontddu Hall near Dolgellau')", () => {
    const { questions } = bankOf(
      "On 5 June 2020, a fire broke out at Bontddu Hall near Dolgellau in Gwynedd, Wales.",
      "On 18 September 1931, an explosion destroyed a section of railway track near Mukden.",
      "In 1932, Japan set up a puppet state in Manchuria.",
    );
    for (const q of questions)
      if (q.type === "where") expect(q.answer).not.toMatch(/Dolgellau|Mukden/);
  });
});

describe("'his' after a body of people named by its country", () => {
  it("has no one to stand for ('The government of Burundi announced his death')", () => {
    const { prompts } = bankOf(
      "On 9 June 2020, the government of Burundi announced his death and announced the cause of death as a cardiac arrest.",
      "Pierre Nkurunziza became president of Burundi in 2005.",
    );
    expect(prompts.some((p) => /his death/.test(p))).toBe(false);
  });
});

describe("'the' with a region's adjective and one of its members", () => {
  it("points to an earlier mention ('the African nation'), unlike a country's ('the Syrian army') or a region's one part ('the European mainland')", () => {
    const { prompts } = bankOf(
      "Nkurunziza became president of the African nation in 2005.",
      "The Syrian army took Aleppo in 2016.",
      "In 2020, the EastMed pipeline reached the European mainland.",
    );
    expect(prompts.some((p) => /African nation/.test(p))).toBe(false);
    expect(prompts.some((p) => /Syrian army/.test(p))).toBe(true);
    expect(prompts.some((p) => /European mainland/.test(p))).toBe(true);
  });
});

describe("a cloze on a surname written out in full", () => {
  it("accepts the surname the text had ('Cornwallis' for 'Charles Cornwallis')", () => {
    const { questions } = bankOf(
      "Charles Cornwallis led the British army in the South.",
      "In the summer of 1781, Cornwallis moved his army to Yorktown, Virginia.",
      "In October 1781, Cornwallis surrendered at Yorktown.",
    );
    const asked = questions.filter((q) => q.type === "cloze" && q.answer === "Charles Cornwallis");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.accepted ?? []).toContain("Cornwallis");
  });
});

describe("a cloze blank with two right answers in the bank", () => {
  it("is not asked when another event of its time has the same verb and a name of the same head ('In 1933, the _____ was ratified')", () => {
    const { prompts } = bankOf(
      "In 1933, the Twentieth Amendment was ratified during the Great Depression.",
      "In December 1933, the Twenty-First Amendment was ratified, ending Prohibition.",
      "In 1920, the Nineteenth Amendment gave women the vote.",
    );
    expect(prompts.some((p) => /“In 1933, the _____ was ratified/.test(p))).toBe(false);
    expect(prompts.some((p) => /December 1933, the _____ was ratified/.test(p))).toBe(true);
  });
});

describe("a which-first pair of one numbered series", () => {
  it("is not asked: the numbers give the order ('the Seventeenth Amendment' before 'the Nineteenth')", () => {
    const { questions } = bankOf(
      "In 1913, the Seventeenth Amendment was ratified.",
      "In 1920, the Nineteenth Amendment gave women the right to vote.",
      "In 1933, the Twentieth Amendment was ratified during the Great Depression.",
    );
    const pairs = questions.filter((q) => q.type === "which-first");
    for (const q of pairs) {
      const amendments = (q.choices ?? []).filter((c) => /Amendment/.test(c));
      expect(amendments.length).toBeLessThan(2);
    }
  });
});

describe("a country's name", () => {
  it("is not written out as a state's formal name, which is no first name ('Democratic Federal Yugoslavia')", () => {
    const { prompts } = bankOf(
      "When Italian forces evacuated Yugoslavia in 1943, AVNOJ established the state of Democratic Federal Yugoslavia.",
      "In 1945, Yugoslavia’s monarchy was abolished.",
      "In 1948, Tito broke with Stalin.",
    );
    expect(prompts.some((p) => /When was Yugoslavia’s monarchy abolished/.test(p))).toBe(true);
    expect(prompts.some((p) => /Democratic Federal Yugoslavia’s monarchy/.test(p))).toBe(false);
  });
});

describe("a predicate joined in another tense", () => {
  it("is left out of the date question ('was released in 2018 and has been out on license')", () => {
    const { prompts } = bankOf(
      "Khan was released in 2018 and has been out on license.",
      // (As a report names him first: "Khan" alone opening a sentence could be the common noun.)
      "Usman Khan was convicted in 2012.",
    );
    expect(prompts).toContain("When was Usman Khan released?");
    expect(prompts.some((p) => /^(?:When|In which).*and has been/.test(p))).toBe(false);
  });
});

describe("batch 29, judged blind", () => {
  it("keeps a count and its adjective in the subject ('88 free black settlers … sailed')", () => {
    const { prompts } = bankOf(
      "In 1820, 88 free black settlers and 3 society members sailed for Sierra Leone.",
      "In 1847, Liberia declared its independence.",
    );
    expect(prompts).toContain(
      "When did 88 free black settlers and 3 society members sail for Sierra Leone?",
    );
    expect(prompts.some((p) => /Sierra Leone 88 free/.test(p))).toBe(false);
  });

  it("asks nothing, and offers no option, that ends on a subject pronoun ('Heraclius died, with the territories he.')", () => {
    const { questions } = bankOf(
      "Heraclius died in 641, with the territories he and the Byzantines had fought to retake from the Persians largely lost.",
      "In 1847, Liberia declared its independence.",
      "In 1820, 88 free black settlers and 3 society members sailed for Sierra Leone.",
    );
    for (const q of questions) {
      expect(q.prompt).not.toMatch(/\bhe[?.!]/);
      for (const c of q.choices ?? []) expect(c).not.toMatch(/\she\.$/);
    }
  });
});

describe("batch 30, judged blind", () => {
  it("tells an event without 'To that end', which points at a sentence the question lacks", () => {
    const { questions } = bankOf(
      "To that end, in 1850 the United States and Great Britain negotiated the Clayton-Bulwer Treaty to rein in rivalry over a canal.",
      "Panama declared independence on November 3, 1903.",
      "The Panama Canal was completed in 1914.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /that end/i.test(t))).toBe(false);
    expect(questions.map((q) => q.prompt)).toContain(
      "When did the United States and Great Britain negotiate the Clayton-Bulwer Treaty to rein in rivalry over a canal?",
    );
  });

  it("reads 'measures designed to punish' as a participle on 'measures', not the clause's verb", () => {
    const { prompts } = bankOf(
      "In early 1774, leaders in Parliament responded with a set of four measures designed to punish Massachusetts.",
      "The Panama Canal was completed in 1914.",
    );
    expect(prompts.some((p) => /design to punish/.test(p))).toBe(false);
    expect(prompts).toContain(
      "When did leaders in Parliament respond with a set of four measures designed to punish Massachusetts?",
    );
  });
  it("writes a first name out as the name with a particle the document gives ('Osama' → 'Osama bin Laden')", () => {
    const { prompts } = bankOf(
      "In 2019, Hamza bin Laden, son of Osama bin Laden, was reported dead.",
      'Trump said: "Hamza bin Ladin, son of Usama bin Ladin, was killed."',
      "Osama was killed by US special forces in Pakistan in 2011.",
      "In 2001, the attacks of September 11 killed nearly 3,000 people.",
    );
    expect(prompts).toContain("When was Osama bin Laden killed by US special forces in Pakistan?");
  });

  it("leaves a one-word name whole when another person's name only begins with it ('Timur', 'Timur Shah')", () => {
    const { prompts } = bankOf(
      "Timur established the Timurid Empire in 1370.",
      "In 1772, Timur Shah moved the capital of the Durrani Empire to Kabul.",
      "In 1793, Timur Shah died.",
    );
    expect(prompts).toContain("When did Timur establish the Timurid Empire?");
  });
  it("writes no name out where it would read as a verb ('Qaboos bin Said's overthrew …')", () => {
    const { prompts } = bankOf(
      "In 1970, Qaboos became Sultan after overthrowing his father, Sultan Said bin Taimur.",
      "Qaboos bin Said ruled Oman for fifty years.",
      "In 1970, Qaboos's overthrew of his father was a bloodless British-backed coup.",
      "In 2020, Qaboos bin Said died.",
    );
    expect(prompts.some((p) => /bin say/.test(p))).toBe(false);
  });
  it("keeps 'first' in a passive, as in an active ('When was … first published?')", () => {
    const { prompts } = bankOf(
      "News of the gamma-ray bursts was first published in 1973.",
      "In 1997, a burst came from the direction of Camelopardalis.",
    );
    // ("News" keeps its capital when the documents never write it otherwise.)
    expect(
      prompts.some((p) => /^When was news of the gamma-ray bursts first published\?$/i.test(p)),
    ).toBe(true);
  });
  it("keeps 'as …' after 'describe' when a 'when' clause follows it ('described him as an emerging figure when …')", () => {
    const { prompts } = bankOf(
      "In March 2019, the State Department described Hamza bin Laden as an emerging figure in the Al-Qaeda organization when they offered a reward for his capture.",
      "In 2011, Osama bin Laden was killed by US special forces in Pakistan.",
    );
    expect(prompts).toContain(
      "When did the State Department describe Hamza bin Laden as an emerging figure in the Al-Qaeda organization?",
    );
  });
  it("asks nothing that needs 'the discovery' when a bare noun opening the sentence comes before it ('News of the discovery')", () => {
    const { questions } = bankOf(
      "News of the discovery was first published in 1973.",
      "In 1997, a burst came from the direction of the constellation Camelopardalis.",
      "In 1996, the BeppoSAX satellite was launched.",
    );
    expect(questions.some((q) => /discovery/.test(q.prompt))).toBe(false);
  });
});

describe("batch 31, judged blind", () => {
  it("keeps a list whole when an item opens with a gerund after 'the' ('the granting of land titles')", () => {
    const { prompts } = bankOf(
      "Fifty-five delegates gathered in 1831 to demand the suspension of customs duties, better protection from Indian tribes, the granting of promised land titles, and the creation of a separate state.",
      "In 1836, Santa Anna besieged San Antonio.",
    );
    expect(prompts).toContain(
      "When did fifty-five delegates gather to demand the suspension of customs duties, better protection from Indian tribes, the granting of promised land titles, and the creation of a separate state?",
    );
    expect(prompts.some((p) => /Indian tribes\?$/.test(p))).toBe(false);
  });
});

describe("batch 32, judged blind", () => {
  it("blanks no given names that a quoted nickname and a surname go on from ('Edward Lodewijk ‘Eddie’ Van Halen')", () => {
    const { questions } = bankOf(
      "On October 6, 2020, Edward Lodewijk ‘Eddie’ Van Halen, lead guitarist of US rock band Van Halen, died at age 65.",
      "Van Halen released its debut album in 1978.",
    );
    expect(questions.some((q) => q.type === "cloze" && q.answer === "Edward Lodewijk")).toBe(false);
  });

  it("reads a first word the lexicon knows in lower case as a common noun ('Conflict erupted'), not a name ('Lincoln died')", () => {
    const { prompts } = bankOf(
      "Conflict erupted in 1520 when the Spanish killed participants in an Aztec religious ritual.",
      "Lincoln died in 1865 after he was shot at Ford's Theatre.",
    );
    // Without its "when" clause the frame names nothing to ask the date of.
    expect(prompts.some((p) => /did [Cc]onflict erupt\?/.test(p))).toBe(false);
    expect(prompts).toContain(
      "Fill in the blank: “In 1520, conflict erupted when the Spanish killed participants in a(n) _____ religious ritual.”",
    );
    expect(prompts).toContain("When did Lincoln die?");
  });

  it("keeps a verb's particle after its object at the end of the clause ('to drive the Portuguese out')", () => {
    const { prompts } = bankOf(
      "However, in the 1650s, the Omani tribes united to drive the Portuguese out, and soon they began to challenge the Portuguese in East Africa as well.",
      "In 1698, Fort Jesus fell to Omani forces.",
    );
    expect(prompts).toContain("When did the Omani tribes unite to drive the Portuguese out?");
  });

  it("asks a common noun with the agent that says which one ('the Christian resistance led by King Javanshir')", () => {
    const { prompts } = bankOf(
      "In 667, the Christian resistance, led by King Javanshir, was suppressed.",
      "In 670, the Arabs took Derbent.",
    );
    expect(prompts).toContain(
      "When was the Christian resistance led by King Javanshir suppressed?",
    );
    expect(prompts).not.toContain("When was the Christian resistance suppressed?");
  });

  it("blanks neither end of a range of counts ('lost from 30,000 to _____ inhabitants')", () => {
    const { questions } = bankOf(
      "From 1620 to 1621, Algiers lost from 30,000 to 50,000 inhabitants to the plague.",
      "In late 1942, guerrilla forces numbered no more than 8,000 to 10,000.",
      "In 1627, Algiers sent 400 ships to raid Iceland.",
    );
    const numbers = questions.filter(
      (q) => q.type === "cloze" && /^[\d,]+$/.test(String(q.answer)),
    );
    expect(questions.filter((q) => q.type === "cloze").length).toBeGreaterThan(0);
    for (const end of ["30,000", "50,000", "8,000", "10,000"])
      expect(numbers.some((q) => q.answer === end)).toBe(false);
  });

  it("blanks no quoted nickname between parts of a name ('Guion S. “_____” Bluford')", () => {
    const { questions } = bankOf(
      "One of the three, Guion S. “Guy” Bluford, became the first Black astronaut in space aboard Challenger in 1983.",
      "Bluford returned to space on Challenger in October 1985.",
    );
    const clozes = questions.filter((q) => q.type === "cloze");
    expect(clozes.length).toBeGreaterThan(0);
    expect(clozes.some((q) => q.answer === "Guy")).toBe(false);
  });

  it("spells out an abbreviation its document defines ('the CWA' → 'the Civil Works Administration')", () => {
    const { prompts } = bankOf(
      "Harry Hopkins was in charge of the Civil Works Administration (CWA).",
      "With Hopkins at its helm, the CWA, founded in early 1933, put millions of men and women to work.",
      "Roosevelt held his first fireside chat on March 12, 1933.",
      "PLO officials met the envoy in 1991, after the Palestine Liberation Organization (PLO) had renounced terrorism in November 1988.",
    );
    expect(prompts).toContain("When was the Civil Works Administration founded?");
    expect(prompts.some((p) => /\bCWA\b/.test(p))).toBe(false);
    expect(prompts.some((p) => /the Palestine Liberation Organization officials/.test(p))).toBe(
      false,
    );
  });

  it("spells out an abbreviation in the options too, which are read on their own (batch 60: 'workers rolled Atlantis from the OPF')", () => {
    const { questions } = build(
      "35 Years Ago: STS-30 Launches Magellan to Venus",
      "Workers towed Atlantis to the Orbiter Processing Facility (OPF) on December 13, 1988.",
      "On March 11, 1989, workers rolled Atlantis from the OPF to the Vehicle Assembly Building.",
      "Atlantis rolled out to Launch Pad 39B on March 22, 1989.",
      "Magellan arrived at the Kennedy Space Center on October 8, 1988.",
    );
    const options = questions.flatMap((q) => q.choices ?? []);
    expect(options.some((o) => /from the Orbiter Processing Facility/.test(o))).toBe(true);
    expect(options.some((o) => /from the OPF/.test(o))).toBe(false);
  });

  it("takes no heading under the title for part of a name ('Azerbaijan', then 'History', is no 'Azerbaijan History')", () => {
    const { questions } = build(
      "Azerbaijan",
      "History",
      "In the 1990s, many Russians and Armenians left Azerbaijan.",
      "On 13 October 1921, the Soviet republics of Russia, Armenia, Azerbaijan, and Georgia signed the Treaty of Kars.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /Azerbaijan History/.test(t))).toBe(false);
    expect(texts.some((t) => /left Azerbaijan/.test(t))).toBe(true);
  });

  it("tells 'the resulting Emergency Banking Act' without 'resulting', which points at the sentence before", () => {
    const { questions, prompts } = bankOf(
      "The resulting Emergency Banking Act was signed into law on March 9, 1933.",
      "Roosevelt held his first fireside chat on March 12, 1933.",
    );
    expect(prompts).toContain("When was the Emergency Banking Act signed into law?");
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /resulting/i.test(t))).toBe(false);
  });

  it("asks nothing of, and offers no option from, a sentence that is a step of a list ('First, came Comet Hyakutake')", () => {
    const { questions } = bankOf(
      "First, came Comet Hyakutake in March 1996, with a very long tail.",
      "Comet Hale-Bopp appeared in 1997.",
      "Halley became a professor of geometry at Oxford in 1703.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /Hyakutake/.test(t))).toBe(false);
    expect(questions.length).toBeGreaterThan(0);
  });
});

describe("batch 33, judged blind", () => {
  it("asks nothing that needs 'that response' ('found that response unacceptable')", () => {
    const { questions } = bankOf(
      "In December 1895, the United States found that response unacceptable and asked Congress for a boundary commission.",
      "On October 3, 1899, the tribunal announced its decision.",
      "In 1814, Great Britain acquired British Guiana by treaty with the Netherlands.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /that response/.test(t))).toBe(false);
  });

  it("adds no full stop after a quotation that ends the sentence with its own ('“by every means.”')", () => {
    const { questions } = bankOf(
      "In December 1895, President Grover Cleveland asked Congress for authorization to appoint a boundary commission, proposing that its findings be enforced “by every means.”",
      "On October 3, 1899, the tribunal announced its decision.",
      "In 1814, Great Britain acquired British Guiana by treaty with the Netherlands.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /means/.test(t))).toBe(true);
    expect(texts.some((t) => /[.!?][’”'"]\./.test(t))).toBe(false);
  });

  it("asks nothing that needs 'do so' ('Britain announced that it would no longer do so')", () => {
    const { questions } = bankOf(
      "In 1947, however, Britain announced that it would no longer do so.",
      "On March 12, 1947, Truman addressed Congress and requested aid for Greece and Turkey.",
    );
    expect(questions.some((q) => /do so/.test(q.prompt))).toBe(false);
  });

  it("asks not when 'the 2019 Atlantic hurricane season' took place", () => {
    const { questions } = bankOf(
      "In an advisory issued late Sunday night, the National Hurricane Center upgraded Tropical Storm Humberto to hurricane status, making it the third hurricane of the 2019 Atlantic hurricane season.",
      "On September 14, 2019, Humberto hovered east of Great Abaco Island.",
    );
    expect(questions.some((q) => /hurricane season take place/.test(q.prompt))).toBe(false);
  });

  it("takes 'even' with the 'though' clause it opens ('re-charter the bank, even though …')", () => {
    const { prompts } = bankOf(
      "In January 1832, Jackson's opponents in Congress pushed for legislation that would re-charter the Second Bank, even though its charter was not scheduled to expire until 1836.",
      "In 1791, Congress established the Bank of the United States.",
    );
    expect(prompts.some((p) => /\beven\?$/.test(p))).toBe(false);
    expect(prompts).toContain(
      "When did Jackson's opponents in Congress push for legislation that would re-charter the Second Bank?",
    );
  });
});

describe("batch 35, judged blind", () => {
  it("asks 'When was Díaz forced to resign?', not '… forced to resign and went into exile?'", () => {
    const { prompts } = bankOf(
      "In 1911, Díaz was forced to resign and went into exile.",
      "In 1910, the trouble began with an election.",
      "In April 1914, the U.S. Navy took control of the Mexican port of Veracruz.",
    );
    expect(prompts).toContain("When was Díaz forced to resign?");
    expect(prompts.some((p) => /^(?:When|In which).*forced to resign and went/.test(p))).toBe(
      false,
    );
  });

  it("keeps the particle of 'broke out' when the clause after it goes", () => {
    const { prompts } = bankOf(
      "On May 14, 1948, the Arab-Israeli War broke out when five Arab nations invaded territory in the former Palestinian mandate.",
      "On November 29, 1947, the United Nations General Assembly adopted Resolution 181.",
      "In 1967, Israel captured the West Bank.",
    );
    expect(prompts).toContain("When did the Arab-Israeli War break out?");
  });

  it("asks no 'who' about the subject of a fronted 'when' clause ('who failed to deliver on expected reforms when?')", () => {
    const { prompts } = bankOf(
      "In 1913, when Madero, who had been declared president, failed to deliver on expected reforms, revolt broke out against his administration as well, and he was forced to relinquish his office.",
      "In 1911, Díaz resigned.",
      "In April 1914, the U.S. Navy took control of the Mexican port of Veracruz.",
    );
    expect(prompts.some((p) => /^(?:In \d{4}, )?who\b.*deliver|when\?$/i.test(p))).toBe(false);
  });

  it("asks nothing of a 'they' that only a phrase of time could stand for ('In the 1866 elections, they gained …')", () => {
    const { questions } = bankOf(
      "In 1866, in the congressional elections, they gained control of the House.",
      "In 1865, Lincoln was killed.",
      "In 1868, the House impeached President Johnson.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /gained control/.test(t))).toBe(false);
    expect(texts.some((t) => /impeach/.test(t))).toBe(true);
  });

  it("asks no date of a state held over years ('When was Mexico embroiled in conflict?'), but of its start", () => {
    const { prompts } = bankOf(
      "In 1917, Mexico was embroiled in violent conflict among numerous revolutionary factions.",
      "In 1857, Mexico became embroiled in a civil war between Liberals and Conservatives.",
      "In April 1914, the U.S. Navy took control of the Mexican port of Veracruz.",
    );
    expect(prompts.some((p) => /^(?:When|In which).*was Mexico embroiled/.test(p))).toBe(false);
    expect(prompts).toContain(
      "When did Mexico become embroiled in a civil war between Liberals and Conservatives?",
    );
  });
});

describe("batch 36, judged blind", () => {
  it("writes an occupation before a name in lower case, in the prompt and out of the answer", () => {
    const { questions, prompts } = bankOf(
      "Scientist Norman Borlaug won the Nobel Peace Prize in 1970.",
      "Journalist Anna Politkovskaya was murdered in Moscow in 2006.",
      "President Lyndon Johnson signed the Civil Rights Act in 1964.",
    );
    expect(prompts).toContain("When did scientist Norman Borlaug win the Nobel Peace Prize?");
    expect(prompts).toContain("When was journalist Anna Politkovskaya murdered in Moscow?");
    expect(prompts).toContain("When did President Lyndon Johnson sign the Civil Rights Act?");
    const answers = questions.flatMap((q) => (typeof q.answer === "string" ? [q.answer] : []));
    expect(answers).toContain("Norman Borlaug");
    // (A sentence given as an answer starts with a capital; a name does not take the title.)
    expect(answers.some((a) => /^(?:Scientist|Journalist) [^.]*$/.test(a))).toBe(false);
  });

  it("reads a name written with a modifier letter as one word ('Nukuʻalofa')", () => {
    const tokens = NLP.nlp.tag("In 2006, riots broke out in Nukuʻalofa, the capital of Tonga.");
    expect(tokens.map((t) => t.text)).toContain("Nukuʻalofa");
    expect(tokens.find((t) => t.text === "Nukuʻalofa")?.pos).toBe("PROPN");
  });
});

describe("batch 37, judged blind", () => {
  it("reads 'women in British match factories' as one subject ('did factories go on strike women in British match?')", () => {
    const { prompts } = bankOf(
      "In 1881, women in British match factories went on strike.",
      "In 1889, dockworkers in London went on strike.",
      "In 1890, miners in Wales went on strike.",
    );
    expect(prompts).toContain("When did women in British match factories go on strike?");
    expect(prompts.some((p) => /factories go on strike women/.test(p))).toBe(false);
  });

  it("asks nothing of 'a group called …' as if the group did the calling, and blanks the whole name", () => {
    const { questions, prompts } = bankOf(
      "In 1952, a group called the Kenya Land and Freedom Army, popularly known as the Mau Mau, began to fight for independence.",
      "In 1963, Kenya became independent.",
      "In 1947, Jomo Kenyatta led the union.",
    );
    expect(prompts.some((p) => /did a group call\b/.test(p))).toBe(false);
    const answers = questions.flatMap((q) => (typeof q.answer === "string" ? [q.answer] : []));
    expect(answers).not.toContain("Kenya Land");
  });

  it("asks no 'what happened' whose answer is told by its length", () => {
    const { questions } = bankOf(
      "In 1893, Higuchi, her mother and her sister abandoned their middle class house and, with a grim determination to survive, moved to a poor neighborhood where they opened a stationery store that before long failed.",
      "Higuchi was born in 1872.",
      "Higuchi died in 1896.",
      "In 1891, Higuchi met Nakarai Tosui.",
    );
    const asked = questions.filter((q) => q.type === "what-happened").map((q) => q.prompt);
    expect(asked).not.toContain("What happened in 1893?");
    expect(asked.length).toBeGreaterThan(0);
  });

  it("asks of the founding, not of the former name ('did the AFL call the Federation …?'), and keeps 'as their border' in the question", () => {
    const { prompts } = bankOf(
      "The American Federation of Labor (AFL), originally called the Federation of Organized Trades and Labor Unions of the United States and Canada, was established by Samuel Gompers in 1886.",
      "In the November 27, 2019 deal, Turkey and Libya agreed on a line as their shared maritime border.",
      "In 1894, the Pullman workers went on strike.",
    );
    expect(prompts).toContain(
      "When was the American Federation of Labor established by Samuel Gompers?",
    );
    expect(prompts.some((p) => /did the American Federation of Labor call/.test(p))).toBe(false);
    expect(prompts).toContain(
      "When did Turkey and Libya agree on a line as their shared maritime border?",
    );
  });
});

describe("batch 38, judged blind", () => {
  it("asks nothing whose subject is a bare 'all' ('When were All crucified in Nagasaki?')", () => {
    const { prompts } = bankOf(
      "In February 1597, all were crucified in Nagasaki.",
      "In 1590, the Jesuits in Japan resolved to stay.",
      "In 1600, Tokugawa Ieyasu won the Battle of Sekigahara.",
    );
    expect(prompts.some((p) => /crucified/.test(p))).toBe(false);
    expect(prompts).toContain("When did Tokugawa Ieyasu win the Battle of Sekigahara?");
  });
});

describe("batch 39, judged blind", () => {
  it("accepts no other body's name for a blank: 'the Republic of China' is not the PRC", () => {
    const { questions } = bankOf(
      "Tensions between the People’s Republic of China (PRC) and the Republic of China (ROC) in the 1950s resulted in armed conflict over strategic islands in the Taiwan Strait.",
      "On two separate occasions during the 1950s, the PRC bombed islands controlled by the ROC.",
      "In September 1954, the PRC began to bombard Jinmen.",
    );
    const blanks = questions.filter(
      (q) => q.type === "cloze" && q.answer === "People’s Republic of China",
    );
    expect(blanks.length).toBeGreaterThan(0);
    for (const q of blanks) expect(q.accepted ?? []).not.toContain("Republic of China");
  });

  it("takes 'Tensions between the PRC (PRC) and the ROC (ROC)' whole as the subject, and no 'rather than' object for it", () => {
    const { prompts } = bankOf(
      "Tensions between the People’s Republic of China (PRC) and the Republic of China (ROC) in the 1950s resulted in armed conflict over strategic islands in the Taiwan Strait.",
      "In early 1808, rather than accepting Joseph Bonaparte, most people in Spain rebelled.",
      "In 1805, the war ended.",
    );
    expect(prompts.some((p) => /did the Republic of China result/.test(p))).toBe(false);
    expect(prompts.some((p) => /^When did tensions between/.test(p))).toBe(true);
    expect(prompts.some((p) => /Joseph Bonaparte rebel/.test(p))).toBe(false);
  });
});

describe("batch 40, judged blind", () => {
  it("sets a fronted participle phrase after the subject it is about, not dangling at the end or dated by the cloze", () => {
    const { prompts } = bankOf(
      "Born and educated in Russia, Ayn Rand moved to the United States in 1926.",
      "Supported by Russian aircraft, the Syrian army captured the town of Khan Shaykhun in August 2019.",
      "Meeting in Costa Rica, Central American leaders cemented their commitment to the accord in January 1988.",
    );
    expect(prompts).toContain(
      "When did Ayn Rand, born and educated in Russia, move to the United States?",
    );
    expect(prompts).toContain(
      "In August 2019, which town did the Syrian army, supported by Russian aircraft, capture?",
    );
    expect(prompts).toContain(
      "Fill in the blank: “Born and educated in Russia, in 1926 Ayn Rand moved to the _____.”",
    );
    expect(prompts.some((p) => /, (?:born and educated|supported by)[^,]*\?$/.test(p))).toBe(false);
    expect(prompts.some((p) => /In 1926, born/.test(p))).toBe(false);
    expect(prompts.some((p) => /, Meeting in/.test(p))).toBe(false);
  });
});

describe("batch 41, judged blind", () => {
  it("offers no past perfect as an option, whose tense tells it came first ('had been established')", () => {
    const { questions } = bankOf(
      "The Prohibition Party is the third oldest party in the US, having been established in 1869.",
      "In 1884, the party won 150,000 votes.",
      "In 1919, the Eighteenth Amendment banned the sale of alcohol.",
      "In 1933, Prohibition was repealed.",
    );
    const options = questions.flatMap((q) => q.choices ?? []);
    expect(options.length).toBeGreaterThan(0);
    expect(options.some((o) => /had been established/.test(o))).toBe(false);
  });
});

describe("batch 40: a blank glossed by the brackets after it", () => {
  it("blanks no name whose brackets give it in another script, spelling or name", () => {
    const { prompts } = bankOf(
      "Ayn Rand was born Alisa Zinov'yevna Rosenbaum (Али́са Зиновьевна Розенбаум) to a Russian Jewish family in 1905.",
      "In 1814, Great Britain acquired British Guiana (now Guyana) by treaty with the Netherlands.",
      "On 26 December 2012, Brock Holt was traded to the Boston Red Sox (along with Joel Hanrahan) for Jerry Sands.",
    );
    const clozes = prompts.filter((p) => p.startsWith("Fill in the blank"));
    expect(clozes.some((p) => /_____ \(/.test(p) && !/_____ \(along/.test(p))).toBe(false);
    expect(clozes.length).toBeGreaterThan(2);
  });
});

describe("batch 41, judged again", () => {
  it("leaves out a fronted phrase that would end a question after a dash or participle phrase ('… —unifying the GMD and the CCP against Japan during the Xian Incident?')", () => {
    const { prompts } = bankOf(
      "In December 1936, during the so-called Xian Incident, Chiang Kai-shek was taken prisoner in Xian by Manchurian forces and forced to negotiate the creation of the Second United Front—unifying the GMD and the CCP against Japan.",
      "In 1937, war broke out.",
    );
    expect(prompts.some((p) => /Chiang Kai-shek taken prisoner/.test(p))).toBe(true);
    expect(prompts.some((p) => /against Japan during/.test(p))).toBe(false);
  });
});

describe("batch 42, judged blind", () => {
  it("writes no full name for a surname the text used alone, again and again, before that name ('Edith Wilson' for President Wilson)", () => {
    const { questions } = bankOf(
      "Wilson agreed and immediately sent 200,000 American troops in June 1917.",
      "Wilson sought to capitalize on that influence. Wilson's greatest fight was with the Senate. In an effort to turn public support into a weapon, Wilson embarked on a tour.",
      "Wilson fainted following a public event on September 25, 1919, and immediately returned to Washington.",
      "There he suffered a stroke, leaving his second wife Edith Wilson in charge as de facto president.",
      "Wilson received the Nobel Peace Prize in October 1919.",
    );
    const text = questions.map((q) => `${q.prompt} ${JSON.stringify(q.answer)}`).join("\n");
    expect(text).toMatch(/Wilson/);
    expect(text).not.toMatch(/Edith Wilson (?:agreed|received|fainted)|Edith Wilson"/);
  });
});

describe("batch 42: names and hedges", () => {
  it("writes no full name for a plural group noun ('filled with Communists' is not 'Chinese Communists') and keeps 'over' with the number it hedges", () => {
    const { prompts } = bankOf(
      "In 1949, the Chinese Communists won.",
      "Indeed, in February 1950, Wisconsin senator Joseph McCarthy, a Republican, charged in a speech that the State Department was filled with Communists.",
      "By the end of September 1918, over one million U.S. soldiers staged a full offensive into the Argonne Forest.",
    );
    expect(prompts.some((p) => /filled with Chinese Communists/.test(p))).toBe(false);
    expect(prompts.some((p) => /filled with Communists/.test(p))).toBe(true);
    expect(prompts.some((p) => /Forest over\?/.test(p))).toBe(false);
    expect(prompts.some((p) => /did over one million U\.S\. soldiers stage/.test(p))).toBe(true);
  });
});

describe("the dev corpus, judged again", () => {
  it("reads 'declared war on X and captured Y' as two predicates, each in its base form in a question", () => {
    const { prompts } = bankOf(
      "In 1785, Dey Muhammad of Algiers declared war on the United States and captured several American ships.",
      "In 1795, the United States concluded a treaty with Algiers.",
    );
    expect(prompts).toContain(
      "When did Dey Muhammad of Algiers declare war on the United States and capture several American ships?",
    );
    expect(prompts.some((p) => /declare war on the United States and captured/.test(p))).toBe(
      false,
    );
  });
});

describe("one deed told twice (dev corpus, three sessions' judges)", () => {
  it("offers no two tellings of one deed as options ('the Articles were replaced by the United States Constitution', 1788 and 1789)", () => {
    const { questions } = bankOf(
      "In 1777, the Articles of Confederation was created.",
      "In 1788, with the approval of Congress, the Articles were replaced by the United States Constitution.",
      "On March 4, 1789, the general government under the Articles was replaced with the federal government under the United States Constitution.",
      "In 1781, the Articles of Confederation was ratified.",
      "In 1776, the Second Continental Congress resolved to appoint a committee.",
    );
    const listed = questions.filter(
      (q) => q.type !== "date-choice" && (q.choices?.length ?? 0) > 1,
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const q of listed)
      expect(
        (q.choices ?? []).filter((c) => /replaced (?:by|with) the/.test(c)).length,
      ).toBeLessThan(2);
  });
});

describe("the dev corpus, judged at the session's end", () => {
  it("accepts no longer name that the key only qualifies ('Texas Army' for 'took up farming in _____')", () => {
    const { questions } = bankOf(
      "In 1836, Albert Sidney Johnston enlisted as a private in the Texas Army.",
      "In April 1834, Johnston took up farming in Texas.",
      "In 1845, the United States annexed Texas.",
    );
    const blanks = questions.filter((q) => q.type === "cloze" && q.answer === "Texas");
    expect(blanks.length).toBeGreaterThan(0);
    for (const q of blanks) expect(q.accepted ?? []).not.toContain("Texas Army");
  });
});

describe("fresh batch 44, judged blind", () => {
  it("puts no cloze blank inside brackets, which hold an aside to the event ('(today's Portugal and _____)')", () => {
    const { questions } = bankOf(
      "In the 10th century, papermaking in Europe was started by Muslims living on the Iberian Peninsula (today's Portugal and Spain) and Sicily.",
      "In November 1942, the Allies invaded French North Africa (Algeria, Morocco, and Tunisia).",
    );
    const clozes = questions.filter((q) => q.type === "cloze");
    expect(clozes.length).toBeGreaterThan(0);
    expect(clozes.some((q) => /\([^)]*_____[^)]*\)/.test(q.prompt))).toBe(false);
  });
});

describe("fresh batch 45, judged blind", () => {
  it("takes no name from 'World No. 141': 'No.' before a number labels a rank, and a blank would split it", () => {
    const { prompts, questions } = bankOf(
      "In 1997, Andre Agassi sank to World No. 141, prompting many to believe that his career was over.",
    );
    expect(prompts.some((p) => /_____\. 141|No\. _____/.test(p))).toBe(false);
    expect(questions.some((q) => q.answer === "World No" || q.answer === "World")).toBe(false);
  });
});

describe("fresh batch 45, judged blind: a count that 'be' says of its subject", () => {
  it("asks no 'how many' of 'X, Y, and Z were three German psychologists who immigrated …'", () => {
    const { questions } = bankOf(
      "Max Wertheimer (1880–1943), Kurt Koffka (1886–1941), and Wolfgang Köhler (1887–1967) were three German psychologists who immigrated to the United States in the early 20th century to escape Nazi Germany.",
    );
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.some((q) => q.type === "numeric")).toBe(false);
  });
});

describe("fresh batch 45, judged again: a day that is the noun of 'the … of'", () => {
  it("keeps 'the Saturday of the convention' whole in the event and its questions", () => {
    const { bank } = buildBank(
      [
        {
          name: "anime.txt",
          bytes: new TextEncoder().encode(
            "Anime North\nFriday, May 31, 2019\n\nThe convention ran from May 24 to 26. Jillea, a cosplayer, attended the Saturday of the convention with her friends.\n",
          ),
        },
      ],
      NLP,
    );
    expect(bank.events.some((e) => /attended the Saturday of the convention/.test(e.text))).toBe(
      true,
    );
    expect(bank.questions.some((q) => /\bthe of\b/.test(q.prompt))).toBe(false);
    expect(bank.questions.some((q) => /attend the Saturday of the convention/.test(q.prompt))).toBe(
      true,
    );
  });
});

describe("fresh batch 46, judged blind: a full name with a particle", () => {
  it("writes 'Ampiés' in full as 'Juan Martínez de Ampiés', the name the text gave him", () => {
    const { prompts } = bankOf(
      "Another governor appointed by Spain was Juan Martínez de Ampiés. In 1528, Ampiés was replaced by a representative of the House of Welser.",
    );
    expect(prompts.some((p) => /Juan Martínez de Ampiés replaced/.test(p))).toBe(true);
    expect(prompts.some((p) => /\bwas Ampiés replaced/.test(p))).toBe(false);
  });
});

describe("fresh batch 46, judged blind: a place with a relative 'where' after it", () => {
  it("asks no 'where … where' of 'brought to the rest of the world in 1951 with a visit to France where he introduced …'", () => {
    const bytes = new Uint8Array(
      readFileSync("test/fixtures/fresh/docs/encyclopedia_aikido_history.txt"),
    );
    const { bank } = buildBank([{ name: "aikido.txt", bytes }], NLP);
    expect(bank.questions.some((q) => q.type === "where")).toBe(true);
    expect(
      bank.questions.some((q) => q.type === "where" && /\bwhere\b.*\bwhere\b/i.test(q.prompt)),
    ).toBe(false);
  });
});

describe("batch 51, judged blind", () => {
  it("spells out an abbreviation by the name on its own line, not the title line above it ('AFC')", () => {
    const bank = build(
      "American Football Conference",
      "The American Football Conference (AFC) is one of the two conferences of the National Football League.",
      "The expansion Jacksonville Jaguars joined the AFC in 1995. The Houston Texans were added to the league in 2002.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts).toContain(
      "When did the expansion Jacksonville Jaguars join the American Football Conference?",
    );
    expect(prompts.some((p) => /Conference The/.test(p))).toBe(false);
  });

  it("tells no event of a recurring contest named by its year ('the Republican Party's 2008 presidential nomination')", () => {
    const { questions } = bankOf(
      "In addition to his time in Congress, Tancredo ran unsuccessfully for the Republican Party's 2008 presidential nomination.",
      "Gunzburger founded the nonpartisan Politics1.com in 1997.",
      "The Boston Tea Party disbanded in 2012.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /presidential nomination (?:took|take) place/.test(t))).toBe(false);
  });

  it("leaves out a participle with its agent after a phrase cut for its date (', hosted by China')", () => {
    const { questions } = bankOf(
      "North Korea broke out of the 1994 agreement in the winter of 2002, resulting in the opening of the Six-Party Talks the following year, hosted by China.",
      "North Korea withdrew from the IAEA in May 1994.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /agreement hosted by/.test(t))).toBe(false);
    expect(texts.some((t) => /broke out of the agreement/.test(t))).toBe(true);
  });

  it("writes no region's part as a person's given name ('the heart of Europe' is not 'Eastern Europe')", () => {
    const bank = build(
      "Fall of Communism in Eastern Europe, 1989",
      "On November 9, 1989, thousands of jubilant Germans brought down the most visible symbol of division at the heart of Europe—the Berlin Wall.",
      "Solidarity was formed in August 1980 following a series of strikes in Eastern Europe.",
    );
    const texts = bank.questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /heart of Europe/.test(t))).toBe(true);
    expect(texts.some((t) => /heart of Eastern Europe/.test(t))).toBe(false);
  });

  it("dates the last item of a participle's list, not the clause ('leading to …, and a reciprocal visit … in October 2000')", () => {
    const { questions } = bankOf(
      "The Clinton administration worked to get the Agreed Framework back on track, leading to the visit of a North Korean envoy to the United States, a joint statement of no hostile intent, and a reciprocal visit by Secretary of State Madeleine Albright to Pyongyang in October 2000.",
      "North Korea withdrew from the IAEA in May 1994.",
    );
    expect(questions.some((q) => /Clinton administration work/.test(q.prompt))).toBe(false);
  });

  it("asks nothing of, and offers no option from, a clause that says 'similarly' of something before it", () => {
    const { questions } = bankOf(
      "Pure potassium was first isolated in 1807 by Sir Humphry Davy through electrolysis.",
      "The first pieces of pure molten sodium metal were similarly prepared by Humphry Davy in 1807 through the electrolysis of molten caustic soda.",
      "The spectroscope was invented in 1859 by Robert Bunsen and Gustav Kirchhoff.",
      "Petalite was discovered in 1800 by the Brazilian chemist José Bonifácio de Andrada.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /similarly/.test(t))).toBe(false);
  });

  it("writes a surname out in full in options too, as in prompts ('Thomas Knapp stood as …')", () => {
    const bank = build(
      "On the campaign trail, October 2020",
      "Wikinews spoke with political blogger Thomas Knapp, who founded the Boston Tea Party, and attorney Ron Gunzburger, founder of the elections website Politics1.",
      "In 2008, Knapp stood as the first vice presidential nominee of the Boston Tea Party. Gunzburger founded the nonpartisan Politics1.com in 1997. The Free and Equal Elections Foundation held two debates in October 2020.",
    );
    const options = bank.questions
      .filter((q) => q.type === "which-first" || q.type === "what-happened" || q.type === "order")
      .flatMap((q) => q.choices ?? []);
    expect(options.length).toBeGreaterThan(0);
    expect(options.some((o) => /^(?:Knapp|Gunzburger)\b/.test(o))).toBe(false);
    expect(options).toContain(
      "Thomas Knapp stood as the first vice presidential nominee of the Boston Tea Party.",
    );
  });

  it("blanks no point of the compass beside its opposite ('the North and _____ signed')", () => {
    const { questions } = bankOf(
      "In April 1992, the North and South signed the Joint Declaration of the Denuclearization of the Korean Peninsula.",
      "In 1991 both Koreas were admitted into the U.N.",
    );
    const answers = clozeAnswers(questions);
    expect(answers).not.toContain("South");
    expect(answers).not.toContain("North");
  });

  it("blanks no part of a name one article holds over 'and' ('the Free and Equal Elections Foundation')", () => {
    const { questions } = bankOf(
      "The Free and Equal Elections Foundation held two debates in October 2020, attracting third party candidates.",
      "Trump won Ohio in November 2016.",
    );
    const answers = clozeAnswers(questions);
    expect(answers).not.toContain("Free");
    expect(answers).not.toContain("Equal Elections Foundation");
  });

  it("blanks no word of a name after a number inside it ('Rocky 101 _____')", () => {
    const { questions } = bankOf(
      "From December 2019 to April 2020, according to FEC records, De La Fuente's Rocky 101 LLC political action committee gave Mark Seidenberg a total of US$10,000.",
      "Trump won Ohio in November 2016.",
    );
    const answers = clozeAnswers(questions);
    expect(answers).not.toContain("LLC");
  });
});

describe("a deed told at two times", () => {
  it("is not asked 'when': the Tripoli treaty of 1805, when the treaties of 1795 were with Tripoli too", () => {
    const bank = build(
      "The Barbary Wars",
      "In 1795, the U.S. Government dispatched diplomats Joel Barlow and Richard O’Brien to North Africa and successfully concluded treaties with the states of Algiers, Tunis, and Tripoli.",
      "The U.S. treaty with Tripoli concluded in 1805 included a ransom for American prisoners in Tripoli.",
      "Arthur Schopenhauer's father died in 1805. Arthur Schopenhauer died in 1860. The London Naval Conference took place in 1930. The London Conference took place in 1935.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /treaty with Tripoli concluded\?/.test(p))).toBe(false);
    // (Another's deed, or another name, is no second telling.)
    expect(prompts.some((p) => /Arthur Schopenhauer die\?/.test(p))).toBe(true);
    expect(prompts.some((p) => /London Conference take place\?/.test(p))).toBe(true);
  });
});

describe("batch 52, judged blind", () => {
  it("reads a participle between an article and a noun as the noun's modifier ('The first known outbreak of Ebola')", () => {
    const { prompts } = bankOf(
      "The first known outbreak of Ebola, a hemorrhagic fever, took place in Central Africa in 1976.",
      "A novel disease was first reported among Los Angeles’s gay community in 1981.",
    );
    expect(prompts).toContain(
      "When did the first known outbreak of Ebola take place in Central Africa?",
    );
    expect(prompts.some((p) => /the first known\?$/.test(p))).toBe(false);
  });

  it("resolves no 'it' to a phrase with an owner in it ('the orbiter's maneuvering fuel … it made a fiery entry')", () => {
    const { questions } = bankOf(
      "As expected, after the Pioneer Venus orbiter's maneuvering fuel ran out, it made a fiery entry into Venus' upper atmosphere on Oct. 8, 1992.",
      "NASA's Galileo spacecraft flew by the Earth on Dec. 8, 1992.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /fuel (?:make|made) a fiery entry|fuel run out/.test(t))).toBe(false);
    // (A person owns nothing "it" could stand for: "Dvořák's first piece … It was performed".)
    const { prompts } = bankOf(
      "Dvořák's first piece of a religious nature, his setting of Stabat Mater, was premiered in Prague in 1880. It was very successfully performed in London in 1883.",
    );
    expect(
      prompts.some((p) => /Dvořák's first piece of a religious nature performed in London/.test(p)),
    ).toBe(true);
  });

  it("leaves out of a prompt a phrase a preposition opens after a comma, to the clause's end", () => {
    const { prompts } = bankOf(
      "Byron finally returned in January 1804, to a more settled period which saw the formation of a circle of emotional involvements with other Harrow boys.",
      "In 1819, Schopenhauer fathered, with a servant, an illegitimate daughter in Dresden.",
      "The wartime expansion of agricultural production led, with the recovery of European producers, to overproduction in the 1920s.",
    );
    expect(prompts).toContain("When did Byron return?");
    // (Not one set off inside the clause, nor the rest of the clause after one.)
    expect(prompts.some((p) => /father in Dresden\?/.test(p))).toBe(false);
    expect(prompts.some((p) => /European producers\?$/.test(p))).toBe(false);
  });

  it("takes the noun phrase after a fronted participle phrase's comma as the subject ('Following the war’s conclusion, the first written constitution, …, was drafted')", () => {
    const bank = build(
      "The Revolutions",
      "Following the war’s conclusion, the first written constitution, known as the Articles of Confederation, was drafted in 1776–1777 and ratified by the thirteen colonies in 1781.",
    );
    expect(bank.events.map((e) => e.text)).toContain(
      "The first written constitution was ratified by the thirteen colonies.",
    );
  });

  it("writes in no title whose last word follows a preposition ('the world' is not 'Science and Technology for Today’s World')", () => {
    const bank = build(
      "Science and Technology for Today’s World",
      "By 1987, more than 60,000 people in the world had died of AIDS.",
      "A novel disease was first reported among Los Angeles’s gay community in 1981.",
    );
    const texts = bank.questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /Today’s World (?:had )?died/.test(t))).toBe(false);
  });

  it("writes an article the source wrote twice once ('the the ninth NASA Administrator')", () => {
    const { questions } = bankOf(
      "In April 1992, Daniel S. Goldin was appointed the the ninth NASA Administrator.",
      "NASA's Galileo spacecraft flew by the Earth on Dec. 8, 1992.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /\bthe the\b/i.test(t))).toBe(false);
    expect(texts.some((t) => /appointed the ninth NASA Administrator/.test(t))).toBe(true);
  });

  it("blanks no country that only locates the city before it, an apposition after it or not ('Wuhan, _____, an industrial hub')", () => {
    const { questions } = bankOf(
      "The coronavirus SARS-CoV-2 appeared in Wuhan, China, an industrial and commercial hub, in December 2019.",
      "The first confirmed case in the United States appeared in January 2020.",
    );
    const answers = clozeAnswers(questions);
    expect(answers).not.toContain("China");
  });

  it("tells no clause that would lose the time it compares with ('the first case in the United States since 2013')", () => {
    const { questions } = bankOf(
      "When polio was detected in an adult in New York in July 2022, it was the first case in the United States since 2013.",
      "Only 52 percent of eligible voters went to the polls in 1980, the lowest turnout for a presidential election since 1948.",
      "Jonas Salk’s vaccine was licensed for use in the United States in 1955.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /the first case in the (?:United States|_____)[.”?]/.test(t))).toBe(
      false,
    );
    expect(texts.some((t) => /lowest turnout for a presidential election[.”?]/.test(t))).toBe(
      false,
    );
  });

  it("writes out a body its documents shortened to the head word ('Russia joined the Partnership' → 'the Partnership for Peace')", () => {
    const { questions, prompts } = bankOf(
      "In January 1994, NATO formally agreed to establish the Partnership for Peace, which created a pathway toward membership.",
      "Russia joined the Partnership in June 1994.",
      "The Dayton Agreement ended the Bosnian War in December 1995.",
      "The Army of the Potomac marched in 1862. The Army withdrew in 1863.",
    );
    expect(prompts).toContain("When did Russia join the Partnership for Peace?");
    const options = questions.flatMap((q) => (q.type === "cloze" ? [] : (q.choices ?? [])));
    expect(options.some((o) => /the Partnership\.$/.test(o))).toBe(false);
    // (A generic head of bodies stands for no one name: "the Army".)
    expect(prompts.some((p) => /Army of the Potomac withdraw/.test(p))).toBe(false);
  });

  it("asks 'By which decade' for a key 'by the 1950s'", () => {
    const { prompts } = bankOf(
      "By the 1950s, much of the world remained unvaccinated and susceptible.",
      "Jonas Salk’s vaccine was licensed for use in the United States in 1955.",
    );
    expect(prompts.some((p) => /^In which decade/.test(p))).toBe(false);
    expect(prompts.some((p) => /^By which decade/.test(p))).toBe(true);
  });
});

describe("dev sample r137, judged blind", () => {
  it("offers no two tellings of one deed with two verbs ('replaced by the United States Constitution', 'superseded by a new constitution')", () => {
    const bank = build(
      "Articles of Confederation",
      "The Articles of Confederation were drafted in 1777.",
      "The Articles of Confederation were ratified on March 1, 1781.",
      "In 1787, delegates met in Philadelphia.",
      "With the approval of Congress, the Articles were replaced by the United States Constitution in 1788.",
      "Government under the Articles was superseded by a new constitution and federal form of government in 1789.",
    );
    for (const q of bank.questions) {
      const options = q.choices ?? [];
      const both =
        options.some((o) => /replaced by the United States Constitution/.test(o)) &&
        options.some((o) => /superseded by a new constitution/.test(o));
      expect(both).toBe(false);
    }
  });

  it("asks no 'where' of a place that only locates the place the verb names, whatever kind the catalog gives that one ('invaded Delhi in India')", () => {
    const { questions } = bankOf(
      "In 1526, Babur invaded Delhi in India to replace the Lodi dynasty with the Mughal Empire.",
      "In 1984, Moreau performed with Frank Sinatra at Carnegie Hall.",
      "Babur died in 1530.",
    );
    const where = questions.filter((q) => q.type === "where").map((q) => q.answer);
    expect(where).not.toContain("India");
    expect(where).toContain("Carnegie Hall");
  });

  it("offers no hundred of the 2000s beside 'the early 1900s' ('early 2000–2099')", () => {
    const { questions } = bankOf(
      "Zhuyin developed out of a form of Chinese shorthand in the early 1900s.",
      "The Cyrillic script was adopted in 1708.",
      "Hangul was created in 1443.",
      "The first printed book in Korea appeared in 2015.",
    );
    const options = questions
      .filter((q) => q.type === "date-choice")
      .flatMap((q) => q.choices ?? []);
    expect(options.some((o) => /2000–2099/.test(o))).toBe(false);
  });

  it("reads 'based on' after a noun as that noun's participle, and dates the clause, not it ('Zhuyin developed out of a form of Chinese shorthand based on Chinese characters in the early 1900s')", () => {
    const { prompts } = bankOf(
      "Zhuyin developed out of a form of Chinese shorthand based on Chinese characters in the early 1900s and has elements of both an alphabet and a syllabary.",
      "The Cyrillic script was adopted in 1708.",
    );
    expect(prompts).toContain(
      "When did Zhuyin develop out of a form of Chinese shorthand based on Chinese characters?",
    );
    expect(
      prompts.some(
        (p) =>
          /Zhuyin base|shorthand based on Chinese characters\?$/.test(p) && /was a form/.test(p),
      ),
    ).toBe(false);
  });
});

describe("batch 53, judged blind", () => {
  it("reads ', first published in … in 1895' after a quoted title as the poem's participle, so 1895 does not date 'wrote'", () => {
    const { prompts } = bankOf(
      'Bates originally wrote the words as a poem, "Pikes Peak", first published in the Fourth of July edition of the church periodical The Congregationalist in 1895.',
      "In 1893, Bates took a train trip to Colorado Springs.",
    );
    expect(prompts.some((p) => /Bates write the words/.test(p))).toBe(false);
  });

  it("tells no event of a fronted participle of a standing relation ('Based upon written agreements with the Soviet Union in 1945, …')", () => {
    const { questions } = bankOf(
      "Based upon written agreements with the Soviet Union in 1945, the only connections to Berlin left to the Western Allies were air corridors from West Germany used to supply Berlin by air.",
      "On June 24, 1948, Soviet forces blockaded rail, road, and water access to Berlin.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /1945|were based upon/.test(t))).toBe(false);
  });

  it("lets a 'when' clause on a fronted date offer 'they' a rival antecedent ('In March, when the Soviets discovered these designs, they withdrew')", () => {
    const bank = build(
      "The Berlin Airlift",
      "In early 1948, the United States, United Kingdom, and France secretly began to plan a new German state. In March, when the Soviets discovered these designs, they withdrew from the Allied Control Council.",
    );
    expect(bank.events.some((e) => /France withdrew/.test(e.text))).toBe(false);
  });

  it("takes a year that opens a sentence as the story's time for the year-less dates after it ('The year 1947 saw …. In June, …')", () => {
    const bank = build(
      "The Berlin Airlift, 1948–1949",
      "The crisis started on June 24, 1948, and ended on May 12, 1949.",
      "The year 1947 saw major shifts in occupation policy in Germany. In June, Secretary of State George Marshall announced the European Recovery Program.",
    );
    const marshall = bank.events.find((e) => /Marshall announced/.test(e.text));
    expect(marshall?.date.start).toBe("1947-06");
  });

  it("writes a first name out as the person's full name the story gave first ('Dan Billow … Dan began his career')", () => {
    const bank = build(
      "NASA Honors Three Chroniclers for Helping Tell America’s Space Story",
      "Through decades of hard work, three storytellers brought out of this world news down to Earth, providing a lens through which young and old could watch space exploration unfold. This week, NASA recognized the contributions of these Chroniclers during a May 15, 2024, ceremony at the agency’s Kennedy Space Center in Florida.",
      "NASA Kennedy Space Center’s Associate Director of Management Burt Summerfield was at the spaceport’s Press Site for the unveiling of three brass plates bearing the names of the 2024 honorees – Dan Billow, Michael R. Brown, and Margaret (Maggie) Persinger.",
      "“The Chroniclers ceremony is one of Press Site’s greatest traditions,” Summerfield said. “We get a chance to extend our deepest thank you to members of the media – and our NASA and industry communicators – who go above and beyond to tell our story to the world,”",
      "The inductees join the list of 82 other Chroniclers awardees whose names hang proudly on the wall in the “bullpen” at Kennedy’s Press Site, where journalists, photographers and broadcasters have gathered to cover the space industry since 1962.",
      "The honorees were nominated by other members of the news media and selected by a panel of NASA officials and current space reporters.",
      "Dan Billow was born in 1960 in Orange County, California. He earned his bachelor’s degree in 1982 in radio and television from California State University in Fullerton and completed a certificate in meteorology from Mississippi State University in 2008.",
      "Dan began his career in 1982 as a news reporter at KRCR-TV in Redding, California. From 1985 to 1987, he worked as a news reporter with KLAS-TV in Las Vegas, Nevada. In 1987, Dan took a job with WESH-TV in Orlando, Florida, as a news reporter and meteorologist. While there, he covered all space shuttle missions from 1988-2011. He also covered NASA’s Earth and other planetary missions, including Mars landings, spacecraft flights to Mercury, Venus, Jupiter, Saturn, Uranus, Neptune, Pluto, the Sun, and Earth’s moon. Dan experienced weightlessness in a NASA KC-135 aircraft in 1998, and he even experienced simulated space shuttle landings in a Shuttle Training Aircraft commanded by astronaut Chris Ferguson in 2011.",
      "Harry Truman announced the Truman Doctrine in 1947. Truman addressed Congress on March 12, 1947.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts).toContain(
      "When did Dan Billow begin his career as a news reporter at KRCR-TV in Redding, California?",
    );
    // (Only a person's full name: "Truman" is not "Truman Doctrine".)
    expect(prompts.some((p) => /Truman Doctrine address/.test(p))).toBe(false);
  });

  it("reads 'in 1851 extensions were sought' as a year before the clause's subject, not a count of extensions", () => {
    const bank = build(
      "Asphalt",
      "In 1838, Claridge obtained patents in Scotland, and in 1851 extensions were sought for all three patents.",
    );
    expect(bank.events.some((e) => e.date.start === "1851")).toBe(true);
    expect(bank.questions.some((q) => q.answer === "1,851")).toBe(false);
  });
});

describe("pairs whose order logic gives away", () => {
  it("pairs no event that makes or ends a thing with one in which that thing acts ('Cream was formed' and 'Cream disbanded')", () => {
    const bank = build(
      "Ginger Baker",
      "In 1966, Baker, Jack Bruce and guitarist Eric Clapton formed Cream.",
      "In 1968, Cream disbanded with Baker and Jack Bruce having developed a volatile relationship.",
      "In 1993, Cream was inducted into the Rock and Roll Hall of Fame.",
      "In 1962, Baker replaced Charlie Watts in Blues Incorporated.",
    );
    for (const q of bank.questions.filter((x) => x.type === "which-first")) {
      const options = q.choices ?? [];
      expect(
        options.some((o) => /formed Cream/.test(o)) &&
          options.some((o) => /Cream (?:disbanded|was inducted)/.test(o)),
      ).toBe(false);
    }
  });
});

describe("batch 54, judged blind", () => {
  it("gives a past predicate after ', and' the reporting clause's subject, not the reported one's ('… neither the North nor the South would join …, and called for …')", () => {
    const { questions } = bankOf(
      "The Geneva agreement promised that neither the North nor the South would join alliances with outside parties, and called for general elections in 1956.",
      "The second agreement promised that neither the North nor the South would join alliances, and was signed in July 1954.",
      "Dien Bien Phu fell on May 7, 1954.",
    );
    const texts = questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /South (?:was )?signed/.test(t))).toBe(false);
    // (and 1956, the time of the elections called for, dates no calling)
    expect(texts.some((t) => /call(?:ed)? for general elections/.test(t))).toBe(false);
  });

  it("keeps an ordinal written in figures with its noun ('The 74th Academy Awards, held in 2002, …')", () => {
    const bank = build(
      "Academy Awards",
      "The 74th Academy Awards, held in 2002, presented the first Academy Award for Best Animated Feature.",
    );
    expect(bank.events.some((e) => /^Academy Awards was held/.test(e.text))).toBe(false);
    expect(bank.events.some((e) => /^The 74th Academy Awards/.test(e.text))).toBe(true);
  });

  it("offers no Roman numeral alone as a name ('section VI' gave 'VI' as a who-option)", () => {
    const bank = build(
      "Neutrality Acts",
      "In the 1930s, the United States Government enacted a series of neutrality laws.",
      "On October 17, 1941, the House of Representatives revoked section VI, which forbade the arming of U.S. merchant ships.",
      "In November 1941, the Senate passed another bill.",
      "In August 1935, Congress passed the first Neutrality Act.",
    );
    const options = bank.questions.flatMap((q) => (q.type === "who" ? (q.choices ?? []) : []));
    expect(options).not.toContain("VI");
    expect(bank.events.some((e) => e.entities.includes("VI"))).toBe(false);
  });
});

describe("participle phrases on the subject, read unseen", () => {
  it("takes the tense after a participle phrase on the subject for the clause's verb ('paper used for writing became widespread')", () => {
    const bank = build(
      "History of paper",
      "Although paper used for writing became widespread by the 3rd century AD, paper continued to be used for wrapping (and other) purposes.",
      "In 1850, the tools used for mining became cheaper.",
    );
    expect(bank.events.map((e) => e.text)).toContain("Paper used for writing became widespread.");
    const prompts = bank.questions.map((q) => q.prompt);
    // (the participle says which paper, so the question keeps it; no "did paper use … became")
    expect(prompts.some((p) => /did paper used for writing become widespread\?$/i.test(p))).toBe(
      true,
    );
    expect(prompts.some((p) => /use for writing became|AD\?$/.test(p))).toBe(false);
  });

  it("keeps the agents joined by 'and' or '&' after 'by' in the subject ('ships built by Harland and Wolff carried …')", () => {
    const bank = build(
      "Emigration",
      "In 1912, ships built by Harland and Wolff carried most emigrants.",
      "In 1956, a trial issue produced by Secker & Warburg illustrated by John Driver was abandoned.",
    );
    const texts = bank.events.map((e) => e.text);
    expect(texts).toContain("Ships built by Harland and Wolff carried most emigrants.");
    expect(texts.some((t) => /^(?:Wolff|Warburg) /.test(t))).toBe(false);
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts).toContain(
      "When was a trial issue produced by Secker & Warburg illustrated by John Driver abandoned?",
    );
    expect(prompts.some((p) => /did (?:ships build|Wolff)/.test(p))).toBe(false);
  });

  it("leaves a clause that a subordinator opens after the participle's phrase its own ('War raged from 1568 until a truce was signed')", () => {
    const bank = build(
      "Wars of religion",
      "War raged from 1568 until a truce was signed in 1609.",
      "NBC News reported on Sunday the Iowa Democratic Party had finalized the division of the state's delegates on 9 February 2020.",
    );
    const texts = bank.events.map((e) => e.text);
    expect(texts.some((t) => /^War was|was reported/.test(t))).toBe(false);
  });
});

describe("what-happened options a life's calendar rules out", () => {
  it("offers no act of a person at a time before the birth or after the death its documents date ('What happened in 1879?' with Einstein's acts)", () => {
    const bank = build(
      "Albert Einstein",
      "Albert Einstein was born in Ulm on 14 March 1879.",
      "In 1896, Einstein renounced his citizenship in Württemberg.",
      "In 1905, Einstein published four papers.",
      "In 1921, Einstein won the Nobel Prize in Physics.",
      "In 1933, Einstein left Germany for the United States.",
      "Einstein died in Princeton on 18 April 1955.",
      "In 2014, a museum about Einstein opened in Bern.",
    );
    const asked = bank.questions.filter((q) => q.type === "what-happened");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const year = Number(/\b(\d{4})\?$/.exec(q.prompt)?.[1]);
      const lived = year > 1879 && year < 1955;
      const acts = (q.choices ?? []).filter(
        (c) => c !== q.answer && /^Albert Einstein (?!was born|died)/.test(c),
      );
      if (!lived) expect(acts, q.prompt).toEqual([]);
    }
  });
});

describe("passives of verbs whose participle is their base form", () => {
  it("asks 'When was … cast?', not 'When did … cast …?', where the tagger reads 'cast' after 'was' as a base form", () => {
    const bank = build(
      "Academy Awards",
      "The original Oscar mold was cast in 1928 at the C.W. Shumway & Sons Foundry in Batavia, Illinois.",
      "In 2005, Padalecki was cast as Sam Winchester on the WB series Supernatural.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts).toContain(
      "When was the original Oscar mold cast at the C.W. Shumway & Sons Foundry in Batavia, Illinois?",
    );
    expect(prompts.some((p) => /did .* cast\b/.test(p))).toBe(false);
  });
});

describe("batch 55, judged blind", () => {
  it("cuts a participle whose only complement was the date ('the assembly held on 4 December 1912' → 'the assembly')", () => {
    const bank = build(
      "Albania",
      "The Provisional Government of Albania was established on the second session of the assembly held on 4 December 1912.",
      "In 2011, the team was promoted as the major league rosters expanded on September 1.",
    );
    const texts = bank.events.map((e) => e.text);
    expect(texts).toContain(
      "The Provisional Government of Albania was established on the second session of the assembly.",
    );
    expect(bank.questions.some((q) => /assembly held\b/.test(q.prompt))).toBe(false);
  });

  it("makes 'the' before a day that said which issue indefinite when the day goes ('The Dec. 16, 1994, issue of Science' → 'An issue of Science')", () => {
    const bank = build(
      "Clementine",
      "The Dec. 16, 1994, issue of Science published early results from Clementine.",
      "Clementine launched on Jan. 25, 1994, from Vandenberg Air Force Base.",
    );
    expect(bank.events.map((e) => e.text)).toContain(
      "An issue of Science published early results from Clementine.",
    );
    expect(bank.questions.some((q) => /\bthe issue of Science\b/.test(q.prompt))).toBe(false);
  });

  it("blanks no label cut short before a number ('Science, Vol. 266, No. 5192' asked for 'Vol')", () => {
    const bank = build(
      "Clementine",
      "The Dec. 16, 1994, issue of Science, Vol. 266, No. 5192, published early results from Clementine.",
      "Clementine launched on Jan. 25, 1994, from Vandenberg Air Force Base.",
    );
    const answers = bank.questions.filter((q) => q.type === "cloze").map((q) => q.answer);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers).not.toContain("Vol");
    expect(answers).not.toContain("No");
  });

  it("reads a tense after an agent's phrase, its commas and an 'and' as the clause's verb ('the International Gendarmerie joined by Isa Boletini and his men, mostly from Kosovo, and northern Mirdita Catholics were defeated')", () => {
    const bank = build(
      "Albania",
      "In May and June 1914 the International Gendarmerie joined by Isa Boletini and his men, mostly from Kosovo, and northern Mirdita Catholics were defeated by the rebels who captured most of Central Albania by the end of August 1914.",
      "In 1920, the Congress of Lushnjë was held.",
    );
    const texts = bank.questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /who joined by|join by Isa|Kosovo[.?]$/.test(t))).toBe(false);
    expect(bank.events.map((e) => e.text)).toContain(
      "The International Gendarmerie joined by Isa Boletini and his men, mostly from Kosovo, and northern Mirdita Catholics were defeated by the rebels.",
    );
  });

  it("asks a span of months across years 'Between which months', not 'In which months' ('April 1964 – November 1966')", () => {
    const bank = build(
      "Gemini",
      "Between April 1964 and November 1966, the Gemini missions were flown from Cape Canaveral.",
      "In May and June 1965, engineers tested the fuel cells at Cape Canaveral.",
      "On April 8, 1964, Gemini 1 lifted off from Launch Pad 19.",
    );
    const typed = bank.questions.filter((q) => q.type === "date-typed").map((q) => q.prompt);
    expect(typed).toContain(
      "Between which months were the Gemini missions flown from Cape Canaveral?",
    );
    expect(typed.some((p) => /^In which months did engineers test/.test(p))).toBe(true);
  });

  it("keeps a capitalised particle the tagger calls foreign with the name after it ('De La Fuente's committee', asked as '… according to FEC records, De?')", () => {
    const bank = build(
      "Campaign trail",
      "According to FEC records, De La Fuente's Rocky 101 LLC political action committee gave Seidenberg a total of US$10,000 over a series of five payments between December 2019 and April 2020.",
      "On August 4, 2020, Seidenberg was nominated for vice president.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /, De\?$/.test(p))).toBe(false);
    expect(prompts.some((p) => /did De La Fuente's Rocky 101 LLC/.test(p))).toBe(true);
  });

  it("keeps a plural title before names out of a blank and out of a name written in full ('Mission Specialists N. Jan Davis')", () => {
    const bank = build(
      "STS-60",
      "The crew included Commander Charles F. Bolden, Pilot Kenneth S. Reightler, and Mission Specialists N. Jan Davis, Ronald M. Sega and Franklin R. Chang-Díaz.",
      "In October 1992, NASA announced Bolden, Reightler, Davis, Sega, and Chang-Díaz as the STS-60 crew.",
      "Space shuttle Discovery took off on Feb. 3, 1994.",
    );
    const texts = bank.questions.flatMap((q) => [q.prompt, String(q.answer), ...(q.choices ?? [])]);
    expect(texts.some((t) => /Specialists N\. Jan Davis/.test(t))).toBe(false);
    expect(texts.some((t) => /N\. Jan Davis/.test(t))).toBe(true);
  });

  it("asks a date written 'from {date} until {something undated}' as the start of the state ('From which year did France administer … until independence?')", () => {
    const bank = build(
      "Algeria",
      "From 1848 until independence, France administered the whole Mediterranean region of Algeria as an integral part and département of the nation.",
      "In 1830, the French invaded and captured Algiers.",
      "From 1961 to 1965, the government built roads in the north of Algeria.",
    );
    const prompts = bank.questions.map((q) => q.prompt);
    expect(
      prompts.some((p) =>
        /^From which year did France administer .* until independence\?$/.test(p),
      ),
    ).toBe(true);
    expect(prompts.some((p) => /^(?:When|In which year) did France administer/.test(p))).toBe(
      false,
    );
    expect(prompts.some((p) => /“In 1848, until independence/.test(p))).toBe(false);
  });

  it("asks nothing of a passive cut from the noun it was said of ('Was joined by the Lumleian lectures …')", () => {
    const bank = build(
      "Anatomy",
      "In England, anatomy was the subject of the first public lectures given in any science; these were given by the Company of Barbers and Surgeons in the 16th century, joined in 1583 by the Lumleian lectures in surgery at the Royal College of Physicians.",
      "In 1543, Andreas Vesalius published De humani corporis fabrica.",
    );
    const texts = bank.questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(texts.some((t) => /(?:^|“|, )[Ww]as joined by/.test(t))).toBe(false);
    expect((bank.dropped ?? []).some((d) => d.reason === "the sentence has no subject")).toBe(true);
  });
});

describe("a word with a stop inside it (batch 63)", () => {
  it("stays one word in a question ('Life.com released a photo gallery', not 'When did com release … launch Life.?')", () => {
    const { prompts } = bankOf(
      "On July 15, 2009, Life.com released a photo gallery of unpublished photos of the Apollo 11 crew taken by Ralph Morse.",
      "On July 20, 2009, the Apollo 11 crew met President Barack Obama.",
    );
    expect(prompts).toContain(
      "When did Life.com release a photo gallery of unpublished photos of the Apollo 11 crew taken by Ralph Morse?",
    );
    expect(prompts.some((p) => /\bdid com\b|Life\.\?/.test(p))).toBe(false);
  });
});

describe("a place on the noun of a phrase of time (batch 63)", () => {
  it("is not asked as where the clause happened ('presented an ultimatum … shortly after the Confederate retreat at Antietam')", () => {
    const { questions } = bankOf(
      "Lincoln presented an ultimatum to the Confederates on September 22, 1862, shortly after the Confederate retreat at Antietam.",
      "Union troops fought the Confederate army at Antietam in Maryland on September 17, 1862.",
    );
    expect(questions.some((q) => q.type === "where" && /ultimatum/.test(q.prompt))).toBe(false);
  });
});

describe("a state begun 'from 1981 onward' (batch 63)", () => {
  it("is not asked as the year of one deed ('In which year did the Reagan administration fear …?')", () => {
    const { prompts } = bankOf(
      "From 1981 onward, the Reagan administration feared that conflict between Lebanese factions could escalate into an Arab-Israeli war.",
      "In 1982, Israel invaded Lebanon.",
    );
    expect(prompts.some((p) => /Reagan administration fear/.test(p))).toBe(false);
  });
});

describe("an abbreviation a text defines for a common noun phrase (batch 63)", () => {
  it("is spelled out in a question read on its own ('the MNF' after 'a multinational force (MNF)')", () => {
    const { questions } = bankOf(
      "In July 1982, Reagan agreed to contribute Marines to a multinational force (MNF), alongside French and Italian troops.",
      "On October 23, 1983, suicide bombers attacked the barracks of the U.S. and French contingents of the MNF, killing 241 American servicemen.",
    );
    const texts = questions.filter((q) => /barracks/.test(q.prompt)).map((q) => q.prompt);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => /\bMNF\b/.test(t))).toBe(false);
    expect(texts.some((t) => /the multinational force/.test(t))).toBe(true);
  });
});

describe("a predicate that leans on the story beside one that does not (batch 63)", () => {
  it("is left out of the prompt, and the other asked ('Lincoln made good on his promise and signed the Emancipation Proclamation')", () => {
    const { prompts } = bankOf(
      "In September 1862, Lincoln presented an ultimatum to the Confederates.",
      "On January 1, 1863, Lincoln made good on his promise and signed the Emancipation Proclamation.",
    );
    expect(prompts).toContain("When did Lincoln sign the Emancipation Proclamation?");
    expect(prompts.some((p) => /his promise/.test(p))).toBe(false);
  });

  it("is not left out when the 'and' belongs to a clause inside the first ('the outbreak that had infected 4,200 and killed at least 62')", () => {
    const { prompts } = bankOf(
      "On 5 December 2019, the government of Samoa began a shutdown to make way for a vaccination campaign against the measles outbreak that had infected over 4,200 of the residents and killed at least 62.",
      "On 7 December 2019, the vaccination campaign in Samoa ended.",
    );
    expect(prompts.some((p) => /government of Samoa kill/.test(p))).toBe(false);
  });
});

describe("a linking verb with an adjective (batch 64)", () => {
  it("is asked no date: it says how something was ('When was Deng's trip extremely successful?'), but a participle or an infinitive after it tells a deed", () => {
    const { prompts } = bankOf(
      "In January 1979, Deng Xiaoping visited the United States.",
      "Deng’s trip was extremely successful in 1979 as he charismatically wooed Congress.",
      "When Carter took office in January 1977, a significant improvement in relations between China and the United States seemed far from inevitable.",
      "Paris was liberated on 25 August 1944.",
    );
    const asked = prompts.filter((p) => /^(?:When|In which|On what)/.test(p));
    expect(asked.some((p) => /extremely successful|far from inevitable/.test(p))).toBe(false);
    expect(prompts).toContain("When was Paris liberated?");
  });
});

describe("an abbreviation after a name whose words hold its letters in order (batch 65)", () => {
  it("is spelled out only when the name's last word (or the one before a kind of document) gives its last letter", () => {
    const { prompts } = bankOf(
      "In May 2007, the Special Forces Brigade of the Angolan Armed Forces (FAA) hosted a celebration at Cabo Ledo.",
      "In 2013, the International Institute for Strategic Studies reported that the FAA had six divisions.",
      "In 1987, the United States and the Soviet Union signed the Intermediate-Range Nuclear Forces Treaty (INF).",
      "In November 1994, Russia, Ukraine, Belarus, and Kazakhstan agreed to adhere to INF.",
    );
    expect(
      prompts.some((p) => /Forces Brigade of the Angolan Armed Forces had six divisions/.test(p)),
    ).toBe(false);
    expect(
      prompts.some((p) => /adhere to the Intermediate-Range Nuclear Forces Treaty/.test(p)),
    ).toBe(true);
  });
});

describe("what a recollection or a legend tells (batch 65)", () => {
  it("is not offered as something that happened ('According to one employee's account, the branch moved …')", () => {
    const { questions } = bankOf(
      "In May 1959, NASA moved the Vanguard team to the new center in Greenbelt.",
      "According to one employee’s account, the Applied Mathematics Branch moved from a downtown office to the Greenbelt site in July 1959.",
      "In March 1961, NASA dedicated the Goddard Space Flight Center.",
      "In October 1961, the center launched its first satellite.",
    );
    const offered = questions.flatMap((q) =>
      q.type === "which-first" || q.type === "what-happened" || q.type === "order"
        ? [...(q.choices ?? []), ...(Array.isArray(q.answer) ? q.answer : [q.answer])]
        : [],
    );
    expect(offered.some((t) => /^According to/.test(t))).toBe(false);
  });
});

describe("a person's name with a middle name as a cloze key (batch 65)", () => {
  it("accepts the first name and surname alone ('William Christian Bullitt' → 'William Bullitt')", () => {
    const { questions } = bankOf(
      "In February 1919, Secretary of State Robert Lansing sent William Christian Bullitt to Soviet Russia.",
      "In March 1919, Lenin offered terms to the American envoy.",
    );
    const cloze = questions.find(
      (q) => q.type === "cloze" && q.answer === "William Christian Bullitt",
    );
    expect(cloze?.accepted).toContain("William Bullitt");
  });
});

describe("a surname read as a place on one weak clue (the dev corpus's judge)", () => {
  it("is written in full where it acts, when the documents name the person ('Harris arrived in Shimoda' after 'Townsend Harris', beside 'the Harris Treaty')", () => {
    const prompts = devPrompts("textbook_opening_to_japan");
    expect(prompts).toContain("When did Townsend Harris arrive in Shimoda?");
    expect(prompts.some((p) => /\bdid Harris\b/.test(p))).toBe(false);
  });
});

describe("a surname that is also a plural noun (the dev corpus's judge)", () => {
  it("is written in full when the documents name the person ('Prats' after 'General Carlos Prats')", () => {
    const prompts = devPrompts("compound_allende_pinochet_coup");
    expect(prompts).toContain(
      "When was Carlos Prats succeeded as Defense Minister and Army Commander by General Augusto Pinochet?",
    );
  });
});

describe("two deeds told in words a reader cannot tell apart (batch 66)", () => {
  it("are never ordered in one question ('The Socialist Party won the elections.', 1997, and '… won the national elections.', 2013)", () => {
    const { questions } = bankOf(
      "In 1991, Albania held its first multiparty elections.",
      "In 1997, the Socialist Party won the elections.",
      "In 1999, Albania hosted refugees from Kosovo.",
      "In 2009, Albania joined NATO.",
      "In 2013, the Socialist Party won the national elections.",
    );
    const orders = questions.filter((q) => q.type === "order");
    expect(orders.length).toBeGreaterThan(0);
    for (const q of orders) {
      const both = (q.choices ?? []).filter((c) => /^The Socialist Party won the/.test(c));
      expect(both.length).toBeLessThan(2);
    }
  });
});
