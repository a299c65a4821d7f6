import { createClient } from "@libsql/client/web";
import { type Db, wrapClient } from "./db.ts";

const NO_LIMIT = 1_000_000;

/** Connect to a libSQL server over HTTP (Workers); nothing is sent until the first query. */
export function openWebDb(url: string, authToken?: string): Db {
  // Each request does its own I/O on Workers (see wrapClient): nothing is shared between them,
  // not even the client's queue (20 calls at once by default), where a request would wait for
  // another's call to finish.
  return wrapClient(
    createClient({ url, ...(authToken ? { authToken } : {}), concurrency: NO_LIMIT }),
    { isolated: true },
  );
}
