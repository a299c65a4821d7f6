import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { client } from "../helpers/client.ts";
import { ORIGIN, type TestApp, testApp } from "../helpers/test-app.ts";

/*
 * The findings of the attack probe (issue 18), each reproduced and shown fixed:
 * the log-in lockout raced, bodies of any size were parsed, an impossible due
 * date was stored. The rate limits and quotas have their own file.
 */

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.cleanup());

const count = (sql: string) => t.db.first(sql, undefined, (r) => Number(r.n));

/** A log-in from its own address, so that only the account's throttle can refuse it. */
let n = 0;
function login(email: string, password: string) {
  n++;
  return t.app.request(`${ORIGIN}/login`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: ORIGIN,
      "X-Forwarded-For": `203.0.${(n >> 8) & 255}.${n & 255}`,
    },
    body: new URLSearchParams({ email, password }),
  });
}

describe("the log-in lockout under concurrency (finding 2)", () => {
  it("checks at most 10 passwords for 200 concurrent wrong log-ins, and the right one then waits for the lock", async () => {
    await client(t.app).signup("Victim", "victim@example.org");
    // The probe: 200 at once, the right password at position 51.
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        login("victim@example.org", i === 50 ? "correct horse battery" : `wrong guess ${i}`),
      ),
    );
    const statuses = burst.map((r) => r.status);
    expect(statuses[50], "the right password inside the burst was not even checked").toBe(429);
    expect(statuses.filter((s) => s === 303)).toHaveLength(0);
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(10);
    // Keep the attack going, a burst a minute, until the email is locked.
    let total = checked;
    for (let minute = 0; minute < 20; minute++) {
      t.clock.advance(60_000);
      const more = await Promise.all(
        Array.from({ length: 50 }, (_, i) => login("victim@example.org", `guess ${minute}/${i}`)),
      );
      total += more.filter((r) => r.status === 401).length;
    }
    expect(total, "password checks before the lock").toBe(10);
    expect(await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'login.failure'")).toBe(
      10,
    );
    expect(await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'login.locked'")).toBe(
      1,
    );
    // The right password is refused until the lock expires, whatever the retry says.
    const lockedAt = await t.db.first("SELECT locked_until FROM login_failures", undefined, (r) =>
      Number(r.locked_until),
    );
    expect(lockedAt).toBeGreaterThan(t.clock.now.getTime());
    const refused = await login("victim@example.org", "correct horse battery");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/Too many failed attempts for this email\. Wait \d+/);
    t.clock.set(new Date((lockedAt ?? 0) - 1000).toISOString());
    expect((await login("victim@example.org", "correct horse battery")).status).toBe(429);
    t.clock.set(new Date(lockedAt ?? 0).toISOString());
    expect((await login("victim@example.org", "correct horse battery")).status).toBe(303);
  });
});

/** A body of `total` bytes that counts how much of it anyone reads. */
function countedBody(total: number, chunk = 64 * 1024) {
  const stats = { pulled: 0 };
  const piece = new Uint8Array(chunk).fill(0x61);
  // No read-ahead (highWaterMark 0): a chunk is made only when someone asks for it.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (stats.pulled >= total) return controller.close();
        stats.pulled += chunk;
        controller.enqueue(piece);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, stats };
}

const MB = 1024 * 1024;

describe("request bodies have limits, checked before they are read (finding 3)", () => {
  it("refuses a 300 MB log-in form announced by Content-Length without reading a byte", async () => {
    const { stream, stats } = countedBody(300 * MB);
    const res = await t.app.request(`${ORIGIN}/login`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": String(300 * MB),
        Origin: ORIGIN,
      },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain("Too large");
    expect(html).toMatch(/more than 8 KB, the most this page accepts/);
    expect(stats.pulled).toBe(0);
  });

  it("stops reading a streamed (chunked) 300 MB form at the limit", async () => {
    const { stream, stats } = countedBody(300 * MB, 4 * 1024);
    const res = await t.app.request(`${ORIGIN}/signup`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(stats.pulled).toBeLessThanOrEqual(8 * 1024 + 2 * 4 * 1024);
    expect(await count("SELECT COUNT(*) AS n FROM users")).toBe(0);
  });

  it("gives uploads the upload limit and every other form a few kilobytes", async () => {
    const teacher = client(t.app);
    await teacher.signup("Tess", "tess@example.org", { teacher: true });
    const form = (bytes: number) => {
      const f = new FormData();
      f.append("text", "a".repeat(bytes));
      return f;
    };
    // 100 KB of pasted text is a normal upload, queued as a job (which finds no date)...
    expect((await teacher.postMultipart("/documents", form(100 * 1024))).status).toBe(303);
    // ...but far too much for a class name.
    const big = await teacher.post("/classes", { name: "a".repeat(100 * 1024) });
    expect(big.status).toBe(413);
    expect((await teacher.postMultipart("/documents", form(11 * MB))).status).toBe(413);
    expect(await count("SELECT COUNT(*) AS n FROM classes")).toBe(0);
  });

  it("keeps the Node server's memory flat and /healthz answering while a 300 MB body streams in", async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      const before = process.memoryUsage().rss;
      let sent = 0;
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: "127.0.0.1",
            port,
            path: "/login",
            method: "POST",
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              origin: `http://127.0.0.1:${port}`,
              "transfer-encoding": "chunked",
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
            req.destroy();
          },
        );
        req.on("error", (error) => (sent > 0 ? undefined : reject(error)));
        const chunk = Buffer.alloc(256 * 1024, 0x61);
        const pump = () => {
          while (sent < 300 * MB && !req.destroyed) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once("drain", pump);
          }
          if (!req.destroyed) req.end();
        };
        pump();
      });
      expect(status).toBe(413);
      console.log(
        `300 MB streamed log-in: refused after ${Math.round(sent / MB)} MB sent, RSS +${Math.round((process.memoryUsage().rss - before) / MB)} MB`,
      );
      expect(sent, "the client was stopped long before sending it all").toBeLessThan(300 * MB);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const grown = process.memoryUsage().rss - before;
      expect(grown, `RSS grew by ${Math.round(grown / MB)} MB`).toBeLessThan(64 * MB);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("calendar dates (finding 5)", () => {
  it("refuses due=2030-13-01 and 2030-02-30 with the form re-rendered, storing nothing", async () => {
    const teacher = client(t.app);
    await teacher.signup("Tess", "tess@example.org", { teacher: true });
    const res = await teacher.post("/classes", { name: "History" });
    const id = res.headers.get("location")?.split("/").pop() ?? "";
    for (const due of ["2030-13-01", "2030-02-30", "2030-00-10", "2030-04-31"]) {
      const bad = await teacher.post(`/classes/${id}/assignments`, {
        deck: "bank-all",
        kind: "deck",
        due,
      });
      expect(bad.status, due).toBe(422);
      const html = await bad.text();
      expect(html).toContain("Choose a real date, like 2030-06-30.");
      expect(html).toContain('aria-invalid="true"');
      expect(html).toContain(`value="${due}"`);
    }
    expect(await count("SELECT COUNT(*) AS n FROM assignments")).toBe(0);
    const leap = await teacher.post(`/classes/${id}/assignments`, {
      deck: "bank-all",
      kind: "deck",
      due: "2028-02-29",
    });
    expect(leap.status).toBe(303);
    expect(await count("SELECT COUNT(*) AS n FROM assignments")).toBe(1);
  });
});

describe("caching", () => {
  it("marks every page of a signed-in user private, no-store; a visitor's only private, checked each time", async () => {
    const ann = client(t.app);
    const signup = await ann.signup("Ann", "ann@example.org");
    expect(signup.headers.get("cache-control")).toBe("private, no-store");
    for (const path of ["/", "/decks", "/settings", "/account", "/account/export.json"]) {
      expect((await ann.get(path)).headers.get("cache-control"), path).toBe("private, no-store");
    }
    const visitor = await client(t.app).get("/decks");
    expect(visitor.headers.get("cache-control")).toBe("private, no-cache");
  });
});
