import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "./env.ts";

/*
 * One structured line per request, and one per unexpected error, as JSON on a
 * single line (what log collectors on Node and Workers read). Only fixed fields
 * are written: the route's pattern rather than its path (a join code or a deck
 * id is not logged), never a query string, header, cookie, form field or token.
 */

export type LogWriter = (line: string) => void;

export type RequestLine = {
  level: "info" | "warn" | "error";
  msg: "request";
  /** The request id, also shown on error pages and sent as X-Request-Id. */
  req: string;
  method: string;
  /** The pattern of the route that answered ("/decks/:id"), or "(none)" for a 404. */
  route: string;
  status: number;
  ms: number;
  user: number | null;
};

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A short random request id (12 base-36 characters: about 62 bits). */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let out = "";
  for (const b of bytes) out += ID_ALPHABET[b % 36];
  return out;
}

/** The registered pattern of the route that handled the request. */
export function routePattern(c: Context): string {
  const routes = matchedRoutes(c);
  const handler = routes.findLast((r) => r.method !== "ALL");
  if (handler) return handler.path;
  // Static files are answered by a middleware mounted on a path.
  const mounted = routes.findLast((r) => r.path !== "*" && r.path !== "/*");
  return mounted?.path ?? "(none)";
}

/**
 * Give each request an id (a well-formed X-Request-Id from a proxy is kept) and
 * write its line once the response is ready, errors included.
 */
export function requestLog(write: LogWriter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : newRequestId();
    c.set("requestId", id);
    const start = performance.now();
    await next();
    c.header("X-Request-Id", id);
    const status = c.res.status;
    const line: RequestLine = {
      level: status >= 500 ? "error" : status >= 400 && status !== 404 ? "warn" : "info",
      msg: "request",
      req: id,
      method: c.req.method,
      route: routePattern(c),
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      user: c.get("user")?.id ?? null,
    };
    write(JSON.stringify(line));
  };
}

/** The line for an unexpected error: what and where, for the request id the user was shown. */
export function errorLine(c: Context<AppEnv>, message: string, error: unknown): string {
  const e = error instanceof Error ? error : null;
  return JSON.stringify({
    level: "error",
    msg: message,
    req: c.get("requestId"),
    method: c.req.method,
    route: routePattern(c),
    user: c.get("user")?.id ?? null,
    error: e ? `${e.name}: ${e.message}` : String(error),
    stack: e?.stack?.split("\n").slice(1, 8).join("\n"),
  });
}
