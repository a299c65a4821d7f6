import { statSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Checkpointer, startCheckpointer } from "../../src/db/checkpointer.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

let t: TempDb;
let checkpointer: Checkpointer | null = null;
beforeEach(async () => {
  t = await tempDb({ migrated: false });
  // Only the checkpointer may copy the log back, so what it does is what we see.
  await t.db.execute("PRAGMA wal_autocheckpoint = 0");
  await t.db.execute("CREATE TABLE pages (body BLOB)");
});
afterEach(async () => {
  await checkpointer?.stop();
  checkpointer = null;
  t.cleanup();
});

/** Write about 12 MB in small commits, with pauses like a server's, and return the log's size. */
async function writeAndMeasure(): Promise<number> {
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < 40; i++) {
      await t.db.batch([{ sql: "INSERT INTO pages VALUES (randomblob(8000))", args: [] }]);
    }
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  return statSync(`${t.url.slice("file:".length)}-wal`).size;
}

describe("the WAL checkpointer thread", () => {
  it("keeps the write-ahead log short while the server's own connection never checkpoints", async () => {
    checkpointer = startCheckpointer(t.url, 20);
    const size = await writeAndMeasure();
    expect(size).toBeLessThan(4_000_000);
    const rows = await t.db.first("SELECT COUNT(*) AS n FROM pages", undefined, (r) => Number(r.n));
    expect(rows).toBe(800);
  });

  it("is what keeps it short: without it the log holds every page written", async () => {
    expect(await writeAndMeasure()).toBeGreaterThan(8_000_000);
  });

  it("stops cleanly, so the server can close the database after it", async () => {
    checkpointer = startCheckpointer(t.url, 20);
    await checkpointer.stop();
    checkpointer = null;
    await t.db.batch([{ sql: "INSERT INTO pages VALUES (1)", args: [] }]);
    expect(await t.db.first("SELECT COUNT(*) AS n FROM pages", undefined, (r) => Number(r.n))).toBe(
      1,
    );
  });
});
