import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBank } from "../../../src/core/bank-build.ts";
import { MAX_SENTENCE, splitSentences } from "../../../src/core/ingest/sentences.ts";
import { NLP } from "../../helpers/nlp.ts";

/*
 * Issue 18: one upload must not freeze the server, whatever its shape. The work of a
 * bank build grows with the size of its longest sentence and of its largest groups of
 * alike events; both are capped, so these shapes are cut before they are parsed.
 */

const piece = fc.constantFrom(
  "on 3 March 2015 rebels took Foo",
  "and 4,000 people fled Bar",
  "in 1999",
  "| 12 | 2015 | 7 |",
  "Mr. A. B. Smith",
  "; ",
  ", ",
  " ",
  "(",
  ")",
  "“",
  "”",
  "[",
  "[[",
  "**",
  "'''",
);

describe("bounded work per document", () => {
  it("never leaves a sentence longer than the cap, whatever the paragraph", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 400 }), (parts) => {
        const paragraph = parts.join(" ");
        for (const s of splitSentences(paragraph))
          expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      }),
      { numRuns: 200 },
    );
  });

  it("builds a document of one repeated stop-less sentence into a bounded bank", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 50, max: 300 }),
        (unit, times) => {
          const text = `A pasted table\n\n${Array.from({ length: times }, () => unit.join(" ")).join(" ")}\n`;
          const { bank } = buildBank(
            [{ name: "t.txt", bytes: new TextEncoder().encode(text) }],
            NLP,
          );
          // Alike events merge (in groups of at most 64) and questions stay per event.
          expect(bank.events.length).toBeLessThanOrEqual(Math.ceil(text.length / 40));
          for (const e of bank.events) expect(e.text.length).toBeLessThanOrEqual(MAX_SENTENCE + 2);
        },
      ),
      { numRuns: 15 },
    );
  });
});
