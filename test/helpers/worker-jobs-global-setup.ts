import { readFileSync } from "node:fs";
import { createClient } from "@libsql/client";
import type { TestProject } from "vitest/node";
import { buildAssets } from "../../src/cli/assets.ts";
import { wrapClient } from "../../src/db/db.ts";
import { createJob } from "../../src/db/document-jobs.ts";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { type Sqld, startSqld } from "./sqld.ts";

let sqld: Sqld | undefined;

const JOBS = [
  { id: "job_pdf", file: "siege-headings.pdf", format: "pdf" },
  { id: "job_docx", file: "siege-table.docx", format: "docx" },
  { id: "job_html", file: "news-page.html", format: "html" },
  { id: "job_scan", file: "scanned.pdf", format: "pdf" },
];

declare module "vitest" {
  export interface ProvidedContext {
    jobs: { id: string; file: string; format: string }[];
  }
}

/**
 * A libSQL server for the job consumer's tests, migrated, with a teacher and one
 * stored upload per fixture (workerd cannot read the fixture files; Node can).
 */
export async function setup(project: TestProject): Promise<void> {
  // The consumer reads the tagger's model from its static assets (build/public/nlp).
  buildAssets();
  sqld = await startSqld(Number(process.env.CHRONODECK_SQLD_JOBS_PORT));
  const db = wrapClient(createClient({ url: sqld.url }));
  await migrate(db, readMigrations());
  await db.execute(
    "INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (1, 'tess@example.org', 'Tess', 'x', 'teacher', 0)",
  );
  for (const j of JOBS) {
    await createJob(db, {
      id: j.id,
      ownerId: 1,
      collectionId: `col_${j.id.slice(4)}`,
      kind: "new",
      fileName: j.file,
      format: j.format,
      bytes: new Uint8Array(readFileSync(`test/fixtures/formats/${j.file}`)),
      now: new Date(),
    });
  }
  db.close();
  project.provide("jobs", JOBS);
}

export async function teardown(): Promise<void> {
  await sqld?.stop();
}
