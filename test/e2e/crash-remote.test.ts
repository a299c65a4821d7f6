import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { readBankFile } from "../../src/bank-file.ts";
import { prepareDatabase } from "../../src/content.ts";
import { wrapClient } from "../../src/db/db.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { crashRun } from "../helpers/crash-run.ts";
import { freePort, type Sqld, startSqld } from "../helpers/sqld.ts";
import { removeServerDir, type Server, startServer } from "./harness.ts";

/*
 * Two real Node servers on one libSQL server (sqld), as an operator deploys
 * them: learners' requests alternate between the two, one server is killed with
 * SIGKILL under load, and every request it left unanswered is sent again to the
 * other. Every review and every undo the learners meant must be stored exactly
 * once — none lost, none extra — and the survivor keeps serving.
 */

const servers: Server[] = [];
let sqld: Sqld | undefined;
afterAll(async () => {
  for (const s of servers) {
    await s.stop("SIGKILL");
    removeServerDir(s);
  }
  await sqld?.stop();
});

async function signup(base: string, i: number): Promise<string> {
  const res = await fetch(`${base}/signup`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({
      name: `Crash ${i}`,
      email: `crash${i}@example.org`,
      password: "a long enough password",
    }),
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (res.status !== 303 || !cookie) throw new Error(`signup failed: ${res.status}`);
  // Plenty of new cards, so nobody runs out during the load.
  await fetch(`${base}/settings`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base, cookie },
    body: new URLSearchParams({
      new_per_day: "9999",
      reviews_per_day: "9999",
      retention: "0.9",
      time_zone: "UTC",
    }),
  });
  return cookie;
}

describe("two servers on one libSQL server, one killed under load", () => {
  it("stores every review and every undo the learners meant exactly once", async () => {
    sqld = await startSqld(await freePort());
    // As an operator would: `npm run migrate` against the server first, then the servers.
    const db = wrapClient(createClient({ url: sqld.url }));
    await prepareDatabase(
      db,
      readMigrations(),
      () => readBankFile("questions/bank.json"),
      new Date(),
    );
    // The server killed holds a WebSocket to sqld (a libsql: URL on Node), the survivor speaks HTTP.
    servers.push(
      await startServer({ DATABASE_URL: sqld.wsUrl }),
      await startServer({ DATABASE_URL: sqld.url }),
    );
    const [a, b] = servers as [Server, Server];
    const emails = Array.from({ length: 8 }, (_, i) => `crash${i}@example.org`);
    const cookies = await Promise.all(emails.map((_, i) => signup(i % 2 ? b.url : a.url, i)));

    const report = await crashRun({
      servers: [a.url, b.url],
      cookies,
      emails,
      db,
      kill: () => a.stop("SIGKILL"),
      killAfterMs: 1_500,
      durationMs: 4_000,
    });
    db.close();

    expect(report.grades).toBeGreaterThan(40);
    expect(report.undos).toBeGreaterThan(5);
    // Every learner had a request cut off by the kill and sent it again.
    expect(report.retried).toBeGreaterThan(0);
    expect(report).toMatchObject({
      extraReviews: 0,
      lostReviews: 0,
      extraUndos: 0,
      lostUndos: 0,
      errors: 0,
    });
    const health = await fetch(`${b.url}/healthz`);
    expect(health.status).toBe(200);
  }, 90_000);
});
