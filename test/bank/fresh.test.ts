import { describe, expect, it } from "vitest";
import { readSources } from "../../src/cli/source-files.ts";
import { buildBank, sourceId } from "../../src/core/bank-build.ts";
import { NLP } from "../helpers/nlp.ts";
import { gateReport } from "./helpers.ts";

/*
 * The fresh corpora (test/fixtures/fresh, see its SOURCES.md): real documents added in
 * batches after the rules were written, with no gold, for blind question judging. Whatever
 * their style, every question published from them must pass the gate.
 */

const files = readSources(new URL("../fixtures/fresh/docs/", import.meta.url));
const { bank } = buildBank(files, NLP);

describe("fresh documents", () => {
  it("give dated events and publish only questions that pass the gate, of at least six kinds", () => {
    const documents = files.map((f) => ({
      id: sourceId(f.name),
      text: new TextDecoder().decode(f.bytes),
    }));
    expect(bank.events.length).toBeGreaterThan(150);
    const gate = gateReport(bank, documents);
    expect(gate.failures).toEqual([]);
    expect(gate.kinds.size).toBeGreaterThanOrEqual(6);
  });
});

describe("who-questions across the fresh documents", () => {
  // (The unit tests build one document at a time, too few names for a who-question's options.)
  it("are asked of a deed made one by its count ('won an unprecedented third term'), not of a short one many did ('who was born in Paris?')", () => {
    const prompts = bank.questions.filter((q) => q.type === "who").map((q) => q.prompt);
    expect(prompts).toContain("In 1940, who won an unprecedented third term?");
    expect(prompts).not.toContain("In 1932, who was born in Paris?");
  });
});

describe("a country the documents show acting as often as locating", () => {
  // (Batch 48's trials essay, where "the United States signed … held twelve trials", tipped
  // its votes to a tie, and every "which country" question on it went.)
  it("stays a place, and is asked as one ('which country declared war on Mexico?')", () => {
    const prompts = bank.questions.filter((q) => q.type === "where").map((q) => q.prompt);
    expect(prompts).toContain("On 13 May 1846, which country declared war on Mexico?");
  });
});
