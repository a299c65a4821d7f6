import type { Context, MiddlewareHandler } from "hono";
import { newId } from "../auth/tokens.ts";
import type { Config, Rate } from "../config.ts";
import { describeWait } from "../core/login-throttle.ts";
import { holdUploadSlot, refund, releaseUploadSlot, take } from "../db/throttles.ts";
import { addressKey } from "./client-address.ts";
import type { AppEnv } from "./env.ts";
import { AppError, RateLimitedError } from "./errors.ts";

/*
 * Rate limits and quotas, in one table so that what each route allows can be
 * read in one place (SECURITY.md lists the same). Each budget is counted in the
 * database (src/db/throttles.ts), shared by every process and Worker isolate.
 *
 * Some budgets count failures only (a wrong password, a wrong join code), so a
 * classroom behind one address is not held up by its own successful log-ins:
 * the request takes from the budget first — so that concurrent requests cannot
 * overdraw it — and gets it back when it succeeds. Others count what was done
 * (accounts created, documents processed) and give back what failed.
 */

type Limits = Config["limits"];

type Budget = {
  name: string;
  rate: (l: Limits) => Rate;
  /** Whose budget: the client's address, or the signed-in account (skipped for visitors). */
  per: "address" | "account" | "teacher";
  counts: "failures" | "successes";
  message: string;
};

type Rule = { method: string; path: RegExp; budgets: Budget[]; documentSlot?: boolean };

const loginAddress: Budget = {
  name: "login",
  rate: (l) => l.loginPerAddress,
  per: "address",
  counts: "failures",
  message: "There have been too many failed log-ins from your network.",
};
const joinAddress: Budget = {
  name: "join",
  rate: (l) => l.joinPerAddress,
  per: "address",
  counts: "failures",
  message: "There have been too many wrong join codes from your network.",
};
const joinAccount: Budget = {
  name: "join-account",
  rate: (l) => l.joinPerAccount,
  per: "account",
  counts: "failures",
  message: "You have tried too many wrong join codes.",
};
const uploadAddress: Budget = {
  name: "upload",
  rate: (l) => l.uploadPerAddress,
  per: "address",
  counts: "successes",
  message: "There have been too many uploads from your network.",
};
const uploadTeacher: Budget = {
  name: "upload-teacher",
  rate: (l) => l.uploadsPerTeacher,
  per: "teacher",
  counts: "successes",
  message: "You have reached the number of documents one teacher may process in a day.",
};

export const RULES: Rule[] = [
  { method: "POST", path: /^\/login$/, budgets: [loginAddress] },
  {
    method: "POST",
    path: /^\/signup$/,
    budgets: [
      {
        name: "signup",
        rate: (l) => l.signupPerAddress,
        per: "address",
        counts: "successes",
        message: "Too many accounts have been created from your network.",
      },
    ],
  },
  { method: "POST", path: /^\/classes\/join$/, budgets: [joinAddress, joinAccount] },
  { method: "GET", path: /^\/join\/[^/]+$/, budgets: [joinAddress, joinAccount] },
  {
    method: "POST",
    path: /^\/documents\/?$/,
    budgets: [uploadAddress, uploadTeacher],
    documentSlot: true,
  },
  {
    method: "POST",
    path: /^\/documents\/[^/]+\/version$/,
    budgets: [uploadAddress, uploadTeacher],
  },
  {
    method: "POST",
    path: /^\/password\/forgot$/,
    budgets: [
      {
        name: "reset",
        rate: (l) => l.resetPerAddress,
        per: "address",
        counts: "successes",
        message: "Too many password resets have been asked for from your network.",
      },
    ],
  },
];

/** How long an upload may hold a document slot if its process dies mid-way. */
const SLOT_TTL_MS = 10 * 60_000;

function keyFor(c: Context<AppEnv>, b: Budget): string | null {
  const user = c.get("user");
  if (b.per === "address") return `${b.name}:${addressKey(c.get("address"))}`;
  if (b.per === "teacher" && user?.role !== "teacher") return null;
  return user ? `${b.name}:${user.id}` : null;
}

const succeeded = (status: number) => status < 400;

/** Apply the rate limits and quotas of the table above to the routes they name. */
export function routeLimits(limits: Limits): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const rule = RULES.find((r) => r.method === c.req.method && r.path.test(c.req.path));
    if (!rule) return next();
    const db = c.get("db");
    const taken: { key: string; budget: Budget }[] = [];
    const giveBack = (which: (b: Budget) => boolean) =>
      Promise.all(
        taken.filter((t) => which(t.budget)).map((t) => refund(db, t.key, t.budget.rate(limits))),
      );
    for (const budget of rule.budgets) {
      const key = keyFor(c, budget);
      if (key === null) continue;
      const decision = await take(db, key, budget.rate(limits), c.get("now"));
      if (!decision.ok) {
        await giveBack(() => true);
        throw new RateLimitedError(
          decision.retryAfterMs,
          `${budget.message} Wait ${describeWait(decision.retryAfterMs)} and try again.`,
        );
      }
      taken.push({ key, budget });
    }
    const user = c.get("user");
    let slot: string | null = null;
    if (rule.documentSlot && user?.role === "teacher") {
      slot = newId("slot");
      const held = await holdUploadSlot(db, {
        id: slot,
        userId: user.id,
        quota: limits.documentsPerTeacher,
        now: c.get("now"),
        ttlMs: SLOT_TTL_MS,
      });
      if (!held) {
        await giveBack(() => true);
        throw new AppError(
          409,
          "Document quota reached",
          `You have ${limits.documentsPerTeacher} documents, the most one teacher may keep here. New versions of your documents are still accepted; ask your administrator if you need more.`,
        );
      }
    }
    try {
      await next();
    } finally {
      if (slot) await releaseUploadSlot(db, slot, c.get("now"));
    }
    const ok = succeeded(c.res.status) && !c.error;
    await giveBack((b) => (b.counts === "failures" ? ok : !ok));
  };
}
