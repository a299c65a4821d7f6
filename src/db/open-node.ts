import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createClient } from "@libsql/client";
import { type Db, wrapClient } from "./db.ts";

/** Whether a database URL names an embedded database file (not memory, not a server). */
export function isEmbeddedFile(url: string): boolean {
  return url.startsWith("file:") && !url.includes(":memory:");
}

/** Open the embedded database (or a remote one) from Node, creating the data folder. */
export async function openNodeDb(url: string, authToken?: string): Promise<Db> {
  const local = url.startsWith("file:");
  if (local) {
    const path = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (path !== ":memory:" && !path.startsWith(":")) mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({
    url,
    ...(authToken ? { authToken } : {}),
    // Wait for a lock held by another process (a CLI job) instead of failing at once.
    timeout: 5_000,
  });
  if (isEmbeddedFile(url)) {
    // WAL lets readers proceed while a write commits; the setting lives in the file.
    await client.execute("PRAGMA journal_mode = WAL");
  }
  const fk = await client.execute("PRAGMA foreign_keys");
  if (Number(fk.rows[0]?.[0]) !== 1) {
    client.close();
    throw new Error("This libSQL build has foreign keys off by default; Chronodeck needs them on.");
  }
  return wrapClient(client);
}
