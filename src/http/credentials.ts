import type { Context } from "hono";
import { decoyHash, hashPassword, verifyPassword } from "../auth/passwords.ts";
import { sha256Hex } from "../auth/tokens.ts";
import {
  DEFAULT_LOGIN_POLICY,
  describeWait,
  type LoginPolicy,
  loginGate,
} from "../core/login-throttle.ts";
import { clearLoginFailures, reserveLoginAttempt } from "../db/throttles.ts";
import { findUserByEmail, setPasswordHash, type UserWithHash } from "../db/users.ts";
import { audit } from "./audit.ts";
import type { AppEnv } from "./env.ts";

/*
 * Checking a password, wherever one is asked for (log-in, and the current
 * password before changing it or deleting the account). Each check first
 * reserves a turn from the email's throttle in the database, so no number of
 * concurrent attempts gets more checks than the policy allows.
 */

export type PasswordCheck =
  | { ok: true; user: UserWithHash }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "throttled"; retryAfterMs: number; message: string };

export function loginPolicy(c: Context<AppEnv>): LoginPolicy {
  const { loginLockAfter, loginLockMs } = c.get("config").limits;
  return { ...DEFAULT_LOGIN_POLICY, lockAfter: loginLockAfter, lockMs: loginLockMs };
}

/** The throttle key of an email: a hash, so the table does not list who tried to log in. */
export const emailKey = (email: string) => sha256Hex(`login:${email.toLowerCase()}`);

/** Check `password` for the account with `email`, within the email's throttle; records failures in the audit log. */
export async function checkPassword(
  c: Context<AppEnv>,
  email: string,
  password: string,
): Promise<PasswordCheck> {
  const db = c.get("db");
  const iterations = c.get("config").passwordIterations;
  const key = await emailKey(email);
  const policy = loginPolicy(c);
  const turn = await reserveLoginAttempt(db, key, policy, c.get("now"));
  if (!turn.ok) {
    const gate = loginGate(turn.state, c.get("now"), policy);
    const wait = gate.allowed ? 1000 : gate.retryAfterMs;
    return {
      ok: false,
      reason: "throttled",
      retryAfterMs: wait,
      message: `Too many failed attempts for this email. Wait ${describeWait(wait)} and try again.`,
    };
  }
  const user = await findUserByEmail(db, email);
  // Check a decoy hash for unknown emails, so that timing does not tell them apart.
  const check = await verifyPassword(
    password,
    user?.passwordHash ?? decoyHash(iterations),
    iterations,
  );
  if (user === null || !check.ok) {
    await audit(c, "login.failure", {
      subjectId: user?.id ?? null,
      detail: user ? `failure ${turn.failures}` : "no such account",
    });
    if (turn.locked)
      await audit(c, "login.locked", {
        subjectId: user?.id ?? null,
        detail: `locked for ${describeWait(policy.lockMs)}`,
      });
    return { ok: false, reason: "wrong" };
  }
  if (check.rehash) await setPasswordHash(db, user.id, await hashPassword(password, iterations));
  await clearLoginFailures(db, key);
  return { ok: true, user };
}
