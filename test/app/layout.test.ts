import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ping } from "../../src/db/health.ts";
import { ORIGIN, type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.cleanup());

describe("pages", () => {
  it("serves the layout with the app's name, navigation and self-hosted htmx", async () => {
    const res = await t.app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<a class="brand" href="/">Chronodeck</a>');
    expect(html).toMatch(/<nav aria-label="Main">/);
    expect(html).toContain(">Log in<");
    expect(html).toContain(">Sign up<");
    expect(html).toMatch(/<script src="\/assets\/htmx\.min\.js\?v=\w+"/);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdnjs/);
    expect(html).not.toMatch(/<script>(?!<)/);
  });

  it("answers an unknown address with a full 404 page", async () => {
    const res = await t.app.request("/no/such/page");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("<title>Not found · Chronodeck</title>");
    expect(html).toContain('role="alert"');
  });

  it("answers an htmx request for an unknown address with a fragment only", async () => {
    const res = await t.app.request("/no/such/page", { headers: { "HX-Request": "true" } });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).not.toContain("<html");
    expect(html).toMatch(/^<div class="notice error" role="alert"/);
  });

  it("turns an unexpected error into a 500 page without internals, and logs it", async () => {
    t.app.get("/boom", () => {
      throw new Error("secret internal detail at /srv/app.ts:12");
    });
    const res = await t.app.request("/boom");
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain("Something went wrong");
    expect(html).not.toContain("secret internal detail");
    expect(html).not.toMatch(/at \S+\.ts:\d+/);
    expect(t.errors).toHaveLength(1);

    const fragment = await (
      await t.app.request("/boom", { headers: { "HX-Request": "true" } })
    ).text();
    expect(fragment).not.toContain("<html");
    expect(fragment).toContain("Something went wrong");
  });

  it("sets strict security headers, with a CSP that allows no inline script and no eval", async () => {
    for (const path of ["/", "/nope", "/healthz"]) {
      const res = await t.app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
    }
  });

  it("refuses a cross-site form post with an explanation", async () => {
    t.app.post("/echo", (c) => c.text("changed"));
    const cross = await t.app.request("/echo", {
      method: "POST",
      headers: {
        Origin: "https://evil.example",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "a=1",
    });
    expect(cross.status).toBe(403);
    expect(await cross.text()).toContain("sent from another site");

    const noOrigin = await t.app.request("/echo", { method: "POST", body: "a=1" });
    expect(noOrigin.status).toBe(403);

    const crossSite = await t.app.request("/echo", {
      method: "POST",
      headers: { "Sec-Fetch-Site": "cross-site", Origin: ORIGIN },
    });
    expect(crossSite.status).toBe(403);

    const same = await t.app.request("/echo", { method: "POST", headers: { Origin: ORIGIN } });
    expect(same.status).toBe(200);
  });
});

describe("/healthz", () => {
  it("reports ok when the database answers", async () => {
    const res = await t.app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("reports 503 when the database is gone", async () => {
    t.db.close();
    const res = await t.app.request("/healthz");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
  });

  it("shows a 503 page, not a crash, when a page needs the database and it is gone", async () => {
    t.app.get("/needs-db", async (c) => {
      await ping(c.var.db);
      return c.text("ok");
    });
    t.db.close();
    const res = await t.app.request("/needs-db");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(await res.text()).toContain("cannot reach its database");
  });
});
