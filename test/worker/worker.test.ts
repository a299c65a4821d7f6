import { createExecutionContext, env, SELF, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/worker.ts";

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
