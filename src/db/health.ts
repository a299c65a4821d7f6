import type { Db } from "./db.ts";

/** Round-trip to the database; throws when it cannot be reached. */
export async function ping(db: Db): Promise<void> {
  await db.execute("SELECT 1");
}
