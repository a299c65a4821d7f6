import { createClient } from "@libsql/client";
import type { Hono } from "hono";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { readBankFile } from "../../src/bank-file.ts";
import { loadConfig } from "../../src/config.ts";
import { syncBank } from "../../src/content.ts";
import { DatabaseUnavailableError, type Db, wrapClient } from "../../src/db/db.ts";
import { readServerTiming } from "../../src/db/metered.ts";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import type { AppEnv } from "../../src/http/env.ts";
import { hiddenFields } from "../helpers/html.ts";
import { freePort, type Sqld, startSqld } from "../helpers/sqld.ts";
import { MINI_BANK, ORIGIN } from "../helpers/test-app.ts";

/*
 * Two servers (two apps, each with its own in-memory copies, as two Node
 * processes or two Worker isolates have) in front of one libSQL server (sqld),
 * one learner's requests alternating between them (one server over HTTP, the
 * other over a WebSocket): the next card agrees on both,
 * each review and each undo happens exactly once, also when an answer is lost
 * after the commit and the learner sends the same form again to the other one,
 * and every request costs the round trips the study loop promises.
 */

let sqld: Sqld;
let clock: Date;
const DECK = "/decks/bank-all/study";
const HX = { "HX-Request": "true" };

type Server = { app: Hono<AppEnv>; db: Db; errors: unknown[] };
let servers: Server[] = [];
/** One database handle whose next write batch commits and then fails, as if the process died before answering. */
let failAfterCommit: { db: Db | null } = { db: null };

function server(url: string): Server {
  const inner = wrapClient(createClient({ url }));
  const db: Db = {
    ...inner,
    async batch(statements) {
      const results = await inner.batch(statements);
      if (failAfterCommit.db === db) {
        failAfterCommit = { db: null };
        // The commit happened; the answer never reaches the learner.
        throw new DatabaseUnavailableError(new Error("connection reset after the commit"));
      }
      return results;
    },
  };
  const errors: unknown[] = [];
  const app = createApp({
    db,
    now: () => clock,
    config: loadConfig({ APP_ENV: "test", PASSWORD_ITERATIONS: "10000" }, "node"),
    // No document is uploaded here: a job would be a mistake of the test.
    jobs: {
      enqueue: async () => {
        throw new Error("no document jobs in the two-process test");
      },
    },
    log: (_m, e) => errors.push(e),
  });
  return { app, db, errors };
}

beforeAll(async () => {
  sqld = await startSqld(await freePort());
  const db = wrapClient(createClient({ url: sqld.url }));
  await migrate(db, readMigrations());
  await syncBank(db, readBankFile(MINI_BANK), new Date("2026-03-02T09:00:00Z"));
  db.close();
}, 30_000);
afterAll(async () => {
  for (const s of servers) s.db.close();
  await sqld?.stop();
});

let learner = 0;
let cookie = "";
beforeEach(async () => {
  for (const s of servers) s.db.close();
  // One reaches sqld over HTTP (as a Worker does), the other over a WebSocket (a Node server's libsql: URL).
  servers = [server(sqld.url), server(sqld.wsUrl)];
  clock = new Date("2026-03-02T09:00:00Z");
  learner++;
  const res = await post(0, "/signup", {
    name: `Learner ${learner}`,
    email: `learner${learner}@example.org`,
    password: "correct horse battery",
  });
  expect(res.status).toBe(303);
  cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
});

function request(i: number, path: string, init: RequestInit = {}): Promise<Response> {
  const s = servers[i % 2];
  if (!s) throw new Error("no server");
  return Promise.resolve(
    s.app.request(`${ORIGIN}${path}`, {
      ...init,
      headers: { cookie, ...HX, ...(init.headers as Record<string, string>) },
    }),
  );
}

function post(i: number, path: string, form: Record<string, string>) {
  return request(i, path, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: ORIGIN,
      "Sec-Fetch-Site": "same-origin",
    },
    body: new URLSearchParams(form),
  });
}

const page = async (res: Response | Promise<Response>) => (await res).text();
const card = (html: string) => hiddenFields(html, `${DECK}/answer`);
const undoForm = (html: string) => hiddenFields(html, `${DECK}/undo`);

/** The learner's reviews as the database has them, oldest first. */
async function reviews() {
  const db = wrapClient(createClient({ url: sqld.url }));
  try {
    return await db.all(
      `SELECT l.event_id, l.card_version, l.undone_at FROM review_logs l JOIN users u ON u.id = l.user_id
       WHERE u.email = ? ORDER BY l.id`,
      [`learner${learner}@example.org`],
      (r) => `${r.event_id}@${r.card_version}${r.undone_at === null ? "" : " undone"}`,
    );
  } finally {
    db.close();
  }
}

describe("one learner, two servers on one libSQL server", () => {
  it("undoes once when the same Undo reaches both servers (the issue's reproduction)", async () => {
    const first = card(await page(request(0, DECK)));
    await post(1, `${DECK}/grade`, { ...first, rating: "3" });
    const second = card(await page(request(0, DECK)));
    const graded = await page(post(1, `${DECK}/grade`, { ...second, rating: "3" }));
    const undo = undoForm(graded);
    const a = await page(post(0, `${DECK}/undo`, undo));
    const b = await page(post(1, `${DECK}/undo`, undo));
    expect(a).toContain("The last review was undone.");
    expect(b).toContain("That review was already undone");
    expect(await reviews()).toEqual([`${first.event}@0`, `${second.event}@0 undone`]);
    // Both servers now show the same card: the one the undo restored.
    expect(card(a).event).toBe(second.event);
    expect(card(b).event).toBe(second.event);
    expect(card(await page(request(0, DECK)))).toEqual(card(await page(request(1, DECK))));
  });

  it("agrees on the next card everywhere and records each review once, whichever server gets it", async () => {
    let html = await page(request(0, DECK));
    const seen: string[] = [];
    for (let k = 0; k < 12; k++) {
      const f = card(html);
      seen.push(`${f.event}@${f.version}`);
      // The same form to both servers: the second finds it already graded and says where the learner is.
      const one = await page(post(k, `${DECK}/grade`, { ...f, rating: k % 3 === 0 ? "1" : "3" }));
      const other = await page(post(k + 1, `${DECK}/grade`, { ...f, rating: "4" }));
      expect(other).toContain("already graded");
      expect(card(other)).toEqual({ ...card(one), shown_at: card(other).shown_at });
      const a = card(await page(request(k, DECK)));
      const b = card(await page(request(k + 1, DECK)));
      expect({ ...a, shown_at: "" }).toEqual({ ...b, shown_at: "" });
      expect({ ...a, shown_at: "" }).toEqual({ ...card(one), shown_at: "" });
      html = one;
      clock = new Date(clock.getTime() + 61_000);
    }
    expect(await reviews()).toEqual(seen);
  });

  it("records a review once when its answer is lost after the commit and the form is sent again", async () => {
    const f = card(await page(request(0, DECK)));
    failAfterCommit = { db: servers[0]?.db ?? null };
    const lost = await post(0, `${DECK}/grade`, { ...f, rating: "3" });
    expect(lost.status).toBe(503);
    const retry = await page(post(1, `${DECK}/grade`, { ...f, rating: "3" }));
    expect(retry).toContain("already graded");
    expect(card(retry).event).not.toBe(f.event);
    expect(await reviews()).toEqual([`${f.event}@0`]);
    // The server that lost its answer catches up too.
    expect(card(await page(request(0, DECK))).event).toBe(card(retry).event);
  });

  it("undoes once when an Undo's answer is lost after the commit and it is sent again elsewhere", async () => {
    const first = card(await page(request(0, DECK)));
    await post(0, `${DECK}/grade`, { ...first, rating: "3" });
    const second = card(await page(request(1, DECK)));
    const graded = await page(post(1, `${DECK}/grade`, { ...second, rating: "3" }));
    failAfterCommit = { db: servers[1]?.db ?? null };
    const lost = await post(1, `${DECK}/undo`, undoForm(graded));
    expect(lost.status).toBe(503);
    const retry = await page(post(0, `${DECK}/undo`, undoForm(graded)));
    expect(retry).toContain("That review was already undone");
    expect(await reviews()).toEqual([`${first.event}@0`, `${second.event}@0 undone`]);
    // Undo now names the first review, on both servers.
    const next = undoForm(await page(request(1, DECK)));
    expect(undoForm(retry)).toEqual(next);
    expect(next.review).not.toBe(undoForm(graded).review);
  });

  it("shows a card in one round trip and grades or undoes it in one, or two when the copy cannot vouch", async () => {
    const cost = (res: Response) => readServerTiming(res.headers.get("server-timing"));
    // A server reads a deck's content once (three statements the first time anyone studies it).
    const mine = cookie;
    cookie = "";
    const other = await post(0, "/signup", {
      name: "Someone else",
      email: `other${learner}@example.org`,
      password: "correct horse battery",
    });
    cookie = other.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect(cost(await request(0, DECK))).toEqual({ roundTrips: 4, statements: 4 });
    expect(cost(await request(1, DECK))).toEqual({ roundTrips: 4, statements: 4 });
    cookie = mine;

    // The first request a server sees from this learner reads the session in the same statement.
    const shown = await request(0, DECK);
    expect(cost(shown)).toEqual({ roundTrips: 1, statements: 1 });
    const f1 = card(await shown.text());
    expect(cost(await post(0, `${DECK}/answer`, f1))).toEqual({ roundTrips: 1, statements: 1 });
    // Server 1 has not read this session yet: one read, then the batch (card, log row, what changed).
    const g1 = await post(1, `${DECK}/grade`, { ...f1, rating: "3" });
    expect(cost(g1)).toEqual({ roundTrips: 2, statements: 4 });
    const f2 = card(await g1.text());
    // Server 0's copy holds this card as shown: the batch alone, which reads back what server 1 did.
    const g2 = await post(0, `${DECK}/grade`, { ...f2, rating: "3" });
    expect(cost(g2)).toEqual({ roundTrips: 1, statements: 3 });
    const graded = await g2.text();
    // The same form on server 1, whose copy is behind: the guarded write is a no-op, and says so.
    const again = await post(1, `${DECK}/grade`, { ...f2, rating: "4" });
    expect(cost(again)).toEqual({ roundTrips: 1, statements: 3 });
    expect(await again.text()).toContain("already graded");
    // Undo on server 1, whose copy now knows the review: one batch.
    const undone = await post(1, `${DECK}/undo`, undoForm(graded));
    expect(cost(undone)).toEqual({ roundTrips: 1, statements: 3 });
    const restored = card(await undone.text());
    expect(restored).toMatchObject({ event: f2.event, version: "2" });
    // Server 0's copy has that card as it wrote it (version 1), not as restored: it reads first.
    const g3 = await post(0, `${DECK}/grade`, { ...restored, rating: "3" });
    expect(cost(g3)).toEqual({ roundTrips: 2, statements: 4 });
    expect(await g3.text()).not.toContain("already graded");
    // The same Undo again: nothing to write, one read to say where the learner is.
    const twice = await post(0, `${DECK}/undo`, undoForm(graded));
    expect(cost(twice)).toEqual({ roundTrips: 1, statements: 1 });
    expect(await twice.text()).toContain("That review was already undone");
    expect(cost(await request(1, DECK))).toEqual({ roundTrips: 1, statements: 1 });
    expect(await reviews()).toEqual([`${f1.event}@0`, `${f2.event}@0 undone`, `${f2.event}@2`]);
    for (const s of servers) expect(s.errors).toEqual([]);
  });
});
