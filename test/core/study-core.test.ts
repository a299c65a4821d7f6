import { describe, expect, it } from "vitest";
import type { Question } from "../../src/core/bank-schema.ts";
import { learnerDay, startOfLearnerDay, zoneOffset } from "../../src/core/learner-day.ts";
import { afterFailure, describeWait, loginGate } from "../../src/core/login-throttle.ts";
import { drawQuestions, eligibleQuestions, parseOrder, totalScore } from "../../src/core/quiz.ts";
import { formatInterval, newCard, previewDue, reviewCard } from "../../src/core/schedule.ts";
import { simulateLearner } from "../../src/core/simulate.ts";
import { dueForecast, monthlyRetention, stateCounts } from "../../src/core/stats.ts";
import {
  chooseVariant,
  deckQueue,
  LEARN_AHEAD_MS,
  nextInQueue,
  type QueueInput,
  type UserCard,
} from "../../src/core/study-queue.ts";
import { dateBounds, layoutTimeline } from "../../src/core/timeline.ts";

const now = new Date("2026-03-02T09:00:00Z");
const limits = { newPerDay: 2, reviewsPerDay: 3 };
const none = { newCards: 0, reviews: 0 };
const c = (eventId: string) => ({ eventId, version: 1, variant: 0, variantDay: 3 });
const empty: QueueInput = {
  learning: null,
  review: null,
  learningDue: 0,
  reviewDue: 0,
  fresh: null,
  freshCount: 0,
};

describe("the study queue", () => {
  it("shows due learning cards first, then reviews, then new cards, then learning cards coming due soon", () => {
    const learning = { ...c("L"), due: now.getTime() - 1 };
    const all: QueueInput = {
      learning,
      review: c("R"),
      learningDue: 1,
      reviewDue: 5,
      fresh: c("N"),
      freshCount: 9,
    };
    expect(nextInQueue(all, limits, none, now)).toEqual({
      next: { ...c("L"), kind: "learning" },
      learning: 1,
      review: 3,
      fresh: 2,
    });
    expect(
      nextInQueue({ ...all, learning: null, learningDue: 0 }, limits, none, now).next?.kind,
    ).toBe("review");
    expect(
      nextInQueue({ ...all, learning: null, review: null, reviewDue: 0 }, limits, none, now).next
        ?.kind,
    ).toBe("new");
    const soon = { ...c("S"), due: now.getTime() + LEARN_AHEAD_MS / 2 };
    const ahead = nextInQueue({ ...empty, learning: soon }, limits, none, now);
    expect(ahead).toEqual({
      next: { ...c("S"), kind: "learning" },
      learning: 1,
      review: 0,
      fresh: 0,
    });
  });

  it("stops at the daily limits", () => {
    const input: QueueInput = {
      ...empty,
      review: c("R"),
      reviewDue: 5,
      fresh: c("N"),
      freshCount: 9,
    };
    const tired = nextInQueue(input, limits, { newCards: 2, reviews: 3 }, now);
    expect(tired).toEqual({ next: null, learning: 0, review: 0, fresh: 0 });
  });

  it("keeps one question variant per card for the whole day and rotates on later days", () => {
    const q = (id: string) => ({ id }) as Question;
    const variants = [q("q_a"), q("q_b"), q("q_c")];
    expect(chooseVariant(null, variants, 10)?.question.id).toBe("q_a");
    expect(chooseVariant({ variant: 1, variantDay: 10 }, variants, 10)?.question.id).toBe("q_b");
    expect(chooseVariant({ variant: 1, variantDay: 10 }, variants, 11)?.question.id).toBe("q_c");
    expect(chooseVariant({ variant: 2, variantDay: 10 }, variants, 12)?.question.id).toBe("q_a");
    expect(chooseVariant(null, [], 1)).toBeNull();
  });
});

describe("a deck's queue from the learner's cards", () => {
  const t = now.getTime();
  const card = (eventId: string, state: number, due: number, version = 2): UserCard => ({
    ...newCard(now),
    eventId,
    state,
    due,
    version,
    variant: 1,
    variantDay: 4,
  });
  const cards = new Map(
    [
      card("late-review", 2, t - 1_000),
      card("early-review", 2, t - 9_000),
      card("future-review", 2, t + 86_400_000),
      card("relearning", 3, t - 5_000),
      card("learning-soon", 1, t + LEARN_AHEAD_MS / 2),
      card("learning-later", 1, t + 2 * LEARN_AHEAD_MS),
      card("reset", 0, t - 1, 7),
      card("other-deck", 2, t - 99_000),
    ].map((c) => [c.eventId, c]),
  );
  const deck = [
    "late-review",
    "never-seen",
    "early-review",
    "future-review",
    "relearning",
    "learning-soon",
    "learning-later",
    "reset",
  ];

  it("picks the earliest due card of each kind and the deck's first new event, and counts what is due", () => {
    const q = deckQueue(cards, deck, now);
    expect(q.learning).toMatchObject({ eventId: "relearning", version: 2, due: t - 5_000 });
    expect(q.review).toMatchObject({ eventId: "early-review", version: 2, variant: 1 });
    expect(q.fresh).toEqual({ eventId: "never-seen", version: 0, variant: 0, variantDay: -1 });
    // The card of another deck is not counted, however overdue it is.
    expect(q).toMatchObject({ learningDue: 1, reviewDue: 2, freshCount: 2 });
    expect(q.nextDue).toBe(t + LEARN_AHEAD_MS / 2);
  });

  it("offers a learning card due within the look-ahead only once nothing else is left", () => {
    const onlyLearning = deckQueue(cards, ["learning-soon", "learning-later"], now);
    expect(onlyLearning.learning?.eventId).toBe("learning-soon");
    expect(onlyLearning.learningDue).toBe(0);
    expect(nextInQueue(onlyLearning, limits, none, now).next?.eventId).toBe("learning-soon");
  });

  it("keeps a card reset to new with its version, so its form stays idempotent", () => {
    const q = deckQueue(cards, ["reset"], now);
    expect(q.fresh).toEqual({ eventId: "reset", version: 7, variant: 1, variantDay: 4 });
  });

  it("breaks ties between cards due at the same moment by event id, so the order is stable", () => {
    const tied = new Map([
      ["b", card("b", 2, t - 1)],
      ["a", card("a", 2, t - 1)],
    ]);
    expect(deckQueue(tied, ["b", "a"], now).review?.eventId).toBe("a");
  });

  it("reports no next due time when the deck has nothing studied", () => {
    expect(deckQueue(new Map(), ["x", "y"], now)).toMatchObject({
      nextDue: null,
      freshCount: 2,
      learning: null,
      review: null,
    });
  });
});

describe("scheduling", () => {
  it("labels intervals compactly", () => {
    expect(
      [60_000, 600_000, 3 * 3_600_000, 4 * 86_400_000, 62 * 86_400_000, 800 * 86_400_000].map(
        formatInterval,
      ),
    ).toEqual(["1m", "10m", "3h", "4d", "2mo", "2.2y"]);
  });

  it("is deterministic: the same review always gives the same due date (fuzz is seeded)", () => {
    const opts = { retention: 0.9, params: null };
    const learned = reviewCard(
      reviewCard(newCard(now), 3, now, opts).card,
      3,
      new Date(now.getTime() + 600_000),
      opts,
    ).card;
    const later = new Date(learned.due + 86_400_000);
    expect(reviewCard(learned, 3, later, opts)).toEqual(reviewCard(learned, 3, later, opts));
    const p = previewDue(learned, later, opts);
    expect(p[1] < p[2] && p[2] < p[3] && p[3] < p[4]).toBe(true);
  });

  it("a higher desired retention gives shorter intervals", () => {
    const learned = reviewCard(
      reviewCard(newCard(now), 3, now, { retention: 0.9, params: null }).card,
      3,
      now,
      { retention: 0.9, params: null },
    ).card;
    const later = new Date(learned.due);
    const relaxed = previewDue(learned, later, { retention: 0.8, params: null })[3];
    const strict = previewDue(learned, later, { retention: 0.95, params: null })[3];
    expect(strict).toBeLessThan(relaxed);
  });
});

describe("learner days", () => {
  it("start at 4 a.m. in the learner's time zone, through daylight saving changes", () => {
    expect(zoneOffset(new Date("2026-01-15T12:00:00Z"), "Europe/Paris")).toBe(3_600_000);
    expect(zoneOffset(new Date("2026-07-15T12:00:00Z"), "Europe/Paris")).toBe(7_200_000);
    // 02:30 in Paris on 3 March is still the day of 2 March.
    expect(learnerDay(new Date("2026-03-03T01:30:00Z"), "Europe/Paris")).toBe(
      learnerDay(new Date("2026-03-02T12:00:00Z"), "Europe/Paris"),
    );
    expect(startOfLearnerDay(new Date("2026-03-02T12:00:00Z"), "Europe/Paris").toISOString()).toBe(
      "2026-03-02T03:00:00.000Z",
    );
    expect(
      startOfLearnerDay(new Date("2026-07-02T12:00:00Z"), "America/New_York").toISOString(),
    ).toBe("2026-07-02T08:00:00.000Z");
  });
});

describe("login throttling", () => {
  it("lets three failures pass, then makes each wait longer, then locks for 15 minutes", () => {
    let s = null;
    for (let i = 0; i < 3; i++) {
      expect(loginGate(s, now).allowed).toBe(true);
      s = afterFailure(s, now);
    }
    expect(loginGate(s, now)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(loginGate(s, new Date(now.getTime() + 1000)).allowed).toBe(true);
    for (let i = 3; i < 10; i++) s = afterFailure(s, now);
    expect(loginGate(s, new Date(now.getTime() + 10 * 60_000))).toEqual({
      allowed: false,
      retryAfterMs: 5 * 60_000,
    });
    expect(loginGate(s, new Date(now.getTime() + 16 * 60_000)).allowed).toBe(true);
    expect(describeWait(5 * 60_000)).toBe("5 minutes");
    expect(describeWait(1000)).toBe("1 second");
  });
});

describe("quizzes", () => {
  const q = (id: string, type: string, eventIds: string[]) => ({ id, type, eventIds }) as Question;
  const pool = [
    q("q_1", "date-choice", ["a"]),
    q("q_2", "date-choice", ["b"]),
    q("q_3", "date-typed", ["a"]),
    q("q_4", "order", ["a", "b", "c"]),
    q("q_5", "cloze", ["c"]),
    q("q_6", "date-typed", ["d"]),
  ];

  it("draws the same questions for the same seed, spreading kinds and events", () => {
    const first = drawQuestions(pool, 4, 42).map((x) => x.id);
    expect(drawQuestions(pool, 4, 42).map((x) => x.id)).toEqual(first);
    expect(new Set(first).size).toBe(4);
    const kinds = drawQuestions(pool, 3, 7).map((x) => x.type);
    expect(new Set(kinds).size).toBe(3);
  });

  it("filters by kind, years and source", () => {
    const ev = (id: string, start: string, doc: string) =>
      [
        id,
        {
          id,
          date: { start, precision: "day", qualifier: null, provenance: "explicit" },
          sources: [{ doc, quote: "" }],
          text: "",
          entities: [],
          conflicts: [],
        },
      ] as const;
    const events = new Map([
      ev("a", "2015-01-01", "x"),
      ev("b", "2016-01-01", "x"),
      ev("c", "2017-01-01", "y"),
      ev("d", "2018-01-01", "y"),
    ]);
    expect(
      eligibleQuestions(pool, events as never, { count: 5, kinds: ["date-typed"] }).map(
        (x) => x.id,
      ),
    ).toEqual(["q_3", "q_6"]);
    expect(
      eligibleQuestions(pool, events as never, {
        count: 5,
        kinds: ["date-choice", "order", "cloze"],
        from: 2016,
      }).map((x) => x.id),
    ).toEqual(["q_2", "q_5"]);
    expect(
      eligibleQuestions(pool, events as never, {
        count: 5,
        kinds: ["date-choice", "order"],
        doc: "x",
      }).map((x) => x.id),
    ).toEqual(["q_1", "q_2"]);
  });

  it("accepts only a permutation as an ordering answer, and totals scores", () => {
    const order = pool[3] as Question;
    expect(parseOrder(order, ["c", "a", "b"])).toEqual(["c", "a", "b"]);
    expect(parseOrder(order, ["a", "a", "b"])).toBeNull();
    expect(parseOrder(order, ["a", "b"])).toBeNull();
    expect(parseOrder(order, ["a", "b", "z"])).toBeNull();
    expect(totalScore([1, 0.5, 0], 4)).toEqual({ points: 1.5, percent: 37.5 });
  });
});

describe("progress figures", () => {
  it("forecasts due cards per day, overdue ones today", () => {
    const day = 86_400_000;
    const card = (due: number) => ({ ...newCard(now), state: 2, due });
    const forecast = dueForecast(
      [card(now.getTime() - day), card(now.getTime() + 2 * day), card(now.getTime() + 40 * day)],
      now,
      "UTC",
      5,
    );
    expect(forecast).toEqual([1, 0, 1, 0, 0]);
  });

  it("counts true retention per month over learned cards only", () => {
    const t = now.getTime();
    const m = monthlyRetention(
      [
        { reviewedAt: t, state: 2, rating: 3 },
        { reviewedAt: t, state: 2, rating: 1 },
        { reviewedAt: t, state: 0, rating: 1 },
      ],
      now,
      "UTC",
      2,
    );
    expect(m.at(-1)).toEqual({ month: "2026-03", reviews: 2, recalled: 1, rate: 0.5 });
    expect(m[0]?.rate).toBeNull();
  });

  it("sorts cards by state", () => {
    const base = newCard(now);
    expect(
      stateCounts(
        [
          base,
          { ...base, state: 1 },
          { ...base, state: 2, scheduledDays: 30 },
          { ...base, state: 2, scheduledDays: 3 },
        ],
        4,
      ),
    ).toEqual({
      new: 5,
      learning: 1,
      relearning: 0,
      young: 1,
      mature: 1,
    });
  });

  it("simulates the same learner for the same seed", () => {
    const opts = { eventIds: ["a", "b", "c", "d"], start: now, days: 10, newPerDay: 2, seed: 3 };
    expect(simulateLearner(opts).reviews.length).toBe(simulateLearner(opts).reviews.length);
    expect(simulateLearner(opts).reviews.length).toBeGreaterThan(4);
  });
});

describe("timelines", () => {
  it("spans a date over its precision and stacks overlapping events on lanes", () => {
    expect(dateBounds({ start: "2015-03", precision: "month" })).toEqual([
      Date.UTC(2015, 2, 1),
      Date.UTC(2015, 3, 1) - 1,
    ]);
    const date = (start: string, precision: "day" | "month" | "year") => ({
      start,
      precision,
      qualifier: null,
      provenance: "explicit" as const,
    });
    const layout = layoutTimeline([
      { id: "a", date: date("2015", "year"), label: "a", mark: "new" },
      { id: "b", date: date("2015-06-01", "day"), label: "b", mark: "known" },
      { id: "c", date: date("2017-01-01", "day"), label: "c", mark: "due" },
    ]);
    const y = Object.fromEntries(layout.items.map((i) => [i.id, i.y]));
    expect(y.b).not.toBe(y.a);
    expect(y.c).toBe(y.a);
    expect(layout.ticks.map((t) => t.label)).toEqual(["2015", "2016", "2017"]);
    expect(layout.items.find((i) => i.id === "a")?.x2).toBeGreaterThan(
      layout.items.find((i) => i.id === "a")?.x ?? 0,
    );
  });
});
