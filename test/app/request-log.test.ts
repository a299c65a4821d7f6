import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { client } from "../helpers/client.ts";
import { hiddenFields } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.cleanup());

type Line = Record<string, unknown>;
const lines = (): Line[] => t.logs.map((l) => JSON.parse(l) as Line);

describe("the request log", () => {
  it("writes one JSON line per request: method, route pattern, status, duration, user, request id", async () => {
    const visitor = await t.app.request("/decks/bank-all");
    expect(lines()).toHaveLength(1);
    const [first] = lines();
    expect(first).toEqual({
      level: "info",
      msg: "request",
      req: visitor.headers.get("x-request-id"),
      method: "GET",
      route: "/decks/:id",
      status: 200,
      ms: expect.any(Number),
      user: null,
    });
    expect(String(first?.req)).toMatch(/^[0-9a-z]{12}$/);

    const learner = client(t.app);
    await learner.signup("Lou", "lou@example.org");
    await learner.get("/progress");
    await learner.get("/no/such/page");
    const [signup, progress, missing] = lines().slice(1);
    expect(signup).toMatchObject({ method: "POST", route: "/signup", status: 303, user: null });
    expect(progress).toMatchObject({ method: "GET", route: "/progress", status: 200 });
    expect(progress?.user).toEqual(expect.any(Number));
    expect(missing).toMatchObject({ route: "(none)", status: 404, level: "info" });
  });

  it("never writes a password, a session cookie, a form token or a join code", async () => {
    const teacher = client(t.app);
    await teacher.signup("Tess", "tess@example.org", {
      teacher: true,
      password: "very secret passphrase",
    });
    await teacher.login("tess@example.org", "very secret passphrase");
    const form = hiddenFields(await (await teacher.get("/classes")).text(), "/classes");
    const created = await teacher.post("/classes", { name: "History 9B", ...form });
    const page = await (await teacher.get(created.headers.get("location") ?? "")).text();
    const code = page.match(/data-join-code="([A-Z0-9]{12})"/)?.[1] ?? "";
    const student = client(t.app);
    await student.signup("Sam", "sam@example.org");
    await student.get(`/join/${code}`);
    await student.post("/classes/join", { code });
    const log = t.logs.join("\n");
    const cookies = [...teacher.jar.values(), ...student.jar.values()];
    expect(code).toMatch(/^[A-Z2-9]{12}$/);
    expect(form.form_token).toMatch(/^[\w-]{16,}$/);
    for (const secret of [
      "very secret passphrase",
      "correct horse battery",
      code,
      form.form_token,
      ...cookies,
    ]) {
      expect(secret && log.includes(secret), `log contains ${secret}`).toBe(false);
    }
    expect(log).toContain('"route":"/join/:code"');
  });

  it("logs an unexpected error with the request id that the error page shows", async () => {
    t.app.get("/boom", () => {
      throw new Error("kaboom");
    });
    const res = await t.app.request("/boom");
    expect(res.status).toBe(500);
    const id = res.headers.get("x-request-id") ?? "";
    expect(await res.text()).toMatch(new RegExp(`<code data-request-id[^>]*>${id}</code>`));
    const error = lines().find((l) => l.level === "error" && l.msg === "Unexpected error");
    expect(error).toMatchObject({ req: id, method: "GET", route: "/boom", error: "Error: kaboom" });
    expect(lines().find((l) => l.msg === "request")).toMatchObject({
      req: id,
      status: 500,
      level: "error",
    });
  });

  it("keeps a well-formed request id from a proxy, and replaces a malformed one", async () => {
    const kept = await t.app.request("/", { headers: { "X-Request-Id": "edge-4f2a9c1b" } });
    expect(kept.headers.get("x-request-id")).toBe("edge-4f2a9c1b");
    const replaced = await t.app.request("/", { headers: { "X-Request-Id": "<script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-z]{12}$/);
  });
});

describe("caching of pages", () => {
  it("lets nobody store a signed-in user's pages, and a visitor's only privately with a check each time", async () => {
    expect((await t.app.request("/decks")).headers.get("cache-control")).toBe("private, no-cache");
    const learner = client(t.app);
    const signup = await learner.signup("Lou", "lou@example.org");
    expect(signup.headers.get("cache-control")).toBe("private, no-store");
    for (const path of ["/", "/decks", "/progress", "/settings", "/no/such/page"]) {
      expect((await learner.get(path)).headers.get("cache-control"), path).toBe(
        "private, no-store",
      );
    }
  });
});
