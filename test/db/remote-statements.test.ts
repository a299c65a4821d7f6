import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LOGIN_POLICY } from "../../src/core/login-throttle.ts";
import { accountData } from "../../src/db/account-data.ts";
import { deleteAccount, setAdmin } from "../../src/db/accounts.ts";
import { auditStatement } from "../../src/db/audit.ts";
import { type Db, wrapClient } from "../../src/db/db.ts";
import { acceptInvitation, createInvitation } from "../../src/db/invitations.ts";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { createReset, useReset } from "../../src/db/password-resets.ts";
import {
  holdUploadSlot,
  releaseUploadSlot,
  reserveLoginAttempt,
  take,
} from "../../src/db/throttles.ts";
import { createUser } from "../../src/db/users.ts";
import { freePort, type Sqld, startSqld } from "../helpers/sqld.ts";

/*
 * The statements of throttles and accounts on a libSQL server (sqld), as the
 * Worker runs them: the server is stricter than the embedded file (it refuses
 * named parameters a statement does not use, for one).
 */

let sqld: Sqld;
let db: Db;
const now = new Date("2026-03-02T09:00:00Z");
const entry = (action: "account.delete" | "password.reset" | "invitation.accept") => ({
  at: now,
  actorId: null,
  action,
  address: "198.51.100.1",
});

beforeAll(async () => {
  sqld = await startSqld(await freePort());
  db = wrapClient(createClient({ url: sqld.url }));
  await migrate(db, readMigrations());
}, 30_000);
afterAll(async () => {
  db?.close();
  await sqld?.stop();
});

const user = (email: string, firstIsAdmin = false) =>
  createUser(db, {
    email,
    name: email,
    passwordHash: "x",
    role: "student",
    timeZone: "UTC",
    now,
    firstIsAdmin,
    firstIsTeacher: true,
  });

describe("on a libSQL server", () => {
  it("makes the first account the administrator, and only the first", async () => {
    const ada = await user("ada@example.org", true);
    const bob = await user("bob@example.org", true);
    expect(ada).toMatchObject({ admin: true, role: "teacher" });
    expect(bob).toMatchObject({ admin: false, role: "student" });
    expect(await setAdmin(db, ada?.id ?? 0, false, entry("account.delete"))).toBe(false);
  });

  it("rate-limits and reserves log-in checks", async () => {
    const rate = { limit: 2, windowMs: 60_000 };
    const got = await Promise.all([1, 2, 3].map(() => take(db, "k", rate, now)));
    expect(got.map((g) => g.ok)).toEqual([true, true, false]);
    const turns = await Promise.all(
      Array.from({ length: 20 }, () => reserveLoginAttempt(db, "e", DEFAULT_LOGIN_POLICY, now)),
    );
    expect(turns.filter((x) => x.ok)).toHaveLength(DEFAULT_LOGIN_POLICY.freeAttempts);
  });

  it("holds document slots, uses reset links and invitations once, and deletes an account", async () => {
    const carl = await user("carl@example.org");
    const id = carl?.id ?? 0;
    expect(await holdUploadSlot(db, { id: "s1", userId: id, quota: 1, now, ttlMs: 60_000 })).toBe(
      true,
    );
    expect(await holdUploadSlot(db, { id: "s2", userId: id, quota: 1, now, ttlMs: 60_000 })).toBe(
      false,
    );
    await releaseUploadSlot(db, "s1", now);

    const expiresAt = new Date(now.getTime() + 60_000);
    await createReset(
      db,
      { tokenHash: "h", userId: id, kind: "email", createdBy: null, now, expiresAt },
      entry("password.reset"),
    );
    const use = (nonce: string) =>
      useReset(
        db,
        { tokenHash: "h", nonce, passwordHash: `hash-${nonce}`, now },
        entry("password.reset"),
      );
    expect(await use("n1")).toBe(true);
    expect(await use("n2")).toBe(false);
    expect(
      await db.first("SELECT password_hash FROM users WHERE id = ?", [id], (r) =>
        String(r.password_hash),
      ),
    ).toBe("hash-n1");

    await createInvitation(
      db,
      { tokenHash: "i", createdBy: null, note: "", now, expiresAt },
      auditStatement(entry("invitation.accept")),
    );
    expect(await acceptInvitation(db, "i", id, now, entry("invitation.accept"))).toBe(true);
    expect(await acceptInvitation(db, "i", id, now, entry("invitation.accept"))).toBe(false);

    expect((await accountData(db, id))?.account.role).toBe("teacher");
    expect(await deleteAccount(db, id, null, [entry("account.delete")])).toBe(true);
    expect(await accountData(db, id)).toBeNull();
  });
});
