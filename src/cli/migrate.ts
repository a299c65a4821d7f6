import { readBankFile } from "../bank-file.ts";
import { loadConfig } from "../config.ts";
import { prepareDatabase } from "../content.ts";
import { readMigrations } from "../db/migration-files.ts";
import { openNodeDb } from "../db/open-node.ts";

/*
 * `npm run migrate [-- --url URL]`: apply pending migrations to the configured
 * database (DATABASE_URL, DATABASE_AUTH_TOKEN), local file or libSQL server, and
 * load the question bank (BANK_PATH) into it. Run it before deploying a Worker.
 */

/** Parse `--name value` pairs; unknown flags are an error. */
export function flags(args: string[], allowed: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]?.replace(/^--/, "");
    const value = args[i + 1];
    if (key === undefined || !allowed.includes(key) || value === undefined) {
      throw new Error(
        `unexpected argument "${args[i]}"; expected ${allowed.map((a) => `--${a} VALUE`).join(" ")}`,
      );
    }
    out[key] = value;
  }
  return out;
}

export async function run(args: string[]): Promise<number> {
  const { url } = flags(args, ["url"]);
  const config = loadConfig({ ...process.env, ...(url ? { DATABASE_URL: url } : {}) }, "node");
  const db = await openNodeDb(config.databaseUrl, config.databaseAuthToken);
  try {
    const { applied, skipped, reindexed, bank, changed } = await prepareDatabase(
      db,
      readMigrations(),
      () => readBankFile(config.bankPath),
      new Date(),
    );
    process.stdout.write(
      applied.length > 0
        ? `Applied ${applied.length} migration(s): ${applied.join(", ")}\n`
        : `Database is up to date (${skipped.length} migration(s) already applied).\n`,
    );
    if (applied.length > 0) {
      process.stdout.write(`Rebuilt the decks of ${reindexed} collection(s).\n`);
    }
    process.stdout.write(
      changed
        ? `Loaded the question bank (${bank.events.length} events, ${bank.questions.length} questions).\n`
        : "The question bank is up to date.\n",
    );
    return 0;
  } finally {
    db.close();
  }
}
