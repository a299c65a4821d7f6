import type { Hono } from "hono";
import { createApp } from "../../src/app.ts";
import { readBankFile } from "../../src/bank-file.ts";
import { loadConfig } from "../../src/config.ts";
import { syncBank } from "../../src/content.ts";
import type { AppEnv } from "../../src/http/env.ts";
import { type TempDb, tempDb } from "./temp-db.ts";

export const ORIGIN = "http://localhost";

export type TestApp = TempDb & {
  app: Hono<AppEnv>;
  clock: { now: Date; advance(ms: number): void; set(iso: string): void };
  errors: unknown[];
  /** The app's JSON log lines, in order. */
  logs: string[];
};

export const MINI_BANK = "test/fixtures/mini-bank.json";

/** The real app on a real temporary database, with a clock the test controls. */
export async function testApp(
  start = "2026-03-02T09:00:00Z",
  options: { bankPath?: string } = {},
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
  const config = loadConfig({ APP_ENV: "test", PASSWORD_ITERATIONS: "10000" }, "node");
  const app = createApp({
    db: t.db,
    now: () => clock.now,
    config,
    log: (_message, error) => errors.push(error),
    logger: { info: (line) => logs.push(line), error: (line) => logs.push(line) },
  });
  return { ...t, app, clock, errors, logs };
}
