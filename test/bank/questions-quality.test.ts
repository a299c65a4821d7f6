import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSources } from "../../src/cli/source-files.ts";
import { sourceId } from "../../src/core/bank-build.ts";
import { parseBank, QUESTION_TYPES } from "../../src/core/bank-schema.ts";
import { gradeAnswer, rightResponse } from "../../src/core/grade/index.ts";
import { makeChecker } from "../../src/core/questions/check.ts";
import { promptable, standsAlone } from "../../src/core/questions/standalone.ts";
import { NLP } from "../helpers/nlp.ts";

/*
 * The committed bank (questions/bank.json, built from questions/sources/) checked
 * question by question against the rules of DESIGN §5 and issue 4, with the same
 * pure checker teachers' uploaded documents go through.
 */

const root = join(import.meta.dirname, "../..");
const bank = parseBank(JSON.parse(readFileSync(join(root, "questions/bank.json"), "utf8")));
const sourcesDir = join(root, "questions/sources");
const documents = readSources(sourcesDir).map((f) => ({
  id: sourceId(f.name),
  text: new TextDecoder().decode(f.bytes),
}));

describe("question bank quality", () => {
  it("has questions of every kind", () => {
    const counts = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0]));
    for (const q of bank.questions) counts[q.type] = (counts[q.type] ?? 0) + 1;
    console.log(
      `questions per kind (${bank.questions.length} for ${bank.events.length} events):\n` +
        Object.entries(counts)
          .map(([type, n]) => `  ${type.padEnd(14)} ${n}`)
          .join("\n"),
    );
    for (const type of QUESTION_TYPES) expect(counts[type], type).toBeGreaterThan(0);
  });

  it("passes every rule: no leak, valid options, one right option, quote in its document, certain orders, attributed conflicts", () => {
    const check = makeChecker(bank, documents);
    const failures = bank.questions.flatMap((q) =>
      check(q).map((p) => `${q.id} ${q.type} “${q.prompt}”: ${p}`),
    );
    expect(failures).toEqual([]);
  });

  it("scores each question's own answer 1", () => {
    for (const q of bank.questions) expect(gradeAnswer(q, rightResponse(q)).score, q.id).toBe(1);
  });

  it("gives every undisputed event several variants, under unique ids", () => {
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(bank.questions.length);
    const perEvent = new Map<string, number>();
    for (const q of bank.questions) {
      if (q.type === "which-first" || q.type === "order") continue;
      for (const id of q.eventIds) perEvent.set(id, (perEvent.get(id) ?? 0) + 1);
    }
    const titles = new Map(bank.sources.map((s) => [s.id, s.title]));
    const thin = bank.events
      // A sentence that leans on another ("It was rocked …", "the enclave") is not asked about.
      .filter(
        (e) =>
          e.conflicts.length === 0 &&
          standsAlone(e.text) &&
          promptable(e.text, titles.get(e.sources[0]?.doc ?? "") ?? "", NLP.nlp) &&
          (perEvent.get(e.id) ?? 0) < 2,
      )
      .map((e) => `${e.id}: ${e.text}`);
    expect(thin).toEqual([]);
  });
});
