import { default_w } from "ts-fsrs";
import { afterEach, describe, expect, it } from "vitest";
import { optimizeAll } from "../../src/cli/optimize.ts";
import { MIN_REVIEWS_FOR_OPTIMIZER, trainingItems } from "../../src/core/fsrs-training.ts";
import { newCard, previewDue, reviewCard } from "../../src/core/schedule.ts";
import { simulateLearner } from "../../src/core/simulate.ts";
import { insertHistory } from "../../src/db/history.ts";
import { createUser, getLearnerSettings } from "../../src/db/users.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

let t: TempDb;
afterEach(() => t?.cleanup());

const NOW = new Date("2026-06-01T12:00:00Z");

async function learner(email: string) {
  const u = await createUser(t.db, {
    email,
    name: email,
    passwordHash: "x",
    role: "student",
    timeZone: "UTC",
    now: NOW,
  });
  if (!u) throw new Error("no user");
  return u.id;
}

describe("per-learner parameters", () => {
  it("turns a review log into training items with day gaps", () => {
    const day = 86_400_000;
    const items = trainingItems(
      [
        { eventId: "a", reviewedAt: 0 + 10 * 3_600_000, rating: 3 },
        { eventId: "a", reviewedAt: 10 * 3_600_000 + 600_000, rating: 3 },
        { eventId: "a", reviewedAt: 3 * day + 10 * 3_600_000, rating: 1 },
        { eventId: "b", reviewedAt: 10 * 3_600_000, rating: 4 },
      ],
      "UTC",
    );
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 3 },
      ],
    ]);
  });

  it("fits parameters from a simulated review log and the scheduler then uses them", async () => {
    t = await tempDb();
    const rich = await learner("rich@example.org");
    const poor = await learner("poor@example.org");
    const events = Array.from({ length: 150 }, (_, i) => `ev_${i.toString(36)}`);
    const sim = simulateLearner({
      eventIds: events,
      start: new Date("2026-01-01T00:00:00Z"),
      days: 140,
      newPerDay: 8,
      seed: 42,
      skill: 0.8,
    });
    expect(sim.reviews.length).toBeGreaterThan(MIN_REVIEWS_FOR_OPTIMIZER);
    await insertHistory(t.db, rich, sim);
    const few = simulateLearner({
      eventIds: events.slice(0, 10),
      start: new Date("2026-05-01T00:00:00Z"),
      days: 10,
      newPerDay: 5,
      seed: 1,
    });
    await insertHistory(t.db, poor, few);

    const results = await optimizeAll(t.db, NOW);
    expect(results.map((r) => r.userId)).toEqual([rich]);
    const settings = await getLearnerSettings(t.db, rich);
    expect(settings.params).toHaveLength(default_w.length);
    expect(settings.params).not.toEqual([...default_w]);
    expect((await getLearnerSettings(t.db, poor)).params).toBeNull();

    // The fitted parameters change the intervals this learner is offered.
    const learning = reviewCard(newCard(NOW), 3, NOW, { retention: 0.9, params: null }).card;
    const reviewed = reviewCard(learning, 3, new Date(learning.due), {
      retention: 0.9,
      params: null,
    }).card;
    const later = new Date(reviewed.due);
    const mine = previewDue(reviewed, later, { retention: 0.9, params: settings.params });
    const standard = previewDue(reviewed, later, { retention: 0.9, params: null });
    expect(mine).not.toEqual(standard);
  }, 120_000);
});
