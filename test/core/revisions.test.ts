import { describe, expect, it } from "vitest";
import type { BankEvent } from "../../src/core/bank-schema.ts";
import { compareVersions, textSimilarity } from "../../src/core/revisions.ts";

const ev = (id: string, text: string, start = "1969-07-20"): BankEvent => ({
  id,
  text,
  date: {
    start,
    precision: start.length === 10 ? "day" : "month",
    qualifier: null,
    provenance: "explicit",
  },
  sources: [{ doc: "d", quote: text }],
  entities: [],
  conflicts: [],
});

describe("comparing versions of a document", () => {
  it("keeps unchanged events, pairs reworded ones, and treats a corrected date as a change", () => {
    const before = [
      ev("ev_1", "Apollo 11 landed in the Sea of Tranquility."),
      ev("ev_2", "Apollo 12 landed in the Ocean of Storms.", "1969-11"),
      ev("ev_3", "Apollo 13 was launched from Cape Kennedy.", "1970-04-11"),
      ev("ev_4", "A fire killed the crew of Apollo 1.", "1967-01-27"),
    ];
    const after = [
      ev("ev_1", "Apollo 11 landed in the Sea of Tranquility."),
      ev("ev_2", "Apollo 12 landed in the Ocean of Storms.", "1969-11-19"),
      ev("ev_5", "Apollo 13 was launched from Cape Kennedy in Florida.", "1970-04-11"),
      ev("ev_6", "Skylab was launched.", "1973-05-14"),
    ];
    expect(compareVersions(before, after)).toEqual({
      kept: ["ev_1"],
      changed: [
        { from: "ev_2", to: "ev_2" },
        { from: "ev_3", to: "ev_5" },
      ],
      removed: ["ev_4"],
      added: ["ev_6"],
    });
  });

  it("measures word overlap", () => {
    expect(textSimilarity("Apollo 12 landed", "Apollo 12 landed")).toBe(1);
    expect(textSimilarity("Apollo landed", "Skylab launched")).toBe(0);
  });
});
