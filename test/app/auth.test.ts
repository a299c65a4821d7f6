import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { client } from "../helpers/client.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.cleanup());

const sessionRows = async () =>
  t.db.all("SELECT token_hash, user_id FROM sessions", undefined, (r) => ({
    hash: String(r.token_hash),
    user: Number(r.user_id),
  }));

describe("sign up", () => {
  it("creates the account in one step and signs the learner in", async () => {
    const alice = client(t.app);
    const res = await alice.signup("Alice", "Alice@Example.org");
    expect(res.headers.get("location")).toBe("/decks");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^cd_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const home = await (await alice.get("/")).text();
    expect(home).toContain(">Log out<");
    expect(home).toContain(">Decks<");
    const users = await t.db.all(
      "SELECT email, role, time_zone, password_hash FROM users",
      undefined,
      (r) => ({
        email: String(r.email),
        role: String(r.role),
        tz: String(r.time_zone),
        hash: String(r.password_hash),
      }),
    );
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({
      email: "alice@example.org",
      role: "student",
      tz: "Europe/Paris",
    });
    expect(users[0]?.hash).toMatch(/^pbkdf2-sha256\$10000\$[\w-]{22}\$[\w-]{43}$/);
    expect(users[0]?.hash).not.toContain("correct horse");
  });

  it("makes a teacher account when the box is ticked", async () => {
    const res = await client(t.app).signup("Tess", "tess@example.org", { teacher: true });
    expect(res.headers.get("location")).toBe("/classes");
    const role = await t.db.first("SELECT role FROM users", undefined, (r) => String(r.role));
    expect(role).toBe("teacher");
  });

  it("re-renders the form with a message for each bad field, keeping what was typed", async () => {
    const res = await client(t.app).post("/signup", {
      name: "  ",
      email: "not-an-email",
      password: "short",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Enter your name.");
    expect(html).toContain("Enter an email address like name@example.org.");
    expect(html).toContain("Use at least 10 characters for your password.");
    expect(html).toContain('value="not-an-email"');
    expect(html).not.toContain('value="short"');
    expect(html).toMatch(/aria-invalid="true"/);
    expect(await t.db.first("SELECT COUNT(*) AS n FROM users", undefined, (r) => Number(r.n))).toBe(
      0,
    );
  });

  it("refuses a second account for the same email without touching the first", async () => {
    await client(t.app).signup("Alice", "alice@example.org");
    const res = await client(t.app).post("/signup", {
      name: "Mallory",
      email: "ALICE@example.org",
      password: "another long password",
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("If it is yours, log in instead.");
    const names = await t.db.all("SELECT name FROM users", undefined, (r) => String(r.name));
    expect(names).toEqual(["Alice"]);
  });

  it("escapes what users type wherever it is shown", async () => {
    const res = await client(t.app).post("/signup", {
      name: "<script>alert(1)</script>",
      email: "x",
      password: "long enough password",
    });
    const html = await res.text();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("log in and out", () => {
  it("replaces the session at every login and ends it on the server at logout", async () => {
    const alice = client(t.app);
    await alice.signup("Alice", "alice@example.org");
    const first = await sessionRows();
    expect(first).toHaveLength(1);

    const res = await alice.login("alice@example.org");
    expect(res.status).toBe(303);
    const second = await sessionRows();
    expect(second).toHaveLength(1);
    expect(second[0]?.hash).not.toBe(first[0]?.hash);

    const out = await alice.post("/logout");
    expect(out.status).toBe(303);
    expect(await sessionRows()).toHaveLength(0);
    expect(await (await alice.get("/")).text()).toContain(">Log in<");
  });

  it("does not accept a stolen cookie after logout", async () => {
    const alice = client(t.app);
    await alice.signup("Alice", "alice@example.org");
    const stolen = alice.jar.get("cd_session") ?? "";
    await alice.post("/logout");
    const res = await t.app.request("http://localhost/settings", {
      headers: { Cookie: `cd_session=${stolen}` },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/login\?next=/);
  });

  it("says the same thing for a wrong password and for an unknown email", async () => {
    await client(t.app).signup("Alice", "alice@example.org");
    const wrong = await client(t.app).login("alice@example.org", "wrong password!");
    const unknown = await client(t.app).login("nobody@example.org", "wrong password!");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = (html: string) => html.match(/role="alert">([^<]+)</)?.[1];
    expect(message(await wrong.text())).toBe(message(await unknown.text()));
  });

  it("slows down repeated failures, then refuses for a while, for known and unknown emails alike", async () => {
    await client(t.app).signup("Alice", "alice@example.org");
    for (const email of ["alice@example.org", "ghost@example.org"]) {
      const c = client(t.app);
      for (let i = 0; i < 3; i++) expect((await c.login(email, "nope nope nope")).status).toBe(401);
      const slowed = await c.login(email, "correct horse battery");
      expect(slowed.status).toBe(429);
      expect(slowed.headers.get("retry-after")).toBe("1");
      t.clock.advance(1_000);
      expect((await c.login(email, "nope nope nope")).status).toBe(401);
      const tooSoon = await c.login(email, "correct horse battery");
      expect(tooSoon.status).toBe(429);
      expect(tooSoon.headers.get("retry-after")).toBe("2");
      expect(await tooSoon.text()).toMatch(
        /Too many failed attempts for this email\. Wait 2 seconds/,
      );
      for (let i = 0; i < 6; i++) {
        t.clock.advance(70_000);
        await c.login(email, "nope nope nope");
      }
      const locked = await c.login(email, "correct horse battery");
      expect(locked.status).toBe(429);
      expect(await locked.text()).toMatch(/Wait 15 minutes/);
      t.clock.advance(16 * 60_000);
    }
    const after = await client(t.app).login("alice@example.org");
    expect(after.status).toBe(303);
  });

  it("returns to the page that asked for a login, but never to another site", async () => {
    await client(t.app).signup("Alice", "alice@example.org");
    const c = client(t.app);
    expect(
      (
        await c.post("/login", {
          email: "alice@example.org",
          password: "correct horse battery",
          next: "/settings",
        })
      ).headers.get("location"),
    ).toBe("/settings");
    for (const next of ["//evil.example", "https://evil.example", "/\\evil.example"]) {
      const res = await client(t.app).post("/login", {
        email: "alice@example.org",
        password: "correct horse battery",
        next,
      });
      expect(res.headers.get("location")).toBe("/");
    }
  });

  it("upgrades a weaker password hash at the next login", async () => {
    await client(t.app).signup("Alice", "alice@example.org");
    const { hashPassword } = await import("../../src/auth/passwords.ts");
    await t.db.execute("UPDATE users SET password_hash = ?", [
      await hashPassword("correct horse battery", 1000),
    ]);
    expect((await client(t.app).login("alice@example.org")).status).toBe(303);
    const hash = await t.db.first("SELECT password_hash FROM users", undefined, (r) =>
      String(r.password_hash),
    );
    expect(hash).toMatch(/^pbkdf2-sha256\$10000\$/);
  });
});

describe("cookies outside localhost", () => {
  it("are Secure with the __Host- prefix", async () => {
    const res = await t.app.request("https://chronodeck.example.org/signup", {
      method: "POST",
      headers: {
        Origin: "https://chronodeck.example.org",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        name: "Ann",
        email: "ann@example.org",
        password: "a long password here",
      }),
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-cd_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\//);
  });
});
