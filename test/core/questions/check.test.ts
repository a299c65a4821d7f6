import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/core/bank-schema.ts";
import { checkQuestion } from "../../../src/core/questions/check.ts";
import { generateQuestions } from "../../../src/core/questions/index.ts";
import { seedDocuments, seedEvents, seedSources } from "../../fixtures/questions/seed-events.ts";
import { NLP } from "../../helpers/nlp.ts";

const bank = { events: seedEvents, sources: seedSources };
const questions = generateQuestions({ ...bank, documents: seedDocuments, nlp: NLP.nlp });
const pick = (type: string, eventId?: string): Question => {
  const q = questions.find(
    (x) => x.type === type && (eventId === undefined || x.eventIds.includes(`ev_${eventId}`)),
  );
  if (q === undefined) throw new Error(`no ${type} question`);
  return q;
};
const problems = (q: Question) => checkQuestion(q, bank, seedDocuments).join("\n");

describe("checkQuestion", () => {
  it("passes the generated questions", () => {
    expect(problems(pick("date-choice", "idlibcaptured"))).toBe("");
    expect(problems(pick("order"))).toBe("");
  });

  it("finds a quote that is not in its document", () => {
    const q = pick("date-typed", "idlibcaptured");
    const forged = { ...q, source: { ...q.source, quote: "Rebels captured the moon." } };
    expect(problems(forged)).toMatch(/not a source of the question's events/);
    const elsewhere = { ...q, source: { doc: "003_054b95b90d12600a", quote: q.source.quote } };
    expect(problems(elsewhere)).toMatch(/not in its document/);
  });

  it("finds leaks of the answer in the prompt", () => {
    const date = pick("date-typed", "idlibcaptured");
    expect(problems({ ...date, prompt: "What did rebels do in 2015?" })).toMatch(/year 2015/);
    const where = pick("where", "idlibcaptured");
    expect(
      problems({ ...where, prompt: "Which city near Idlib province did rebels capture?" }),
    ).toMatch(/prompt contains/);
    const numeric = pick("numeric", "evacuation2017");
    expect(problems({ ...numeric, prompt: "How many of the 75 buses left?" })).toMatch(/number 75/);
  });

  it("finds bad date options", () => {
    const q = pick("date-choice", "idlibcaptured");
    const choices = q.choices ?? [];
    expect(problems({ ...q, choices: [...choices].reverse() })).toMatch(/chronological/);
    expect(problems({ ...q, choices: ["March 2015", ...choices.slice(1)] })).toMatch(
      /not written like the answer/,
    );
    expect(problems({ ...q, choices: choices.slice(0, 2) })).toMatch(/3 or 4 options/);
    const twice = [...choices.slice(0, 3), choices[0] ?? ""];
    expect(problems({ ...q, choices: twice })).toMatch(/same/);
  });

  it("finds another source's date among the options", () => {
    const q = pick("date-choice", "agreement2018");
    const choices = [...(q.choices ?? []).filter((c) => c !== "19 July 2018"), "18 July 2018"].sort(
      (a, b) => Date.parse(a) - Date.parse(b),
    );
    expect(problems({ ...q, choices })).toMatch(/another source gives/);
  });

  it("finds an unattributed side of a conflict", () => {
    const q = pick("date-typed", "agreement2018");
    expect(problems({ ...q, prompt: q.prompt.replace(/^According to “[^”]+”, o/, "O") })).toMatch(
      /without naming its source/,
    );
  });

  it("finds uncertain or wrong orders", () => {
    const q = pick("order");
    const truth = q.answer as string[];
    expect(problems({ ...q, answer: [...truth].reverse() })).toMatch(/not certain/);
    expect(
      problems({
        ...q,
        eventIds: truth,
        choices: truth.map((id) => seedEvents.find((e) => e.id === id)?.text ?? ""),
      }),
    ).toMatch(/already in order/);
    const pair = pick("which-first");
    const later = pair.choices?.find((c) => c !== pair.answer) ?? "";
    expect(problems({ ...pair, answer: later })).toMatch(/not the earlier event/);
  });

  it("takes an option for its event's text with a name written in full, and no other text", () => {
    const pair = pick("which-first");
    const [first = "", second = ""] = pair.choices ?? [];
    // A capitalised word before a name's first one is a name written out ("Thomas Knapp").
    const fuller = (t: string) => t.replace(/^(\S+)/, "Mr Anonymous $1");
    const written = { ...pair, choices: [fuller(first), second] };
    const renamed = pair.answer === first ? { ...written, answer: fuller(first) } : written;
    expect(problems(renamed)).toBe("");
    const other = { ...pair, choices: [`${first.slice(0, -1)} again.`, second] };
    expect(problems(other)).toMatch(/aligned with eventIds/);
  });

  it("finds an option that is another spelling of the answer", () => {
    const q = pick("where", "idlibcaptured");
    const choices = [
      ...(q.choices ?? []).filter((c) => c !== "Idlib city").slice(0, 2),
      "Idlib city",
      "Idleb",
    ];
    expect(problems({ ...q, choices })).toMatch(/another spelling/);
  });

  it("finds an answer its own grader does not accept", () => {
    const q = pick("numeric", "evacuation2017");
    expect(problems({ ...q, answer: "a lot" })).toMatch(/right answer scores/);
  });
});
