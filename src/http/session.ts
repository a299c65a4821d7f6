import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { newId, newToken, sha256Hex } from "../auth/tokens.ts";
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

const SESSION_DAYS = 30;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function secure(c: Context<AppEnv>): boolean {
  return c.get("config").env === "production" || !LOCAL_HOSTS.has(new URL(c.req.url).hostname);
}

function cookieName(c: Context<AppEnv>): string {
  return secure(c) ? "__Host-cd_session" : "cd_session";
}

type CachedSession = {
  user: SessionUser;
  settings: LearnerSettings;
  expiresAt: number;
  checkedAt: number;
};

/** How long a session, once read, is trusted without reading it again. */
const SESSION_CACHE_MS = 2_000;

/**
 * Sessions read in the last two seconds, so that a learner's burst of requests
 * (grade, next card, grade…) costs one session read rather than one each.
 * Logging out, logging in and saving settings drop the entries at once in this
 * process; another process or Worker isolate sees a log-out within two seconds.
 */
export function createSessionCache(clock: () => number = () => performance.now()) {
  const entries = new Map<string, CachedSession>();
  return {
    get(token: string, now: Date): CachedSession | null {
      const e = entries.get(token);
      if (!e) return null;
      if (clock() - e.checkedAt > SESSION_CACHE_MS || e.expiresAt <= now.getTime()) {
        entries.delete(token);
        return null;
      }
      return e;
    },
    set(token: string, e: Omit<CachedSession, "checkedAt">) {
      if (entries.size > 10_000) entries.clear();
      entries.set(token, { ...e, checkedAt: clock() });
    },
    drop(token: string) {
      entries.delete(token);
    },
    dropUser(userId: number) {
      for (const [token, e] of entries) if (e.user.id === userId) entries.delete(token);
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;

/** Load the signed-in user, if any, into `c.get("user")` (and their settings into `c.get("learner")`). */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, cookieName(c));
  if (token && token.length <= 100) {
    let found: Omit<CachedSession, "checkedAt"> | null = c.get("sessions").get(token, c.get("now"));
    if (!found) {
      found = await sessionUser(c.get("db"), await sha256Hex(token), c.get("now"));
      if (found) c.get("sessions").set(token, found);
    }
    c.set("user", found?.user ?? null);
    c.set("learner", found?.settings ?? null);
  }
  await next();
};

/** The session token the browser sent, if any (not yet checked against the database). */
export function sessionToken(c: Context<AppEnv>): string | null {
  const token = getCookie(c, cookieName(c));
  return token && token.length <= 100 ? token : null;
}

/**
 * Use a session a route read itself (the study loop reads it in the same statement
 * as the learner's cards): the same variables `loadSession` sets, and the cache.
 */
export function adoptSession(
  c: Context<AppEnv>,
  token: string,
  found: Omit<CachedSession, "checkedAt">,
): void {
  c.get("sessions").set(token, found);
  c.set("user", found.user);
  c.set("learner", found.settings);
}

/** Start a new session for `userId`, replacing the one the browser had (no session fixation). */
export async function startSession(c: Context<AppEnv>, userId: number): Promise<void> {
  const old = getCookie(c, cookieName(c));
  if (old) c.get("sessions").drop(old);
  const token = newToken();
  const expiresAt = new Date(c.get("now").getTime() + SESSION_DAYS * 86_400_000);
  await createSession(c.get("db"), {
    tokenHash: await sha256Hex(token),
    userId,
    now: c.get("now"),
    expiresAt,
    ...(old ? { replaces: await sha256Hex(old) } : {}),
    id: newId("ses"),
    address: c.get("address"),
    userAgent: c.req.header("user-agent") ?? "",
  });
  setCookie(c, cookieName(c), token, {
    httpOnly: true,
    secure: secure(c),
    sameSite: "Lax",
    path: "/",
    maxAge: SESSION_DAYS * 86_400,
  });
}

/** The hash of this browser's session token, as the sessions table stores it; null without one. */
export async function currentSessionHash(c: Context<AppEnv>): Promise<string | null> {
  const token = getCookie(c, cookieName(c));
  return token ? sha256Hex(token) : null;
}

/** Remove the session cookie from this browser (after its session was ended on the server). */
export function dropSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, cookieName(c), { path: "/", secure: secure(c), httpOnly: true, sameSite: "Lax" });
}

/** End the current session on the server and in the browser. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, cookieName(c));
  if (token) {
    c.get("sessions").drop(token);
    await deleteSession(c.get("db"), await sha256Hex(token));
  }
  dropSessionCookie(c);
}

/** The signed-in user, or a redirect to the login page. */
export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.get("user");
  if (user === null) throw new LoginRequiredError();
  return user;
}

/** The signed-in user's learner settings (read with the session). */
export function learnerSettings(c: Context<AppEnv>): LearnerSettings {
  requireUser(c);
  const settings = c.get("learner");
  if (settings === null) throw new LoginRequiredError();
  return settings;
}

/** The signed-in administrator; anyone else gets a 403. */
export function requireAdmin(c: Context<AppEnv>): SessionUser {
  const user = requireUser(c);
  if (!user.admin) throw new ForbiddenError("This page is for administrators.");
  return user;
}

/** The signed-in teacher; students get a 403. */
export function requireTeacher(c: Context<AppEnv>): SessionUser {
  const user = requireUser(c);
  if (user.role !== "teacher") throw new ForbiddenError("This page is for teachers.");
  return user;
}
