import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  deckProgress,
  deckStatus,
  eventRecall,
  itemAnalysis,
  predictedRecall,
  quizStatus,
} from "../../src/core/class-stats.ts";

const DAY = 86_400_000;
const due = new Date("2026-05-01T12:00:00Z");

/** FSRS-6's forgetting curve written out by hand: R = (1 + F·t/S)^D, D = −w20, F = 0.9^(1/D) − 1. */
function handRecall(t: number, s: number, w20 = default_w[20] as number): number {
  const D = -w20;
  const F = 0.9 ** (1 / D) - 1;
  return (1 + (F * t) / s) ** D;
}

describe("predicted recall on the due date", () => {
  it("matches the FSRS forgetting curve computed by hand", () => {
    const card = { state: 2, stability: 10, lastReview: due.getTime() - 5 * DAY };
    expect(predictedRecall(card, due, null)).toBeCloseTo(handRecall(5, 10), 7);
    expect(predictedRecall(card, due, null)).toBeCloseTo(0.9403, 3);
    // At t = S the curve passes through 90% by construction.
    expect(
      predictedRecall({ ...card, lastReview: due.getTime() - 10 * DAY }, due, null),
    ).toBeCloseTo(0.9, 7);
    // A learner's own parameters (w20) change the curve.
    const params = [...default_w];
    params[20] = 0.5;
    expect(predictedRecall(card, due, params)).toBeCloseTo(handRecall(5, 10, 0.5), 7);
  });

  it("is 0 for an event never studied", () => {
    expect(predictedRecall(null, due, null)).toBe(0);
    expect(predictedRecall({ state: 0, stability: 0, lastReview: null }, due, null)).toBe(0);
  });

  it("averages over a deck and over a class", () => {
    const cards = new Map([
      ["a", { state: 2, stability: 10, lastReview: due.getTime() - 5 * DAY }],
      ["b", { state: 2, stability: 20, lastReview: due.getTime() - 20 * DAY }],
    ]);
    const p = deckProgress(["a", "b", "c"], cards, due, null, 0.6);
    expect(p.studied).toBe(2);
    expect(p.recall).toBeCloseTo((handRecall(5, 10) + 0.9 + 0) / 3, 7);
    expect(p.onTrack).toBe(true);
    const share = eventRecall(["a"], [1, 2], new Map([[1, cards]]), due, new Map());
    expect(share.get("a")).toBeCloseTo(handRecall(5, 10) / 2, 7);
  });
});

describe("item analysis", () => {
  // Six students, four questions (1 right, 0 wrong). Totals: s1 4, s2 3, s3 3, s4 2, s5 1, s6 1.
  const rows: [number, number[]][] = [
    [1, [1, 1, 1, 1]],
    [2, [1, 1, 1, 0]],
    [3, [1, 1, 0, 1]],
    [4, [1, 0, 0, 1]],
    [5, [1, 0, 0, 0]],
    [6, [0, 0, 0, 1]],
  ];
  const scores = new Map(rows.map(([id, s]) => [id, new Map(s.map((v, i) => [i, v]))]));
  const stats = itemAnalysis(scores, 4);

  it("has no facility, and no flag, for a question no student has answered yet", () => {
    const none = itemAnalysis(new Map(), 2);
    expect(none.map((s) => s.facility)).toEqual([null, null]);
    expect(none.flatMap((s) => s.flags)).toEqual([]);
  });

  it("computes facility as the share right", () => {
    expect(stats.map((s) => s.facility)).toEqual([5 / 6, 3 / 6, 2 / 6, 4 / 6]);
  });

  it("computes discrimination between the top and bottom 27% (here 2 students each)", () => {
    // Upper: s1, s2. Lower: s5, s6 (tie-broken by id).
    expect(stats.map((s) => s.discrimination)).toEqual([1 - 0.5, 1 - 0, 1 - 0, 0.5 - 0.5]);
  });

  it("flags questions that do not tell stronger from weaker students", () => {
    expect(stats[3]?.flags).toContain("does not tell stronger from weaker students");
    expect(stats[1]?.flags).toEqual([]);
  });

  it("flags a question the weaker students get right more often", () => {
    const odd = itemAnalysis(
      new Map([
        [
          1,
          new Map([
            [0, 1],
            [1, 0],
          ]),
        ],
        [
          2,
          new Map([
            [0, 1],
            [1, 0],
          ]),
        ],
        [
          3,
          new Map([
            [0, 1],
            [1, 0],
          ]),
        ],
        [
          4,
          new Map([
            [0, 0],
            [1, 1],
          ]),
        ],
        [
          5,
          new Map([
            [0, 0],
            [1, 1],
          ]),
        ],
      ]),
      2,
    );
    expect(odd[1]?.flags[0]).toMatch(/key may be wrong/);
  });

  it("does not judge discrimination with fewer than five students", () => {
    const small = itemAnalysis(new Map([[1, new Map([[0, 1]])]]), 1);
    expect(small[0]?.discrimination).toBeNull();
  });
});

describe("assignment status", () => {
  const now = new Date("2026-04-20T12:00:00Z");
  it("for a deck", () => {
    const p = (studied: number) => ({ studied, total: 3, recall: 0, onTrack: false });
    expect(deckStatus(p(0), due.getTime(), now)).toBe("not started");
    expect(deckStatus(p(1), due.getTime(), now)).toBe("in progress");
    expect(deckStatus(p(3), due.getTime(), now)).toBe("done");
    expect(deckStatus(p(1), now.getTime() - 1, now)).toBe("late");
  });
  it("for a quiz", () => {
    expect(quizStatus([], due.getTime(), now)).toBe("not started");
    expect(quizStatus([{ startedAt: 1, finishedAt: null }], due.getTime(), now)).toBe(
      "in progress",
    );
    expect(quizStatus([{ startedAt: 1, finishedAt: now.getTime() }], due.getTime(), now)).toBe(
      "done",
    );
    expect(quizStatus([{ startedAt: 1, finishedAt: due.getTime() + 1 }], due.getTime(), now)).toBe(
      "late",
    );
    expect(quizStatus([], now.getTime() - 1, now)).toBe("late");
  });
});
