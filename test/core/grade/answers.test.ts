import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../../../src/core/grade/index.ts";
import { longestIncreasing } from "../../../src/core/grade/order-answer.ts";
import { day, question } from "./helpers.ts";

describe("choices", () => {
  const q = question({
    type: "date-choice",
    answer: "28 March 2015",
    choices: ["28 March 2015", "2 August 2015", "10 August 2015"],
    date: day("2015-03-28"),
  });

  it("accepts the chosen option whatever its spacing and case", () => {
    expect(gradeAnswer(q, " 28 march   2015 ").score).toBe(1);
    expect(gradeAnswer(q, "2 August 2015").score).toBe(0);
  });

  it("accepts a date option written another way", () => {
    expect(gradeAnswer(q, "2015-03-28").score).toBe(1);
  });

  it("says when the response is not an option", () => {
    const graded = gradeAnswer(q, "1 May 2015");
    expect(graded.score).toBe(0);
    expect(graded.feedback).toContain("not one of the options");
  });

  it("accepts the id of the event an option stands for", () => {
    const pair = question({
      type: "which-first",
      eventIds: ["ev_a", "ev_b"],
      answer: "Rebels captured Idlib.",
      choices: ["Rebels captured Idlib.", "Aid arrived."],
    });
    expect(gradeAnswer(pair, "ev_a").score).toBe(1);
    expect(gradeAnswer(pair, "ev_b").score).toBe(0);
  });
});

describe("names", () => {
  const q = question({ type: "where", answer: "al-Fu'ah", accepted: ["Foua", "Fu'ah"] });

  it.each(["al-Fu'ah", "Foua", "al-Fou'aa", "Fua", "fuah", "al Fuah"])("accepts %s", (answer) => {
    expect(gradeAnswer(q, answer).score).toBe(1);
  });

  it("forgives a small typo in a longer name", () => {
    const city = question({ type: "where", answer: "Damascus" });
    expect(gradeAnswer(city, "Damascas").score).toBe(1);
    expect(gradeAnswer(question({ type: "where", answer: "Kafriya" }), "Kefraya").score).toBe(1);
  });

  it("keeps different names apart", () => {
    expect(gradeAnswer(question({ type: "where", answer: "Madaya" }), "Mayadin").score).toBe(0);
    expect(gradeAnswer(question({ type: "where", answer: "Homs" }), "Hama").score).toBe(0);
    expect(gradeAnswer(q, "Aleppo").score).toBe(0);
  });

  it("sets aside generic place words", () => {
    const city = question({ type: "where", answer: "Idlib city" });
    expect(gradeAnswer(city, "Idlib").score).toBe(1);
    expect(gradeAnswer(city, "the city of Idlib").score).toBe(1);
  });

  it("honours accepted variants such as an abbreviation", () => {
    const who = question({ type: "who", answer: "Hayat Tahrir al-Sham", accepted: ["HTS"] });
    expect(gradeAnswer(who, "HTS").score).toBe(1);
    expect(gradeAnswer(who, "Hay'at Tahrir al-Sham").score).toBe(1);
  });

  it("judges a typed name against a who question offered as a choice", () => {
    const who = question({
      type: "who",
      answer: "Army of Conquest",
      choices: ["Army of Conquest", "Hezbollah", "Qatar"],
    });
    expect(gradeAnswer(who, "Hezbollah").score).toBe(0);
    expect(gradeAnswer(who, "army of conquest").score).toBe(1);
    expect(gradeAnswer(who, "Army of Conqest").score).toBe(1);
  });
});

describe("numbers", () => {
  const q = question({ type: "numeric", answer: "5,000", tolerance: 0.1 });

  it.each([
    "5,000",
    "5000",
    "5 000",
    "about 5 thousand",
    "five thousand",
    "5k",
    "around 5,000 people",
    "5.000",
  ])("accepts %s", (answer) => {
    expect(gradeAnswer(q, answer).score).toBe(1);
  });

  it("accepts within the tolerance and gives half credit just beyond it", () => {
    expect(gradeAnswer(q, "4,600").score).toBe(1);
    expect(gradeAnswer(q, "4,200").score).toBe(0.5);
    expect(gradeAnswer(q, "3,000").score).toBe(0);
  });

  it("wants small exact counts exactly", () => {
    const buses = question({ type: "numeric", answer: "6", tolerance: 0 });
    expect(gradeAnswer(buses, "six").score).toBe(1);
    expect(gradeAnswer(buses, "6").score).toBe(1);
    expect(gradeAnswer(buses, "9").score).toBe(0);
  });

  it("accepts any figure inside a range answer", () => {
    const range = question({ type: "numeric", answer: "6,500–7,000", tolerance: 0.1 });
    expect(gradeAnswer(range, "6800").score).toBe(1);
    expect(gradeAnswer(range, "between 6,500 and 7,000").score).toBe(1);
  });

  it("says when the response holds no number", () => {
    expect(gradeAnswer(q, "many").feedback).toContain("not a number I can read");
  });
});

describe("cloze", () => {
  it("accepts the removed name with name matching", () => {
    const q = question({ type: "cloze", answer: "al‐Fu'ah", accepted: ["Foua"] });
    expect(gradeAnswer(q, "al-Fuah").score).toBe(1);
    expect(gradeAnswer(q, "Foua").score).toBe(1);
    expect(gradeAnswer(q, "Madaya").score).toBe(0);
  });

  it("accepts the removed number however it is written", () => {
    const q = question({ type: "cloze", answer: "2,500", tolerance: 0 });
    expect(gradeAnswer(q, "2500").score).toBe(1);
    expect(gradeAnswer(q, "2,400").score).toBe(0);
  });

  it("accepts near-exact text", () => {
    const q = question({ type: "cloze", answer: "car bomb" });
    expect(gradeAnswer(q, "Car bomb.").score).toBe(1);
  });
});

describe("ordering", () => {
  const q = question({
    type: "order",
    eventIds: ["ev_c", "ev_a", "ev_d", "ev_b"],
    answer: ["ev_a", "ev_b", "ev_c", "ev_d"],
    choices: ["C happened.", "A happened.", "D happened.", "B happened."],
  });

  it("gives 1 only for the full order", () => {
    expect(gradeAnswer(q, "ev_a,ev_b,ev_c,ev_d")).toMatchObject({ score: 1, correct: true });
    expect(gradeAnswer(q, "ev_a, ev_b, ev_d, ev_c")).toMatchObject({ score: 0.75, correct: false });
    expect(gradeAnswer(q, "ev_d,ev_c,ev_b,ev_a").score).toBe(0.25);
  });

  it("refuses a response that is not a permutation of the events", () => {
    for (const bad of ["ev_a,ev_b,ev_c", "ev_a,ev_a,ev_c,ev_d", "ev_a,ev_b,ev_c,ev_x", ""]) {
      const graded = gradeAnswer(q, bad);
      expect(graded.score).toBe(0);
      expect(graded.feedback).toMatch(/events|listed twice|not one of/);
    }
  });

  it("tells the right order in the feedback", () => {
    expect(gradeAnswer(q, "ev_b,ev_a,ev_c,ev_d").feedback).toContain(
      "1. A happened. 2. B happened.",
    );
  });

  it("measures the longest run in the right relative order", () => {
    expect(longestIncreasing([0, 1, 2, 3])).toBe(4);
    expect(longestIncreasing([3, 2, 1, 0])).toBe(1);
    expect(longestIncreasing([1, 0, 3, 2, 4])).toBe(3);
  });
});
