import { createClient } from "@libsql/client/web";
import { type Db, wrapClient } from "./db.ts";

/** Connect to a libSQL server over HTTP (Workers); nothing is sent until the first query. */
export function openWebDb(url: string, authToken?: string): Db {
  // Reads that arrive together (an isolate serves several requests at once) share one request.
  return wrapClient(createClient({ url, ...(authToken ? { authToken } : {}) }), {
    groupReads: true,
  });
}
