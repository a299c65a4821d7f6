import { afterEach, describe, expect, it } from "vitest";
import { LIMIT_DEFAULTS } from "../../src/config.ts";
import { client } from "../helpers/client.ts";
import { plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";
import { reviewAfterJob } from "../helpers/uploads.ts";

/*
 * Teacher accounts are granted, not self-declared, in production: the first
 * account is the administrator, who makes teachers directly or by invitation.
 * The audit log records who did what, from where, and cannot be rewritten.
 */

let t: TestApp;
afterEach(() => t?.cleanup());

const production = () =>
  testApp("2026-03-02T09:00:00Z", { env: { TEACHER_SIGNUP: "granted" } }).then((a) => {
    t = a;
    return a;
  });
const role = (email: string) =>
  t.db.first("SELECT role, is_admin FROM users WHERE email = ?", [email], (r) => ({
    role: String(r.role),
    admin: Number(r.is_admin) === 1,
  }));
const idOf = (email: string) =>
  t.db.first("SELECT id FROM users WHERE email = ?", [email], (r) => Number(r.id));

describe("granted teacher accounts", () => {
  it("makes teachers the production default, and the first account its administrator and a teacher", async () => {
    const { loadConfig } = await import("../../src/config.ts");
    expect(loadConfig({ APP_ENV: "production" }, "node").teacherSignup).toBe("granted");
    expect(loadConfig({ APP_ENV: "development" }, "node").teacherSignup).toBe("open");
    await production();
    const form = await (await client(t.app).get("/signup")).text();
    expect(form).not.toContain("I am a teacher");
    const ada = client(t.app);
    const first = await ada.signup("Ada", "ada@example.org");
    expect(first.headers.get("location")).toBe("/classes");
    expect(await role("ada@example.org")).toEqual({ role: "teacher", admin: true });
    // A forged "I am a teacher" makes a student.
    await client(t.app).post("/signup", {
      name: "Mallory",
      email: "mallory@example.org",
      password: "correct horse battery",
      teacher: "on",
    });
    expect(await role("mallory@example.org")).toEqual({ role: "student", admin: false });
    const mallory = client(t.app);
    await mallory.login("mallory@example.org");
    expect((await mallory.post("/classes", { name: "Mine" })).status).toBe(403);
    expect((await mallory.get("/admin")).status).toBe(403);
  });

  it("lets the administrator make a teacher, and another administrator, but never remove the last one", async () => {
    await production();
    const ada = client(t.app);
    await ada.signup("Ada", "ada@example.org");
    const bea = client(t.app);
    await bea.signup("Bea", "bea@example.org");
    const beaId = await idOf("bea@example.org");
    const page = plain(await (await ada.get("/admin")).text());
    expect(page).toContain("bea@example.org");
    expect((await ada.post(`/admin/users/${beaId}/role`, { role: "teacher" })).status).toBe(200);
    expect(await role("bea@example.org")).toEqual({ role: "teacher", admin: false });
    expect((await bea.post("/classes", { name: "History" })).status).toBe(303);
    const adaId = await idOf("ada@example.org");
    // Ada cannot drop her own flag while she is the only administrator (no button, and the database refuses).
    expect((await ada.post(`/admin/users/${adaId}/admin`, { admin: "off" })).status).toBe(409);
    expect((await ada.post(`/admin/users/${beaId}/admin`, { admin: "on" })).status).toBe(200);
    expect((await bea.get("/admin")).status).toBe(200);
    expect((await bea.post(`/admin/users/${adaId}/admin`, { admin: "off" })).status).toBe(200);
    expect((await bea.post(`/admin/users/${beaId}/admin`, { admin: "off" })).status).toBe(409);
    expect(await role("bea@example.org")).toEqual({ role: "teacher", admin: true });
    expect((await ada.get("/admin")).status).toBe(403);
    const actions = await t.db.all(
      "SELECT action, detail FROM audit_log WHERE action IN ('role.change', 'admin.change') ORDER BY id",
      undefined,
      (r) => `${r.action} ${r.detail}`,
    );
    expect(actions).toEqual([
      "role.change student → teacher",
      "admin.change granted",
      "admin.change removed",
    ]);
  });

  it("makes teachers by a one-time invitation, at sign-up or for a signed-in student", async () => {
    await production();
    const ada = client(t.app);
    await ada.signup("Ada", "ada@example.org");
    const invite = async () => {
      const res = await ada.post("/admin/invitations", { note: "new colleague" });
      expect(res.status).toBe(200);
      const link = (await res.text()).match(/value="(http[^"]+\/invite\/[\w-]+)"/)?.[1] ?? "";
      return new URL(link).pathname;
    };
    const first = await invite();
    const visitor = client(t.app);
    const open = await visitor.get(first);
    expect(open.status).toBe(303);
    const signupPage = await (await visitor.get(open.headers.get("location") ?? "")).text();
    expect(signupPage).toContain("You were invited to teach");
    const token = first.split("/").pop() ?? "";
    const made = await visitor.post("/signup", {
      name: "Carl",
      email: "carl@example.org",
      password: "correct horse battery",
      invite: token,
    });
    expect(made.headers.get("location")).toBe("/classes");
    expect(await role("carl@example.org")).toEqual({ role: "teacher", admin: false });
    // Used once: the next person gets a student account and the link says it is spent.
    await client(t.app).post("/signup", {
      name: "Dora",
      email: "dora@example.org",
      password: "correct horse battery",
      invite: token,
    });
    expect(await role("dora@example.org")).toEqual({ role: "student", admin: false });
    expect((await client(t.app).get(first)).status).toBe(410);
    // A signed-in student accepts a fresh invitation.
    const second = await invite();
    const dora = client(t.app);
    await dora.login("dora@example.org");
    expect(plain(await (await dora.get(second)).text())).toContain("Accept invitation");
    expect((await dora.post(second)).status).toBe(303);
    expect(await role("dora@example.org")).toEqual({ role: "teacher", admin: false });
    expect((await dora.post("/classes", { name: "Art" })).status).toBe(303);
    // Invitations expire after seven days.
    const third = await invite();
    t.clock.advance(7 * 86_400_000 + 1);
    expect((await client(t.app).get(third)).status).toBe(410);
  });

  it("names another administrator from the command line (npm run admin -- grant EMAIL)", async () => {
    t = await testApp();
    await client(t.app).signup("Ada", "ada@example.org");
    await client(t.app).signup("Bea", "bea@example.org");
    const { run } = await import("../../src/cli/admin.ts");
    expect(await run(["grant", "BEA@example.org", "--url", t.url])).toBe(0);
    expect(await role("bea@example.org")).toEqual({ role: "student", admin: true });
    expect(await run(["grant", "nobody@example.org", "--url", t.url])).toBe(1);
  });

  it("keeps the 'I am a teacher' box in development", async () => {
    t = await testApp();
    expect(await (await client(t.app).get("/signup")).text()).toContain("I am a teacher");
  });
});

describe("the audit log", () => {
  it("records sign-ins and failures, membership, assignments and publishing, with who, when and from where", async () => {
    t = await testApp("2026-03-02T09:00:00Z", { env: { ...LIMIT_DEFAULTS } });
    const ada = client(t.app);
    await ada.signup("Ada", "ada@example.org");
    const tess = client(t.app);
    await tess.signup("Tess", "tess@example.org", { teacher: true });
    await client(t.app).post(
      "/login",
      { email: "tess@example.org", password: "wrong wrong wrong" },
      {
        "X-Forwarded-For": "198.51.100.23",
      },
    );
    await tess.post(
      "/login",
      { email: "tess@example.org", password: "correct horse battery" },
      {
        "X-Forwarded-For": "198.51.100.23",
      },
    );
    const created = await tess.post("/classes", { name: "History" });
    const cls = created.headers.get("location")?.split("/").pop() ?? "";
    const code = (await (await tess.get(`/classes/${cls}`)).text()).match(
      /data-join-code="(\w+)"/,
    )?.[1];
    const ann = client(t.app);
    await ann.signup("Ann", "ann@example.org");
    await ann.post("/classes/join", { code: code ?? "" });
    await tess.post(`/classes/${cls}/assignments`, {
      deck: "bank-all",
      kind: "deck",
      due: "2026-04-01",
    });
    const annId = await idOf("ann@example.org");
    await tess.post(`/classes/${cls}/members/${annId}/remove`);
    const f = new FormData();
    f.append(
      "file",
      new File(
        [await import("node:fs").then((fs) => fs.readFileSync("test/fixtures/uploads/apollo.txt"))],
        "apollo.txt",
      ),
    );
    const doc = await reviewAfterJob(t, tess, await tess.postMultipart("/documents", f));
    await tess.post(`${doc}/publish`);

    const rows = await t.db.all(
      "SELECT action, actor_id, subject_id, target, address FROM audit_log ORDER BY id",
      undefined,
      (r) => ({
        action: String(r.action),
        actor: r.actor_id === null ? null : Number(r.actor_id),
        subject: r.subject_id === null ? null : Number(r.subject_id),
        target: String(r.target),
        address: String(r.address),
      }),
    );
    const tessId = await idOf("tess@example.org");
    expect(rows.map((r) => r.action)).toEqual([
      "signup",
      "signup",
      "login.failure",
      "login.success",
      "class.create",
      "signup",
      "class.join",
      "assignment.create",
      "class.remove",
      "document.publish",
    ]);
    expect(rows[2]).toMatchObject({ actor: null, subject: tessId, address: "198.51.100.23" });
    expect(rows[3]).toMatchObject({ actor: tessId, subject: tessId, address: "198.51.100.23" });
    expect(rows[6]).toMatchObject({ actor: annId, target: cls });
    expect(rows[8]).toMatchObject({ actor: tessId, subject: annId, target: cls });

    const page = plain(await (await ada.get("/admin/audit")).text());
    expect(page).toContain("login.failure");
    expect(page).toContain("198.51.100.23");
    expect(page).toContain("Tess <tess@example.org>");
  });

  it("is append-only: the database refuses to change or delete a row", async () => {
    t = await testApp();
    await client(t.app).signup("Ada", "ada@example.org");
    await expect(t.db.execute("UPDATE audit_log SET action = 'nothing'")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.execute("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    expect(
      await t.db.first("SELECT COUNT(*) AS n FROM audit_log", undefined, (r) => Number(r.n)),
    ).toBe(1);
  });

  it("pages through the log, newest first, 50 rows a page", async () => {
    t = await testApp();
    const ada = client(t.app);
    await ada.signup("Ada", "ada@example.org");
    for (let i = 0; i < 60; i++) await client(t.app).login("ada@example.org");
    const first = await (await ada.get("/admin/audit")).text();
    const ids = [...first.matchAll(/data-audit-id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(50);
    expect(ids[0]).toBe(61);
    const older = first.match(/href="(\/admin\/audit\?before=\d+)"/)?.[1] ?? "";
    const second = await (await ada.get(older)).text();
    const more = [...second.matchAll(/data-audit-id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(more).toEqual(Array.from({ length: 11 }, (_, i) => 11 - i));
    expect(second).not.toMatch(/before=\d+/);
  });
});
