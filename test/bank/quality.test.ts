import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSources } from "../../src/cli/source-files.ts";
import { buildBank } from "../../src/core/bank-build.ts";
import { signature, similarity } from "../../src/core/events/tokens.ts";
import { NLP } from "../helpers/nlp.ts";
import { datedAs, unsupportedYears, wordsFor } from "./helpers.ts";

/*
 * The bank against a hand annotation of every dated event in the seed documents
 * (test/fixtures/seed-annotations.json). An event recovers an annotation when one
 * of its sources is the annotated document, its date agrees at the annotation's
 * precision (or a date conflict of that document lists the annotated date), and
 * every keyword appears in its text or that document's quote.
 */

type Annotation = { doc: string; start: string; precision: string; keywords: string[] };

const sourcesDir = new URL("../../questions/sources/", import.meta.url);
const files = readSources(sourcesDir);
const { bank } = buildBank(files, NLP);
const annotations: Annotation[] = JSON.parse(
  readFileSync(new URL("../fixtures/seed-annotations.json", import.meta.url), "utf8"),
).events;

const recovers = (e: (typeof bank.events)[number], a: Annotation) =>
  e.sources.some((s) => s.doc === a.doc) &&
  datedAs(e, a.start, a.doc) &&
  a.keywords.every((k) => wordsFor(e, a.doc).includes(k.toLowerCase()));

describe("bank quality on the seed documents", () => {
  const matched = annotations.map((a) => bank.events.filter((e) => recovers(e, a)));
  const recall = matched.filter((m) => m.length > 0).length / annotations.length;
  const correct = bank.events.filter((e) => annotations.some((a) => recovers(e, a)));
  const precision = correct.length / bank.events.length;
  console.log(
    `seed bank: recall ${recall.toFixed(3)} (${matched.filter((m) => m.length > 0).length}/${annotations.length}), ` +
      `precision ${precision.toFixed(3)} (${correct.length}/${bank.events.length}), ` +
      `${bank.undated.length} undated, ${bank.events.filter((e) => e.conflicts.length > 0).length} events with conflicts`,
  );

  it("recovers at least 90% of the annotated events", () => {
    const missed = annotations.filter((_, i) => matched[i]?.length === 0);
    expect(missed).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("has at least 95% of its events in the annotation", () => {
    expect(
      bank.events.filter((e) => !correct.includes(e)).map((e) => `${e.date.start} ${e.text}`),
    ).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it("has no duplicate events: no annotation is recovered twice, no two events say the same on one date", () => {
    expect(matched.filter((m) => m.length > 1).map((m) => m.map((e) => e.text))).toEqual([]);
    const pairs: string[] = [];
    bank.events.forEach((a, i) => {
      for (const b of bank.events.slice(i + 1)) {
        if (a.date.start !== b.date.start) continue;
        if (similarity(signature(a.text), signature(b.text)).jaccard >= 0.8)
          pairs.push(`${a.text} | ${b.text}`);
      }
    });
    expect(pairs).toEqual([]);
  });

  it("fabricates no year: every event's year is supported by one of its documents", () => {
    expect(unsupportedYears(bank, files)).toEqual([]);
  });
});
