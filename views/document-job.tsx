import type { SessionUser } from "../src/core/users.ts";
import { Layout } from "./layout.tsx";

/*
 * The page an upload answers with: the job's stage and progress. htmx re-reads
 * the status block every second and swaps it; without JavaScript the reload
 * link does the same. When the job is done, the server sends the review page.
 */

export type JobView = {
  id: string;
  fileName: string;
  formatLabel: string;
  status: "queued" | "running" | "done" | "failed";
  stage: string;
  error: string | null;
  kind: "new" | "version";
  collectionId: string;
};

const STAGES = [
  { key: "reading", label: "Reading the document" },
  { key: "dates", label: "Finding dates and events" },
  { key: "questions", label: "Writing questions" },
];

const ORDER = ["queued", "reading", "dates", "questions", "saving", "done"];

/** Share of the work done, by stage: what a progress bar can honestly say. */
export function progressOf(job: Pick<JobView, "status" | "stage">): number {
  if (job.status === "done") return 100;
  return [0, 10, 35, 65, 90, 100][Math.max(0, ORDER.indexOf(job.stage))] ?? 0;
}

/** The part of the page that polling replaces. */
export function JobStatus({ job }: { job: JobView }) {
  const here = ORDER.indexOf(job.stage);
  const polling = job.status === "queued" || job.status === "running";
  const poll = polling
    ? { "hx-get": `/documents/jobs/${job.id}`, "hx-trigger": "every 1s", "hx-swap": "outerHTML" }
    : {};
  return (
    <section id="job-status" class="job-status" aria-live="polite" {...poll}>
      {job.status === "failed" ? (
        <>
          <p class="notice error" role="alert">
            <strong>This document could not be processed.</strong> {job.error}
          </p>
          <form method="post" action={`/documents/jobs/${job.id}/retry`} class="row">
            <button type="submit">Try again</button>
            <a class="button secondary" href="/documents">
              Upload another document
            </a>
          </form>
        </>
      ) : (
        <>
          <p>
            {job.status === "queued"
              ? "Waiting for a free worker…"
              : job.stage === "saving"
                ? "Saving the deck…"
                : "Processing…"}
          </p>
          <progress max={100} value={progressOf(job)} aria-label="Progress">
            {progressOf(job)}%
          </progress>
          <ol class="job-stages">
            {STAGES.map((s) => {
              const at = ORDER.indexOf(s.key);
              const state = here > at ? "done" : here === at ? "current" : "todo";
              return (
                <li class={state} aria-current={state === "current" ? "step" : undefined}>
                  {s.label}
                  {state === "done" ? " ✓" : state === "current" ? " …" : ""}
                </li>
              );
            })}
          </ol>
          <p class="small">
            <a href={`/documents/jobs/${job.id}`}>Reload to see the progress</a> (this page updates
            by itself when JavaScript is on).
          </p>
        </>
      )}
    </section>
  );
}

export function DocumentJobPage(p: { user: SessionUser; job: JobView }) {
  return (
    <Layout title={`Processing ${p.job.fileName}`} user={p.user} active="decks">
      <p class="small">
        <a href={p.job.kind === "new" ? "/documents" : `/documents/${p.job.collectionId}`}>
          ← {p.job.kind === "new" ? "Your documents" : "Back to the document"}
        </a>
      </p>
      <h1>{p.job.kind === "new" ? "Processing your document" : "Processing the new version"}</h1>
      <p class="lead">
        “{p.job.fileName}” ({p.job.formatLabel}). You can leave this page: the work goes on, and the
        document appears under Your documents when it is ready.
      </p>
      <JobStatus job={p.job} />
    </Layout>
  );
}
