import type { Config } from "../config.ts";
import type { SessionUser } from "../core/users.ts";
import type { Db } from "../db/db.ts";

/** What every handler can reach through `c.var`. */
export type AppEnv = {
  Variables: {
    db: Db;
    config: Config;
    /** The clock, read once per request: every rule in the request sees the same instant. */
    now: Date;
    user: SessionUser | null;
    /** Whether the request came from htmx and wants a fragment rather than a page. */
    htmx: boolean;
  };
};
