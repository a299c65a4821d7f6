import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, client } from "../helpers/client.ts";
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
    const created = await teacher.postMultipart("/documents", first);
    const cid = created.headers.get("location")?.split("/").pop() ?? "";

    const pasted = "Nothing here has a date that a question could ask about";
    const next = new FormData();
    next.append("text", pasted);
    const res = await teacher.postMultipart(`/documents/${cid}/version`, next);
    expect(res.status).toBe(422);
    const page = await res.text();
    const versionForm = page.slice(page.indexOf("Upload a new version"));
    expect(versionForm).toContain("could not be used");
    expect(page.split("could not be used").length - 1).toBe(1);
    expect(versionForm).toContain(pasted);
  });
});
