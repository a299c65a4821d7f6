import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BankSchema } from "../../../src/core/bank-schema.ts";
import { explanationBeyondEvent } from "../../../src/core/questions/date-questions.ts";

// The committed bank, as the study card sees it: the event text and quote are already shown.
const bank = BankSchema.parse(JSON.parse(readFileSync("questions/bank.json", "utf8")));
const events = new Map(bank.events.map((e) => [e.id, e]));
const onCard = bank.questions.map((q) => {
  const event = events.get(q.eventIds[0] ?? "");
  return {
    q,
    text: event?.text ?? "",
    shown: explanationBeyondEvent(q.explanation, event?.text ?? "", q.type),
  };
});

describe("what a study card adds below the event and its quote", () => {
  it("drops explanations that only restate the event, for most single-event questions", () => {
    const single = onCard.filter(({ q }) => q.type !== "order" && q.type !== "which-first");
    const dropped = single.filter(({ shown }) => shown === "");
    expect(dropped.length / single.length).toBeGreaterThan(0.9);
    for (const { shown, text } of single)
      expect(shown.toLowerCase()).not.toContain(text.toLowerCase());
  });

  it("keeps the note on dates other sources give", () => {
    const notes = onCard.filter(({ q }) => q.explanation.includes("Other sources give"));
    expect(notes.length).toBeGreaterThan(0);
    for (const { shown } of notes) expect(shown).toMatch(/^Other sources give .+\.$/);
    expect(notes.map((n) => n.shown)).toContain("Other sources give 2013.");
  });

  it("keeps a sequence's order whole", () => {
    const sequences = onCard.filter(({ q }) => q.type === "order" || q.type === "which-first");
    expect(sequences.length).toBeGreaterThan(0);
    for (const { q, shown } of sequences) expect(shown).toBe(q.explanation);
  });

  it("keeps an explanation that says something else", () => {
    expect(
      explanationBeyondEvent("Dated by the article's dateline.", "Rebels took the city.", "cloze"),
    ).toBe("Dated by the article's dateline.");
  });
});
