import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/ingest/sentences.ts";

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe("splitSentences", () => {
  it("splits where a full stop runs into the next sentence with no space ('cured malaria patients.Youyou was awarded'), not inside 'Ph.D'", () => {
    expect(
      texts("The trial successfully cured malaria patients.Youyou was awarded the Nobel Prize."),
    ).toEqual([
      "The trial successfully cured malaria patients.",
      "Youyou was awarded the Nobel Prize.",
    ]);
    expect(texts("She earned a Ph.D in chemistry at the university.")).toHaveLength(1);
  });

  it("does not split after titles and ranks (Maj. Gen., Dr.)", () => {
    expect(
      texts(
        "Head of the Russian Center for Syrian Reconciliation Maj. Gen. Alexei Tsygankov said on Wednesday that over 7,000 civilians have been evacuated. The official said so.",
      ),
    ).toHaveLength(2);
    expect(texts("The CDC's Dr. Michael Jhung said Friday. Roughly 100 children die.")).toEqual([
      "The CDC's Dr. Michael Jhung said Friday.",
      "Roughly 100 children die.",
    ]);
    expect(
      texts("He served in 1832 as chief of staff to Bvt. Brig. Gen. Henry Atkinson. He left."),
    ).toEqual([
      "He served in 1832 as chief of staff to Bvt. Brig. Gen. Henry Atkinson.",
      "He left.",
    ]);
  });

  it("keeps dotted acronyms, month abbreviations and initials inside the sentence", () => {
    expect(
      texts(
        "In the U.S., 11 companies were selected last year. The Joint Investigation Mission confirmed on Oct. 27, 2017, that the regime had carried out the attack. He met J. R. R. Tolkien in 1950.",
      ),
    ).toEqual([
      "In the U.S., 11 companies were selected last year.",
      "The Joint Investigation Mission confirmed on Oct. 27, 2017, that the regime had carried out the attack.",
      "He met J. R. R. Tolkien in 1950.",
    ]);
  });

  it("splits after an abbreviation when the next word opens a sentence", () => {
    expect(texts("BP sold it to Microsoft Corp. The deal closed in 2013.")).toEqual([
      "BP sold it to Microsoft Corp.",
      "The deal closed in 2013.",
    ]);
  });

  it("keeps decimals and quoted questions followed by their speaker together", () => {
    expect(texts('It was 2.5 times higher. "Really?" he asked. Yes.')).toEqual([
      "It was 2.5 times higher.",
      '"Really?" he asked.',
      "Yes.",
    ]);
  });

  it("reports offsets into the paragraph", () => {
    const p = "First one. Second one.";
    const [, second] = splitSentences(p);
    expect(second && p.slice(second.start, second.end)).toBe("Second one.");
  });
});
