import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, client } from "../helpers/client.ts";
import { uploadAndWait } from "../helpers/documents.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
let teacher: Client;
const APOLLO = new Uint8Array(readFileSync("test/fixtures/uploads/apollo.txt"));

beforeEach(async () => {
  t = await testApp("2026-03-02T09:00:00Z");
  teacher = client(t.app);
  await teacher.signup("Ms Tess", "tess@example.org", { teacher: true });
});
afterEach(() => t.cleanup());

describe("a new version that cannot be used", () => {
  it("shows its error in the version form, once, and keeps the pasted text", async () => {
    const first = new FormData();
    first.append("file", new File([APOLLO], "apollo.txt", { type: "text/plain" }));
    const { cid } = await uploadAndWait(t, teacher, first);

    const pasted = "\u0000 binary";
    const next = new FormData();
    next.append("text", pasted);
    const res = await teacher.postMultipart(`/documents/${cid}/version`, next);
    expect(res.status).toBe(422);
    const page = await res.text();
    const versionForm = page.slice(page.indexOf("Upload a new version"));
    expect(versionForm).toContain("The pasted text is not text");
    expect(page.split("The pasted text is not text").length - 1).toBe(1);
    expect(versionForm).toContain("binary");
  });
});
