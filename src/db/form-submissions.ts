import type { InStatement } from "@libsql/client";
import type { Db } from "./db.ts";

/*
 * One-time form tokens (migration 0040): the record of a form's first
 * submission, written in the same transaction as what the form creates.
 */

const KEEP_MS = 86_400_000;

/**
 * The statements that record a submission: insert it (a second insert of the
 * same token fails, which rolls back the whole batch it is in) and prune old
 * ones. With `onlyIfInserted`, the record is written only if the statement just
 * before it in the batch inserted a row, so a creation that did nothing (a taken
 * join code, no attempt left) leaves the token free for the retry.
 */
export function submissionStatements(
  s: { userId: number; token: string; location: string; now: Date },
  opts: { onlyIfInserted?: boolean } = {},
): InStatement[] {
  const args = [s.userId, s.token, s.location, s.now.getTime()];
  return [
    opts.onlyIfInserted
      ? {
          sql: `INSERT INTO form_submissions (user_id, token, location, created_at)
                SELECT ?, ?, ?, ? WHERE changes() = 1`,
          args,
        }
      : {
          sql: "INSERT INTO form_submissions (user_id, token, location, created_at) VALUES (?, ?, ?, ?)",
          args,
        },
    {
      sql: "DELETE FROM form_submissions WHERE created_at < ?",
      args: [s.now.getTime() - KEEP_MS],
    },
  ];
}

/** Where an earlier submission of this token led, or null if it was never submitted. */
export function submittedTo(db: Db, userId: number, token: string): Promise<string | null> {
  return db.first(
    "SELECT location FROM form_submissions WHERE user_id = ? AND token = ?",
    [userId, token],
    (r) => String(r.location),
  );
}
