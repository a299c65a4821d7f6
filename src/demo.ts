import { hashPassword } from "./auth/passwords.ts";
import type { Config } from "./config.ts";
import type { Bank } from "./core/bank-schema.ts";
import { simulateLearner } from "./core/simulate.ts";
import type { Db } from "./db/db.ts";
import { insertHistory } from "./db/history.ts";
import { createUser, findUserByEmail } from "./db/users.ts";

/*
 * The demo learner: a few weeks of simulated study of the built-in bank, so the
 * progress page and the optimizer have data right away. Documented in the README.
 */

export const DEMO_EMAIL = "demo@chronodeck.test";
export const DEMO_PASSWORD = "chronodeck-demo";
const DEMO_DAYS = 60;
/**
 * Events the simulated study leaves new, so the demo always has cards to study when it is
 * opened: what a history of reviews has due at a given moment depends on the time of day.
 */
const DEMO_NEW_LEFT = 6;

/**
 * Create the demo learner with its history; does nothing if it already exists,
 * and never in production, whoever asks: its password is published.
 */
export async function seedDemo(
  db: Db,
  bank: Bank,
  now: Date,
  iterations: number,
  env: Config["env"],
): Promise<{ created: boolean; reviews: number; refused?: true }> {
  if (env === "production") return { created: false, reviews: 0, refused: true };
  if (await findUserByEmail(db, DEMO_EMAIL)) return { created: false, reviews: 0 };
  const user = await createUser(db, {
    email: DEMO_EMAIL,
    name: "Demo Learner",
    passwordHash: await hashPassword(DEMO_PASSWORD, iterations),
    role: "student",
    timeZone: "UTC",
    now,
  });
  if (user === null) return { created: false, reviews: 0 };
  const start = new Date(now.getTime() - DEMO_DAYS * 86_400_000);
  const sim = simulateLearner({
    // (A fifth of a small bank at most.)
    eventIds: bank.events
      .map((e) => e.id)
      .slice(0, bank.events.length - Math.min(DEMO_NEW_LEFT, Math.floor(bank.events.length / 5))),
    start,
    days: DEMO_DAYS - 1,
    newPerDay: 6,
    seed: 20260301,
    skill: 0.97,
  });
  const reviews = await insertHistory(db, user.id, sim);
  return { created: true, reviews };
}
