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

describe("account lifecycle inside workerd", () => {
  const origin = "http://chronodeck.test";
  const form = (cookie: string, body: Record<string, string>) => ({
    method: "POST",
    redirect: "manual" as const,
    headers: { "content-type": "application/x-www-form-urlencoded", origin, cookie },
    body: new URLSearchParams(body),
  });
  async function signup(name: string, email: string, password: string): Promise<string> {
    const res = await SELF.fetch(`${origin}/signup`, form("", { name, email, password }));
    expect(res.status).toBe(303);
    return res.headers.get("set-cookie")?.split(";")[0] ?? "";
  }
  async function login(email: string, password: string) {
    return SELF.fetch(`${origin}/login`, form("", { email, password }));
  }

  it("changes the password against the libSQL server, signing out the other sessions", async () => {
    const laptop = await signup("Carla Change", "carla@example.org", "first long passphrase");
    const phoneLogin = await login("carla@example.org", "first long passphrase");
    expect(phoneLogin.status).toBe(303);
    const phone = phoneLogin.headers.get("set-cookie")?.split(";")[0] ?? "";
    const common = await SELF.fetch(
      `${origin}/account/password`,
      form(laptop, {
        current_password: "first long passphrase",
        password: "password1234",
        password_confirm: "password1234",
      }),
    );
    expect(common.status).toBe(422);
    expect(await common.text()).toContain("one of the most common ones");
    const changed = await SELF.fetch(
      `${origin}/account/password`,
      form(laptop, {
        current_password: "first long passphrase",
        password: "second long passphrase",
        password_confirm: "second long passphrase",
      }),
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("cache-control")).toBe("private, no-store");
    expect(await changed.text()).toContain("Every other session was signed out.");
    // Another isolate may trust a cached session for two seconds: wait them out.
    await new Promise((r) => setTimeout(r, 2_100));
    const phoneNow = await SELF.fetch(`${origin}/settings`, {
      headers: { cookie: phone },
      redirect: "manual",
    });
    expect(phoneNow.status).toBe(303);
    const laptopNow = await SELF.fetch(`${origin}/settings`, { headers: { cookie: laptop } });
    expect(laptopNow.status).toBe(200);
    expect((await login("carla@example.org", "first long passphrase")).status).toBe(401);
    expect((await login("carla@example.org", "second long passphrase")).status).toBe(303);
  });

  it("deletes an account with its reviews from the libSQL server", async () => {
    const cookie = await signup("Dan Delete", "dan@example.org", "a long enough password");
    const headers = { cookie, origin, "hx-request": "true" };
    const front = await (await SELF.fetch(`${origin}/decks/bank-all/study`, { headers })).text();
    const fields = hiddenFields(front, "/decks/bank-all/study/answer");
    const graded = await SELF.fetch(`${origin}/decks/bank-all/study/grade`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, rating: "3" }),
    });
    expect(graded.status).toBe(200);
    const data = (await (
      await SELF.fetch(`${origin}/account/export.json`, { headers: { cookie } })
    ).json()) as { reviews: unknown[] };
    expect(data.reviews).toHaveLength(1);
    const refused = await SELF.fetch(
      `${origin}/account/delete`,
      form(cookie, { password: "not the password", confirm: "on" }),
    );
    expect(refused.status).toBe(422);
    const deleted = await SELF.fetch(
      `${origin}/account/delete`,
      form(cookie, { password: "a long enough password", confirm: "on" }),
    );
    expect(deleted.status).toBe(200);
    expect(await deleted.text()).toContain("Your account was deleted");
    expect((await login("dan@example.org", "a long enough password")).status).toBe(401);
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
