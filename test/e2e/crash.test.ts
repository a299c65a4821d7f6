import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { hiddenFields } from "../helpers/html.ts";
import { removeServerDir, type Server, startServer } from "./harness.ts";

/*
 * Crash durability: under load the server is killed with SIGKILL, restarted on
 * the same database, and every review it had acknowledged with a 2xx must be
 * there; the file must pass SQLite's integrity check; the app must serve.
 */

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop("SIGKILL");
  if (servers[0]) removeServerDir(servers[0]);
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

const ANSWER = "/decks/bank-all/study/answer";
// A page without the answer form (no card left, an error) has no fields: the learner stops.
const fields = (html: string): Record<string, string> =>
  html.includes(`action="${ANSWER}"`) ? hiddenFields(html, ANSWER) : {};

describe("crash durability", () => {
  it("keeps every acknowledged review after SIGKILL, and the database stays sound", async () => {
    const first = await startServer();
    servers.push(first);
    const base = first.url;
    const cookies = await Promise.all(Array.from({ length: 8 }, (_, i) => signup(base, i)));
    const acknowledged: { user: number; event: string; version: number }[] = [];
    let stop = false;
    const learners = cookies.map(async (cookie, user) => {
      const headers = { cookie, "hx-request": "true", origin: base };
      let page = await (await fetch(`${base}/decks/bank-all/study`, { headers })).text();
      while (!stop) {
        const f = fields(page);
        if (!f.event) break;
        try {
          const res = await fetch(`${base}/decks/bank-all/study/grade`, {
            method: "POST",
            headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ ...f, rating: "3" }),
          });
          page = await res.text();
          if (res.ok && !page.includes("already graded")) {
            acknowledged.push({ user, event: f.event, version: Number(f.version) });
          }
        } catch {
          break; // the server is gone
        }
      }
    });
    await new Promise((r) => setTimeout(r, 1_500));
    await first.stop("SIGKILL");
    stop = true;
    await Promise.all(learners);
    expect(acknowledged.length).toBeGreaterThan(20);

    const second = await startServer({}, first.dir);
    servers.push(second);
    const db = createClient({ url: first.dbUrl });
    const integrity = await db.execute("PRAGMA integrity_check");
    expect(integrity.rows[0]?.[0]).toBe("ok");
    const rows = await db.execute(
      `SELECT u.email, l.event_id, l.card_version FROM review_logs l JOIN users u ON u.id = l.user_id WHERE l.origin = 'study'`,
    );
    const stored = new Set(rows.rows.map((r) => `${r.email}|${r.event_id}|${r.card_version}`));
    const missing = acknowledged.filter(
      (a) => !stored.has(`crash${a.user}@example.org|${a.event}|${a.version}`),
    );
    expect(missing).toEqual([]);
    db.close();

    const health = await fetch(`${second.url}/healthz`);
    expect(health.status).toBe(200);
    const again = await fetch(`${second.url}/decks/bank-all/study`, {
      headers: { cookie: cookies[0] ?? "" },
    });
    expect(again.status).toBe(200);
    // The learner's next card, or the end of the deck if the load got through all of it.
    expect(await again.text()).toMatch(/Show answer|All done for now/);
  }, 90_000);
});
