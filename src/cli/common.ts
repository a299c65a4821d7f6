import { type Config, loadConfig } from "../config.ts";
import type { Db } from "../db/db.ts";
import { openNodeDb } from "../db/open-node.ts";

/*
 * Set-up shared by the commands that work on the database: `--url URL` overrides
 * DATABASE_URL, the configuration is validated, and the database is always closed.
 */

/** Parse `--name value` pairs; unknown flags are an error. */
export function flags(args: string[], allowed: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]?.startsWith("--") ? args[i]?.slice(2) : undefined;
    const value = args[i + 1];
    if (key === undefined || !allowed.includes(key) || value === undefined) {
      throw new Error(
        `unexpected argument "${args[i]}"; expected ${allowed.map((a) => `--${a} VALUE`).join(" ")}`,
      );
    }
    out[key] = value;
  }
  return out;
}

/** Run `fn` on the configured database (or `--url URL`), closing it afterwards. */
export async function withCliDb<T>(
  args: string[],
  fn: (db: Db, config: Config) => Promise<T>,
): Promise<T> {
  const { url } = flags(args, ["url"]);
  const config = loadConfig({ ...process.env, ...(url ? { DATABASE_URL: url } : {}) }, "node");
  const db = await openNodeDb(config.databaseUrl, config.databaseAuthToken);
  try {
    return await fn(db, config);
  } finally {
    db.close();
  }
}
