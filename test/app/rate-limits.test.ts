import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { LIMIT_DEFAULTS } from "../../src/config.ts";
import { client } from "../helpers/client.ts";
import { recordingMailer } from "../helpers/mailer.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";
import { reviewAfterJob } from "../helpers/uploads.ts";

/*
 * Rate limits per route and quotas per teacher (finding 4: password spraying,
 * join-code guessing, free sign-ups, 300 uploads in 3.6 s), with the defaults of
 * src/config.ts unless a test says otherwise. Requests say their address in
 * X-Forwarded-For (the test configuration's CLIENT_ADDRESS_HEADER).
 */

let t: TestApp;
afterEach(() => t?.cleanup());

const start = (env: Record<string, string> = {}, mailer = recordingMailer()) =>
  testApp("2026-03-02T09:00:00Z", { env: { ...LIMIT_DEFAULTS, ...env }, mailer }).then((app) => {
    t = app;
    return app;
  });

const from = (address: string) => ({ "X-Forwarded-For": address });
const count = (sql: string) => t.db.first(sql, undefined, (r) => Number(r.n));
const APOLLO = new Uint8Array(readFileSync("test/fixtures/uploads/apollo.txt"));

/** Sign up `n` accounts, each from its own address. */
async function accounts(n: number, prefix = "user") {
  for (let i = 0; i < n; i++)
    await client(t.app).post(
      "/signup",
      {
        name: `${prefix} ${i}`,
        email: `${prefix}${i}@example.org`,
        password: "correct horse battery",
      },
      from(`198.51.100.${i + 1}`),
    );
}

describe("log-in, per address", () => {
  it("stops password spraying across accounts after 30 failures, whoever they target, even all at once", async () => {
    await start();
    await accounts(40, "sprayed");
    const c = client(t.app);
    const spray = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        c.post(
          "/login",
          { email: `sprayed${i}@example.org`, password: "Winter2026!!" },
          from("203.0.113.9"),
        ),
      ),
    );
    const statuses = spray.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    const refused = spray.find((r) => r.status === 429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused?.text()).toContain("too many failed log-ins from your network");
    // The right password from that address waits too; from another address it is fine.
    expect(
      (
        await c.post(
          "/login",
          { email: "sprayed1@example.org", password: "correct horse battery" },
          from("203.0.113.9"),
        )
      ).status,
    ).toBe(429);
    expect(
      (
        await c.post(
          "/login",
          { email: "sprayed1@example.org", password: "correct horse battery" },
          from("203.0.113.10"),
        )
      ).status,
    ).toBe(303);
    // The budget refills: one more failure every 30 seconds (30 per 15 minutes).
    t.clock.advance(30_000);
    expect(
      (
        await c.post(
          "/login",
          { email: "sprayed2@example.org", password: "nope nope nope" },
          from("203.0.113.9"),
        )
      ).status,
    ).toBe(401);
  });

  it("does not count successful log-ins, so a classroom behind one address is never held up", async () => {
    await start();
    await accounts(40, "pupil");
    for (let i = 0; i < 40; i++) {
      const res = await client(t.app).post(
        "/login",
        { email: `pupil${i}@example.org`, password: "correct horse battery" },
        from("192.0.2.50"),
      );
      expect(res.status, `pupil ${i}`).toBe(303);
    }
  });

  it("counts an IPv6 client by its /64 network", async () => {
    await start({ RATE_LOGIN_PER_ADDRESS: "3/15m" });
    const c = client(t.app);
    const statuses = [];
    for (let i = 1; i <= 4; i++)
      statuses.push(
        (
          await c.post(
            "/login",
            { email: "x@example.org", password: `nope nope ${i}` },
            from(`2001:db8:1:2::${i}`),
          )
        ).status,
      );
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(
      (
        await c.post(
          "/login",
          { email: "y@example.org", password: "nope nope" },
          from("2001:db8:1:3::1"),
        )
      ).status,
    ).toBe(401);
  });
});

describe("sign-up, per address", () => {
  it("creates at most 30 accounts an hour from one address, even when asked 60 times at once", async () => {
    await start();
    const all = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        client(t.app).post(
          "/signup",
          { name: `Bot ${i}`, email: `bot${i}@example.org`, password: "correct horse battery" },
          from("203.0.113.7"),
        ),
      ),
    );
    expect(all.filter((r) => r.status === 303)).toHaveLength(30);
    expect(all.filter((r) => r.status === 429)).toHaveLength(30);
    expect(await count("SELECT COUNT(*) AS n FROM users")).toBe(30);
    // A form with mistakes creates nothing, so it does not count.
    await start({ RATE_SIGNUP_PER_ADDRESS: "2/1h" });
    for (let i = 0; i < 5; i++)
      expect(
        (
          await client(t.app).post(
            "/signup",
            { name: "", email: "x", password: "" },
            from("203.0.113.8"),
          )
        ).status,
      ).toBe(422);
    expect(
      (
        await client(t.app).post(
          "/signup",
          { name: "A", email: "a@example.org", password: "correct horse battery" },
          from("203.0.113.8"),
        )
      ).status,
    ).toBe(303);
  });
});

describe("join codes, per address and per account", () => {
  async function classWithCode() {
    const teacher = client(t.app);
    await teacher.signup("Tess", "tess@example.org", { teacher: true });
    const res = await teacher.post("/classes", { name: "History" });
    const id = res.headers.get("location")?.split("/").pop() ?? "";
    const html = await (await teacher.get(`/classes/${id}`)).text();
    return { id, code: html.match(/data-join-code="(\w+)"/)?.[1] ?? "" };
  }

  it("lets one account try 10 wrong codes an hour, by form or by link, and not one more", async () => {
    await start();
    const { code } = await classWithCode();
    expect(code).toMatch(/^[A-Z2-9]{12}$/);
    const guesser = client(t.app);
    await guesser.signup("Guess", "guess@example.org");
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await guesser.post(
            "/classes/join",
            { code: `AAAA-BBBB-CC${i}${i}` },
            from(`198.51.100.${i}`),
          )
        ).status,
      );
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await guesser.get(`/join/AAAABBBBDD${i}${i}`, from(`198.51.100.${i}`))).status,
      );
    expect(statuses).toEqual([422, 422, 422, 422, 422, 404, 404, 404, 404, 404]);
    const next = await guesser.post("/classes/join", { code }, from("198.51.100.99"));
    expect(next.status).toBe(429);
    expect(await next.text()).toContain("You have tried too many wrong join codes");
    expect(await count("SELECT COUNT(*) AS n FROM class_members")).toBe(0);
  });

  it("lets one address try 20 wrong codes an hour across accounts, while right codes never count", async () => {
    await start({ RATE_SIGNUP_PER_ADDRESS: "1000/1h" });
    const { code } = await classWithCode();
    const address = from("203.0.113.20");
    // A classroom joining together from one address: none of it counts.
    for (let i = 0; i < 25; i++) {
      const s = client(t.app);
      await s.signup(`Pupil ${i}`, `pupil${i}@example.org`);
      expect((await s.post("/classes/join", { code }, address)).status).toBe(303);
    }
    const wrong = [];
    for (let i = 0; i < 21; i++) {
      const s = client(t.app);
      await s.signup(`Guesser ${i}`, `guesser${i}@example.org`);
      wrong.push((await s.post("/classes/join", { code: "ZZZZ-ZZZZ-ZZZZ" }, address)).status);
    }
    expect(wrong.slice(0, 20).every((s) => s === 422)).toBe(true);
    expect(wrong[20]).toBe(429);
    expect(await count("SELECT COUNT(*) AS n FROM class_members")).toBe(25);
  });
});

describe("uploads: per address, and per teacher a day and in all", () => {
  const upload = (teacher: ReturnType<typeof client>, address: string, name = "apollo.txt") => {
    const f = new FormData();
    f.append("file", new File([APOLLO], name, { type: "text/plain" }));
    return teacher.postMultipart("/documents", f, from(address));
  };

  it("keeps a teacher to their documents quota even when uploads arrive together", async () => {
    await start({ QUOTA_DOCUMENTS_PER_TEACHER: "3" });
    const teacher = client(t.app);
    await teacher.signup("Tess", "tess@example.org", { teacher: true });
    const all = await Promise.all(
      Array.from({ length: 10 }, (_, i) => upload(teacher, `198.51.100.${i}`, `doc${i}.txt`)),
    );
    expect(all.filter((r) => r.status === 303)).toHaveLength(3);
    const refused = all.filter((r) => r.status === 409);
    expect(refused).toHaveLength(7);
    expect(await refused[0]?.text()).toContain(
      "You have 3 documents, the most one teacher may keep",
    );
    // Jobs still running count against the quota until they have made their documents.
    expect((await upload(teacher, "198.51.100.50", "late.txt")).status).toBe(409);
    await t.jobs.idle();
    expect(await count("SELECT COUNT(*) AS n FROM collections WHERE kind = 'upload'")).toBe(3);
    expect(await count("SELECT COUNT(*) AS n FROM upload_slots")).toBe(0);
    // Another teacher has a quota of their own.
    const other = client(t.app);
    await other.signup("Otto", "otto@example.org", { teacher: true });
    expect((await upload(other, "198.51.100.77")).status).toBe(303);
  });

  it("processes at most the day's uploads of one teacher, new versions included", async () => {
    await start({ QUOTA_UPLOADS_PER_TEACHER: "4/1d" });
    const teacher = client(t.app);
    await teacher.signup("Tess", "tess@example.org", { teacher: true });
    const review = await reviewAfterJob(t, teacher, await upload(teacher, "198.51.100.1"));
    for (let i = 0; i < 2; i++)
      expect((await upload(teacher, `198.51.100.${i + 2}`)).status).toBe(303);
    const f = new FormData();
    f.append("file", new File([APOLLO], "apollo.txt", { type: "text/plain" }));
    expect((await teacher.postMultipart(`${review}/version`, f, from("198.51.100.9"))).status).toBe(
      303,
    );
    const over = await upload(teacher, "198.51.100.10");
    expect(over.status).toBe(429);
    expect(await over.text()).toContain("number of documents one teacher may process in a day");
    // An upload refused at once (a file whose type cannot be read) is not counted.
    t.clock.advance(86_400_000 / 4);
    const bad = new FormData();
    bad.append("file", new File([new Uint8Array([0, 1, 2, 3, 0, 0])], "x.bin"));
    expect((await teacher.postMultipart("/documents", bad, from("198.51.100.11"))).status).toBe(
      422,
    );
    expect((await upload(teacher, "198.51.100.12")).status).toBe(303);
  });

  it("limits uploads from one address across teachers", async () => {
    await start({ RATE_UPLOAD_PER_ADDRESS: "3/1h" });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const teacher = client(t.app);
      await teacher.signup(`T${i}`, `t${i}@example.org`, { teacher: true });
      statuses.push((await upload(teacher, "203.0.113.30")).status);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
  });
});

describe("password reset emails", () => {
  it("sends at most 10 an hour from one address and 3 an hour to one account, answering the same", async () => {
    const mailer = recordingMailer();
    await start({}, mailer);
    await client(t.app).signup("Ann", "ann@example.org");
    const texts = [];
    for (let i = 0; i < 5; i++) {
      const res = await client(t.app).post(
        "/password/forgot",
        { email: "ann@example.org" },
        from(`198.51.100.${i}`),
      );
      expect(res.status).toBe(200);
      texts.push(await res.text());
    }
    expect(mailer.sent).toHaveLength(3);
    const unknown = await client(t.app).post(
      "/password/forgot",
      { email: "nobody@example.org" },
      from("198.51.100.50"),
    );
    expect(await unknown.text()).toBe(texts[0]);
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await client(t.app).post(
            "/password/forgot",
            { email: `x${i}@example.org` },
            from("203.0.113.40"),
          )
        ).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
