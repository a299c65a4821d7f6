import { createExecutionContext, env, SELF, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/worker.ts";
import { hiddenFields } from "../helpers/html.ts";

// These run inside workerd, the Workers runtime, against a real libSQL server (sqld).

describe("the Worker", () => {
  it("serves the layout page", async () => {
    const res = await SELF.fetch("http://chronodeck.test/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<a class="brand" href="/">Chronodeck</a>');
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("reports a healthy database on /healthz", async () => {
    const res = await SELF.fetch("http://chronodeck.test/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("answers 503 with a clear message when the database is unreachable", async () => {
    const broken = { ...env, DATABASE_URL: "http://127.0.0.1:9" };
    const ctx = createExecutionContext();
    const health = await worker.fetch(new Request("http://chronodeck.test/healthz"), broken, ctx);
    await waitOnExecutionContext(ctx);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: "unreachable" });
  });

  it("answers 503, not a crash, when it is not configured", async () => {
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request("http://chronodeck.test/"), {}, ctx);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("not configured yet");
  });
});

describe("a full review inside workerd", () => {
  it("signs up, studies a card and grades it, stored in the libSQL server", async () => {
    const origin = "http://chronodeck.test";
    const signup = await SELF.fetch(`${origin}/signup`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin },
      body: new URLSearchParams({
        name: "Wanda Worker",
        email: "wanda@example.org",
        password: "a long enough password",
      }),
    });
    expect(signup.status).toBe(303);
    const cookie = signup.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect(cookie).toMatch(/^__Host-cd_session=/);
    const headers = { cookie, origin, "hx-request": "true" };

    const front = await (await SELF.fetch(`${origin}/decks/bank-all/study`, { headers })).text();
    const fields = hiddenFields(front, "/decks/bank-all/study/answer");
    expect(fields.event).toMatch(/^ev_/);

    const graded = await SELF.fetch(`${origin}/decks/bank-all/study/grade`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, rating: "3" }),
    });
    expect(graded.status).toBe(200);
    const next = await graded.text();
    expect(next).toContain("Undo");
    expect(next).not.toContain(`value="${fields.event}"`);

    const progress = await (await SELF.fetch(`${origin}/progress`, { headers: { cookie } })).text();
    expect(progress).toMatch(/1 review\s*in the past year, on 1 day/);
  });
});

describe("an upload inside workerd", () => {
  it("stores the document as a job, sends it to the queue and answers at once with its progress page", async () => {
    const origin = "http://chronodeck.test";
    const signup = await SELF.fetch(`${origin}/signup`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin },
      body: new URLSearchParams({
        name: "Tess Worker",
        email: "tess-worker@example.org",
        password: "a long enough password",
        teacher: "on",
      }),
    });
    const cookie = signup.headers.get("set-cookie")?.split(";")[0] ?? "";
    const form = new FormData();
    form.append("text", "Apollo\n\nOn 20 July 1969, Apollo 11 landed on the Moon.");
    const res = await SELF.fetch(`${origin}/documents`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin },
      body: form,
    });
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toMatch(/^\/documents\/jobs\/job_/);
    const page = await (await SELF.fetch(`${origin}${location}`, { headers: { cookie } })).text();
    // The consumer is another Worker (tested in test/worker/jobs); here the job waits in the queue.
    expect(page).toContain("Processing your document");
    expect(page).toContain("Reload to see the progress");
  });
});
