import { describe, expect, it } from "vitest";
import { formatQuantity, parseQuantity } from "../../../src/core/questions/numbers.ts";

describe("parseQuantity", () => {
  it.each([
    ["5,000", 5000],
    ["5000", 5000],
    ["5 000", 5000],
    ["5.000", 5000],
    ["about 5 thousand", 5000],
    ["five thousand", 5000],
    ["5k", 5000],
    ["5.5 million", 5_500_000],
    ["two hundred and fifty", 250],
    ["twenty-one", 21],
    ["a dozen", 12],
    ["75 buses", 75],
    ["650+", 650],
    ["1.5", 1.5],
  ])("reads %s as %d", (text, value) => {
    expect(parseQuantity(text)).toMatchObject({ low: value, high: value });
  });

  it("reads ranges and hedges", () => {
    expect(parseQuantity("between 6,500 and 7,000")).toEqual({
      low: 6500,
      high: 7000,
      hedge: null,
    });
    expect(parseQuantity("6,500–7,000")).toMatchObject({ low: 6500, high: 7000 });
    expect(parseQuantity("6.5 to 7 thousand")).toMatchObject({ low: 6500, high: 7000 });
    expect(parseQuantity("over 7,000 civilians")).toEqual({ low: 7000, high: 7000, hedge: "over" });
  });

  it("finds no number in words without one", () => {
    expect(parseQuantity("many")).toBeNull();
    expect(parseQuantity("")).toBeNull();
  });

  it("writes quantities with thousands separators", () => {
    expect(formatQuantity({ low: 5000, high: 5000 })).toBe("5,000");
    expect(formatQuantity({ low: 6500, high: 7000 })).toBe("6,500–7,000");
  });
});
