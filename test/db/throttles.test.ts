import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  afterFailure,
  DEFAULT_LOGIN_POLICY,
  type LoginFailures,
  loginGate,
} from "../../src/core/login-throttle.ts";
import {
  clearLoginFailures,
  loginFailures,
  refund,
  reserveLoginAttempt,
  take,
} from "../../src/db/throttles.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

/*
 * The throttles' SQL on a real libSQL file: the log-in statement applies exactly
 * the policy of src/core/login-throttle.ts, and neither it nor the rate limiter
 * lets concurrent requests through past their budget.
 */

let t: TempDb;
beforeEach(async () => {
  t = await tempDb();
});
afterEach(() => t.cleanup());

const T0 = Date.parse("2026-03-02T09:00:00Z");

describe("the log-in throttle in SQL", () => {
  it("agrees with the pure policy on any sequence of attempts, waits and successes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            waitMs: fc.oneof(
              fc.constant(0),
              fc.integer({ min: 0, max: 5_000 }),
              fc.integer({ min: 0, max: 20 * 60_000 }),
            ),
            right: fc.boolean(),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 4, max: 12 }),
        async (steps, lockAfter) => {
          const policy = { ...DEFAULT_LOGIN_POLICY, lockAfter };
          const key = `k${Math.random()}`;
          let model: LoginFailures | null = null;
          let now = T0;
          for (const step of steps) {
            now += step.waitMs;
            const at = new Date(now);
            const gate = loginGate(model, at, policy);
            const got = await reserveLoginAttempt(t.db, key, policy, at);
            expect(got.ok).toBe(gate.allowed);
            if (!gate.allowed) continue;
            if (step.right) {
              await clearLoginFailures(t.db, key);
              model = null;
            } else model = afterFailure(model, at, policy);
            expect(await loginFailures(t.db, key)).toEqual(model);
          }
        },
      ),
      { numRuns: 60, seed: 20261206 },
    );
  });

  it("reserves at most lockAfter checks however many arrive at once", async () => {
    const policy = { ...DEFAULT_LOGIN_POLICY, freeAttempts: 10, lockAfter: 10 };
    const at = new Date(T0);
    const all = await Promise.all(
      Array.from({ length: 200 }, () => reserveLoginAttempt(t.db, "victim", policy, at)),
    );
    expect(all.filter((r) => r.ok)).toHaveLength(10);
    expect(all.filter((r) => r.ok && r.locked)).toHaveLength(1);
    expect((await loginFailures(t.db, "victim"))?.lockedUntil).toBe(T0 + policy.lockMs);
  });
});

describe("the rate limiter (GCRA)", () => {
  const rate = { limit: 5, windowMs: 60_000 };

  it("lets a burst of `limit` through, then one more every window/limit", async () => {
    const at = (ms: number) => new Date(T0 + ms);
    const burst = [];
    for (let i = 0; i < 6; i++) burst.push((await take(t.db, "a", rate, at(0))).ok);
    expect(burst).toEqual([true, true, true, true, true, false]);
    const refused = await take(t.db, "a", rate, at(0));
    expect(refused).toEqual({ ok: false, retryAfterMs: 12_000 });
    expect((await take(t.db, "a", rate, at(11_999))).ok).toBe(false);
    expect((await take(t.db, "a", rate, at(12_000))).ok).toBe(true);
    expect((await take(t.db, "a", rate, at(12_000))).ok).toBe(false);
    // Another key has its own budget; a refund gives one back.
    expect((await take(t.db, "b", rate, at(0))).ok).toBe(true);
    await refund(t.db, "a", rate);
    expect((await take(t.db, "a", rate, at(12_000))).ok).toBe(true);
    // After a quiet window the whole burst is back.
    const later = [];
    for (let i = 0; i < 6; i++) later.push((await take(t.db, "a", rate, at(200_000))).ok);
    expect(later).toEqual([true, true, true, true, true, false]);
  });

  it("never lets more than `limit` through when requests arrive together", async () => {
    const all = await Promise.all(
      Array.from({ length: 100 }, () => take(t.db, "together", rate, new Date(T0))),
    );
    expect(all.filter((d) => d.ok)).toHaveLength(5);
  });

  it("sweeps rows whose time has passed", async () => {
    for (let i = 0; i < 20; i++) await take(t.db, `old${i}`, rate, new Date(T0));
    for (let i = 0; i < 3; i++) await take(t.db, "new", rate, new Date(T0 + 3_600_000));
    const n = await t.db.first("SELECT COUNT(*) AS n FROM throttles", undefined, (r) =>
      Number(r.n),
    );
    // Each take sweeps up to eight: three takes clear the twenty stale rows, leaving only "new".
    expect(n).toBe(1);
  });
});
