import { createClient } from "@libsql/client";
import { buildAssets } from "../../src/cli/assets.ts";
import { wrapClient } from "../../src/db/db.ts";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { type Sqld, startSqld } from "../helpers/sqld.ts";

let sqld: Sqld | undefined;

/** Start a libSQL server for the Worker tests and migrate it, as `npm run migrate` does before a deploy. */
export async function setup(): Promise<void> {
  buildAssets();
  sqld = await startSqld(Number(process.env.CHRONODECK_SQLD_PORT));
  const db = wrapClient(createClient({ url: sqld.url }));
  await migrate(db, readMigrations());
  db.close();
}

export async function teardown(): Promise<void> {
  await sqld?.stop();
}
