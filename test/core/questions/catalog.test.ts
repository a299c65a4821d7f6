import { describe, expect, it } from "vitest";
import type { BankEvent } from "../../../src/core/bank-schema.ts";
import { pastVerbTest } from "../../../src/core/nlp/tokens.ts";
import { buildCatalog, sameEntityName } from "../../../src/core/questions/entities.ts";
import { nameFinder } from "../../../src/core/questions/name-finder.ts";
import { wordWindows } from "../../../src/core/questions/windows.ts";
import { textMemo } from "../../../src/core/text-memo.ts";
import { NLP } from "../../helpers/nlp.ts";

/*
 * The entity catalog groups the spellings of one name, and only those: grouping by
 * "similar to any spelling" let chains of near-misses (Kafura ~ Kafuma ~ Kafama …)
 * merge different names into one entity whose spelling list grew with the bank.
 */

function event(i: number, entities: string[], text: string): BankEvent {
  return {
    id: `ev_${i}`,
    date: { start: `20${10 + i}`, precision: "year", qualifier: null, provenance: "explicit" },
    text,
    sources: [{ doc: "d", quote: text }],
    entities,
    conflicts: [],
  };
}

function spellingsOf(names: string[][]): string[][] {
  const events = names.map((entities, i) => event(i, entities, `${entities.join(" and ")} met.`));
  const catalog = buildCatalog(
    events,
    events.map((e) => e.text),
    pastVerbTest(NLP.nlp),
  );
  return catalog.entities.map((e) => [...e.spellings].sort()).sort();
}

describe("entity catalog", () => {
  it("groups transliterations of one name", () => {
    const groups = spellingsOf([["Kafriya"], ["Kefraya"], ["Kefriya"], ["al-Fu'ah"], ["Foua"]]);
    expect(groups).toContainEqual(["Kafriya", "Kefraya", "Kefriya"]);
    expect(groups).toContainEqual(["Foua", "al-Fu'ah"]);
  });

  it("keeps apart similar names that differ in a consonant or a syllable", () => {
    const groups = spellingsOf([["Chile"], ["China"], ["Mahmud"], ["Muhammad"]]);
    expect(groups).toHaveLength(4);
  });

  it("keeps apart names that differ in a whole word or a number", () => {
    const groups = spellingsOf([
      ["Siege of Homs"],
      ["Siege of Hama"],
      ["Brigade 5"],
      ["Brigade 6"],
    ]);
    expect(groups).toHaveLength(4);
  });

  it("does not chain near-misses into one entity", () => {
    // Each name is like the next, but the first is not like the last.
    const groups = spellingsOf([["Badiba"], ["Badibel"], ["Badiel"], ["Badrel"]]);
    for (const g of groups) {
      for (const a of g) for (const b of g) expect(sameEntityName(a, b), `${a} ~ ${b}`).toBe(true);
    }
    expect(groups.some((g) => g.includes("Badiba") && g.includes("Badrel"))).toBe(false);
  });
});

describe("entity kinds", () => {
  it("makes a surname as clearly a person as the full name it ends ('Einstein' after 'Albert Einstein')", () => {
    const texts = [
      "Albert Einstein was born in Ulm.",
      "Albert Einstein said he would stay.",
      "Einstein returned to the U.S.",
      "Einstein applied the theory to the universe.",
    ];
    const events = texts.map((t, i) =>
      event(i, /Albert/.test(t) ? ["Albert Einstein"] : ["Einstein"], t),
    );
    const catalog = buildCatalog(events, texts, pastVerbTest(NLP.nlp));
    const full = catalog.find("Albert Einstein");
    const short = catalog.find("Einstein");
    expect(full?.kind).toBe("person");
    expect(short?.kind).toBe("person");
    expect(short?.confidence).toBe(full?.confidence);
    expect(short).not.toBe(full);
  });
});

describe("name finder", () => {
  it("finds every name that occurs in a text, as a substring, in list order", () => {
    const names = ["Idlib", "Idlib city", "Foua", "Kafr", "Kafriya"];
    const finder = nameFinder(names);
    expect(finder.within("Rebels took Idlib city and besieged Kafriya.")).toEqual([0, 1, 3, 4]);
    expect(finder.within("Nothing here")).toEqual([]);
  });
});

describe("word windows and memos", () => {
  it("lists the runs of consecutive words of each size", () => {
    const w = wordWindows(["a", "b", "c"]);
    expect(w.of(1)).toEqual(["a", "b", "c"]);
    expect(w.of(2)).toEqual(["a b", "b c"]);
    expect(w.of(4)).toEqual([]);
  });

  it("remembers values without changing them, within a bound", () => {
    let calls = 0;
    const length = textMemo((t: string) => {
      calls++;
      return t.length;
    }, 2);
    expect([length("ab"), length("ab"), length("abc"), length("abcd"), length("ab")]).toEqual([
      2, 2, 3, 4, 2,
    ]);
    expect(calls).toBe(3);
  });
});

describe("names of different lengths", () => {
  it("are one only when their words run together exactly ('al-Nusra', 'al Nusra'), not 'Germans' and 'German SS'", () => {
    const events = ["Germans", "German SS", "al-Nusra", "al Nusra"].map((n, i) => ({
      id: `ev_${i}`,
      date: {
        start: "1942",
        precision: "year" as const,
        qualifier: null,
        provenance: "explicit" as const,
      },
      text: `${n} acted.`,
      entities: [n],
      sources: [{ doc: "d", quote: `${n} acted.` }],
      conflicts: [],
    }));
    const catalog = buildCatalog(events, [], () => false);
    expect(catalog.find("Germans")?.spellings).not.toContain("German SS");
    expect(catalog.find("al Nusra")?.spellings).toContain("al-Nusra");
  });
});
