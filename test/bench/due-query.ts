import { dueEventIds } from "../../src/db/cards.ts";
import type { Db } from "../../src/db/db.ts";
import { tempDb } from "../helpers/temp-db.ts";

/*
 * The due query ("what is due for this learner now?") at 50 thousand and at
 * 5 million cards, 200 cards per learner. With the covering index on
 * (user_id, due, event_id) its time must stay flat as the table grows.
 */

const CARDS_PER_USER = 200;
const DAY = 86_400_000;

async function grow(db: Db, fromUser: number, toUser: number, now: number) {
  // Generated inside SQLite: a recursive CTE makes millions of rows without a round trip each.
  await db.batch([
    {
      sql: `WITH RECURSIVE u(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM u WHERE i < ?)
            INSERT INTO users (id, email, name, password_hash, role, created_at)
            SELECT i, 'due' || i || '@bench.test', 'Learner ' || i, 'x', 'student', ? FROM u`,
      args: [fromUser, toUser - 1, now],
    },
    {
      sql: `WITH RECURSIVE u(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM u WHERE i < ?),
                 e(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM e WHERE j < ?)
            INSERT INTO cards (user_id, event_id, due, stability, difficulty, elapsed_days, scheduled_days,
                               learning_steps, reps, lapses, state, last_review, version)
            SELECT i, 'ev_' || j, ? + ((i * 7919 + j * 104729) % 60 - 30) * ?, 10, 5, 0, 10, 0, 3, 0, 2, ? - ?, 3
            FROM u, e`,
      args: [fromUser, toUser - 1, CARDS_PER_USER - 1, now, DAY, now, 10 * DAY],
    },
  ]);
}

async function timeQuery(db: Db, users: number, now: Date, runs = 2000): Promise<number> {
  // Warm up, then time random learners.
  for (let i = 0; i < 100; i++) await dueEventIds(db, 1 + (i % users), now, 50);
  const started = performance.now();
  for (let i = 0; i < runs; i++) await dueEventIds(db, 1 + ((i * 7919) % users), now, 50);
  return ((performance.now() - started) / runs) * 1000;
}

/** Microseconds per due query at 50k and at 5M cards. */
export async function dueQueryScaling(): Promise<{ cards: number; micros: number }[]> {
  const { db, cleanup } = await tempDb();
  try {
    const now = Date.now();
    const small = 50_000 / CARDS_PER_USER;
    const large = 5_000_000 / CARDS_PER_USER;
    const out: { cards: number; micros: number }[] = [];
    await grow(db, 1, small + 1, now);
    out.push({ cards: small * CARDS_PER_USER, micros: await timeQuery(db, small, new Date(now)) });
    for (let from = small + 1; from <= large; from += 2500)
      await grow(db, from, Math.min(large + 1, from + 2500), now);
    out.push({ cards: large * CARDS_PER_USER, micros: await timeQuery(db, large, new Date(now)) });
    return out;
  } finally {
    cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await dueQueryScaling());
}
