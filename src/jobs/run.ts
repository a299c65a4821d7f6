import { loadCollection, workingCopy } from "../db/collections.ts";
import type { Db } from "../db/db.ts";
import {
  claimJob,
  completeNewJob,
  completeVersionJob,
  failJob,
  failOverdueJobs,
  getJob,
  recoverJobs,
  setJobStage,
} from "../db/document-jobs.ts";
import type { Format } from "../formats/index.ts";
import type { JobInput, JobOutput, JobStage } from "./process.ts";

/*
 * The shell around a document job, the same on Node and on Workers: claim the
 * stored job, hand its file to an executor (a worker thread on Node, the Queue
 * consumer itself on Workers), and record the outcome in one transaction.
 */

/** Runs processDocument somewhere; rejects with JobTimeout when the job's time is up. */
export type Executor = (
  input: JobInput,
  onStage: (stage: JobStage) => void,
  limitMs: number,
) => Promise<JobOutput>;

/** Where uploads are handed for processing: a thread pool on Node, a Cloudflare Queue on Workers. */
export type JobQueue = { enqueue(jobId: string): Promise<void> };

/** Every job's wall-clock limit, from claim to result. */
export const JOB_TIME_LIMIT_MS = 120_000;
/** A job interrupted this many times (server restarts mid-job) is failed rather than tried again. */
export const MAX_ATTEMPTS = 3;

export class JobTimeout extends Error {
  override name = "JobTimeout";
}

export const timeoutMessage = (limitMs: number) =>
  `Processing took longer than the limit of ${Math.round(limitMs / 1000)} seconds and was stopped. Try a shorter document, or split this one into parts.`;

const INTERRUPTED =
  "Processing was interrupted several times (the server restarted). Try again; if it keeps failing, split the document into parts.";

export type RunDeps = {
  execute: Executor;
  now: () => Date;
  limitMs?: number;
  /** Told when a collection changed, so caches drop it at once. */
  changed?: (collectionId: string) => void;
  log?: (message: string, error: unknown) => void;
};

/** Process one stored job to its end: done, or failed with a reason. Safe to call twice. */
export async function runJob(db: Db, jobId: string, deps: RunDeps): Promise<void> {
  const limitMs = deps.limitMs ?? JOB_TIME_LIMIT_MS;
  const job = await claimJob(db, jobId, deps.now(), limitMs);
  if (job === null) return;
  let input: JobInput = {
    kind: job.kind,
    collectionId: job.collectionId,
    fileName: job.fileName,
    format: job.format as Format,
    bytes: job.bytes,
  };
  let draft = true;
  if (job.kind === "version") {
    const working = await workingCopy(db, job.collectionId);
    if (working === null) {
      await failJob(
        db,
        jobId,
        "The document this version belongs to no longer exists.",
        deps.now(),
      );
      return;
    }
    draft = working.status === "draft";
    const published = draft ? null : await loadCollection(db, job.collectionId);
    input = {
      ...input,
      previousJson: working.bankJson,
      publishedJson: published?.bankJson ?? null,
      title: working.title,
    };
  }
  let output: JobOutput;
  try {
    output = await deps.execute(
      input,
      (stage) => {
        setJobStage(db, jobId, stage, deps.now()).catch(() => undefined);
      },
      limitMs,
    );
  } catch (error) {
    if (error instanceof JobTimeout) {
      await failJob(db, jobId, timeoutMessage(limitMs), deps.now());
      return;
    }
    deps.log?.(`Document job ${jobId} failed`, error);
    await failJob(
      db,
      jobId,
      "The document could not be processed because of an error on our side. Try again in a minute.",
      deps.now(),
    );
    return;
  }
  if (!output.ok) {
    await failJob(db, jobId, output.error, deps.now());
    return;
  }
  const now = deps.now();
  const current = await getJob(db, jobId);
  // Past its deadline (a runtime that cannot stop work midway, like Workers), the result is not used.
  if (current?.status !== "running") return;
  if (current.deadlineAt !== null && now.getTime() > current.deadlineAt) {
    await failJob(db, jobId, timeoutMessage(limitMs), now);
    return;
  }
  if (job.kind === "new") {
    await completeNewJob(db, {
      jobId,
      upload: {
        id: job.collectionId,
        ownerId: job.ownerId,
        title: output.title,
        bankJson: output.bankJson,
        contentHash: output.contentHash,
        decks: output.decks,
        docName: job.fileName,
        source: { format: output.format, text: output.text },
        now,
      },
    });
  } else {
    await completeVersionJob(db, {
      jobId,
      result: JSON.stringify({ revision: output.revision }),
      copy: {
        id: job.collectionId,
        draft,
        title: output.title,
        bankJson: output.bankJson,
        decks: output.decks,
        source: { format: output.format, text: output.text },
        now,
      },
    });
  }
  deps.changed?.(job.collectionId);
}

/** Fail running jobs whose time is up (nothing may stay "processing" for ever). */
export function expireJobs(db: Db, now: Date, limitMs = JOB_TIME_LIMIT_MS): Promise<number> {
  return failOverdueJobs(db, now, timeoutMessage(limitMs));
}

/** At start-up: jobs a stopped server was running are queued again (or failed after MAX_ATTEMPTS). */
export function resumeJobs(db: Db, now: Date): Promise<string[]> {
  return recoverJobs(db, now, MAX_ATTEMPTS, INTERRUPTED);
}
