import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createClient } from "@libsql/client";
import { cachedStatements } from "./cached-statements.ts";
import { type Db, type Engine, wrapClient } from "./db.ts";

/** Whether a database URL names an embedded database file (not memory, not a server). */
export function isEmbeddedFile(url: string): boolean {
  return url.startsWith("file:") && !url.includes(":memory:");
}

/** The file path of a file: URL (file:///abs and file:rel alike). */
const localPath = (url: string) => url.slice("file:".length).replace(/^\/\/(?=\/)/, "");

/**
 * fetch for a libSQL server, asking for uncompressed answers. Node's fetch accepts
 * gzip by default and sqld obliges, and for the small answers of the study loop
 * inflating them was a sixth of the server's CPU (and deflating them much of sqld's).
 */
function uncompressed(request: Request): Promise<Response> {
  request.headers.set("accept-encoding", "identity");
  return fetch(request);
}

/** Open the embedded database (or a remote one) from Node, creating the data folder. */
export async function openNodeDb(url: string, authToken?: string): Promise<Db> {
  if (url.startsWith("file:")) {
    const path = localPath(url);
    if (path !== ":memory:" && !path.startsWith(":")) mkdirSync(dirname(path), { recursive: true });
  }
  // Wait for a lock held by another process (a CLI job) instead of failing at once.
  const timeout = 5_000;
  const client = createClient({
    url,
    ...(authToken ? { authToken } : {}),
    timeout,
    ...(url.startsWith("file:") || url === ":memory:" ? {} : { fetch: uncompressed }),
  });
  let engine: Engine = client;
  if (isEmbeddedFile(url)) {
    // WAL lets readers proceed while a write commits; the setting lives in the file.
    await client.execute("PRAGMA journal_mode = WAL");
    engine = cachedStatements(client, localPath(url), timeout);
  }
  const fk = await engine.execute("PRAGMA foreign_keys");
  if (Number(fk.rows[0]?.[0]) !== 1) {
    engine.close();
    throw new Error("This libSQL build has foreign keys off by default; Chronodeck needs them on.");
  }
  // Over HTTP, reads that arrive together share one request to the server, two at most out at once.
  const remote = !url.startsWith("file:") && url !== ":memory:";
  return wrapClient(engine, remote ? { groupReads: true, readsInFlight: 2 } : {});
}
