import type { InStatement } from "@libsql/client";
import type { Simulation } from "../core/simulate.ts";
import { reviewStatements } from "./cards.ts";
import type { Db } from "./db.ts";

/** Write a simulated study history (cards and review log) for a learner, in one transaction. */
export async function insertHistory(db: Db, userId: number, sim: Simulation): Promise<number> {
  const statements: InStatement[] = [];
  for (const r of sim.reviews) {
    statements.push(
      ...reviewStatements({
        userId,
        eventId: r.eventId,
        shownVersion: r.version,
        before: r.before,
        after: r.after,
        log: r.log,
        questionId: null,
        origin: "study",
        variant: r.version,
        variantDay: Math.floor(r.log.reviewedAt / 86_400_000),
        durationMs: 9_000,
      }),
    );
  }
  await db.batch(statements);
  return sim.reviews.length;
}
