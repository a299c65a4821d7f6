/*
 * Failed logins for one email are slowed down, then refused for a while. The
 * count is per email (hashed), whether or not an account exists, so the throttle
 * reveals nothing about which emails are registered.
 */

export type LoginFailures = { failures: number; lastFailureAt: number; lockedUntil: number };

export const FREE_ATTEMPTS = 3;
export const LOCK_AFTER = 10;
export const LOCK_MS = 15 * 60_000;
const FORGET_AFTER_MS = 15 * 60_000;

export type LoginGate = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Whether a login attempt may be checked now, given the failures so far. */
export function loginGate(state: LoginFailures | null, now: Date): LoginGate {
  const t = now.getTime();
  if (state === null) return { allowed: true };
  if (state.lockedUntil > t) return { allowed: false, retryAfterMs: state.lockedUntil - t };
  if (t - state.lastFailureAt > FORGET_AFTER_MS) return { allowed: true };
  if (state.failures < FREE_ATTEMPTS) return { allowed: true };
  const wait = 1000 * 2 ** (state.failures - FREE_ATTEMPTS);
  const ready = state.lastFailureAt + wait;
  return ready > t ? { allowed: false, retryAfterMs: ready - t } : { allowed: true };
}

/** The failure record after one more failed attempt at `now`. */
export function afterFailure(state: LoginFailures | null, now: Date): LoginFailures {
  const t = now.getTime();
  const fresh = state === null || t - state.lastFailureAt > FORGET_AFTER_MS;
  const failures = fresh ? 1 : state.failures + 1;
  return {
    failures,
    lastFailureAt: t,
    lockedUntil: failures >= LOCK_AFTER ? t + LOCK_MS : 0,
  };
}

/** "12 seconds", "15 minutes": how long to wait, for the message. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
