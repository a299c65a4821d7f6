import type { InStatement, Row } from "@libsql/client";
import type { Role, SessionUser } from "../core/users.ts";
import { type AuditEntry, auditIfChanged, auditStatement, auditStatementWhen } from "./audit.ts";
import type { Db } from "./db.ts";
import { endSessionsStatements } from "./sessions.ts";
import { toUser, type UserWithHash } from "./users.ts";

/*
 * An account's life after sign-up: its password, its role and administrator
 * flag, its deletion (with a teacher's classes handed over or closed), and the
 * export of everything it holds.
 */

/** An account by id, with its password hash. */
export function userById(db: Db, id: number): Promise<UserWithHash | null> {
  return db.first(
    "SELECT id, name, email, role, is_admin, password_hash FROM users WHERE id = ?",
    [id],
    (r) => ({ ...toUser(r), passwordHash: String(r.password_hash) }),
  );
}

/** A teacher account by email (the target of a hand-over), or null. */
export function teacherByEmail(db: Db, email: string): Promise<SessionUser | null> {
  return db.first(
    "SELECT id, name, email, role, is_admin FROM users WHERE email = ? AND role = 'teacher'",
    [email],
    toUser,
  );
}

/** Set a new password and end every session of the account but `keepSessionHash`, with `extra` in the same transaction. */
export async function changePassword(
  db: Db,
  userId: number,
  hash: string,
  keepSessionHash: string | null,
  extra: InStatement[],
): Promise<void> {
  await db.batch([
    { sql: "UPDATE users SET password_hash = ? WHERE id = ?", args: [hash, userId] },
    ...endSessionsStatements(userId, keepSessionHash ?? undefined),
    { sql: "DELETE FROM password_resets WHERE user_id = ? AND used_at IS NULL", args: [userId] },
    ...extra,
  ]);
}

/** Whether removing this account's administrator flag would leave none (true for the last one). */
const LAST_ADMIN =
  "(SELECT is_admin FROM users WHERE id = :user) = 1 AND (SELECT COUNT(*) FROM users WHERE is_admin = 1) <= 1";

/**
 * Delete an account and all it owns, in one transaction. A teacher's classes,
 * uploaded documents and quizzes go to `handoverTo` when given (their students
 * keep everything), else they are closed with the account. Nothing happens if
 * this is the last administrator. False when nothing was deleted.
 */
export async function deleteAccount(
  db: Db,
  userId: number,
  handoverTo: number | null,
  audits: AuditEntry[],
): Promise<boolean> {
  const guard = `NOT (${LAST_ADMIN})`;
  // Each statement gets only the parameters it names: a libSQL server refuses extra ones.
  const args = { user: userId, to: handoverTo };
  const handover: InStatement[] =
    handoverTo === null
      ? []
      : ["classes SET teacher_id", "collections SET owner_id", "quizzes SET owner_id"].map(
          (set) => ({
            sql: `UPDATE ${set} = :to WHERE ${set.split(" SET ")[1]} = :user AND ${guard}`,
            args,
          }),
        );
  const results = await db.batch([
    ...handover,
    { sql: `DELETE FROM users WHERE id = :user AND ${guard} RETURNING id`, args: { user: userId } },
    // The audit rows are written only if the account is really gone.
    ...audits.map((a) =>
      auditStatementWhen(a, "NOT EXISTS (SELECT 1 FROM users WHERE id = ?)", [userId]),
    ),
  ]);
  return (results[handover.length]?.rows.length ?? 0) > 0;
}

export type UserListRow = SessionUser & { createdAt: number; classes: number; documents: number };

/** Accounts for the administrator's page, by id, `size` from after `after`. */
export function listUsers(db: Db, after: number, size: number): Promise<UserListRow[]> {
  return db.all(
    `SELECT u.id, u.name, u.email, u.role, u.is_admin, u.created_at,
       (SELECT COUNT(*) FROM classes c WHERE c.teacher_id = u.id) AS classes,
       (SELECT COUNT(*) FROM collections d WHERE d.owner_id = u.id AND d.kind = 'upload') AS documents
     FROM users u WHERE u.id > ? ORDER BY u.id LIMIT ?`,
    [after, size],
    (r: Row) => ({
      ...toUser(r),
      createdAt: Number(r.created_at),
      classes: Number(r.classes),
      documents: Number(r.documents),
    }),
  );
}

/** Change an account's role (teacher or student), with its audit row; false if no such account. */
export async function setRole(
  db: Db,
  userId: number,
  role: Role,
  audit: AuditEntry,
): Promise<boolean> {
  const [rs] = await db.batch([
    { sql: "UPDATE users SET role = ? WHERE id = ? RETURNING id", args: [role, userId] },
    auditStatement(audit),
  ]);
  return (rs?.rows.length ?? 0) > 0;
}

/**
 * Grant or remove the administrator flag, with its audit row in the same transaction.
 * Removing the last administrator's flag is refused inside the statement itself. False
 * when refused.
 */
export async function setAdmin(
  db: Db,
  userId: number,
  admin: boolean,
  audit: AuditEntry,
): Promise<boolean> {
  const [rs] = await db.batch([
    admin
      ? {
          sql: "UPDATE users SET is_admin = 1 WHERE id = :user RETURNING id",
          args: { user: userId },
        }
      : {
          sql: `UPDATE users SET is_admin = 0 WHERE id = :user AND NOT (${LAST_ADMIN}) RETURNING id`,
          args: { user: userId },
        },
    auditIfChanged(audit),
  ]);
  return (rs?.rows.length ?? 0) > 0;
}

/** Make an existing account an administrator by email (the `admin` CLI command); false if none has it. */
export async function grantAdminByEmail(
  db: Db,
  email: string,
  audit: AuditEntry,
): Promise<boolean> {
  const [rs] = await db.batch([
    { sql: "UPDATE users SET is_admin = 1 WHERE email = ? RETURNING id", args: [email] },
    auditIfChanged(audit),
  ]);
  return (rs?.rows.length ?? 0) > 0;
}

/** How many administrators there are. */
export async function adminCount(db: Db): Promise<number> {
  return (
    (await db.first("SELECT COUNT(*) AS n FROM users WHERE is_admin = 1", undefined, (r) =>
      Number(r.n),
    )) ?? 0
  );
}
