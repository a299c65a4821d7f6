import type { Db } from "../db/db.ts";
import type { ThreadPool } from "./pool.ts";
import { expireJobs, type JobQueue, resumeJobs, runJob } from "./run.ts";

/*
 * The Node side of document jobs: enqueueing starts the job at once on the
 * thread pool (which queues it when every thread is busy); the request that
 * enqueued it has already been answered.
 */

export type NodeJobQueue = JobQueue & {
  /** Resolves when every job started so far has finished (tests, shutdown). */
  idle(): Promise<void>;
  /** Requeue what a stopped server was running, and start every queued job. */
  resume(): Promise<string[]>;
  close(): Promise<void>;
};

export function createNodeJobQueue(
  db: Db,
  pool: ThreadPool,
  options: { now?: () => Date; limitMs?: number; log?: (m: string, e: unknown) => void } = {},
): NodeJobQueue {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((m, e) => console.error(m, e));
  const running = new Set<Promise<void>>();
  const start = (jobId: string) => {
    const p = runJob(db, jobId, {
      execute: pool.execute,
      now,
      ...(options.limitMs ? { limitMs: options.limitMs } : {}),
      log,
    })
      .catch((error) => log(`Document job ${jobId} could not be recorded`, error))
      .finally(() => running.delete(p));
    running.add(p);
  };
  return {
    async enqueue(jobId) {
      start(jobId);
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
    async resume() {
      await expireJobs(db, now(), options.limitMs);
      const ids = await resumeJobs(db, now());
      for (const id of ids) start(id);
      return ids;
    },
    async close() {
      await pool.close();
      await Promise.allSettled([...running]);
    },
  };
}
