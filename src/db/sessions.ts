import type { SessionUser } from "../core/users.ts";
import type { Db } from "./db.ts";
import { type LearnerSettings, toSettings, toUser } from "./users.ts";

export type SessionInfo = {
  id: string;
  createdAt: number;
  expiresAt: number;
  address: string;
  userAgent: string;
  current: boolean;
};

/** Start a session (stored by the hash of its token), ending `replaces` if given. */
export async function createSession(
  db: Db,
  s: {
    tokenHash: string;
    userId: number;
    now: Date;
    expiresAt: Date;
    replaces?: string;
    id: string;
    address: string;
    userAgent: string;
  },
): Promise<void> {
  await db.batch([
    ...(s.replaces
      ? [{ sql: "DELETE FROM sessions WHERE token_hash = ?", args: [s.replaces] }]
      : []),
    {
      sql: `INSERT INTO sessions (token_hash, user_id, created_at, expires_at, id, address, user_agent)
            VALUES (?, ?, ?, ?, ?, ?, ?)`,
      args: [
        s.tokenHash,
        s.userId,
        s.now.getTime(),
        s.expiresAt.getTime(),
        s.id,
        s.address.slice(0, 64),
        s.userAgent.slice(0, 200),
      ],
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
    `SELECT u.id, u.name, u.email, u.role, u.is_admin, u.new_per_day, u.reviews_per_day, u.retention, u.time_zone, u.fsrs_params,
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

/** A user's live sessions, newest first; `current` marks the one with this token hash. */
export function sessionsOf(
  db: Db,
  userId: number,
  currentHash: string | null,
  now: Date,
): Promise<SessionInfo[]> {
  return db.all(
    `SELECT id, token_hash, created_at, expires_at, address, user_agent FROM sessions
     WHERE user_id = ? AND expires_at > ? ORDER BY created_at DESC LIMIT 100`,
    [userId, now.getTime()],
    (r) => ({
      id: String(r.id),
      createdAt: Number(r.created_at),
      expiresAt: Number(r.expires_at),
      address: String(r.address),
      userAgent: String(r.user_agent),
      current: String(r.token_hash) === currentHash,
    }),
  );
}

/** The statements that end a user's sessions, all of them or all but `keepHash`. */
export function endSessionsStatements(userId: number, keepHash?: string) {
  return [
    keepHash
      ? {
          sql: "DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?",
          args: [userId, keepHash],
        }
      : { sql: "DELETE FROM sessions WHERE user_id = ?", args: [userId] },
  ];
}

/** End one of a user's sessions by its public id; false if they have no such session. */
export async function endSessionById(db: Db, userId: number, id: string): Promise<boolean> {
  const [rs] = await db.batch([
    { sql: "DELETE FROM sessions WHERE user_id = ? AND id = ? RETURNING id", args: [userId, id] },
  ]);
  return (rs?.rows.length ?? 0) > 0;
}
