import { env } from "cloudflare:test";
import { createClient } from "@libsql/client/web";
import { describe, expect, inject, it } from "vitest";
import { wrapClient } from "../../../src/db/db.ts";
import { getJob } from "../../../src/db/document-jobs.ts";

// Inside workerd, with wrangler.jobs.toml: the Queue consumer Worker and a real Queue binding.

type Env = {
  DATABASE_URL: string;
  DOCUMENT_JOBS: { send(body: { jobId: string }): Promise<void> };
};
const bindings = env as unknown as Env;
type StoredJob = { id: string; file: string; format: string };
const db = wrapClient(createClient({ url: bindings.DATABASE_URL }));

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 45_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the document job consumer in workerd", () => {
  it("reads a PDF, a .docx and a web page sent through the Queue, and stores their drafts", async () => {
    // Provided by test/helpers/worker-jobs-global-setup.ts (outside this tsconfig's view).
    const provided = (inject as unknown as (key: string) => StoredJob[])("jobs");
    const jobs = provided.filter((j) => j.id !== "job_scan");
    for (const j of jobs) await bindings.DOCUMENT_JOBS.send({ jobId: j.id });
    for (const j of jobs) {
      const job = await until(
        () => getJob(db, j.id),
        (x) => x?.status === "done" || x?.status === "failed",
      );
      expect(job, j.file).toMatchObject({ status: "done", error: null });
      const row = await db.first(
        "SELECT doc_format, title, json_array_length(bank, '$.events') AS events FROM collections WHERE id = ?",
        [job?.collectionId ?? ""],
        (r) => ({ format: String(r.doc_format), title: String(r.title), events: Number(r.events) }),
      );
      expect(row?.format).toBe(j.format);
      expect(row?.events, j.file).toBeGreaterThanOrEqual(2);
    }
  });

  it("fails a scanned PDF with the reason, and a second delivery of the same message changes nothing", async () => {
    await bindings.DOCUMENT_JOBS.send({ jobId: "job_scan" });
    const job = await until(
      () => getJob(db, "job_scan"),
      (x) => x?.status === "failed",
    );
    expect(job?.error).toMatch(/this PDF has no text to read; OCR is not supported/);
    await bindings.DOCUMENT_JOBS.send({ jobId: "job_scan" });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await getJob(db, "job_scan")).toMatchObject({ status: "failed", attempts: 1 });
  });
});
