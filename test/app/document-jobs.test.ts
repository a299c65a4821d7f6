import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { getJob } from "../../src/db/document-jobs.ts";
import { createNodeJobQueue } from "../../src/jobs/node-queue.ts";
import { createThreadPool } from "../../src/jobs/pool.ts";
import { type Client, client } from "../helpers/client.ts";
import { fileForm } from "../helpers/documents.ts";
import { plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

const FIXTURES = "test/fixtures/formats";
const bytes = (path: string) => new Uint8Array(readFileSync(path));

let t: TestApp;
let teacher: Client;

async function start(options: { jobLimitMs?: number } = {}) {
  t = await testApp("2026-03-02T09:00:00Z", options);
  teacher = client(t.app);
  await teacher.signup("Ms Tess", "tess@example.org", { teacher: true });
}
afterEach(() => t.cleanup());

async function post(form: FormData): Promise<string> {
  const res = await teacher.postMultipart("/documents", form);
  expect(res.status).toBe(303);
  return (res.headers.get("location") ?? "").split("/").pop() ?? "";
}

describe("a document job", () => {
  it("answers the upload at once with the job's page, which shows the stages and then the review page", async () => {
    await start();
    const jid = await post(
      fileForm("siege-headings.pdf", bytes(`${FIXTURES}/siege-headings.pdf`), "application/pdf"),
    );
    // The request was answered before the work was done: the job is stored, queued or running.
    const stored = await getJob(t.db, jid);
    expect(["queued", "running"]).toContain(stored?.status);
    const page = await teacher.get(`/documents/jobs/${jid}`);
    if (page.status === 200) {
      const html = await page.text();
      expect(plain(html)).toContain("Reading the document");
      expect(plain(html)).toContain("Finding dates and events");
      expect(plain(html)).toContain("Writing questions");
      expect(html).toContain('hx-trigger="every 1s"');
      expect(html).toContain(`href="/documents/jobs/${jid}"`);
    }
    await t.jobs.idle();
    const done = await teacher.get(`/documents/jobs/${jid}`);
    expect(done.status).toBe(303);
    const review = done.headers.get("location") ?? "";
    expect(review).toMatch(/^\/documents\/col_\w+\?job=/);
    // htmx polling is told to go to the review page.
    const polled = await teacher.get(`/documents/jobs/${jid}`, { "HX-Request": "true" });
    expect(polled.headers.get("HX-Redirect")).toBe(review);
    const text = plain(await (await teacher.get(review)).text());
    expect(text).toContain("Your document was processed");
    expect(text).toContain("Siege of al-Fu'ah and Kafriya");
    expect(text).toContain("Text read from the document (PDF)");
    expect(text).toContain("28 March 2015");
  });

  it("records the stages it passes through", async () => {
    await start();
    const pool = createThreadPool(1);
    const stages: string[] = [];
    const output = await pool.execute(
      {
        kind: "new",
        collectionId: "col_x",
        fileName: "siege-table.docx",
        format: "docx",
        bytes: bytes(`${FIXTURES}/siege-table.docx`),
      },
      (s) => stages.push(s),
      30_000,
    );
    await pool.close();
    expect(stages).toEqual(["reading", "dates", "questions", "saving"]);
    expect(output.ok).toBe(true);
  });

  it("fails with the reason when the file cannot be read, changes nothing else, and can be retried", async () => {
    await start();
    const jid = await post(
      fileForm("scan.pdf", bytes(`${FIXTURES}/scanned.pdf`), "application/pdf"),
    );
    await t.jobs.idle();
    const page = await teacher.get(`/documents/jobs/${jid}`);
    expect(page.status).toBe(200);
    const text = plain(await page.text());
    expect(text).toContain("this PDF has no text to read; OCR is not supported");
    expect(text).toContain("Try again");
    expect(
      await t.db.first(
        "SELECT COUNT(*) AS n FROM collections WHERE kind = 'upload'",
        undefined,
        (r) => Number(r.n),
      ),
    ).toBe(0);
    // The teacher's list shows it too.
    expect(plain(await (await teacher.get("/documents")).text())).toContain(
      "could not be processed",
    );
    const retry = await teacher.post(`/documents/jobs/${jid}/retry`);
    expect(retry.status).toBe(303);
    await t.jobs.idle();
    const again = await getJob(t.db, jid);
    expect(again).toMatchObject({ status: "failed", attempts: 2 });
  });

  it.each([
    ["an encrypted PDF", "locked.pdf", "encrypted.pdf", /encrypted with a password/],
    ["a decompression bomb", "bomb.docx", "bomb.docx", /would unpack to more than 50 MB/],
  ])("fails %s with a clear message", async (_what, name, file, message) => {
    await start();
    const jid = await post(fileForm(name, bytes(`${FIXTURES}/${file}`)));
    await t.jobs.idle();
    expect((await getJob(t.db, jid))?.error).toMatch(message);
  });

  it("is stopped cleanly at its wall-clock limit", async () => {
    await start({ jobLimitMs: 50 });
    const jid = await post(fileForm("siege-headings.pdf", bytes(`${FIXTURES}/siege-headings.pdf`)));
    await t.jobs.idle();
    const job = await getJob(t.db, jid);
    expect(job?.status).toBe("failed");
    expect(job?.error).toMatch(/took longer than the limit/);
  });

  it("after a restart mid-job, runs again and finishes; a job interrupted too often is failed, never left processing", async () => {
    await start();
    const form = fileForm("siege-table.docx", bytes(`${FIXTURES}/siege-table.docx`));
    const jid = await post(form);
    await t.jobs.idle();
    // Make it look as if the server died while the job ran: running, file still there.
    await t.db.execute(
      "UPDATE document_jobs SET status = 'running', stage = 'dates', bytes = ?, attempts = 1 WHERE id = ?",
      [bytes(`${FIXTURES}/siege-table.docx`), jid],
    );
    await t.db.execute(
      "DELETE FROM decks WHERE collection_id IN (SELECT collection_id FROM document_jobs)",
    );
    await t.db.execute("DELETE FROM collections WHERE kind = 'upload'");
    const restarted = createNodeJobQueue(t.db, createThreadPool(1), { now: () => t.clock.now });
    expect(await restarted.resume()).toEqual([jid]);
    await restarted.idle();
    expect(await getJob(t.db, jid)).toMatchObject({ status: "done", attempts: 2 });
    // Interrupted on every try: failed with a reason.
    await t.db.execute("UPDATE document_jobs SET status = 'running', attempts = 3 WHERE id = ?", [
      jid,
    ]);
    expect(await restarted.resume()).toEqual([]);
    expect(await getJob(t.db, jid)).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/interrupted/),
    });
    await restarted.close();
  });

  it("a running job whose deadline passed (its worker lost) is failed when anyone looks at it", async () => {
    await start();
    const jid = await post(fileForm("siege-table.docx", bytes(`${FIXTURES}/siege-table.docx`)));
    await t.jobs.idle();
    await t.db.execute(
      "UPDATE document_jobs SET status = 'running', deadline_at = ? WHERE id = ?",
      [t.clock.now.getTime() - 1, jid],
    );
    const page = plain(await (await teacher.get(`/documents/jobs/${jid}`)).text());
    expect(page).toContain("took longer than the limit");
  });

  it("keeps other users' requests answered while a large document is processed", async () => {
    await start();
    const paragraph = (i: number) =>
      `On ${1 + (i % 28)} March ${1900 + (i % 120)}, the council of town ${i} approved a new bridge over the river after a long debate.`;
    const big = `Large\n\n${Array.from({ length: 2500 }, (_, i) => paragraph(i)).join("\n\n")}`;
    const jid = await post(fileForm("large.txt", big));
    const started = performance.now();
    const latencies: number[] = [];
    while ((await getJob(t.db, jid))?.status !== "done" && performance.now() - started < 60_000) {
      const t0 = performance.now();
      const res = await teacher.get("/decks");
      expect(res.status).toBe(200);
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    await t.jobs.idle();
    expect((await getJob(t.db, jid))?.status).toBe("done");
    expect(latencies.length).toBeGreaterThan(3);
    // The event loop was never blocked for the length of the build (seconds).
    expect(Math.max(...latencies)).toBeLessThan(1_000);
  });
});
