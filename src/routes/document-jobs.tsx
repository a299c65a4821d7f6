import { type Context, Hono } from "hono";
import * as z from "zod";
import { DocumentJobPage, JobStatus, type JobView } from "../../views/document-job.tsx";
import { type DocumentJob, getJob, retryJob } from "../db/document-jobs.ts";
import { FORMAT_LABELS, type Format } from "../formats/sniff.ts";
import type { AppEnv } from "../http/env.ts";
import { NotFoundError } from "../http/errors.ts";
import { requireTeacher } from "../http/session.ts";
import { params } from "../http/validate.ts";
import { expireJobs } from "../jobs/run.ts";

/*
 * A document job's page: its stage while it runs (polled by htmx, or reloaded),
 * the review page once it is done, and the reason with a retry button if it failed.
 */

const JobId = z.object({ jid: z.string().regex(/^job_[0-9a-z]{1,40}$/) });

async function ownJob(c: Context<AppEnv>, jid: string): Promise<DocumentJob> {
  const teacher = requireTeacher(c);
  // A job whose time is up is failed here too, so a lost worker never leaves it "processing".
  await expireJobs(c.get("db"), c.get("now"));
  const job = await getJob(c.get("db"), jid);
  if (job === null || job.ownerId !== teacher.id) throw new NotFoundError("There is no such job.");
  return job;
}

function view(job: DocumentJob): JobView {
  return {
    id: job.id,
    fileName: job.fileName,
    formatLabel: FORMAT_LABELS[job.format as Format] ?? job.format,
    status: job.status,
    stage: job.stage,
    error: job.error,
    kind: job.kind,
    collectionId: job.collectionId,
  };
}

/** Where a finished job's teacher goes: the review page, told which job it came from. */
export const reviewAfter = (job: DocumentJob) =>
  `/documents/${job.collectionId}?job=${encodeURIComponent(job.id)}`;

export const documentJobs = new Hono<AppEnv>()
  .get("/documents/jobs/:jid", params(JobId), async (c) => {
    const job = await ownJob(c, c.req.valid("param").jid);
    if (job.status === "done") {
      if (c.get("htmx")) {
        c.header("HX-Redirect", reviewAfter(job));
        return c.body(null, 204);
      }
      return c.redirect(reviewAfter(job), 303);
    }
    if (c.get("htmx")) return c.html(<JobStatus job={view(job)} />);
    return c.html(<DocumentJobPage user={requireTeacher(c)} job={view(job)} />);
  })
  .post("/documents/jobs/:jid/retry", params(JobId), async (c) => {
    const job = await ownJob(c, c.req.valid("param").jid);
    if (await retryJob(c.get("db"), job.id, c.get("now"))) await c.get("jobs").enqueue(job.id);
    return c.redirect(`/documents/jobs/${job.id}`, 303);
  });
