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

  it("gives partial credit for a right day and month typed without the year, and says the year was missing", () => {
    const key = typedDate(day("1967-11-20"));
    for (const answer of ["20 Nov", "November 20", "20th November", "20/11"]) {
      const graded = gradeAnswer(key, answer);
      expect(graded.score).toBe(0.5);
      expect(graded.correct).toBe(false);
      expect(graded.feedback).toContain("day and month are right, but you gave no year");
      expect(graded.feedback).toContain("20 November 1967");
    }
  });

  it("keeps a wrong day or month without a year wrong", () => {
    const key = typedDate(day("1967-11-20"));
    for (const answer of ["21 Nov", "20 October", "November", "31/12"]) {
      const graded = gradeAnswer(key, answer);
      expect(graded.score).toBe(0);
      expect(graded.feedback).toContain("you gave no year");
    }
  });

  it("gives a month without its year less than the year without the month, for a month key", () => {
    expect(gradeAnswer(keyMonth, "March").score).toBe(0.25);
    expect(gradeAnswer(keyMonth, "12 March").score).toBe(0.25);
    expect(gradeAnswer(keyMonth, "March").feedback).toContain(
      "month is right, but you gave no year",
    );
    expect(gradeAnswer(keyMonth, "2015").score).toBe(0.4);
    expect(gradeAnswer(keyMonth, "April").score).toBe(0);
  });

  it("gives nothing without a year when the year is the answer or the key spans years", () => {
    expect(gradeAnswer(keyYear, "March").score).toBe(0);
    expect(gradeAnswer(keyYear, "28 March").score).toBe(0);
    const long = typedDate(day("2015-03-28", { end: "2018-07-19" }));
    expect(gradeAnswer(long, "1 May").score).toBe(0);
  });

  it("accepts a year-less day inside a range key, also across New Year", () => {
    expect(gradeAnswer(keyRange, "5 December").score).toBe(0.5);
    expect(gradeAnswer(keyRange, "8 December").score).toBe(0);
    const newYear = typedDate(day("2015-12-28", { end: "2016-01-03" }));
    expect(gradeAnswer(newYear, "1 January").score).toBe(0.5);
    expect(gradeAnswer(newYear, "30 December").score).toBe(0.5);
    expect(gradeAnswer(newYear, "5 January").score).toBe(0);
  });

  it("accepts 29 February without a year only when the key's year has it", () => {
    expect(gradeAnswer(typedDate(day("2016-02-29")), "29 Feb").score).toBe(0.5);
    expect(gradeAnswer(typedDate(day("2015-02-28")), "29 Feb").score).toBe(0);
  });

  it("explains an answer it cannot read as a date", () => {
    const graded = gradeAnswer(keyDay, "the spring");
    expect(graded.score).toBe(0);
    expect(graded.feedback).toMatch(/not a date I can read/);
  });
});
