import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClassAs } from "../helpers/classes.ts";
import { client } from "../helpers/client.ts";
import { plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.cleanup());

describe("join codes", () => {
  it("keeps a class's old six-character code working until its teacher replaces it", async () => {
    const tess = client(t.app);
    await tess.signup("Tess", "tess@example.org", { teacher: true });
    const cls = await createClassAs(tess, "History");
    // A class from before: its six-character code is still in the database.
    await t.db.execute("UPDATE classes SET join_code = 'K7M2QX' WHERE id = ?", [cls.id]);
    const page = plain(await (await tess.get(`/classes/${cls.id}`)).text());
    expect(page).toContain("short join code from an earlier version");
    const ann = client(t.app);
    await ann.signup("Ann", "ann@example.org");
    expect((await ann.post("/classes/join", { code: "k7m2qx" })).status).toBe(303);

    const replaced = await tess.post(`/classes/${cls.id}/code`);
    expect(replaced.status).toBe(303);
    expect(replaced.headers.get("location")).toBe(`/classes/${cls.id}`);
    const html = await (await tess.get(`/classes/${cls.id}`)).text();
    const code = html.match(/data-join-code="(\w+)"/)?.[1] ?? "";
    expect(code).toMatch(/^[A-Z2-9]{12}$/);
    expect(plain(html)).toContain("The old code and link no longer work.");
    expect(plain(html)).not.toContain("short join code");
    const bob = client(t.app);
    await bob.signup("Bob", "bob@example.org");
    expect((await bob.post("/classes/join", { code: "K7M2QX" })).status).toBe(422);
    expect((await bob.get("/join/K7M2QX")).status).toBe(404);
    expect((await bob.get(`/join/${code}`)).status).toBe(200);
    expect((await bob.post("/classes/join", { code: code.replace(/(.{4})/g, "$1-") })).status).toBe(
      303,
    );
    // Ann, who joined with the old code, is still in the class.
    expect(plain(await (await tess.get(`/classes/${cls.id}`)).text())).toContain("Students (2)");
    const other = client(t.app);
    await other.signup("Otto", "otto@example.org", { teacher: true });
    expect((await other.post(`/classes/${cls.id}/code`)).status).toBe(404);
    expect(
      await t.db.first(
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'class.code'",
        undefined,
        (r) => Number(r.n),
      ),
    ).toBe(1);
  });
});
