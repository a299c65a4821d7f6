import {
  type Grade,
  newCard,
  recallProbability,
  reviewCard,
  type SchedulerOptions,
  State,
  type StoredCard,
  type StoredLog,
} from "./schedule.ts";

/*
 * A simulated learner: days of study with FSRS scheduling, where each answer is
 * drawn from the card's true recall probability (scaled by the learner's skill).
 * Seeded, so the demo account, the optimizer test and the benchmark population
 * are the same every time.
 */

/** A small seeded PRNG (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffle `list` in place (Fisher–Yates) with `random`, and return it. */
export function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

export type SimulatedReview = {
  eventId: string;
  before: StoredCard;
  after: StoredCard;
  log: StoredLog;
  version: number;
};

export type Simulation = {
  cards: Map<string, StoredCard & { version: number }>;
  reviews: SimulatedReview[];
};

export type SimulationOptions = {
  eventIds: string[];
  /** First day of study (the simulation starts at 18:00 UTC that day). */
  start: Date;
  days: number;
  newPerDay: number;
  seed: number;
  /** Multiplies every recall probability; 1 is an average learner. */
  skill?: number;
  /** Probability of skipping a day. */
  skipDay?: number;
  scheduler?: SchedulerOptions;
};

/** Simulate `days` days of study of the given events. */
export function simulateLearner(o: SimulationOptions): Simulation {
  const random = seededRandom(o.seed);
  const options = o.scheduler ?? { retention: 0.9, params: null };
  const skill = o.skill ?? 1;
  const cards = new Map<string, StoredCard & { version: number }>();
  const reviews: SimulatedReview[] = [];
  let nextNew = 0;

  const answer = (card: StoredCard, at: Date): Grade => {
    const p =
      card.state === State.New
        ? 0.6
        : Math.min(0.99, recallProbability(card, at, options.params) * skill);
    if (random() >= p) return 1;
    const r = random();
    return r < 0.12 ? 2 : r < 0.9 ? 3 : 4;
  };

  const study = (eventId: string, at: Date) => {
    const before = cards.get(eventId) ?? { ...newCard(at), version: 0 };
    const { card, log } = reviewCard(before, answer(before, at), at, options);
    const { version, ...plain } = before;
    reviews.push({ eventId, before: plain, after: card, log, version });
    cards.set(eventId, { ...card, version: version + 1 });
  };

  for (let day = 0; day < o.days; day++) {
    if (random() < (o.skipDay ?? 0.1)) continue;
    let t = Date.UTC(
      o.start.getUTCFullYear(),
      o.start.getUTCMonth(),
      o.start.getUTCDate() + day,
      18,
      Math.floor(random() * 120),
    );
    const endOfSession = t + 3 * 3_600_000;
    const due = [...cards.entries()]
      .filter(([, c]) => c.state !== State.New && c.due <= t)
      .map(([id]) => id);
    for (const id of due) {
      t += 8_000 + Math.floor(random() * 20_000);
      study(id, new Date(t));
    }
    for (let n = 0; n < o.newPerDay && nextNew < o.eventIds.length; n++) {
      const id = o.eventIds[nextNew++];
      if (id === undefined) break;
      t += 10_000 + Math.floor(random() * 30_000);
      study(id, new Date(t));
    }
    // Learning steps come due within the session: keep going until none is left.
    for (let guard = 0; guard < 500; guard++) {
      const waiting = [...cards.entries()]
        .filter(
          ([, c]) =>
            (c.state === State.Learning || c.state === State.Relearning) && c.due <= endOfSession,
        )
        .sort((a, b) => a[1].due - b[1].due)[0];
      if (!waiting) break;
      t = Math.max(t + 5_000, waiting[1].due);
      study(waiting[0], new Date(t));
    }
  }
  return { cards, reviews };
}
