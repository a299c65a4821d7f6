import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";

/*
 * Who may keep a copy of a response. A signed-in user's pages hold their own
 * data: nobody stores them (a shared computer's back button after logging out
 * shows nothing). A visitor's pages hold nothing personal but differ from a
 * signed-in user's at the same address: the browser may keep them, checking
 * back each time, and no shared cache may. Static files set their own header
 * (versioned ones are immutable).
 */
export const cacheControl: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.res.headers.has("Cache-Control")) return;
  const personal = c.get("user") !== null || c.res.headers.has("Set-Cookie");
  c.header("Cache-Control", personal ? "private, no-store" : "private, no-cache");
};
