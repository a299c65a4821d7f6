import type { InStatement } from "@libsql/client";
import { type AuditEntry, auditStatementWhen } from "./audit.ts";
import type { Db } from "./db.ts";

/*
 * Invitations to a teacher account: made by an administrator, used once. Only
 * the token's hash is stored.
 */

export type Invitation = {
  tokenHash: string;
  note: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
  usedByName: string | null;
};

/** Store a new invitation. */
export async function createInvitation(
  db: Db,
  i: { tokenHash: string; createdBy: number | null; note: string; now: Date; expiresAt: Date },
  audit: InStatement,
): Promise<void> {
  await db.batch([
    {
      sql: `INSERT INTO invitations (token_hash, created_by, note, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?)`,
      args: [i.tokenHash, i.createdBy, i.note, i.now.getTime(), i.expiresAt.getTime()],
    },
    audit,
  ]);
}

/** Whether an unused, unexpired invitation has this hash. */
export async function invitationIsOpen(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const found = await db.first(
    "SELECT 1 AS ok FROM invitations WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
    [tokenHash, now.getTime()],
    () => true,
  );
  return found === true;
}

/**
 * Use an invitation for `userId`: in one transaction the invitation is marked
 * used (only if still open) and the account becomes a teacher only if that
 * mark was this one. False when the invitation was no longer open.
 */
export async function acceptInvitation(
  db: Db,
  tokenHash: string,
  userId: number,
  now: Date,
  audit: AuditEntry,
): Promise<boolean> {
  const mine =
    "EXISTS (SELECT 1 FROM invitations WHERE token_hash = ? AND used_by = ? AND used_at = ?)";
  const [used] = await db.batch([
    {
      sql: `UPDATE invitations SET used_at = ?, used_by = ?
            WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
            RETURNING token_hash`,
      args: [now.getTime(), userId, tokenHash, now.getTime()],
    },
    {
      sql: `UPDATE users SET role = 'teacher'
            WHERE id = ? AND ${mine}`,
      args: [userId, tokenHash, userId, now.getTime()],
    },
    auditStatementWhen(audit, mine, [tokenHash, userId, now.getTime()]),
  ]);
  return (used?.rows.length ?? 0) > 0;
}

/** The most recent invitations, for the administrator's page. */
export function recentInvitations(db: Db, limit = 20): Promise<Invitation[]> {
  return db.all(
    `SELECT i.token_hash, i.note, i.created_at, i.expires_at, i.used_at, u.name AS used_by_name
     FROM invitations i LEFT JOIN users u ON u.id = i.used_by
     ORDER BY i.created_at DESC LIMIT ?`,
    [limit],
    (r) => ({
      tokenHash: String(r.token_hash),
      note: String(r.note),
      createdAt: Number(r.created_at),
      expiresAt: Number(r.expires_at),
      usedAt: r.used_at === null ? null : Number(r.used_at),
      usedByName: r.used_by_name === null ? null : String(r.used_by_name),
    }),
  );
}
