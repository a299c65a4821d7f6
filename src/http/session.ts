import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { newToken, sha256Hex } from "../auth/tokens.ts";
import type { SessionUser } from "../core/users.ts";
import { createSession, deleteSession, sessionUser } from "../db/sessions.ts";
import type { LearnerSettings } from "../db/users.ts";
import type { AppEnv } from "./env.ts";
import { ForbiddenError, LoginRequiredError } from "./errors.ts";

/*
 * Sessions: a random token in an HttpOnly, SameSite=Lax cookie; the database
 * keeps only its SHA-256. Outside localhost the cookie is Secure and uses the
 * __Host- prefix, which browsers only accept over HTTPS, for this host, path /.
 */

export const SESSION_DAYS = 30;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function secure(c: Context<AppEnv>): boolean {
  return c.var.config.env === "production" || !LOCAL_HOSTS.has(new URL(c.req.url).hostname);
}

function cookieName(c: Context<AppEnv>): string {
  return secure(c) ? "__Host-cd_session" : "cd_session";
}

/** Load the signed-in user, if any, into `c.var.user`. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, cookieName(c));
  if (token && token.length <= 100) {
    const found = await sessionUser(c.var.db, await sha256Hex(token), c.var.now);
    c.set("user", found?.user ?? null);
    c.set("learner", found?.settings ?? null);
  }
  await next();
};

/** Start a new session for `userId`, replacing the one the browser had (no session fixation). */
export async function startSession(c: Context<AppEnv>, userId: number): Promise<void> {
  const old = getCookie(c, cookieName(c));
  const token = newToken();
  const expiresAt = new Date(c.var.now.getTime() + SESSION_DAYS * 86_400_000);
  await createSession(c.var.db, {
    tokenHash: await sha256Hex(token),
    userId,
    now: c.var.now,
    expiresAt,
    ...(old ? { replaces: await sha256Hex(old) } : {}),
  });
  setCookie(c, cookieName(c), token, {
    httpOnly: true,
    secure: secure(c),
    sameSite: "Lax",
    path: "/",
    maxAge: SESSION_DAYS * 86_400,
  });
}

/** End the current session on the server and in the browser. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, cookieName(c));
  if (token) await deleteSession(c.var.db, await sha256Hex(token));
  deleteCookie(c, cookieName(c), { path: "/", secure: secure(c), httpOnly: true, sameSite: "Lax" });
}

/** The signed-in user, or a redirect to the login page. */
export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.var.user;
  if (user === null) throw new LoginRequiredError();
  return user;
}

/** The signed-in user's learner settings (read with the session). */
export function learnerSettings(c: Context<AppEnv>): LearnerSettings {
  requireUser(c);
  const settings = c.var.learner;
  if (settings === null) throw new LoginRequiredError();
  return settings;
}

/** The signed-in teacher; students get a 403. */
export function requireTeacher(c: Context<AppEnv>): SessionUser {
  const user = requireUser(c);
  if (user.role !== "teacher") throw new ForbiddenError("This page is for teachers.");
  return user;
}
