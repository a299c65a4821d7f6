import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Bank } from "../../../src/core/bank-schema.ts";
import { giftFile } from "../../../src/core/exports/gift.ts";
import { gradeNumberText } from "../../../src/core/grade/number-answer.ts";

const bank: Bank = JSON.parse(
  readFileSync(new URL("../../../questions/bank.json", import.meta.url), "utf8"),
);
const numeric = bank.questions.filter((q) => q.type === "numeric");

describe("the GIFT export", () => {
  it("writes every numeric question, a range key as the band Chronodeck accepts", () => {
    const ranged = numeric.find((q) => q.answer === "6,500–7,000");
    expect(ranged?.tolerance).toBe(0.2);
    if (!ranged) return;
    const gift = giftFile([ranged]);
    expect(gift).toContain("{\n#5200..8400");
    // The band's ends are exactly where Chronodeck's own grading stops giving full credit.
    expect(gradeNumberText("6,500–7,000", "5200", 0.2).score).toBe(1);
    expect(gradeNumberText("6,500–7,000", "8400", 0.2).score).toBe(1);
    expect(gradeNumberText("6,500–7,000", "8500", 0.2).score).toBeLessThan(1);

    const file = giftFile(numeric);
    expect(file).not.toContain("no GIFT equivalent");
    expect(file.match(/\{\n#[\d.]+(?::[\d.]+|\.\.[\d.]+)\n/g)).toHaveLength(numeric.length);
  });
});
