import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readBankFile } from "../../src/bank-file.ts";
import { run } from "../../src/cli/seed-demo.ts";
import { syncBank } from "../../src/content.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";
import { MINI_BANK } from "../helpers/test-app.ts";

let t: TempDb;
beforeEach(async () => {
  t = await tempDb();
  await syncBank(t.db, readBankFile(MINI_BANK), new Date("2026-03-02T09:00:00Z"));
  // A database written before migration 0006: no deck_events table, 0006 not recorded.
  await t.db.execute("DROP TABLE deck_events");
  await t.db.execute("DELETE FROM schema_migrations WHERE name = '0006_deck_events.sql'");
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
  it("fills the study index that the pending migration creates, so decks can be studied", async () => {
    expect(await run(["--url", t.url])).toBe(0);
    const rows = await t.db.all(
      "SELECT COUNT(*) AS n FROM deck_events WHERE deck_id = 'bank-all'",
      undefined,
      (r) => Number(r.n),
    );
    expect(rows[0]).toBe(8);
  });
});
