import { describe, expect, it } from "vitest";
import type { BankEvent, Question } from "../../../src/core/bank-schema.ts";
import { QUESTION_TYPES, QuestionSchema } from "../../../src/core/bank-schema.ts";
import { gradeAnswer, rightResponse } from "../../../src/core/grade/index.ts";
import { checkQuestion } from "../../../src/core/questions/check.ts";
import { generateQuestions } from "../../../src/core/questions/index.ts";
import { promptable } from "../../../src/core/questions/standalone.ts";
import { quoteInDocument } from "../../../src/core/questions/text.ts";
import {
  D1,
  seedDocuments,
  seedEvents,
  seedSources,
} from "../../fixtures/questions/seed-events.ts";
import { NLP } from "../../helpers/nlp.ts";

const input = { events: seedEvents, sources: seedSources, documents: seedDocuments, nlp: NLP.nlp };
const questions = generateQuestions(input);
const ofType = (type: string) => questions.filter((q) => q.type === type);
const about = (eventId: string) => questions.filter((q) => q.eventIds.includes(`ev_${eventId}`));
const find = (type: string, eventId: string) => about(eventId).find((q) => q.type === type);

describe("generateQuestions on the seed events", () => {
  it("produces every kind, valid against the bank schema", () => {
    for (const type of QUESTION_TYPES) {
      expect(ofType(type).length, type).toBeGreaterThan(0);
    }
    for (const q of questions) expect(QuestionSchema.safeParse(q).success).toBe(true);
  });

  it("gives every event that can carry a question several variants", () => {
    const titles = new Map(seedSources.map((s) => [s.id, s.title]));
    // A sentence that leans on another ("the enclave", "It was rocked …") carries none.
    const standing = seedEvents.filter((e) =>
      promptable(e.text, titles.get(e.sources[0]?.doc ?? "") ?? "", NLP.nlp),
    );
    expect(standing.length).toBeGreaterThan(seedEvents.length / 2);
    for (const e of standing) {
      expect(about(e.id.slice(3)).length, e.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("passes every rule, cites a quote present in its document, and scores its own answer 1", () => {
    const docs = new Map(seedDocuments.map((d) => [d.id, d.text]));
    for (const q of questions) {
      expect(checkQuestion(q, input, seedDocuments), `${q.type}: ${q.prompt}`).toEqual([]);
      expect(quoteInDocument(q.source.quote, docs.get(q.source.doc) ?? "")).toBe(true);
      expect(gradeAnswer(q, rightResponse(q)).score).toBe(1);
      expect(q.explanation.length).toBeGreaterThan(10);
    }
  });

  it("is deterministic", () => {
    expect(generateQuestions(input)).toEqual(questions);
  });

  it("keeps ids when an unrelated event is removed", () => {
    const without = generateQuestions({
      ...input,
      events: seedEvents.filter((e) => e.id !== "ev_kafranbel2020"),
    });
    const ids = new Set(without.map((q) => q.id));
    for (const q of about("idlibcaptured").filter((x) => x.eventIds.length === 1))
      expect(ids.has(q.id)).toBe(true);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it("turns event sentences into natural questions", () => {
    expect(find("date-choice", "idlibcaptured")?.prompt).toBe(
      "When did rebels capture Idlib city and manage to besiege the towns of Kafriya and al‐Fu'ah after four days of fighting?",
    );
    expect(find("date-typed", "idlibcaptured")?.prompt).toMatch(
      /^On what date did rebels capture Idlib city/,
    );
    expect(find("date-typed", "zabadani")?.prompt).toBe(
      "In which month and year did the battle of Zabadani begin?",
    );
    expect(find("date-typed", "uprising")?.prompt).toBe(
      "In which year did Kafranbel gain worldwide renown as a bastion of protest?",
    );
    expect(find("date-typed", "bomber")?.prompt).toBe(
      "On what date was a convoy of buses carrying evacuees attacked by a suicide bomber west of Aleppo?",
    );
    expect(find("what-happened", "idlibcaptured")?.prompt).toBe("What happened on 28 March 2015?");
    expect(find("which-first", "idlibcaptured")?.prompt ?? "Which came first?").toBe(
      "Which came first?",
    );
  });

  it("rephrases a sentence whose subject is quoted and drops dateline weekdays", () => {
    expect(find("date-typed", "astana")?.prompt).toBe(
      "On what dates were four “de-escalation zones” established at the Astana meeting between Türkiye, Russia and Iran?",
    );
    const kafranbel = find("date-typed", "kafranbel2020")?.prompt ?? "";
    expect(kafranbel).toBe(
      "On what date did Syrian regime forces recapture Kafranbel in Idlib province?",
    );
  });

  it("offers 3 or 4 date options at the answer's precision, in order, with the answer once", () => {
    for (const q of ofType("date-choice")) {
      const choices = q.choices ?? [];
      expect(choices.length).toBeGreaterThanOrEqual(3);
      expect(choices.length).toBeLessThanOrEqual(4);
      expect(choices.filter((c) => c === q.answer)).toHaveLength(1);
    }
    expect(find("date-choice", "ummaanoun")?.choices?.every((c) => c.startsWith("mid-"))).toBe(
      true,
    );
  });

  it("never asks about a conflicted event without naming the source, nor offers the other source's date", () => {
    const agreement = about("agreement2018").filter((q) => q.eventIds.length === 1);
    expect(agreement.length).toBeGreaterThan(0);
    for (const q of agreement) {
      expect(q.prompt).toContain("According to “Siege of al-Fu'ah and Kafriya”");
      expect(q.source.quote).toMatch(/^On 17 July/);
      expect(q.choices ?? []).not.toContain("18 July 2018");
    }
    const siege = find("date-choice", "siegestart");
    expect(siege?.prompt).toMatch(
      /^According to “Siege of al-Fu'ah and Kafriya”, when did the siege of al-Fu'ah and Kafriya begin/,
    );
    expect(siege?.source.doc).toBe(D1);
    expect(siege?.choices).not.toContain("2013");
    expect(siege?.explanation).toContain("Other sources give 2013");
    for (const q of about("seventhousand").filter((x) => x.eventIds.length === 1)) {
      expect(q.prompt).toMatch(/^According to “Mass Evacuation/);
    }
  });

  it("asks numbers with a tolerance and no leak", () => {
    const buses = find("numeric", "evacuation2017");
    expect(buses).toMatchObject({
      prompt:
        "On 14 April 2017, how many buses and 20 ambulances evacuated around 5,000 people from Fu'ah and Kafriya to Aleppo?",
      answer: "75",
      tolerance: 0.1,
    });
    const range = find("numeric", "agreement2018");
    expect(range?.answer).toBe("6,500–7,000");
    expect(range?.prompt).toMatch(/^According to/);
  });

  it("asks who and where with same-kind options and accepted spellings", () => {
    const hts = find("who", "ummaanoun") as Question;
    expect(hts.prompt).toBe(
      "In mid-March 2017, who captured Tall Umm A'anoun hill from the NDF in an attempt to cut the road linking Fu'ah and Kafriya?",
    );
    expect(hts.answer).toBe("Hayat Tahrir al-Sham");
    expect(hts.accepted).toContain("HTS");
    expect(gradeAnswer(hts, "HTS").score).toBe(1);
    const idlib = find("where", "idlibcaptured") as Question;
    expect(idlib.prompt).toBe(
      "On 28 March 2015, which city did rebels capture after four days of fighting?",
    );
    // Options are other cities of its documents; with fewer than two, the answer is typed.
    if (idlib.choices !== undefined) expect(idlib.choices).toContain("Idlib city");
    expect((idlib.choices ?? []).some((c) => /Fu'ah|Foua|Kafriya/.test(c))).toBe(false);
  });

  it("blanks one name or number in a cloze and accepts its other spellings", () => {
    const clozes = about("idlibcaptured").filter((q) => q.type === "cloze");
    expect(clozes.length).toBeGreaterThan(0);
    for (const q of clozes) {
      expect(q.prompt.split("_____")).toHaveLength(2);
      expect(q.prompt).toMatch(
        /^Fill in the blank: “On 28 March 2015, after four days of fighting, rebels captured/,
      );
    }
    const fuah = clozes.find((q) => q.answer === "al‐Fu'ah");
    if (fuah) expect(gradeAnswer(fuah, "Foua").score).toBe(1);
  });

  it("orders only events whose order is certain, shown out of order", () => {
    for (const q of [...ofType("order"), ...ofType("which-first")]) {
      if (q.type === "order") {
        expect(q.eventIds.length).toBeGreaterThanOrEqual(4);
        expect(q.eventIds.length).toBeLessThanOrEqual(5);
        expect((q.answer as string[]).join()).not.toBe(q.eventIds.join());
      }
      expect(q.choices).toHaveLength(q.eventIds.length);
    }
  });
});

describe("ordering certainty", () => {
  const ev = (
    id: string,
    start: string,
    text: string,
    extra: Partial<BankEvent> = {},
  ): BankEvent => ({
    id: `ev_${id}`,
    date: {
      start,
      precision: start.length === 10 ? "day" : start.length === 7 ? "month" : "year",
      qualifier: null,
      provenance: "explicit",
    },
    text,
    sources: [{ doc: "doc1", quote: text }],
    entities: [],
    conflicts: [],
    ...extra,
  });
  const events = [
    ev("month", "2015-03", "Union troops crossed the Rappahannock."),
    ev("day", "2015-03-28", "Rebels took the Stone Bridge."),
    ev("later", "2015-06-02", "Aid reached the Bekaa Valley."),
    ev("latest", "2015-09-14", "The Treaty of Ghent was signed."),
    ev("disputed", "2015-06-01", "Governor Smith resigned.", {
      conflicts: [{ field: "date", values: ["2015-06-01", "2015-06-05"], docs: ["doc1"] }],
    }),
  ];
  const text = events.map((e) => e.text).join(" ");
  const qs = generateQuestions({
    events,
    sources: [{ id: "doc1", title: "A river war", published: null }],
    documents: [{ id: "doc1", text }],
    nlp: NLP.nlp,
  });

  it("never pairs a month with a day of that month, nor events a disputed date may put either way", () => {
    const pairs = qs.filter((q) => q.type === "which-first" || q.type === "order");
    expect(pairs.length).toBeGreaterThan(0);
    for (const q of pairs) {
      const ids = new Set(q.eventIds);
      expect(ids.has("ev_month") && ids.has("ev_day")).toBe(false);
      expect(ids.has("ev_disputed") && ids.has("ev_later")).toBe(false);
    }
  });

  it("orders the events after a long span that precedes none of them", () => {
    const span = ev("span", "2015-01", "The Siege of Lakeport took place.", {
      date: {
        start: "2015-01",
        end: "2018-07",
        precision: "month",
        qualifier: null,
        provenance: "explicit",
      },
    });
    const points = [
      ev("p1", "2015-02-03", "Rebels took the Stone Bridge."),
      ev("p2", "2015-04-05", "Aid reached the Bekaa Valley."),
      ev("p3", "2015-06-07", "Governor Smith resigned."),
      ev("p4", "2015-08-09", "The Treaty of Ghent was signed."),
    ];
    const all = [span, ...points];
    const ordered = generateQuestions({
      events: all,
      sources: [{ id: "doc1", title: "A river war", published: null }],
      documents: [{ id: "doc1", text: all.map((e) => e.text).join(" ") }],
      nlp: NLP.nlp,
    }).filter((q) => q.type === "order");
    expect(ordered).toHaveLength(1);
    expect(ordered[0]?.answer).toEqual(["ev_p1", "ev_p2", "ev_p3", "ev_p4"]);
  });

  it("asks what happened on a date only when one event has it", () => {
    const twin = generateQuestions({
      events: [...events, ev("twin", "2015-09-14", "Prisoners were exchanged.")],
      sources: [{ id: "doc1", title: "A river war", published: null }],
      documents: [{ id: "doc1", text: `${text} Prisoners were exchanged.` }],
      nlp: NLP.nlp,
    });
    expect(qs.some((q) => q.type === "what-happened" && q.eventIds[0] === "ev_latest")).toBe(true);
    expect(
      twin.some(
        (q) => q.type === "what-happened" && ["ev_latest", "ev_twin"].includes(q.eventIds[0] ?? ""),
      ),
    ).toBe(false);
  });
});

describe("contradictions", () => {
  it("asks nothing of one sentence dated twice (one story under two datelines)", () => {
    const text = "Inspectors returned to the offices, having seized 600 documents.";
    const ev = (id: string, start: string, doc: string) => ({
      id,
      date: { start, precision: "day" as const, qualifier: null, provenance: "dateline" as const },
      text,
      sources: [{ doc, quote: text }],
      entities: [],
      conflicts: [],
    });
    const qs = generateQuestions({
      events: [ev("ev_a", "2013-03-21", "d1"), ev("ev_b", "2013-03-22", "d2")],
      sources: [
        { id: "d1", title: "One", published: "2013-03-22" },
        { id: "d2", title: "Two", published: "2013-03-23" },
      ],
      documents: [
        { id: "d1", text },
        { id: "d2", text },
      ],
      nlp: NLP.nlp,
    });
    expect(qs).toEqual([]);
  });
});

describe("teacher review", () => {
  it("neither asks about nor offers an event a teacher hid", () => {
    const hidden = seedEvents.map((e) =>
      e.id === "ev_idlibcaptured" ? { ...e, hidden: true } : e,
    );
    const qs = generateQuestions({
      events: hidden,
      sources: seedSources,
      documents: seedDocuments,
      nlp: NLP.nlp,
    });
    expect(qs.some((q) => q.eventIds.includes("ev_idlibcaptured"))).toBe(false);
    const text = seedEvents.find((e) => e.id === "ev_idlibcaptured")?.text ?? "";
    expect(qs.some((q) => q.choices?.some((c) => c.startsWith(text.slice(0, 40))))).toBe(false);
  });
});
