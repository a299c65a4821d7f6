import type { Db } from "./db.ts";

/*
 * Migrations are append-only SQL files, `NNNN_name.sql`, applied in order. Each
 * one runs in its own write transaction together with the row that records it,
 * so a failing migration leaves the database as it was. The recorded checksum
 * catches a migration edited after it was applied: that is refused, because the
 * databases that already ran the old text would silently differ from new ones.
 */

export type Migration = { name: string; sql: string };
export type MigrationResult = { applied: string[]; skipped: string[] };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

const NAME = /^\d{4}_[a-z0-9_]+\.sql$/;

/** SHA-256 of a migration's text, hex. */
export async function checksum(sql: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(sql));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Apply pending migrations in name order; refuse edited or unknown applied ones. */
export async function migrate(db: Db, migrations: Migration[]): Promise<MigrationResult> {
  for (const m of migrations) {
    if (!NAME.test(m.name)) {
      throw new MigrationError(
        `Migration file "${m.name}" is misnamed: use NNNN_name.sql (four digits, lower-case name).`,
      );
    }
  }
  const ordered = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  await db.execute(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       name TEXT PRIMARY KEY,
       checksum TEXT NOT NULL,
       applied_at INTEGER NOT NULL
     )`,
  );
  const applied = new Map(
    await db.all("SELECT name, checksum FROM schema_migrations", undefined, (r) => [
      String(r.name),
      String(r.checksum),
    ]),
  );
  const known = new Set(ordered.map((m) => m.name));
  for (const name of applied.keys()) {
    if (!known.has(name)) {
      throw new MigrationError(
        `The database has migration "${name}" applied, but no such file exists. ` +
          "Migrations are append-only: restore the file rather than deleting it.",
      );
    }
  }

  const result: MigrationResult = { applied: [], skipped: [] };
  for (const m of ordered) {
    const sum = await checksum(m.sql);
    const previous = applied.get(m.name);
    if (previous !== undefined) {
      if (previous !== sum) {
        throw new MigrationError(
          `Migration "${m.name}" was edited after it was applied (checksum ${previous.slice(0, 12)}… is now ${sum.slice(0, 12)}…). ` +
            "Applied migrations must not change: revert the edit and put the change in a new migration file.",
        );
      }
      result.skipped.push(m.name);
      continue;
    }
    try {
      await db.transaction(async (tx) => {
        await tx.executeMultiple(m.sql);
        await tx.execute({
          sql: "INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (?, ?, ?)",
          args: [m.name, sum, Date.now()],
        });
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(
        `Migration "${m.name}" failed and was rolled back; nothing of it was applied: ${reason}`,
      );
    }
    result.applied.push(m.name);
  }
  return result;
}
