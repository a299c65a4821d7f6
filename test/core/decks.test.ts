import { describe, expect, it } from "vitest";
import { readBankFile } from "../../src/bank-file.ts";
import type { Bank } from "../../src/core/bank-schema.ts";
import { deriveDecks, sourceLabels } from "../../src/core/decks.ts";

const bank = readBankFile("questions/bank.json");

/** The bank with its sources' titles and dates replaced. */
function withSources(sources: { title: string; published: string | null }[]): Bank {
  return {
    ...bank,
    sources: bank.sources.map((s, i) => ({ ...s, ...(sources[i] ?? {}) })),
  };
}

describe("deck titles", () => {
  it("are unique in the built-in bank, although two of its documents share a title", () => {
    const titles = bank.sources.map((s) => s.title);
    expect(new Set(titles).size).toBeLessThan(titles.length);
    const decks = deriveDecks("bank", "Al-Fu'ah, Kafriya and Idlib", bank).map((d) => d.title);
    expect(new Set(decks).size).toBe(decks.length);
    expect(decks).toContain("Siege of al-Fu'ah and Kafriya (7 events)");
  });

  it("tell same-titled documents apart by date, else by size, else by number", () => {
    const same = { title: "Report", published: null };
    const dated = withSources([
      { title: "Report", published: "2018-07-19" },
      { title: "Report", published: "2020-02-25" },
    ]);
    expect([...sourceLabels(dated).values()].slice(0, 2)).toEqual([
      "Report (19 July 2018)",
      "Report (25 February 2020)",
    ]);
    const sized = [...sourceLabels(withSources([same, same])).values()].slice(0, 2);
    expect(sized[0]).toMatch(/^Report \(\d+ events?\)$/);
    expect(new Set(sized).size).toBe(2);
    const one = { ...bank, events: [] };
    const numbered = sourceLabels({
      ...one,
      sources: bank.sources.slice(0, 2).map((s) => ({ ...s, ...same })),
    });
    expect([...numbered.values()]).toEqual(["Report (1)", "Report (2)"]);
  });

  it("leave a title alone when no other document has it", () => {
    const labels = sourceLabels(bank);
    const unique = bank.sources.find((s) => s.title.startsWith("Mass Evacuation"));
    expect(labels.get(unique?.id ?? "")).toBe(unique?.title);
  });
});
