import type { Context } from "hono";
import { type AuditAction, type AuditEntry, appendAudit, auditStatement } from "../db/audit.ts";
import type { AppEnv } from "./env.ts";

type Extra = {
  actorId?: number | null;
  subjectId?: number | null;
  target?: string;
  detail?: string;
};

/** An audit entry for this request: the signed-in user (unless given), now, the client's address. */
export function auditEntry(c: Context<AppEnv>, action: AuditAction, extra: Extra = {}): AuditEntry {
  return {
    at: c.get("now"),
    actorId: extra.actorId === undefined ? (c.get("user")?.id ?? null) : extra.actorId,
    action,
    subjectId: extra.subjectId ?? null,
    target: extra.target ?? "",
    detail: extra.detail ?? "",
    address: c.get("address"),
  };
}

/** The statement that records `action`, to commit together with the change itself. */
export function auditOf(c: Context<AppEnv>, action: AuditAction, extra: Extra = {}) {
  return auditStatement(auditEntry(c, action, extra));
}

/** Record `action` on its own (for changes made by code that owns its own statements). */
export function audit(c: Context<AppEnv>, action: AuditAction, extra: Extra = {}): Promise<void> {
  return appendAudit(c.get("db"), auditEntry(c, action, extra));
}
