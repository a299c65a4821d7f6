import { afterEach, describe, expect, it } from "vitest";
import { MigrationError, migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

let t: TempDb;
afterEach(() => t.cleanup());

const tables = async (db: TempDb["db"]) =>
  db.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", undefined, (r) =>
    String(r.name),
  );

describe("migrations", () => {
  it("creates the schema on a fresh database and records each migration", async () => {
    t = await tempDb({ migrated: false });
    const files = readMigrations();
    const result = await migrate(t.db, files);
    expect(result.applied).toEqual(files.map((f) => f.name));
    expect(await tables(t.db)).toEqual(expect.arrayContaining(["users", "cards", "review_logs"]));
    const recorded = await t.db.all(
      "SELECT name, checksum FROM schema_migrations",
      undefined,
      (r) => ({
        name: String(r.name),
        checksum: String(r.checksum),
      }),
    );
    expect(recorded.map((r) => r.name)).toEqual(files.map((f) => f.name));
    expect(recorded.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  });

  it("does nothing on a second run", async () => {
    t = await tempDb({ migrated: false });
    await migrate(t.db, readMigrations());
    const before = await tables(t.db);
    const again = await migrate(t.db, readMigrations());
    expect(again.applied).toEqual([]);
    expect(again.skipped).toEqual(readMigrations().map((m) => m.name));
    expect(await tables(t.db)).toEqual(before);
  });

  it("applies pending migrations in name order, whatever order they are given in", async () => {
    t = await tempDb({ migrated: false });
    const result = await migrate(t.db, [
      { name: "0002_b.sql", sql: "CREATE TABLE b (id INTEGER REFERENCES a (id));" },
      { name: "0001_a.sql", sql: "CREATE TABLE a (id INTEGER PRIMARY KEY);" },
    ]);
    expect(result.applied).toEqual(["0001_a.sql", "0002_b.sql"]);
  });

  it("refuses a migration edited after it was applied, and says how to fix it", async () => {
    t = await tempDb({ migrated: false });
    await migrate(t.db, [{ name: "0001_a.sql", sql: "CREATE TABLE a (id INTEGER);" }]);
    const edited = migrate(t.db, [
      { name: "0001_a.sql", sql: "CREATE TABLE a (id INTEGER, extra TEXT);" },
    ]);
    await expect(edited).rejects.toThrow(MigrationError);
    await expect(edited).rejects.toThrow(
      /0001_a\.sql" was edited after it was applied.*new migration file/,
    );
  });

  it("refuses to run when an applied migration's file has disappeared", async () => {
    t = await tempDb({ migrated: false });
    await migrate(t.db, [{ name: "0001_a.sql", sql: "CREATE TABLE a (id INTEGER);" }]);
    await expect(migrate(t.db, [])).rejects.toThrow(/no such file exists/);
  });

  it("leaves the database unchanged when a migration fails half-way", async () => {
    t = await tempDb({ migrated: false });
    await migrate(t.db, [{ name: "0001_a.sql", sql: "CREATE TABLE a (id INTEGER);" }]);
    const broken = migrate(t.db, [
      { name: "0001_a.sql", sql: "CREATE TABLE a (id INTEGER);" },
      {
        name: "0002_broken.sql",
        sql: "CREATE TABLE half (id INTEGER); INSERT INTO a VALUES (1); THIS IS NOT SQL;",
      },
    ]);
    await expect(broken).rejects.toThrow(/0002_broken\.sql" failed and was rolled back/);
    expect(await tables(t.db)).not.toContain("half");
    const rows = await t.db.all("SELECT COUNT(*) AS n FROM a", undefined, (r) => Number(r.n));
    expect(rows).toEqual([0]);
    const names = await t.db.all("SELECT name FROM schema_migrations", undefined, (r) =>
      String(r.name),
    );
    expect(names).toEqual(["0001_a.sql"]);
  });

  it("rejects a misnamed migration file before touching the database", async () => {
    t = await tempDb({ migrated: false });
    await expect(migrate(t.db, [{ name: "create_users.sql", sql: "SELECT 1;" }])).rejects.toThrow(
      /misnamed: use NNNN_name\.sql/,
    );
  });
});
