import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Bank, parseBank } from "../../src/core/bank-schema.ts";
import { saveWorkingCopy, uploadStatements } from "../../src/db/collections.ts";
import { createWorkingCopies } from "../../src/http/working-copies.ts";
import { type TempDb, tempDb } from "../helpers/temp-db.ts";

/*
 * Teachers' working copies are parsed once per version and kept: a review page of a
 * long document no longer reads and validates megabytes of JSON on every request,
 * and an edit made by another process is still seen at once.
 */

const BANK: Bank = parseBank(JSON.parse(readFileSync("test/fixtures/mini-bank.json", "utf8")));
const NOW = new Date("2026-03-02T09:00:00Z");
let t: TempDb;

beforeEach(async () => {
  t = await tempDb();
  await t.db.execute(
    "INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (1, 'tess@example.org', 'Tess', 'x', 'teacher', 0)",
  );
  await t.db.batch(
    uploadStatements({
      id: "col_a",
      ownerId: 1,
      title: "A",
      bankJson: JSON.stringify(BANK),
      contentHash: "h",
      decks: [],
      docName: "a.txt",
      source: { format: "text", text: "A" },
      now: NOW,
    }),
  );
});
afterEach(() => t.cleanup());

describe("working copies", () => {
  it("reads a copy once per version, and sees another process's change at once", async () => {
    const copies = createWorkingCopies(10 * 1024 * 1024);
    const first = await copies.get(t.db, "col_a");
    const again = await copies.get(t.db, "col_a");
    expect(first?.bank.events.length).toBe(BANK.events.length);
    // The same parsed bank: the second read did not parse the JSON again.
    expect(again?.bank).toBe(first?.bank);

    // Another process (any other handle) hides an event: the next read has it.
    const [event] = BANK.events;
    if (!event) throw new Error("empty bank");
    const changed = {
      ...BANK,
      events: BANK.events.map((e) => (e.id === event.id ? { ...e, hidden: true } : e)),
    };
    await saveWorkingCopy(t.db, {
      id: "col_a",
      draft: true,
      bank: changed,
      title: "A",
      decks: [],
      now: NOW,
    });
    const after = await copies.get(t.db, "col_a");
    expect(after?.bank).not.toBe(first?.bank);
    expect(after?.bank.events.find((e) => e.id === event.id)?.hidden).toBe(true);
    expect(after?.row.version).toBe((first?.row.version ?? 0) + 1);
  });

  it("keeps nothing over its budget, and answers null for a copy that does not exist", async () => {
    const copies = createWorkingCopies(100);
    const first = await copies.get(t.db, "col_a");
    const again = await copies.get(t.db, "col_a");
    expect(again?.bank).toEqual(first?.bank);
    expect(again?.bank).not.toBe(first?.bank);
    expect(await copies.get(t.db, "col_missing")).toBeNull();
  });
});
