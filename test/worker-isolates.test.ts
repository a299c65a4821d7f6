import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBankFile } from "../src/bank-file.ts";
import { prepareDatabase } from "../src/content.ts";
import { type Db, wrapClient } from "../src/db/db.ts";
import { readServerTiming } from "../src/db/metered.ts";
import { readMigrations } from "../src/db/migration-files.ts";
import { hiddenFields } from "./helpers/html.ts";
import { freePort, type Sqld, startSqld } from "./helpers/sqld.ts";

/*
 * The Worker as deployed: the bundle `wrangler deploy` builds, running in workerd
 * as three separate Workers — three isolates, each with its own copy of the app
 * and of the learner's study state, as a deployment spreads one learner's
 * requests over many — against one libSQL server (sqld). One learner's requests
 * alternate between them: the next card agrees everywhere, each review and each
 * undo happens exactly once, and the study loop keeps to its round trips.
 */

const ISOLATES = ["isolate-a", "isolate-b", "isolate-c"];
const ORIGIN = "https://chronodeck.test";
const DECK = "/decks/bank-all/study";

let sqld: Sqld;
let db: Db;
let mf: Miniflare;
let bundleDir: string;
let cookie = "";

beforeAll(async () => {
  sqld = await startSqld(await freePort());
  db = wrapClient(createClient({ url: sqld.url }));
  await prepareDatabase(
    db,
    readMigrations(),
    () => readBankFile("questions/bank.json"),
    new Date(),
  );
  bundleDir = mkdtempSync(join(tmpdir(), "chronodeck-isolates-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", bundleDir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    stdio: "pipe",
    timeout: 120_000,
  });
  mf = new Miniflare(
    convertV4MiniflareOptions({
      workers: ISOLATES.map((name) => ({
        name,
        modules: true,
        modulesRoot: bundleDir,
        scriptPath: join(bundleDir, "worker.js"),
        compatibilityDate: "2026-11-01",
        bindings: { DATABASE_URL: sqld.url, APP_ENV: "test", PASSWORD_ITERATIONS: "10000" },
      })),
    }),
  );
  await mf.ready;
}, 180_000);

afterAll(async () => {
  await mf?.dispose();
  db?.close();
  await sqld?.stop();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

/** A request to isolate `k` (mod 3), as the learner's browser would send it (`as`: another learner's cookie). */
async function send(
  k: number,
  path: string,
  form?: Record<string, string>,
  as?: { cookie: string },
): Promise<{
  status: number;
  html: string;
  timing: ReturnType<typeof readServerTiming>;
  cookie: string;
}> {
  const worker = await mf.getWorker(ISOLATES[k % ISOLATES.length]);
  const sent = as ? as.cookie : cookie;
  const res = await worker.fetch(`${ORIGIN}${path}`, {
    method: form ? "POST" : "GET",
    redirect: "manual",
    headers: {
      ...(sent ? { cookie: sent } : {}),
      // Miniflare's own proxy only lets a localhost Origin through; the app believes the
      // browser's Sec-Fetch-Site over it, as it would for a real browser.
      ...(form
        ? {
            "content-type": "application/x-www-form-urlencoded",
            origin: "http://localhost",
            "sec-fetch-site": "same-origin",
          }
        : {}),
      "hx-request": "true",
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  const setCookie = res.headers.get("set-cookie")?.split(";")[0];
  if (setCookie && !as) cookie = setCookie;
  return {
    status: res.status,
    html: await res.text(),
    timing: readServerTiming(res.headers.get("server-timing")),
    cookie: setCookie ?? sent,
  };
}

const card = (html: string) => {
  const { shown_at: _, ...rest } = hiddenFields(html, `${DECK}/answer`);
  return rest;
};

const stored = () =>
  db.all(
    `SELECT l.event_id, l.card_version, l.undone_at FROM review_logs l JOIN users u ON u.id = l.user_id
     WHERE u.email = 'iris@example.org' ORDER BY l.id`,
    undefined,
    (r) => `${r.event_id}@${r.card_version}${r.undone_at === null ? "" : " undone"}`,
  );

describe("one learner, three Worker isolates, one libSQL server", () => {
  it("agrees on the next card everywhere and reviews and undoes exactly once", async () => {
    const signup = await send(0, "/signup", {
      name: "Iris Isolate",
      email: "iris@example.org",
      password: "a long enough password",
    });
    expect(signup.status).toBe(303);
    expect(cookie).toMatch(/^__Host-cd_session=/);

    // Each isolate loads the deck for itself (three reads) before its one read of the learner's
    // state: they share nothing but the libSQL server.
    const first = [];
    for (const [i] of ISOLATES.entries()) first.push(await send(i, DECK));
    expect(first.map((f) => f.timing?.roundTrips)).toEqual([4, 4, 4]);
    let page = first[1]?.html ?? "";
    const meant: string[] = [];
    const trips: number[] = [];
    for (let k = 0; k < 9; k++) {
      const f = hiddenFields(page, `${DECK}/answer`);
      // Every isolate shows the same next card.
      const views = await Promise.all(
        ISOLATES.map(async (_, i) => card((await send(i, DECK)).html)),
      );
      for (const v of views) expect(v).toEqual(card(page));
      const graded = await send(k, `${DECK}/grade`, { ...f, rating: k % 3 === 0 ? "1" : "3" });
      expect(graded.status).toBe(200);
      expect(graded.html).not.toContain("already graded");
      // One batch, after one read when this isolate's copy cannot vouch for the card.
      expect(graded.timing?.roundTrips).toBeLessThanOrEqual(2);
      trips.push(graded.timing?.roundTrips ?? 0);
      meant.push(`${f.event}@${f.version}`);
      // The same form again, on the next isolate: nothing more is stored, and it shows where the learner is.
      const again = await send(k + 1, `${DECK}/grade`, { ...f, rating: "4" });
      expect(again.html).toContain("already graded");
      expect(card(again.html)).toEqual(card(graded.html));
      page = graded.html;
    }
    expect(await stored()).toEqual(meant);
    // Every isolate reads the learner's state each time it shows the card, so the ones that
    // grade next hold the card as shown: one round trip each.
    expect(trips).toEqual(Array(9).fill(1));

    const undo = hiddenFields(page, `${DECK}/undo`);
    const once = await send(0, `${DECK}/undo`, undo);
    const twice = await send(1, `${DECK}/undo`, undo);
    const thrice = await send(2, `${DECK}/undo`, undo);
    expect(once.html).toContain("The last review was undone.");
    expect(twice.html).toContain("That review was already undone");
    expect(thrice.html).toContain("That review was already undone");
    expect(await stored()).toEqual([...meant.slice(0, -1), `${meant.at(-1)} undone`]);
    // And all three agree on where the learner is now, in one round trip each.
    const after = await Promise.all(ISOLATES.map((_, i) => send(i, DECK)));
    for (const a of after) {
      expect(card(a.html)).toEqual(card(once.html));
      expect(a.timing).toEqual({ roundTrips: 1, statements: 1 });
    }
  }, 60_000);

  it("serves many learners at once in one isolate, their reads and writes sharing requests", async () => {
    const learners = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const res = await send(
          0,
          "/signup",
          {
            name: `Crowd ${i}`,
            email: `crowd${i}@example.org`,
            password: "a long enough password",
          },
          { cookie: "" },
        );
        expect(res.status).toBe(303);
        return { cookie: res.cookie };
      }),
    );
    for (let round = 0; round < 3; round++) {
      const pages = await Promise.all(learners.map((l) => send(0, DECK, undefined, l)));
      const graded = await Promise.all(
        learners.map((l, i) =>
          send(
            0,
            `${DECK}/grade`,
            { ...hiddenFields(pages[i]?.html ?? "", `${DECK}/answer`), rating: "3" },
            l,
          ),
        ),
      );
      for (const g of graded) {
        expect(g.status).toBe(200);
        expect(g.html).not.toContain("already graded");
      }
    }
    const counts = await db.all(
      `SELECT COUNT(*) AS n FROM review_logs l JOIN users u ON u.id = l.user_id
       WHERE u.email LIKE 'crowd%' GROUP BY u.id`,
      undefined,
      (r) => Number(r.n),
    );
    expect(counts).toEqual(Array(6).fill(3));
  }, 60_000);
});
