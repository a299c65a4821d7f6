import { createClient } from "@libsql/client/web";
import { type Db, wrapClient } from "./db.ts";

/** Connect to a libSQL server over HTTP (Workers); nothing is sent until the first query. */
export function openWebDb(url: string, authToken?: string): Db {
  // Each request does its own I/O on Workers (see wrapClient): nothing is shared between them.
  return wrapClient(createClient({ url, ...(authToken ? { authToken } : {}) }), {
    isolated: true,
  });
}
