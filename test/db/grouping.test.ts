import type { InStatement, ResultSet, TransactionMode } from "@libsql/client";
import { createClient } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DatabaseUnavailableError, type Engine, wrapClient } from "../../src/db/db.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

/*
 * What a libSQL server receives from the wrapper: every call is a request (an
 * HTTP round trip there), so reads that arrive together travel together, as
 * writes do (group commit), and one bad statement never fails the others.
 */

let t: TempDb;
let calls: { kind: "execute" | "batch"; mode?: TransactionMode; statements: number }[];
let engine: Engine;
/** How long the "server" takes to answer each request, ms. */
let latency = 0;
const later = <T>(work: () => Promise<T>) => new Promise((r) => setTimeout(r, latency)).then(work);

beforeEach(async () => {
  t = await tempDb({ migrated: false });
  const client = createClient({ url: t.url });
  await client.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  await client.execute("INSERT INTO items (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')");
  calls = [];
  latency = 0;
  engine = {
    execute: ((statement: InStatement) => {
      calls.push({ kind: "execute", statements: 1 });
      return later(() => client.execute(statement));
    }) as Engine["execute"],
    batch: ((statements: InStatement[], mode?: TransactionMode) => {
      calls.push({ kind: "batch", statements: statements.length, ...(mode ? { mode } : {}) });
      return later(() => client.batch(statements, mode));
    }) as Engine["batch"],
    transaction: client.transaction.bind(client),
    close: () => client.close(),
  };
});
afterEach(() => {
  engine.close();
  t.cleanup();
});

const name = (id: number) => (r: Record<string, unknown>) => `${id}:${r.name}`;

describe("reads to a libSQL server", () => {
  it("go together in one read-only request when they arrive together", async () => {
    const db = wrapClient(engine, { groupReads: true });
    const got = await Promise.all(
      [1, 2, 3].map((id) => db.first("SELECT name FROM items WHERE id = ?", [id], name(id))),
    );
    expect(got).toEqual(["1:one", "2:two", "3:three"]);
    expect(calls).toEqual([{ kind: "batch", mode: "read", statements: 3 }]);
  });

  it("answer each caller alone when one of them fails", async () => {
    const db = wrapClient(engine, { groupReads: true });
    const [a, bad, c] = await Promise.allSettled([
      db.first("SELECT name FROM items WHERE id = ?", [1], name(1)),
      db.first("SELECT nope FROM items", undefined, name(0)),
      db.all("SELECT name FROM items WHERE id > ?", [2], name(3)),
    ]);
    expect(a).toEqual({ status: "fulfilled", value: "1:one" });
    expect(bad.status).toBe("rejected");
    expect(c).toEqual({ status: "fulfilled", value: ["3:three"] });
  });

  it("carry more each when the server is busy: at most two requests are out at once", async () => {
    const db = wrapClient(engine, { groupReads: true, readsInFlight: 2 });
    latency = 20;
    const waves = [];
    for (let w = 0; w < 5; w++) {
      waves.push(
        ...[1, 2, 3].map((id) => db.first("SELECT name FROM items WHERE id = ?", [id], name(id))),
      );
      await new Promise((r) => setImmediate(r));
    }
    expect((await Promise.all(waves)).length).toBe(15);
    expect(calls.reduce((n, c) => n + c.statements, 0)).toBe(15);
    expect(calls.length).toBeLessThan(5);
  });

  it("go one by one to an embedded file, where a call costs no request", async () => {
    const db = wrapClient(engine);
    await Promise.all(
      [1, 2].map((id) => db.first("SELECT name FROM items WHERE id = ?", [id], name(id))),
    );
    expect(calls).toEqual([
      { kind: "execute", statements: 1 },
      { kind: "execute", statements: 1 },
    ]);
  });
});

describe("writes", () => {
  it("that arrive together are committed in one transaction, each answered with its own results", async () => {
    const db = wrapClient(engine, { groupReads: true });
    const results: ResultSet[][] = await Promise.all(
      [4, 5].map((id) =>
        db.batch([{ sql: "INSERT INTO items (id, name) VALUES (?, ?)", args: [id, `n${id}`] }]),
      ),
    );
    expect(results.map((r) => r[0]?.rowsAffected)).toEqual([1, 1]);
    expect(calls).toEqual([{ kind: "batch", mode: "write", statements: 2 }]);
  });

  it("wait and try again while another writer holds the server's lock, then give up with a 503", async () => {
    let busy = 2;
    const busyEngine: Engine = {
      ...engine,
      batch: ((statements: InStatement[], mode?: TransactionMode) => {
        if (busy-- > 0) {
          return Promise.reject(
            Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY" }),
          );
        }
        return engine.batch(statements, mode);
      }) as Engine["batch"],
    };
    for (const isolated of [false, true]) {
      busy = 2;
      const db = wrapClient(busyEngine, { isolated });
      const [r] = await db.batch([{ sql: "UPDATE items SET name = 'uno' WHERE id = 1" }]);
      expect(r?.rowsAffected).toBe(1);
    }
    busy = 1_000;
    const stuck = wrapClient(busyEngine, { isolated: true });
    await expect(stuck.batch([{ sql: "UPDATE items SET name = 'x'" }])).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
  }, 15_000);
});
