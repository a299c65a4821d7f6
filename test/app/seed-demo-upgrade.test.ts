import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readBankFile } from "../../src/bank-file.ts";
import { run } from "../../src/cli/seed-demo.ts";
import { syncBank } from "../../src/content.ts";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { DEMO_EMAIL } from "../../src/demo.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";
import { MINI_BANK } from "../helpers/test-app.ts";

let t: TempDb;
beforeEach(async () => {
  // A database written before migration 0007: no study_version, no triggers.
  t = await tempDb({ migrated: false });
  await migrate(
    t.db,
    readMigrations().filter((m) => m.name < "0007"),
  );
  await syncBank(t.db, readBankFile(MINI_BANK), new Date("2026-03-02T09:00:00Z"));
  vi.stubEnv("BANK_PATH", MINI_BANK);
  vi.stubEnv("PASSWORD_ITERATIONS", "10000");
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  t.cleanup();
});

describe("seed-demo on a database from an older release", () => {
  it("migrates before it writes, so the demo history moves the learner's study version", async () => {
    expect(await run(["--url", t.url])).toBe(0);
    const version = await t.db.first(
      "SELECT study_version FROM users WHERE email = ?",
      [DEMO_EMAIL],
      (r) => Number(r.study_version),
    );
    expect(version).toBeGreaterThan(0);
  });
});
