import { type AuditEntry, auditStatement, auditStatementWhen } from "./audit.ts";
import type { Db } from "./db.ts";

/*
 * One-time password reset links. A new link replaces the account's unused
 * ones; using a link sets the password, ends every session of the account and
 * marks the link used, all in one transaction, and only once.
 */

/** Store a reset link's hash for `userId`, replacing their unused links. */
export async function createReset(
  db: Db,
  r: {
    tokenHash: string;
    userId: number;
    kind: "email" | "teacher";
    createdBy: number | null;
    now: Date;
    expiresAt: Date;
  },
  audit: AuditEntry,
): Promise<void> {
  await db.batch([
    { sql: "DELETE FROM password_resets WHERE user_id = ? AND used_at IS NULL", args: [r.userId] },
    {
      sql: `INSERT INTO password_resets (token_hash, user_id, kind, created_by, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)`,
      args: [r.tokenHash, r.userId, r.kind, r.createdBy, r.now.getTime(), r.expiresAt.getTime()],
    },
    auditStatement(audit),
  ]);
}

/** The account an open (unused, unexpired) link belongs to, with its email and name; null otherwise. */
export function openReset(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ userId: number; email: string; name: string } | null> {
  return db.first(
    `SELECT r.user_id, u.email, u.name FROM password_resets r JOIN users u ON u.id = r.user_id
     WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ?`,
    [tokenHash, now.getTime()],
    (row) => ({
      userId: Number(row.user_id),
      email: String(row.email),
      name: String(row.name),
    }),
  );
}

/**
 * Use a link: mark it used (only if still open), and for that use alone set
 * the password and end every session. False if the link was no longer open.
 */
export async function useReset(
  db: Db,
  u: { tokenHash: string; nonce: string; passwordHash: string; now: Date },
  audit: AuditEntry,
): Promise<boolean> {
  const owner =
    "(SELECT user_id FROM password_resets WHERE token_hash = :token AND used_nonce = :nonce)";
  // Each statement gets only the parameters it names: a libSQL server refuses extra ones.
  const mark = { token: u.tokenHash, nonce: u.nonce, now: u.now.getTime() };
  const mine = { token: u.tokenHash, nonce: u.nonce };
  const [used] = await db.batch([
    {
      sql: `UPDATE password_resets SET used_at = :now, used_nonce = :nonce
            WHERE token_hash = :token AND used_at IS NULL AND expires_at > :now
            RETURNING user_id`,
      args: mark,
    },
    {
      sql: `UPDATE users SET password_hash = :hash WHERE id = ${owner}`,
      args: { ...mine, hash: u.passwordHash },
    },
    { sql: `DELETE FROM sessions WHERE user_id = ${owner}`, args: mine },
    {
      sql: `DELETE FROM password_resets WHERE user_id = ${owner} AND used_at IS NULL`,
      args: mine,
    },
    auditStatementWhen(
      audit,
      "EXISTS (SELECT 1 FROM password_resets WHERE token_hash = ? AND used_nonce = ?)",
      [u.tokenHash, u.nonce],
    ),
  ]);
  return (used?.rows.length ?? 0) > 0;
}
