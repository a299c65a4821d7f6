import type { Client } from "./client.ts";
import type { TestApp } from "./test-app.ts";

/**
 * An upload answers at once with its job's page; this waits for the job and returns the
 * review page the job's page then sends the teacher to ("/documents/col_…"), or "" when
 * the job failed.
 */
export async function reviewAfterJob(t: TestApp, user: Client, upload: Response): Promise<string> {
  const job = upload.headers.get("location") ?? "";
  await t.jobs.idle();
  const done = await user.get(job);
  return (done.headers.get("location") ?? "").split("?")[0] ?? "";
}
