import { describe, expect, it } from "vitest";
import { buildBank } from "../../../src/core/bank-build.ts";
import { NLP } from "../../helpers/nlp.ts";

/*
 * Batch 57, judged blind: "In which year did Statehood take effect?" never says whose
 * statehood. A subject that is one noun for a state or an act of something, with nothing
 * saying what of, is asked about in no question that needs the sentence alone.
 */

const bankOf = (text: string) =>
  buildBank([{ name: "alaska.txt", bytes: new TextEncoder().encode(text) }], { nlp: NLP.nlp }).bank;

describe("a subject that does not say what it is of", () => {
  const alaska = `Alaska

The statehood movement gained its first real momentum in 1946. Statehood was approved by Congress on July 7, 1958. Plague was first introduced to Europe in 1347. The Alaska Purchase was signed in 1867.
`;

  it("is asked about in no question ('Statehood was approved by Congress')", () => {
    const bank = bankOf(alaska);
    expect(bank.events.map((e) => e.text)).toContain("Statehood was approved by Congress.");
    const asked = bank.questions.flatMap((q) => [q.prompt, ...(q.choices ?? [])]);
    expect(asked.some((t) => /statehood was approved/i.test(t))).toBe(false);
  });

  it("unlike a noun that needs no owner ('Plague was first introduced to Europe')", () => {
    const bank = bankOf(alaska);
    expect(bank.questions.some((q) => /plague was first introduced/i.test(q.prompt))).toBe(true);
  });
});
