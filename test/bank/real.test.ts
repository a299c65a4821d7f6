import { describe, expect, it } from "vitest";
import { mentionSpans } from "../../src/core/events/clause-facts.ts";
import { NLP } from "../helpers/nlp.ts";
import { gateReport } from "./helpers.ts";
import { formatScore, scoreCorpus } from "./real-corpus.ts";

/*
 * The bank on the dev corpus of real documents (test/fixtures/real, SOURCES.md there):
 * texts no one on the project wrote, annotated by hand before the bank was run on
 * them. The figures are printed for the closing note; the thresholds are the floor
 * reached so far, so that a rule that helps one document and hurts others fails here.
 * The targets of the issue are precision 0.97 and recall 0.90.
 */

const score = scoreCorpus(new URL("../fixtures/real/", import.meta.url));
console.log(`dev corpus of real documents:\n${formatScore(score)}`);

describe("the bank on real documents it was not written against", () => {
  it("recovers the annotated events and emits few others", () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.83);
    expect(score.precision).toBeGreaterThanOrEqual(0.94);
  });

  it("fabricates no year and emits no fact twice", () => {
    expect(score.docs.flatMap((d) => d.fabricated)).toEqual([]);
    expect(score.docs.flatMap((d) => d.duplicates)).toEqual([]);
  });

  it("misattaches at most two dates in 16 documents", () => {
    expect(score.misattached).toBeLessThanOrEqual(2);
  });

  it("writes no date into an event's text but the event's own", () => {
    const leaks = score.bank.events.filter((e) => {
      const own = e.dateText ?? "";
      const text = own.length > 0 ? e.text.replace(own, "") : e.text;
      return mentionSpans(text, NLP.nlp).length > 0;
    });
    expect(leaks.map((e) => `${e.date.start} ${e.text}`)).toEqual([]);
  });

  it("publishes only questions that pass the gate, of at least seven kinds, and lists what it dropped", () => {
    const gate = gateReport(score.bank, score.documents);
    console.log(
      `dev corpus questions: ${score.bank.questions.length} published in ${gate.kinds.size} kinds, ${gate.dropped} dropped by the gate`,
    );
    expect(gate.failures).toEqual([]);
    expect(gate.kinds.size).toBeGreaterThanOrEqual(7);
    for (const d of score.bank.dropped ?? []) expect(d.reason.length).toBeGreaterThan(0);
  });
});
