import { readBankFile } from "../bank-file.ts";
import { prepareDatabase } from "../content.ts";
import { readMigrations } from "../db/migration-files.ts";
import { withCliDb } from "./common.ts";

/*
 * `npm run migrate [-- --url URL]`: apply pending migrations to the configured
 * database (DATABASE_URL, DATABASE_AUTH_TOKEN), local file or libSQL server, and
 * load the question bank (BANK_PATH) into it. Run it before deploying a Worker.
 */

export async function run(args: string[]): Promise<number> {
  return withCliDb(args, async (db, config) => {
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
  });
}
