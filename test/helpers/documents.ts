import { expect } from "vitest";
import type { Client } from "./client.ts";
import type { TestApp } from "./test-app.ts";

/** Post an upload (or a new version), let its job finish on the worker thread, and follow it to the review page. */
export async function uploadAndWait(
  t: TestApp,
  teacher: Client,
  form: FormData,
  path = "/documents",
): Promise<{ cid: string; job: string; review: string }> {
  const res = await teacher.postMultipart(path, form);
  expect(res.status, await res.clone().text()).toBe(303);
  const jobPath = res.headers.get("location") ?? "";
  expect(jobPath).toMatch(/^\/documents\/jobs\/job_/);
  await t.jobs.idle();
  const done = await teacher.get(jobPath);
  expect(done.status, await done.clone().text()).toBe(303);
  const review = done.headers.get("location") ?? "";
  const cid = /^\/documents\/(col_[0-9a-z]+)/.exec(review)?.[1] ?? "";
  return { cid, job: jobPath.split("/").pop() ?? "", review };
}

/** A form with one file. */
export function fileForm(
  name: string,
  bytes: Uint8Array<ArrayBuffer> | string,
  type = "text/plain",
): FormData {
  const f = new FormData();
  f.append("file", new File([bytes], name, { type }));
  return f;
}
