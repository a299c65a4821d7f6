import { readBankFile } from "../bank-file.ts";
import { prepareDatabase } from "../content.ts";
import { readMigrations } from "../db/migration-files.ts";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "../demo.ts";
import { withCliDb } from "./common.ts";

/** `npm run seed-demo [-- --url URL]`: create the demo learner with weeks of simulated reviews. */
export async function run(args: string[]): Promise<number> {
  return withCliDb(args, async (db, config) => {
    const { bank } = await prepareDatabase(
      db,
      readMigrations(),
      () => readBankFile(config.bankPath),
      new Date(),
    );
    const result = await seedDemo(db, bank, new Date(), config.passwordIterations, config.env);
    if (result.refused) {
      process.stderr.write(
        "The demo learner is never created when APP_ENV=production: its password is published.\n",
      );
      return 1;
    }
    process.stdout.write(
      result.created
        ? `Created the demo learner (${result.reviews} simulated reviews). Log in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}\n`
        : `The demo learner already exists. Log in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}\n`,
    );
    return 0;
  });
}
