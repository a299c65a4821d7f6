import type { LogPoint } from "../core/stats.ts";
import type { Db } from "./db.ts";

/** A learner's reviews since `since` (undone ones excluded), oldest first. */
export function reviewsSince(db: Db, userId: number, since: Date): Promise<LogPoint[]> {
  return db.all(
    `SELECT reviewed_at, state, rating FROM review_logs
     WHERE user_id = ? AND reviewed_at >= ? AND undone_at IS NULL ORDER BY reviewed_at`,
    [userId, since.getTime()],
    (r) => ({
      reviewedAt: Number(r.reviewed_at),
      state: Number(r.state),
      rating: Number(r.rating),
    }),
  );
}

/** Learners with at least `min` reviews (undone ones excluded), with their count and time zone. */
export function learnersWithReviews(
  db: Db,
  min: number,
): Promise<{ userId: number; reviews: number; timeZone: string }[]> {
  return db.all(
    `SELECT l.user_id, COUNT(*) AS n, u.time_zone FROM review_logs l JOIN users u ON u.id = l.user_id
     WHERE l.undone_at IS NULL GROUP BY l.user_id HAVING COUNT(*) >= ? ORDER BY l.user_id`,
    [min],
    (r) => ({ userId: Number(r.user_id), reviews: Number(r.n), timeZone: String(r.time_zone) }),
  );
}

/** Every review of a learner (undone ones excluded), for fitting their parameters. */
export function reviewHistory(
  db: Db,
  userId: number,
): Promise<{ eventId: string; reviewedAt: number; rating: number }[]> {
  return db.all(
    "SELECT event_id, reviewed_at, rating FROM review_logs WHERE user_id = ? AND undone_at IS NULL ORDER BY reviewed_at",
    [userId],
    (r) => ({
      eventId: String(r.event_id),
      reviewedAt: Number(r.reviewed_at),
      rating: Number(r.rating),
    }),
  );
}
