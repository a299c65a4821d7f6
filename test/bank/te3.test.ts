import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSources } from "../../src/cli/source-files.ts";
import { buildBank } from "../../src/core/bank-build.ts";
import { datedAs, unsupportedYears } from "./helpers.ts";

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
const { bank } = buildBank(files);

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

  it("gives no event a date its text does not support", () => {
    expect(unsupportedYears(bank, files)).toEqual([]);
  });

  it("resolves every weekday in the gold against the dateline", () => {
    const weekdays = gold.filter((g) => g.date.length === 10 && g.date.startsWith("2013-03"));
    expect(weekdays.filter((g) => !found(g, false))).toEqual([]);
  });
});
