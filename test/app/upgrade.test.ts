import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reindexDecks } from "../../src/content.ts";
import { client } from "../helpers/client.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.cleanup());

describe("upgrading a database", () => {
  it("rebuilds each deck's study index, so decks saved by an older release can be studied", async () => {
    const alice = client(t.app);
    await alice.signup("Alice", "alice@example.org");
    // A release before migration 0006 left deck_events empty.
    await t.db.execute("DELETE FROM deck_events");
    expect(await (await alice.get("/decks/bank-all/study")).text()).toContain("All done for now");
    expect(await reindexDecks(t.db)).toBe(1);
    const rows = await t.db.all(
      "SELECT deck_id, COUNT(*) AS n FROM deck_events GROUP BY deck_id",
      undefined,
      (r) => ({
        deck: String(r.deck_id),
        n: Number(r.n),
      }),
    );
    expect(rows.find((r) => r.deck === "bank-all")?.n).toBe(8);
    expect(await (await alice.get("/decks/bank-all/study")).text()).toContain("Show answer");
  });
});
