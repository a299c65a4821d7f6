/*
 * Failed logins for one email are slowed down, then refused for a while. The
 * count is per email (hashed), whether or not an account exists, so the throttle
 * reveals nothing about which emails are registered.
 *
 * This is the policy as a pure function of the failures so far; src/db/throttles.ts
 * applies the same rule inside one SQL statement, so that concurrent attempts
 * each take their turn (test/db/throttles.test.ts checks the two agree).
 */

export type LoginFailures = { failures: number; lastFailureAt: number; lockedUntil: number };

export type LoginPolicy = {
  /** Failures that cost no waiting. */
  freeAttempts: number;
  /** The failure that locks the email. */
  lockAfter: number;
  /** How long a lock lasts; failures older than this are forgotten. */
  lockMs: number;
};

export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  freeAttempts: 3,
  lockAfter: 10,
  lockMs: 15 * 60_000,
};

export type LoginGate = { allowed: true } | { allowed: false; retryAfterMs: number };

/** How long after the last failure the next attempt must wait, once the free ones are used. */
export function backoffMs(failures: number, policy: LoginPolicy): number {
  return 1000 * 2 ** Math.min(failures - policy.freeAttempts, 40);
}

/** Whether a login attempt may be checked now, given the failures so far. */
export function loginGate(
  state: LoginFailures | null,
  now: Date,
  policy: LoginPolicy = DEFAULT_LOGIN_POLICY,
): LoginGate {
  const t = now.getTime();
  if (state === null) return { allowed: true };
  if (state.lockedUntil > t) return { allowed: false, retryAfterMs: state.lockedUntil - t };
  if (t - state.lastFailureAt > policy.lockMs) return { allowed: true };
  if (state.failures < policy.freeAttempts) return { allowed: true };
  const ready = state.lastFailureAt + backoffMs(state.failures, policy);
  return ready > t ? { allowed: false, retryAfterMs: ready - t } : { allowed: true };
}

/** The failure record after one more failed attempt at `now`. */
export function afterFailure(
  state: LoginFailures | null,
  now: Date,
  policy: LoginPolicy = DEFAULT_LOGIN_POLICY,
): LoginFailures {
  const t = now.getTime();
  const fresh = state === null || t - state.lastFailureAt > policy.lockMs;
  const failures = fresh ? 1 : state.failures + 1;
  return {
    failures,
    lastFailureAt: t,
    lockedUntil: failures >= policy.lockAfter ? t + policy.lockMs : 0,
  };
}

/** "12 seconds", "15 minutes": how long to wait, for the message. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
