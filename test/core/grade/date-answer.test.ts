import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../../../src/core/grade/index.ts";
import { day, typedDate } from "./helpers.ts";

describe("typed dates", () => {
  const keyDay = typedDate(day("2015-03-28"));
  const keyMonth = typedDate(day("2015-03"));
  const keyYear = typedDate(day("2015"));
  const keyRange = typedDate(day("2016-12-03", { end: "2016-12-06" }));

  it.each([
    ["28 March 2015"],
    ["March 28, 2015"],
    ["28/3/2015"],
    ["2015-03-28"],
    ["28th of March 2015"],
    ["  28 march 2015. "],
  ])("accepts %s for 28 March 2015", (answer) => {
    const graded = gradeAnswer(keyDay, answer);
    expect(graded.score).toBe(1);
    expect(graded.correct).toBe(true);
  });

  it("gives 0.5 for the right month and 0.25 for the right year of a day", () => {
    expect(gradeAnswer(keyDay, "27 March 2015").score).toBe(0.5);
    expect(gradeAnswer(keyDay, "March 2015").score).toBe(0.5);
    expect(gradeAnswer(keyDay, "28 April 2015").score).toBe(0.25);
    expect(gradeAnswer(keyDay, "2015").score).toBe(0.25);
    expect(gradeAnswer(keyDay, "28 March 2016").score).toBe(0);
    expect(gradeAnswer(keyDay, "27 March 2015").correct).toBe(false);
  });

  it("gives 0.4 for the right year of a month and accepts any day in that month", () => {
    expect(gradeAnswer(keyMonth, "Mar 2015").score).toBe(1);
    expect(gradeAnswer(keyMonth, "March, 2015").score).toBe(1);
    expect(gradeAnswer(keyMonth, "12 March 2015").score).toBe(1);
    expect(gradeAnswer(keyMonth, "April 2015").score).toBe(0.4);
    expect(gradeAnswer(keyMonth, "2015").score).toBe(0.4);
    expect(gradeAnswer(keyMonth, "March 2014").score).toBe(0);
  });

  it("accepts a year key only for that year", () => {
    expect(gradeAnswer(keyYear, "2015").score).toBe(1);
    expect(gradeAnswer(keyYear, "June 2015").score).toBe(1);
    expect(gradeAnswer(keyYear, "2016").score).toBe(0);
  });

  it("accepts any day inside a range, and partial credit just outside it", () => {
    expect(gradeAnswer(keyRange, "4 December 2016").score).toBe(1);
    expect(gradeAnswer(keyRange, "3–6 December 2016").score).toBe(1);
    expect(gradeAnswer(keyRange, "8 December 2016").score).toBe(0.5);
    expect(gradeAnswer(keyRange, "December 2016").score).toBe(0.5);
    expect(gradeAnswer(keyRange, "2016").score).toBe(0.25);
  });

  it("does not reward a wide range that merely contains the answer", () => {
    expect(gradeAnswer(keyDay, "2014–2016").score).toBe(0);
    expect(gradeAnswer(keyDay, "January–December 2015").score).toBe(0.25);
  });

  it("says which part was right and gives the answer with the source", () => {
    const feedback = gradeAnswer(keyDay, "2 March 2015").feedback;
    expect(feedback).toContain("month is right");
    expect(feedback).toContain("28 March 2015");
    expect(feedback).toContain("The source says: “On 28 March 2015");
  });

  it("explains an answer it cannot read as a date", () => {
    const graded = gradeAnswer(keyDay, "the spring");
    expect(graded.score).toBe(0);
    expect(graded.feedback).toMatch(/not a date I can read/);
  });
});
