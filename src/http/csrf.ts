import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";
import { CsrfError } from "./errors.ts";

const SAFE = /^(GET|HEAD|OPTIONS)$/;

/**
 * Refuse state-changing requests that a browser says came from another site.
 * Unlike hono/csrf this checks every content type, and it throws our own error
 * so the user gets a page that explains what happened.
 */
export const csrfGuard =
  (publicOrigin: string | undefined): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!SAFE.test(c.req.method)) {
      const expected = publicOrigin ?? new URL(c.req.url).origin;
      const site = c.req.header("sec-fetch-site");
      const origin = c.req.header("origin");
      const sameSite = site === "same-origin";
      const sameOrigin = origin !== undefined && origin === expected;
      // A browser that sends Sec-Fetch-Site is believed over a forged-looking Origin.
      if (site !== undefined ? !sameSite : !sameOrigin) throw new CsrfError();
    }
    await next();
  };
