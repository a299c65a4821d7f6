import { describe, expect, it } from "vitest";
import { nameKey, sameName } from "../../src/core/names.ts";

describe("names", () => {
  it("folds articles, apostrophes and diacritics", () => {
    expect(nameKey("al-Fu'ah")).toBe("fuah");
    expect(nameKey("Türkiye")).toBe("turkiye");
    expect(nameKey("Hay'at Tahrir al-Sham")).toBe("hayattahrirsham");
  });

  it.each([
    ["al-Fu'ah", "Foua"],
    ["al-Fu'ah", "al-Fou'aa"],
    ["Fu'ah", "Fua"],
    ["Kafriya", "Kefraya"],
    ["Kafriya", "Kefriya"],
    ["Kafriya", "Kafariya"],
    ["Aleppo", "Alepo"],
    ["Hezbollah", "Hizbullah"],
    ["Turkey", "Türkiye"],
    ["Khan Sheikhoun", "Khan Shaykhun"],
  ])("treats %s and %s as one place", (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ["Madaya", "Mayadin"],
    ["Homs", "Hama"],
    ["Damascus", "Daraa"],
    ["Fua", "Fao"],
    ["Kafriya", "Kafr"],
    ["Kafriya", "Kafr Nabl"],
    ["Kafranbel", "Kafriya"],
    ["Syria", "Syrian Army"],
    ["Iran", "Iraq"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});
