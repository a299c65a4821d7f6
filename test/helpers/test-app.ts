import type { Hono } from "hono";
import { createApp } from "../../src/app.ts";
import { readBankFile } from "../../src/bank-file.ts";
import { loadConfig } from "../../src/config.ts";
import { syncBank } from "../../src/content.ts";
import type { AppEnv } from "../../src/http/env.ts";
import { createNodeJobQueue, type NodeJobQueue } from "../../src/jobs/node-queue.ts";
import { createThreadPool } from "../../src/jobs/pool.ts";
import type { Mailer } from "../../src/mail/mailer.ts";
import { type TempDb, tempDb } from "./temp-db.ts";

export const ORIGIN = "http://localhost";

export type TestApp = TempDb & {
  app: Hono<AppEnv>;
  clock: { now: Date; advance(ms: number): void; set(iso: string): void };
  errors: unknown[];
  /** Document jobs run on a real worker thread; `jobs.idle()` waits for them. */
  jobs: NodeJobQueue;
  /** The app's JSON log lines, in order. */
  logs: string[];
};

export const MINI_BANK = "test/fixtures/mini-bank.json";

/**
 * Per-address budgets generous enough for tests that sign many users up and in
 * from one (absent) address; test/app/limits.test.ts runs with the real defaults.
 */
export const RELAXED_LIMITS = {
  RATE_LOGIN_PER_ADDRESS: "100000/1m",
  RATE_SIGNUP_PER_ADDRESS: "100000/1m",
  RATE_JOIN_PER_ADDRESS: "100000/1m",
  RATE_JOIN_PER_ACCOUNT: "100000/1m",
  RATE_UPLOAD_PER_ADDRESS: "100000/1m",
  RATE_RESET_PER_ADDRESS: "100000/1m",
  QUOTA_UPLOADS_PER_TEACHER: "100000/1m",
};

/** The real app on a real temporary database, with a clock the test controls. */
export async function testApp(
  start = "2026-03-02T09:00:00Z",
  options: {
    bankPath?: string;
    /** Configuration on top of the test's (APP_ENV=test, relaxed per-address budgets). */
    env?: Record<string, string>;
    mailer?: Mailer | null;
    jobLimitMs?: number;
  } = {},
): Promise<TestApp> {
  const t = await tempDb();
  await syncBank(t.db, readBankFile(options.bankPath ?? MINI_BANK), new Date(start));
  const clock = {
    now: new Date(start),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    set(iso: string) {
      clock.now = new Date(iso);
    },
  };
  const errors: unknown[] = [];
  const logs: string[] = [];
  const config = loadConfig(
    {
      APP_ENV: "test",
      PASSWORD_ITERATIONS: "10000",
      // Tests say where a request comes from with this header (app.request has no socket).
      CLIENT_ADDRESS_HEADER: "x-forwarded-for",
      ...RELAXED_LIMITS,
      ...options.env,
    },
    "node",
  );
  const jobs = createNodeJobQueue(t.db, createThreadPool(1), {
    now: () => clock.now,
    ...(options.jobLimitMs ? { limitMs: options.jobLimitMs } : {}),
    log: (_message, error) => errors.push(error),
  });
  const app = createApp({
    db: t.db,
    now: () => clock.now,
    config,
    jobs,
    log: (_message, error) => errors.push(error),
    mailer: options.mailer ?? null,
    logger: { info: (line) => logs.push(line), error: (line) => logs.push(line) },
  });
  const cleanup = async () => {
    await jobs.close();
    await t.cleanup();
  };
  return { ...t, cleanup, app, clock, errors, jobs, logs };
}
