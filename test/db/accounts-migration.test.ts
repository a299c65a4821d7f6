import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { tempDb } from "../helpers/temp-db.ts";

describe("migration 0011 on an installation that has accounts", () => {
  it("makes the oldest account (the demo learner aside) the administrator, and keeps sessions valid", async () => {
    const t = await tempDb({ migrated: false });
    try {
      const all = readMigrations();
      await migrate(
        t.db,
        all.filter((m) => m.name < "0010"),
      );
      for (const [email, name] of [
        ["demo@chronodeck.test", "Demo"],
        ["first@example.org", "First"],
        ["second@example.org", "Second"],
      ] as const)
        await t.db.execute(
          "INSERT INTO users (email, name, password_hash, role, created_at) VALUES (?, ?, 'x', 'student', 0)",
          [email, name],
        );
      await t.db.execute(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('h', 2, 0, 9e15)",
      );
      await migrate(t.db, all);
      const admins = await t.db.all("SELECT email FROM users WHERE is_admin = 1", undefined, (r) =>
        String(r.email),
      );
      expect(admins).toEqual(["first@example.org"]);
      const session = await t.db.first("SELECT id FROM sessions", undefined, (r) => String(r.id));
      expect(session).toMatch(/^[0-9a-f]{18}$/);
    } finally {
      t.cleanup();
    }
  });
});
