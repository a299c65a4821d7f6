import { describe, expect, it } from "vitest";
import { stripCitations } from "../../../src/core/ingest/citations.ts";
import { stripMarkup } from "../../../src/core/ingest/markup.ts";
import { matchKey, normalizeText } from "../../../src/core/ingest/normalize.ts";

describe("normalizeText", () => {
  it("turns odd spaces into plain ones and drops invisible characters", () => {
    expect(normalizeText("Hama\u00a0city\u200b is\u202fnear")).toBe("Hama city is near");
    expect(normalizeText("line one\r\nline two\rthree")).toBe("line one\nline two\nthree");
  });

  it("composes accents (NFC) and folds hyphen look-alikes", () => {
    expect(normalizeText("Tu\u0308rkiye")).toBe("Türkiye");
    expect(normalizeText("al\u2010Fu'ah")).toBe("al-Fu'ah");
  });

  it("keeps curly quotes in the text but folds them for matching", () => {
    const text = "four “de-escalation zones” were established";
    expect(normalizeText(text)).toContain("“de-escalation zones”");
    expect(matchKey(text)).toBe(matchKey('four "de-escalation  zones" were established'));
  });
});

describe("stripCitations", () => {
  it("removes reference markers, including at the start of a paragraph and after a comma", () => {
    const { text } = stripCitations(
      "[10] On 28 March 2015, after four days of fighting, rebels captured Idlib city[21] and managed to besiege the towns of Kafriya and al-Fu'ah,[22] resulting in thousands of civilians being trapped.",
    );
    expect(text).toBe(
      "On 28 March 2015, after four days of fighting, rebels captured Idlib city and managed to besiege the towns of Kafriya and al-Fu'ah, resulting in thousands of civilians being trapped.",
    );
  });

  it("keeps a bracketed letter set against its word, an editor's change of capital (batch 65)", () => {
    const { text } = stripCitations(
      "The Library of Congress said that '[t]he regular army's troops were organized into brigades.'[a] It grew.[b]",
    );
    expect(text).toBe(
      "The Library of Congress said that '[t]he regular army's troops were organized into brigades.' It grew.",
    );
  });

  it("remembers maintenance tags as flags", () => {
    const { text, flags } = stripCitations(
      "[34][better source needed] On 20 September, a second cease-fire was implemented.[when?]",
    );
    expect(text).toBe("On 20 September, a second cease-fire was implemented.");
    expect(flags.map((f) => f.flag)).toEqual(["better source needed", "when?"]);
  });

  it("keeps editorial insertions inside quotes", () => {
    const line =
      '"agreed to the cancellation of legal steps against [Israeli Defense Forces] soldiers." [sic]';
    expect(stripCitations(line).text).toBe(line);
  });
});

describe("stripMarkup", () => {
  it("removes piped-link leftovers and wiki brackets", () => {
    expect(stripMarkup("Jund|Jund al-Aqsa left the Army of Conquest in October 2015")).toBe(
      "Jund al-Aqsa left the Army of Conquest in October 2015",
    );
    expect(stripMarkup("rebels captured [[Idlib|Idlib city]] in '''2015'''")).toBe(
      "rebels captured Idlib city in 2015",
    );
  });
});
