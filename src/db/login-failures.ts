import type { LoginFailures } from "../core/login-throttle.ts";
import type { Db } from "./db.ts";

/** Failed logins recorded for an email key. */
export function getLoginFailures(db: Db, emailKey: string): Promise<LoginFailures | null> {
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

/** Record the state after a failed login. */
export async function saveLoginFailures(db: Db, emailKey: string, s: LoginFailures): Promise<void> {
  await db.batch([
    {
      sql: `INSERT INTO login_failures (email_key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)
            ON CONFLICT (email_key) DO UPDATE SET failures = excluded.failures,
              last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
      args: [emailKey, s.failures, s.lastFailureAt, s.lockedUntil],
    },
  ]);
}

/** Forget failures after a successful login. */
export async function clearLoginFailures(db: Db, emailKey: string): Promise<void> {
  await db.batch([{ sql: "DELETE FROM login_failures WHERE email_key = ?", args: [emailKey] }]);
}
