import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "../../src/db/db.ts";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { openNodeDb } from "../../src/db/open-node.ts";

export type TempDb = { db: Db; url: string; dir: string; cleanup(): void };

/** A real libSQL database in a fresh temporary file; `migrated` applies the repo's migrations. */
export async function tempDb(options: { migrated?: boolean } = {}): Promise<TempDb> {
  const dir = mkdtempSync(join(tmpdir(), "chronodeck-test-"));
  const url = `file:${join(dir, "test.db")}`;
  const db = await openNodeDb(url);
  if (options.migrated !== false) await migrate(db, readMigrations());
  return {
    db,
    url,
    dir,
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
