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
  it("re-derives each collection's decks from its bank, so decks saved by an older release follow this one's rules", async () => {
    const alice = client(t.app);
    await alice.signup("Alice", "alice@example.org");
    // An older release saved the "all events" deck under another title and dropped a document's deck.
    await t.db.execute("UPDATE decks SET title = 'Everything (old)' WHERE id = 'bank-all'");
    const spans = await t.db.all("SELECT id FROM decks WHERE kind = 'document'", undefined, (r) =>
      String(r.id),
    );
    expect(spans.length).toBeGreaterThan(0);
    await t.db.execute("DELETE FROM decks WHERE id = ?", [spans[0] ?? ""]);
    expect(await reindexDecks(t.db)).toBe(1);
    const titles = await t.db.all("SELECT id, title FROM decks", undefined, (r) => ({
      id: String(r.id),
      title: String(r.title),
    }));
    expect(titles.map((d) => d.id)).toContain(spans[0]);
    expect(titles.find((d) => d.id === "bank-all")?.title).not.toBe("Everything (old)");
    expect(await (await alice.get("/decks/bank-all/study")).text()).toContain("Show answer");
  });
});
