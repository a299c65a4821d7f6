import { createClient } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

// The embedded file runs its hot path on kept prepared statements instead of
// @libsql/client; everything that reads a result must not be able to tell.
describe("the embedded database's kept statements", () => {
  let t: TempDb;
  afterEach(() => t?.cleanup());

  it("give rows and counts shaped exactly as @libsql/client gives them", async () => {
    t = await tempDb({ migrated: false });
    await t.db.batch([
      "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB)",
      {
        sql: "INSERT INTO t (id, name, score, data) VALUES (?, ?, ?, ?)",
        args: [1, "Idlib", 2.5, null],
      },
      {
        sql: "INSERT INTO t (id, name, score, data) VALUES (?, ?, ?, ?)",
        args: [2, "Fu'ah", null, null],
      },
    ]);
    const sql = "SELECT id, name, score, id AS again, name FROM t ORDER BY id";
    const client = createClient({ url: t.url });
    try {
      const theirs = await client.execute(sql);
      // Twice: the second run reuses the prepared statement.
      await t.db.execute(sql);
      const ours = await t.db.execute(sql);
      expect(ours.columns).toEqual(theirs.columns);
      expect(ours.rows.map((r) => ({ ...r }))).toEqual(theirs.rows.map((r) => ({ ...r })));
      expect(ours.rows.map((r) => Array.from(r))).toEqual(theirs.rows.map((r) => Array.from(r)));
      expect(ours.rows[0]?.length).toBe(5);
      expect(Object.keys(ours.rows[0] ?? {})).toEqual(["id", "name", "score", "again"]);

      const update = { sql: "UPDATE t SET score = ? WHERE id <= ?", args: [7, 2] };
      const [changed] = await t.db.batch([update]);
      expect(changed?.rowsAffected).toBe(2);
      const insert = await t.db.execute("INSERT INTO t (name) VALUES (?)", ["Kafriya"]);
      expect(insert.rowsAffected).toBe(1);
      expect(insert.lastInsertRowid).toBe(3n);
      expect(await t.db.first("SELECT COUNT(*) AS n FROM t", [], (r) => r.n)).toBe(3);
    } finally {
      client.close();
    }
  });

  it("see a column added after the statement was first prepared", async () => {
    t = await tempDb({ migrated: false });
    await t.db.batch(["CREATE TABLE t (a INTEGER)", "INSERT INTO t VALUES (1)"]);
    expect(Object.keys((await t.db.execute("SELECT * FROM t")).rows[0] ?? {})).toEqual(["a"]);
    // The schema changes from another connection, as a CLI migration would.
    const other = createClient({ url: t.url });
    await other.execute("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x'");
    other.close();
    expect({ ...(await t.db.execute("SELECT * FROM t")).rows[0] }).toEqual({ a: 1, b: "x" });
  });

  it("sync every commit to disk (an acknowledged review survives a power cut)", async () => {
    t = await tempDb({ migrated: false });
    expect(await t.db.first("PRAGMA synchronous", [], (r) => Number(r.synchronous))).toBe(2);
    expect(await t.db.first("PRAGMA journal_mode", [], (r) => r.journal_mode)).toBe("wal");
  });

  it("roll a failed batch back whole and keep working", async () => {
    t = await tempDb({ migrated: false });
    await t.db.batch(["CREATE TABLE t (id INTEGER PRIMARY KEY)", "INSERT INTO t VALUES (1)"]);
    await expect(
      t.db.batch(["INSERT INTO t VALUES (2)", "INSERT INTO t VALUES (1)"]),
    ).rejects.toThrow(/UNIQUE/);
    expect(await t.db.all("SELECT id FROM t", [], (r) => r.id)).toEqual([1]);
    await t.db.batch(["INSERT INTO t VALUES (3)"]);
    expect(await t.db.all("SELECT id FROM t ORDER BY id", [], (r) => r.id)).toEqual([1, 3]);
  });
});
