import type { SessionUser } from "../core/users.ts";
import type { Db } from "./db.ts";
import { type LearnerSettings, toSettings, toUser } from "./users.ts";

/** Start a session (stored by the hash of its token), ending `replaces` if given. */
export async function createSession(
  db: Db,
  s: { tokenHash: string; userId: number; now: Date; expiresAt: Date; replaces?: string },
): Promise<void> {
  await db.batch([
    ...(s.replaces
      ? [{ sql: "DELETE FROM sessions WHERE token_hash = ?", args: [s.replaces] }]
      : []),
    {
      sql: "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
      args: [s.tokenHash, s.userId, s.now.getTime(), s.expiresAt.getTime()],
    },
    // Sweep expired sessions now and then rather than in a separate job.
    {
      sql: "DELETE FROM sessions WHERE user_id = ? AND expires_at <= ?",
      args: [s.userId, s.now.getTime()],
    },
  ]);
}

/** The user of a live session with their learner settings (read together: one query per request), or null. */
export function sessionUser(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ user: SessionUser; settings: LearnerSettings; expiresAt: number } | null> {
  return db.first(
    `SELECT u.id, u.name, u.email, u.role, u.new_per_day, u.reviews_per_day, u.retention, u.time_zone, u.fsrs_params,
            s.expires_at
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > ?`,
    [tokenHash, now.getTime()],
    (r) => ({ user: toUser(r), settings: toSettings(r), expiresAt: Number(r.expires_at) }),
  );
}

/** End a session. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.batch([{ sql: "DELETE FROM sessions WHERE token_hash = ?", args: [tokenHash] }]);
}
