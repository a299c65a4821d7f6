import type { LoginFailures, LoginPolicy } from "../core/login-throttle.ts";
import type { Db } from "./db.ts";

/** At most `limit` in any `windowMs` (config's RATE_* values). */
type Rate = { limit: number; windowMs: number };

/*
 * Throttles kept in the database, so every process and Worker isolate sees the
 * same counts. Each decision is one statement that checks and records at once
 * (never a read followed by a write), so concurrent requests queue on SQLite's
 * write lock and each sees the one before it.
 */

export type Decision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Take one request from the budget `rate` of `key` (generic cell rate algorithm:
 * a burst of `limit`, then one more every window/limit). The update happens only
 * when there is room; a refusal reads where the budget stands to say how long to wait.
 */
export async function take(db: Db, key: string, rate: Rate, now: Date): Promise<Decision> {
  const interval = rate.windowMs / rate.limit;
  const t = now.getTime();
  const [taken, state] = await db.batch([
    {
      sql: `INSERT INTO throttles (key, tat) VALUES (:key, :now + :interval)
            ON CONFLICT (key) DO UPDATE SET tat = max(tat, :now) + :interval
              WHERE max(tat, :now) + :interval <= :now + :window
            RETURNING tat`,
      args: { key, now: t, interval, window: rate.windowMs },
    },
    { sql: "SELECT tat FROM throttles WHERE key = ?", args: [key] },
    // Rows whose time has passed mean the same as no row: sweep a few each time.
    {
      sql: "DELETE FROM throttles WHERE key IN (SELECT key FROM throttles WHERE tat < ? LIMIT 8)",
      args: [t],
    },
  ]);
  if ((taken?.rows.length ?? 0) > 0) return { ok: true };
  const tat = Number(state?.rows[0]?.tat ?? t);
  return { ok: false, retryAfterMs: Math.max(1000, tat + interval - rate.windowMs - t) };
}

/** Give back one request taken from `key` (the action it guarded turned out not to count). */
export async function refund(db: Db, key: string, rate: Rate): Promise<void> {
  await db.batch([
    {
      sql: "UPDATE throttles SET tat = tat - ? WHERE key = ?",
      args: [rate.windowMs / rate.limit, key],
    },
  ]);
}

export type LoginReservation =
  | { ok: true; failures: number; locked: boolean }
  | { ok: false; state: LoginFailures | null };

/**
 * Reserve one password check for an email key, counted as a failure until the
 * password proves right (then `clearLoginFailures`). The statement applies
 * src/core/login-throttle.ts's rule in SQL: refused while locked or while the
 * back-off after the last failure runs; otherwise the failure is recorded and
 * the lock set when it is the last one allowed. So however many attempts arrive
 * together, at most `lockAfter` passwords are checked before the lock.
 */
export async function reserveLoginAttempt(
  db: Db,
  emailKey: string,
  policy: LoginPolicy,
  now: Date,
): Promise<LoginReservation> {
  const args = {
    key: emailKey,
    now: now.getTime(),
    free: policy.freeAttempts,
    lockAfter: policy.lockAfter,
    lockMs: policy.lockMs,
  };
  const fresh = ":now - last_failure_at > :lockMs";
  const next = `CASE WHEN ${fresh} THEN 1 ELSE failures + 1 END`;
  const [reserved, state] = await db.batch([
    {
      sql: `INSERT INTO login_failures (email_key, failures, last_failure_at, locked_until)
            VALUES (:key, 1, :now, CASE WHEN 1 >= :lockAfter THEN :now + :lockMs ELSE 0 END)
            ON CONFLICT (email_key) DO UPDATE SET
              failures = ${next},
              last_failure_at = :now,
              locked_until = CASE WHEN ${next} >= :lockAfter THEN :now + :lockMs ELSE 0 END
            WHERE locked_until <= :now
              AND (${fresh} OR failures < :free
                   OR last_failure_at + 1000 * (1 << min(failures - :free, 40)) <= :now)
            RETURNING failures, locked_until`,
      args,
    },
    {
      sql: "SELECT failures, last_failure_at, locked_until FROM login_failures WHERE email_key = ?",
      args: [emailKey],
    },
  ]);
  const row = reserved?.rows[0];
  if (row) {
    return { ok: true, failures: Number(row.failures), locked: Number(row.locked_until) > 0 };
  }
  const s = state?.rows[0];
  return {
    ok: false,
    state: s
      ? {
          failures: Number(s.failures),
          lastFailureAt: Number(s.last_failure_at),
          lockedUntil: Number(s.locked_until),
        }
      : null,
  };
}

/** Forget an email's failures after its password proved right. */
export async function clearLoginFailures(db: Db, emailKey: string): Promise<void> {
  await db.batch([{ sql: "DELETE FROM login_failures WHERE email_key = ?", args: [emailKey] }]);
}

/** The recorded failures of an email key (for tests and the audit page). */
export function loginFailures(db: Db, emailKey: string): Promise<LoginFailures | null> {
  return db.first(
    "SELECT failures, last_failure_at, locked_until FROM login_failures WHERE email_key = ?",
    [emailKey],
    (r) => ({
      failures: Number(r.failures),
      lastFailureAt: Number(r.last_failure_at),
      lockedUntil: Number(r.locked_until),
    }),
  );
}

/**
 * Hold one of a teacher's document slots while an upload is processed: granted
 * only while their documents plus the uploads in progress stay under `quota`,
 * checked and recorded in one statement. Release it when the request ends.
 */
export async function holdUploadSlot(
  db: Db,
  slot: { id: string; userId: number; quota: number; now: Date; ttlMs: number },
): Promise<boolean> {
  const t = slot.now.getTime();
  const [rs] = await db.batch([
    {
      sql: `INSERT INTO upload_slots (id, user_id, expires_at)
            SELECT :id, :user, :expires
            WHERE (SELECT COUNT(*) FROM collections WHERE owner_id = :user AND kind = 'upload')
                + (SELECT COUNT(*) FROM upload_slots WHERE user_id = :user AND expires_at > :now)
                + (SELECT COUNT(*) FROM document_jobs
                    WHERE owner_id = :user AND kind = 'new' AND status IN ('queued', 'running'))
                < :quota
            RETURNING id`,
      args: { id: slot.id, user: slot.userId, expires: t + slot.ttlMs, now: t, quota: slot.quota },
    },
  ]);
  return (rs?.rows.length ?? 0) > 0;
}

/** Give a document slot back (the upload finished, one way or the other). */
export async function releaseUploadSlot(db: Db, id: string, now: Date): Promise<void> {
  await db.batch([
    {
      sql: "DELETE FROM upload_slots WHERE id = ? OR expires_at <= ?",
      args: [id, now.getTime()],
    },
  ]);
}
