import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSources } from "../../src/cli/source-files.ts";
import { buildBank, sourceId } from "../../src/core/bank-build.ts";
import { fromIso, toIso } from "../../src/core/dates/calendar.ts";
import { analyseSentence } from "../../src/core/events/clause-facts.ts";
import { ingestDocument } from "../../src/core/ingest/document.ts";
import { NLP } from "../helpers/nlp.ts";
import { datedAs, gateReport, unsupportedYears } from "./helpers.ts";

/*
 * TempEval-3 platinum (test/fixtures/te3, see its README): 20 news articles and 69
 * gold calendar dates. A gold date is recovered by an event of its document whose
 * date starts with it at the gold's precision and whose text or quote contains one
 * of its keys. Plain chrono-node finds 32%.
 */

type Gold = { doc: string; date: string; keys: string[] };

const dir = new URL("../fixtures/te3/", import.meta.url);
const files = readSources(new URL("docs/", dir));
const gold: Gold[] = JSON.parse(readFileSync(new URL("gold.json", dir), "utf8"));
const { bank } = buildBank(files, NLP);

describe("TempEval-3 dates", () => {
  const found = (g: Gold, withEnd: boolean) =>
    bank.events.some(
      (e) =>
        e.sources.some((s) => s.doc === g.doc) &&
        (datedAs(e, g.date) || (withEnd && e.date.end?.startsWith(g.date))) &&
        g.keys.some(
          (k) =>
            e.text.includes(k) || e.sources.some((s) => s.doc === g.doc && s.quote.includes(k)),
        ),
    );
  const recall = gold.filter((g) => found(g, false)).length / gold.length;
  const recallWithEnds = gold.filter((g) => found(g, true)).length / gold.length;
  console.log(
    `TE3: recall ${recall.toFixed(3)} (date.start), ${recallWithEnds.toFixed(3)} counting range ends; ${bank.events.length} events`,
  );

  it("recovers at least 85% of the gold dates in the right sentence", () => {
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it("publishes only questions that pass the gate, of at least seven kinds", () => {
    const documents = files.map((f) => ({
      id: sourceId(f.name),
      text: new TextDecoder().decode(f.bytes),
    }));
    const gate = gateReport(bank, documents);
    expect(gate.failures).toEqual([]);
    expect(gate.kinds.size).toBeGreaterThanOrEqual(7);
  });

  it("gives no event a date its text does not support", () => {
    expect(unsupportedYears(bank, files)).toEqual([]);
  });

  it("resolves every weekday in the gold against the dateline, by the tense of its clause", () => {
    // Resolution, not event-making: "Before Friday's announcement" dates a noun, not an event,
    // yet its Friday must still be the right day.
    const weekdays = gold.filter((g) => g.date.length === 10 && g.date.startsWith("2013-03"));
    const wrong = weekdays.filter((g) => {
      const text = new TextDecoder().decode(files.find((f) => sourceId(f.name) === g.doc)?.bytes);
      const doc = ingestDocument(text);
      const dateline = doc.dateline === null ? null : fromIso(doc.dateline);
      const sentence = doc.sentences.find(
        (s) => g.keys.some((k) => s.text.includes(k)) && /day/i.test(s.text),
      );
      if (sentence === undefined) return true;
      const { dates } = analyseSentence(
        sentence.text,
        { dateline, headingYear: null, anchor: null },
        NLP.nlp,
      );
      return !dates.some((d) => toIso(d.start) === g.date);
    });
    expect(wrong).toEqual([]);
  });
});
