import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../../../src/core/grade/index.ts";
import {
  CREDIT_FROM_TAU,
  concordantPairs,
  kendallTau,
  scoreOrder,
  startingOrder,
} from "../../../src/core/grade/order-answer.ts";
import { question } from "./helpers.ts";

/*
 * Issue 15, point 4: an ordering's score must not reward doing nothing. A random
 * order, the arrangement the learner starts from, and any fixed way of moving it
 * average at most 0.1 (for four or more events: with three, a blind guess is
 * right one time in six whatever the rule).
 */

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `ev_${String.fromCharCode(97 + i)}`);
const score = (truth: string[], response: string[]) => {
  const s = scoreOrder(truth, response);
  if (!s.ok) throw new Error(s.problem);
  return s.score;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const orderQuestion = (truth: string[]) =>
  question({ type: "order", eventIds: [...truth].reverse(), answer: truth });

const truthArb = fc.uniqueArray(fc.stringMatching(/^ev_[a-z0-9]{1,6}$/), {
  minLength: 2,
  maxLength: 8,
});

describe("ordering score by pairwise agreement", () => {
  it("scores the right order 1 and only the right order", () => {
    fc.assert(
      fc.property(truthArb, (truth) => {
        expect(gradeAnswer(orderQuestion(truth), truth.join(",")).score).toBe(1);
      }),
      { numRuns: 500 },
    );
    for (const n of [2, 3, 4, 5]) {
      const truth = ids(n);
      for (const p of permutations(n)) {
        const response = p.map((i) => truth[i] as string);
        expect(score(truth, response) === 1).toBe(p.every((v, i) => v === i));
      }
    }
  });

  it("never falls as more pairs are in the right order", () => {
    const twoOrders = truthArb.chain((truth) =>
      fc
        .tuple(
          fc.shuffledSubarray(truth, { minLength: truth.length, maxLength: truth.length }),
          fc.shuffledSubarray(truth, { minLength: truth.length, maxLength: truth.length }),
        )
        .map(([a, b]) => ({ truth, a, b })),
    );
    fc.assert(
      fc.property(twoOrders, ({ truth, a, b }) => {
        const pos = (r: string[]) => r.map((id) => truth.indexOf(id));
        const ca = concordantPairs(pos(a)).concordant;
        const cb = concordantPairs(pos(b)).concordant;
        if (ca <= cb) expect(score(truth, a)).toBeLessThanOrEqual(score(truth, b));
        if (ca === cb) expect(score(truth, a)).toBe(score(truth, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("averages at most 0.1 over all orders of four or five events (exactly)", () => {
    const averages = [3, 4, 5].map((n) => {
      const truth = ids(n);
      return mean(
        permutations(n).map((p) =>
          score(
            truth,
            p.map((i) => truth[i] as string),
          ),
        ),
      );
    });
    // Three events: only the blind hit of the right order (1 in 6) scores.
    expect(averages[0]).toBeCloseTo(1 / 6, 10);
    expect(averages[1]).toBeLessThanOrEqual(0.1);
    expect(averages[2]).toBeLessThanOrEqual(0.1);
    expect(averages[1]).toBeCloseTo(2 / 24, 10);
  });

  it("averages at most 0.1 over random orders of 4 to 8 events", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 8 }), fc.integer(), (n, seed) => {
        const truth = ids(n);
        const draws = fc.sample(fc.shuffledSubarray(truth, { minLength: n, maxLength: n }), {
          numRuns: 400,
          seed,
        });
        expect(mean(draws.map((r) => score(truth, r)))).toBeLessThanOrEqual(0.15);
      }),
      { numRuns: 20 },
    );
    // One large sample per size, tight bound.
    for (const n of [4, 5, 6]) {
      const truth = ids(n);
      const draws = fc.sample(fc.shuffledSubarray(truth, { minLength: n, maxLength: n }), {
        numRuns: 20_000,
        seed: 15,
      });
      expect(mean(draws.map((r) => score(truth, r)))).toBeLessThanOrEqual(0.1);
    }
  });
});

describe("the arrangement an ordering starts from", () => {
  it("is a seeded arrangement, never the right order, that scores 0 untouched", () => {
    fc.assert(
      fc.property(truthArb, fc.string({ maxLength: 30 }), (truth, seed) => {
        const start = startingOrder(truth, seed);
        expect([...start].sort()).toEqual([...truth].sort());
        expect(start).not.toEqual(truth);
        expect(startingOrder(truth, seed)).toEqual(start);
        expect(kendallTau(start.map((id) => truth.indexOf(id)))).toBeLessThanOrEqual(
          CREDIT_FROM_TAU,
        );
        expect(gradeAnswer(orderQuestion(truth), start.join(",")).score).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("varies with the seed, each allowed arrangement about equally often", () => {
    const truth = ids(4);
    const counts = new Map<string, number>();
    const runs = 20_000;
    for (let i = 0; i < runs; i++) {
      const key = startingOrder(truth, `att_${i}\u0000q_order`).join(",");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // The 20 orders of four events with at most 4 of 6 pairs right (τ ≤ 0.5).
    const allowed = permutations(4).filter((p) => kendallTau(p) <= CREDIT_FROM_TAU);
    expect(allowed).toHaveLength(20);
    expect(counts.size).toBe(20);
    for (const n of counts.values()) {
      expect(n / runs).toBeGreaterThan(0.8 / 20);
      expect(n / runs).toBeLessThan(1.2 / 20);
    }
  });

  it("leaves no fixed rearrangement averaging more than 0.1, for four or five events", () => {
    for (const n of [4, 5]) {
      const truth = ids(n);
      const starts = Array.from({ length: 4000 }, (_, i) => startingOrder(truth, `seed-${n}-${i}`));
      // Untouched: always 0.
      expect(mean(starts.map((s) => score(truth, s)))).toBe(0);
      // Any fixed strategy is a fixed permutation σ of the positions shown.
      let worst = 0;
      for (const sigma of permutations(n)) {
        const avg = mean(
          starts.map((s) =>
            score(
              truth,
              sigma.map((i) => s[i] as string),
            ),
          ),
        );
        worst = Math.max(worst, avg);
      }
      // Exactly 0.1 for four events (keep the first, reverse the rest), 0.049 for five.
      expect(worst).toBeLessThanOrEqual(n === 4 ? 0.11 : 0.07);
    }
  });
});
