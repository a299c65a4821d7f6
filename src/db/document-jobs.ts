import type { InStatement, Row } from "@libsql/client";
import {
  type NewUpload,
  uploadStatements,
  type WorkingCopy,
  workingCopyStatements,
} from "./collections.ts";
import type { Db } from "./db.ts";

/* Document jobs (migration 0030): an upload waiting for, going through, or done with the bank pipeline. */

export type JobStatus = "queued" | "running" | "done" | "failed";
export type JobKind = "new" | "version";

export type DocumentJob = {
  id: string;
  ownerId: number;
  collectionId: string;
  kind: JobKind;
  fileName: string;
  format: string;
  status: JobStatus;
  stage: string;
  error: string | null;
  attempts: number;
  result: string | null;
  createdAt: number;
  updatedAt: number;
  deadlineAt: number | null;
};

const COLUMNS =
  "id, owner_id, collection_id, kind, file_name, format, status, stage, error, attempts, result, created_at, updated_at, deadline_at";

const toJob = (r: Row): DocumentJob => ({
  id: String(r.id),
  ownerId: Number(r.owner_id),
  collectionId: String(r.collection_id),
  kind: String(r.kind) as JobKind,
  fileName: String(r.file_name),
  format: String(r.format),
  status: String(r.status) as JobStatus,
  stage: String(r.stage),
  error: r.error === null ? null : String(r.error),
  attempts: Number(r.attempts),
  result: r.result === null ? null : String(r.result),
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  deadlineAt: r.deadline_at === null ? null : Number(r.deadline_at),
});

/** Store an upload as a queued job. */
export async function createJob(
  db: Db,
  j: {
    id: string;
    ownerId: number;
    collectionId: string;
    kind: JobKind;
    fileName: string;
    format: string;
    bytes: Uint8Array;
    now: Date;
  },
): Promise<void> {
  const t = j.now.getTime();
  await db.batch([
    {
      sql: `INSERT INTO document_jobs (id, owner_id, collection_id, kind, file_name, format, bytes, status, stage, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 'queued', ?, ?)`,
      args: [j.id, j.ownerId, j.collectionId, j.kind, j.fileName, j.format, j.bytes, t, t],
    },
  ]);
}

export function getJob(db: Db, id: string): Promise<DocumentJob | null> {
  return db.first(`SELECT ${COLUMNS} FROM document_jobs WHERE id = ?`, [id], toJob);
}

/** A teacher's jobs that have not finished, and failed ones, newest first. */
export function openJobsOf(db: Db, ownerId: number): Promise<DocumentJob[]> {
  return db.all(
    `SELECT ${COLUMNS} FROM document_jobs WHERE owner_id = ? AND status != 'done' ORDER BY created_at DESC LIMIT 20`,
    [ownerId],
    toJob,
  );
}

/**
 * Take a queued job for processing: it becomes running with a deadline. Null when
 * another worker took it first or it is no longer queued (a Queue may deliver twice).
 */
export async function claimJob(
  db: Db,
  id: string,
  now: Date,
  limitMs: number,
): Promise<(DocumentJob & { bytes: Uint8Array }) | null> {
  const rs = await db.batch([
    {
      sql: `UPDATE document_jobs SET status = 'running', stage = 'reading', attempts = attempts + 1,
              error = NULL, updated_at = ?, deadline_at = ?
            WHERE id = ? AND status = 'queued'
            RETURNING ${COLUMNS}, bytes`,
      args: [now.getTime(), now.getTime() + limitMs, id],
    },
  ]);
  const row = rs[0]?.rows[0];
  if (!row) return null;
  const raw: unknown = row.bytes;
  const bytes =
    raw instanceof ArrayBuffer
      ? new Uint8Array(raw)
      : raw instanceof Uint8Array
        ? raw
        : new Uint8Array(0);
  return { ...toJob(row), bytes };
}

/** Record the stage a running job has reached. */
export async function setJobStage(db: Db, id: string, stage: string, now: Date): Promise<void> {
  await db.batch([
    {
      sql: "UPDATE document_jobs SET stage = ?, updated_at = ? WHERE id = ? AND status = 'running'",
      args: [stage, now.getTime(), id],
    },
  ]);
}

/** Fail a running or queued job with the reason the teacher reads; false when it had already finished. */
export async function failJob(db: Db, id: string, error: string, now: Date): Promise<boolean> {
  const rs = await db.batch([
    {
      sql: `UPDATE document_jobs SET status = 'failed', error = ?, updated_at = ?, deadline_at = NULL
            WHERE id = ? AND status IN ('queued', 'running') RETURNING id`,
      args: [error, now.getTime(), id],
    },
  ]);
  return (rs[0]?.rows.length ?? 0) > 0;
}

/** Queue a failed job again; false when it was not failed. */
export async function retryJob(db: Db, id: string, now: Date): Promise<boolean> {
  const rs = await db.batch([
    {
      sql: `UPDATE document_jobs SET status = 'queued', stage = 'queued', error = NULL, updated_at = ?, deadline_at = NULL
            WHERE id = ? AND status = 'failed' AND bytes IS NOT NULL RETURNING id`,
      args: [now.getTime(), id],
    },
  ]);
  return (rs[0]?.rows.length ?? 0) > 0;
}

/** Running jobs whose deadline has passed are failed with the reason given. */
export async function failOverdueJobs(db: Db, now: Date, error: string): Promise<number> {
  const rs = await db.batch([
    {
      sql: `UPDATE document_jobs SET status = 'failed', error = ?, updated_at = ?, deadline_at = NULL
            WHERE status = 'running' AND deadline_at < ? RETURNING id`,
      args: [error, now.getTime(), now.getTime()],
    },
  ]);
  return rs[0]?.rows.length ?? 0;
}

/**
 * After a restart no job is running any more: a job that was running is queued
 * again (its work is repeatable), unless it has already been tried `maxAttempts`
 * times, which fails it. Returns the ids to run.
 */
export async function recoverJobs(
  db: Db,
  now: Date,
  maxAttempts: number,
  error: string,
): Promise<string[]> {
  const t = now.getTime();
  await db.batch([
    {
      sql: `UPDATE document_jobs SET status = 'failed', error = ?, updated_at = ?, deadline_at = NULL
            WHERE status = 'running' AND attempts >= ?`,
      args: [error, t, maxAttempts],
    },
    {
      sql: `UPDATE document_jobs SET status = 'queued', stage = 'queued', updated_at = ?, deadline_at = NULL
            WHERE status = 'running'`,
      args: [t],
    },
  ]);
  return db.all(
    "SELECT id FROM document_jobs WHERE status = 'queued' ORDER BY created_at",
    undefined,
    (r) => String(r.id),
  );
}

/** The statement that marks a running job done and lets its file go. */
function doneStatement(id: string, result: string | null, now: Date): InStatement {
  return {
    sql: `UPDATE document_jobs SET status = 'done', stage = 'done', bytes = NULL, result = ?, updated_at = ?, deadline_at = NULL
          WHERE id = ?`,
    args: [result, now.getTime(), id],
  };
}

/** A new document's collection (a draft) and its decks, and the job done, in one transaction. */
export async function completeNewJob(
  db: Db,
  c: { jobId: string; upload: NewUpload },
): Promise<void> {
  await db.batch([...uploadStatements(c.upload), doneStatement(c.jobId, null, c.upload.now)]);
}

/**
 * A new version as the teacher's working copy, and the job done. Before the first
 * publication it replaces the bank (and title, and decks); afterwards it waits as
 * a draft beside the published bank.
 */
export async function completeVersionJob(
  db: Db,
  c: { jobId: string; result: string; copy: WorkingCopy },
): Promise<void> {
  await db.batch([...workingCopyStatements(c.copy), doneStatement(c.jobId, c.result, c.copy.now)]);
}

/**
 * The format a document was read from and the start of its text (at most `chars`
 * characters, so a page shows a bounded part of a 2 MB text), with the text's length.
 */
export function documentSource(
  db: Db,
  collectionId: string,
  chars: number,
): Promise<{ format: string | null; text: string | null; length: number } | null> {
  return db.first(
    "SELECT doc_format, substr(doc_text, 1, ?) AS start, length(doc_text) AS chars FROM collections WHERE id = ?",
    [chars, collectionId],
    (r) => ({
      format: r.doc_format === null ? null : String(r.doc_format),
      text: r.start === null ? null : String(r.start),
      length: r.chars === null ? 0 : Number(r.chars),
    }),
  );
}

/** The whole text read from an uploaded document, with its owner (who alone may read it). */
export function documentText(
  db: Db,
  collectionId: string,
): Promise<{ ownerId: number | null; text: string | null } | null> {
  return db.first(
    "SELECT owner_id, doc_text FROM collections WHERE id = ? AND kind = 'upload'",
    [collectionId],
    (r) => ({
      ownerId: r.owner_id === null ? null : Number(r.owner_id),
      text: r.doc_text === null ? null : String(r.doc_text),
    }),
  );
}
