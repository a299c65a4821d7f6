import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../../../src/core/grade/index.ts";
import { kendallTau } from "../../../src/core/grade/order-answer.ts";
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

  it("gives 1 only for the full order, and credit only above 3 in 4 right pairs", () => {
    expect(gradeAnswer(q, "ev_a,ev_b,ev_c,ev_d")).toMatchObject({ score: 1, correct: true });
    // One swap of four: 5 of 6 pairs right, τ = 2/3, score 2τ − 1 = 1/3.
    expect(gradeAnswer(q, "ev_a, ev_b, ev_d, ev_c")).toMatchObject({
      score: 0.333,
      correct: false,
    });
    // 4 of 6 pairs right is τ = 1/3: no better than a typical guess, no credit.
    expect(gradeAnswer(q, "ev_b,ev_a,ev_d,ev_c").score).toBe(0);
    expect(gradeAnswer(q, "ev_d,ev_c,ev_b,ev_a").score).toBe(0);
  });

  it("gives most of the credit for one swap among five events", () => {
    const five = question({
      type: "order",
      eventIds: ["ev_e", "ev_d", "ev_c", "ev_b", "ev_a"],
      answer: ["ev_a", "ev_b", "ev_c", "ev_d", "ev_e"],
    });
    expect(gradeAnswer(five, "ev_a,ev_c,ev_b,ev_d,ev_e").score).toBe(0.6);
    expect(gradeAnswer(five, "ev_b,ev_a,ev_c,ev_e,ev_d").score).toBe(0.2);
  });

  it("refuses a response that is not a permutation of the events", () => {
    for (const bad of ["ev_a,ev_b,ev_c", "ev_a,ev_a,ev_c,ev_d", "ev_a,ev_b,ev_c,ev_x", ""]) {
      const graded = gradeAnswer(q, bad);
      expect(graded.score).toBe(0);
      expect(graded.feedback).toMatch(/events|listed twice|not one of/);
    }
  });

  it("says how many pairs are in the right order, then the right order once", () => {
    const partly = gradeAnswer(q, "ev_a,ev_b,ev_d,ev_c").feedback;
    expect(partly).toContain("Partly right: 5 of 6 pairs of events are in the right order.");
    expect(partly).toContain("1. A happened. 2. B happened. 3. C happened. 4. D happened.");
    const wrong = gradeAnswer(q, "ev_b,ev_a,ev_d,ev_c").feedback;
    expect(wrong).toContain("4 of 6 pairs of events are in the right order");
    expect(wrong).toContain("more than 3 in 4 pairs");
  });

  it("uses a dated explanation of the right order instead of repeating the list", () => {
    const dated = question({
      ...q,
      explanation:
        "1. 2011: A happened. 2. 2013: B happened. 3. 2015: C happened. 4. 2016: D happened.",
    });
    const feedback = gradeAnswer(dated, "ev_b,ev_a,ev_c,ev_d").feedback;
    expect(feedback).toContain("The right order: 1. 2011: A happened. 2. 2013: B happened.");
    expect(feedback.match(/A happened/g)).toHaveLength(1);
    expect(feedback).not.toContain("The source says");
  });

  it("measures Kendall's τ: 1 in order, −1 reversed, 0 half the pairs right", () => {
    expect(kendallTau([0, 1, 2, 3])).toBe(1);
    expect(kendallTau([3, 2, 1, 0])).toBe(-1);
    expect(kendallTau([1, 0, 3, 2])).toBeCloseTo(1 / 3);
    expect(kendallTau([2, 3, 0, 1])).toBeCloseTo(-1 / 3);
    expect(kendallTau([0])).toBe(1);
  });
});
