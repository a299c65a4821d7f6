import { describe, expect, it } from "vitest";
import { eventIds } from "../../../src/core/events/ids.ts";
import { eventsOf, seedText } from "./helpers.ts";

const names = [
  "000_e3f0895716d02afc",
  "001_6858653bcdca036e",
  "002_4190b39419a5f365",
  "003_054b95b90d12600a",
  "004_18e2e2452dd0ccf5",
];
const seeds = Object.fromEntries(names.map((n) => [n, seedText(n)]));
const idsByText = (docs: Record<string, string>) =>
  new Map(eventsOf(docs).events.map((e) => [e.text, e.id]));

describe("event ids", () => {
  it("are unique and look like ev_ + base 36", () => {
    const { events } = eventsOf(seeds);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ev_[0-9a-z]+$/);
  });

  it("do not change when documents are reordered", () => {
    const reversed = Object.fromEntries(Object.entries(seeds).reverse());
    expect(eventsOf(reversed)).toEqual(eventsOf(seeds));
  });

  it("do not change when a document is added or removed", () => {
    const full = idsByText(seeds);
    const { "002_4190b39419a5f365": _removed, ...fewer } = seeds;
    for (const [text, id] of idsByText(fewer)) {
      if (full.has(text)) expect(full.get(text)).toBe(id);
    }
    const extra = idsByText({
      ...seeds,
      "005_extra": "Extra\n\nOn 5 June 2021, a new school opened in Hama.",
    });
    for (const [text, id] of full) expect(extra.get(text)).toBe(id);
  });

  it("tell apart events whose texts are the same", () => {
    const [a, b] = eventIds([
      { text: "The festival was held.", dateKey: "2019-05-03" },
      { text: "The festival was held.", dateKey: "2020-05-01" },
    ]);
    expect(a).not.toBe(b);
  });

  it("come out in chronological order, then by id", () => {
    const { events } = eventsOf(seeds);
    const keys = events.map((e) => [e.date.start, e.id] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1,
    );
    expect(keys).toEqual(sorted);
  });
});
