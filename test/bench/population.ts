import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hashPassword } from "../../src/auth/passwords.ts";
import { sha256Hex } from "../../src/auth/tokens.ts";
import type { Bank } from "../../src/core/bank-schema.ts";
import { seededRandom } from "../../src/core/simulate.ts";
import type { Db } from "../../src/db/db.ts";

const DAY = 86_400_000;

/** The seed documents and the TempEval-3 news articles: the bench's question bank. */
export function seedsAndNews(): { name: string; bytes: Uint8Array }[] {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const dir of ["questions/sources", "test/fixtures/te3/docs"]) {
    for (const name of readdirSync(dir)
      .filter((n) => /\.(txt|md)$/.test(n))
      .sort()) {
      files.push({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
    }
  }
  return files;
}

/**
 * Learners with 200 learned cards each: the cards of the deck's events are all
 * due (a backlog, so no learner runs out during a phase), the others (events of
 * decks not studied here) are spread over the coming weeks. Every learner gets a
 * session (token `bench-token-N`); the same seed gives the same population on
 * every database.
 */
export async function populate(
  db: Db,
  bank: Bank,
  learners: number,
  cardsEach: number,
  now: number,
) {
  const random = seededRandom(7);
  const hash = await hashPassword("bench password", 10_000);
  const eventIds = bank.events.map((e) => e.id);
  const ids = Array.from(
    { length: cardsEach },
    (_, i) => eventIds[i] ?? `ev_bench${i.toString(36)}`,
  );
  const tokens: string[] = [];
  for (let start = 0; start < learners; start += 250) {
    const statements = [];
    for (let u = start; u < Math.min(learners, start + 250); u++) {
      statements.push({
        sql: `INSERT INTO users (id, email, name, password_hash, role, created_at, new_per_day, reviews_per_day)
              VALUES (?, ?, ?, ?, 'student', ?, 9999, 99999)`,
        args: [u + 1, `learner${u}@bench.test`, `Learner ${u}`, hash, now - 90 * DAY],
      });
      const rows: string[] = [];
      const args: (number | string)[] = [];
      for (const eventId of ids) {
        const stability = 1 + random() * 60;
        const lastReview = now - Math.floor(random() * 40 * DAY);
        const due = eventIds.includes(eventId)
          ? now - Math.floor(random() * 10 * DAY)
          : lastReview + Math.floor(stability * DAY * (0.3 + random()));
        rows.push("(?, ?, ?, ?, 5, 0, ?, 0, 3, 0, 2, ?, 3)");
        args.push(u + 1, eventId, due, stability, Math.round(stability), lastReview);
      }
      statements.push({
        sql: `INSERT INTO cards (user_id, event_id, due, stability, difficulty, elapsed_days, scheduled_days,
                learning_steps, reps, lapses, state, last_review, version) VALUES ${rows.join(",")}`,
        args,
      });
      const token = `bench-token-${u}`;
      tokens.push(token);
      statements.push({
        sql: "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        args: [await sha256Hex(token), u + 1, now, now + 30 * DAY],
      });
    }
    await db.batch(statements);
  }
  return { tokens, cards: learners * cardsEach };
}

/** Study reviews and quiz answers stored so far. */
export async function storedWrites(db: Db): Promise<{ reviews: number; answers: number }> {
  const count = async (sql: string) => Number((await db.execute(sql)).rows[0]?.n);
  return {
    reviews: await count("SELECT COUNT(*) AS n FROM review_logs WHERE origin = 'study'"),
    answers: await count("SELECT COUNT(*) AS n FROM quiz_answers"),
  };
}
