import type { InStatement, InValue } from "@libsql/client";
import type { Db } from "./db.ts";

/*
 * The audit log: append-only (triggers refuse UPDATE and DELETE), one row per
 * security-relevant action. Rows name accounts by id; the admin page joins the
 * names that still exist.
 */

export type AuditAction =
  | "login.success"
  | "login.failure"
  | "login.locked"
  | "logout"
  | "signup"
  | "password.change"
  | "password.reset.request"
  | "password.reset.link"
  | "password.reset"
  | "sessions.end"
  | "role.change"
  | "admin.change"
  | "invitation.create"
  | "invitation.accept"
  | "class.create"
  | "class.join"
  | "class.remove"
  | "class.code"
  | "class.handover"
  | "class.close"
  | "assignment.create"
  | "document.publish"
  | "account.delete";

export type AuditEntry = {
  at: Date;
  actorId: number | null;
  action: AuditAction;
  subjectId?: number | null;
  target?: string;
  detail?: string;
  address: string;
};

export type AuditRow = {
  id: number;
  at: number;
  actorId: number | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  subjectId: number | null;
  subjectName: string | null;
  subjectEmail: string | null;
  target: string;
  detail: string;
  address: string;
};

const values = (e: AuditEntry): InValue[] => [
  e.at.getTime(),
  e.actorId,
  e.action,
  e.subjectId ?? null,
  (e.target ?? "").slice(0, 200),
  (e.detail ?? "").slice(0, 500),
  e.address.slice(0, 64),
];

/** The statement that appends one entry (to run in the same batch as the change it records). */
export function auditStatement(e: AuditEntry): InStatement {
  return {
    sql: `INSERT INTO audit_log (at, actor_id, action, subject_id, target, detail, address)
          VALUES (?, ?, ?, ?, ?, ?, ?)`,
    args: values(e),
  };
}

/** The statement that appends an entry only if `when` (an SQL condition) holds as the batch runs. */
export function auditStatementWhen(e: AuditEntry, when: string, whenArgs: InValue[]): InStatement {
  return {
    sql: `INSERT INTO audit_log (at, actor_id, action, subject_id, target, detail, address)
          SELECT ?, ?, ?, ?, ?, ?, ? WHERE ${when}`,
    args: [...values(e), ...whenArgs],
  };
}

/** The statement that appends an entry only if the batch's previous statement changed a row. */
export function auditIfChanged(e: AuditEntry): InStatement {
  return auditStatementWhen(e, "changes() = 1", []);
}

/** Append one entry on its own. */
export async function appendAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.batch([auditStatement(e)]);
}

/** A page of the log, newest first, from before the row `before` (keyset pagination). */
export function auditPage(db: Db, before: number | null, size: number): Promise<AuditRow[]> {
  return db.all(
    `SELECT l.id, l.at, l.actor_id, a.name AS actor_name, a.email AS actor_email, l.action,
            l.subject_id, s.name AS subject_name, s.email AS subject_email, l.target, l.detail, l.address
     FROM audit_log l
     LEFT JOIN users a ON a.id = l.actor_id
     LEFT JOIN users s ON s.id = l.subject_id
     WHERE l.id < ?
     ORDER BY l.id DESC
     LIMIT ?`,
    [before ?? Number.MAX_SAFE_INTEGER, size],
    (r) => ({
      id: Number(r.id),
      at: Number(r.at),
      actorId: r.actor_id === null ? null : Number(r.actor_id),
      actorName: r.actor_name === null ? null : String(r.actor_name),
      actorEmail: r.actor_email === null ? null : String(r.actor_email),
      action: String(r.action),
      subjectId: r.subject_id === null ? null : Number(r.subject_id),
      subjectName: r.subject_name === null ? null : String(r.subject_name),
      subjectEmail: r.subject_email === null ? null : String(r.subject_email),
      target: String(r.target),
      detail: String(r.detail),
      address: String(r.address),
    }),
  );
}
