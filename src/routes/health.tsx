import { Hono } from "hono";
import { ping } from "../db/health.ts";
import type { AppEnv } from "../http/env.ts";

/** GET /healthz: 200 when the database answers, 503 with the reason otherwise. */
export const health = new Hono<AppEnv>().get("/healthz", async (c) => {
  c.header("Cache-Control", "no-store");
  const started = Date.now();
  try {
    await ping(c.get("db"));
  } catch {
    // The health answer is the resource itself, so it stays JSON even when failing.
    return c.json(
      {
        status: "unavailable",
        database: "unreachable",
        message: "The database is not reachable. Check DATABASE_URL and its auth token.",
      },
      503,
    );
  }
  return c.json({ status: "ok", database: "ok", ms: Date.now() - started });
});
