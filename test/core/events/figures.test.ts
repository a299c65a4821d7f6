import { describe, expect, it } from "vitest";
import { extractFigures, figuresDisagree } from "../../../src/core/events/figures.ts";

describe("figures", () => {
  const [between] = extractFigures(
    "Iranian negotiators reached an agreement to evacuate the former's forces and civilians, totaling between 6,500 and 7,000 people, from Fu'ah and Kafriya.",
  );
  const [over] = extractFigures(
    "Tsygankov said that over 7,000 civilians have been evacuated from Foua and Kefraya.",
  );
  const [about] = extractFigures("Under the agreement, about 7,000 people left the settlements.");

  it("reads hedged counts as intervals", () => {
    expect(between).toMatchObject({ noun: "people", low: 6500, high: 7000 });
    expect(over).toMatchObject({ noun: "people", low: 7000.5, high: Number.POSITIVE_INFINITY });
    expect(about).toMatchObject({ noun: "people", low: 6300 });
  });

  it("finds the disagreement between 'between 6,500 and 7,000' and 'over 7,000', not with 'about 7,000'", () => {
    if (!between || !over || !about) throw new Error("figures not found");
    expect(figuresDisagree(between, over)).toBe(true);
    expect(figuresDisagree(between, about)).toBe(false);
    expect(figuresDisagree(over, about)).toBe(false);
  });

  it("does not count dates or money", () => {
    expect(extractFigures("On 28 March 2015 the FAA must cut nearly $600 million.")).toEqual([]);
  });
});
