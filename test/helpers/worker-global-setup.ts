import { createClient } from "@libsql/client";
import { readBankFile } from "../../src/bank-file.ts";
import { buildAssets } from "../../src/cli/assets.ts";
import { syncBank } from "../../src/content.ts";
import { wrapClient } from "../../src/db/db.ts";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { type Sqld, startSqld } from "../helpers/sqld.ts";

let sqld: Sqld | undefined;

/** Start a libSQL server for the Worker tests, migrate it and load the bank, as `npm run migrate` does before a deploy. */
export async function setup(): Promise<void> {
  buildAssets();
  sqld = await startSqld(Number(process.env.CHRONODECK_SQLD_PORT));
  const db = wrapClient(createClient({ url: sqld.url }));
  await migrate(db, readMigrations());
  await syncBank(db, readBankFile("questions/bank.json"), new Date());
  db.close();
}

export async function teardown(): Promise<void> {
  await sqld?.stop();
}
