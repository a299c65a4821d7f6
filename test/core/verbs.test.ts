import { describe, expect, it } from "vitest";
import { isPastVerbAt, pastToBase } from "../../src/core/verbs.ts";

describe("pastToBase", () => {
  it.each([
    ["captured", "capture"],
    ["launched", "launch"],
    ["evacuated", "evacuate"],
    ["negotiated", "negotiate"],
    ["stopped", "stop"],
    ["controlled", "control"],
    ["shelled", "shell"],
    ["killed", "kill"],
    ["carried", "carry"],
    ["died", "die"],
    ["agreed", "agree"],
    ["announced", "announce"],
    ["arrived", "arrive"],
    ["changed", "change"],
    ["belonged", "belong"],
    ["used", "use"],
    ["focused", "focus"],
    ["defeated", "defeat"],
    ["created", "create"],
    ["visited", "visit"],
    ["united", "unite"],
    ["quoted", "quote"],
    ["acquired", "acquire"],
    ["repaired", "repair"],
    ["restored", "restore"],
    ["monitored", "monitor"],
    ["resumed", "resume"],
    ["determined", "determine"],
    ["postponed", "postpone"],
    ["developed", "develop"],
    ["seceded", "secede"],
    ["guided", "guide"],
    ["continued", "continue"],
    ["began", "begin"],
    ["took", "take"],
    ["fell", "fall"],
    ["struck", "strike"],
    ["withdrew", "withdraw"],
  ])("%s → %s", (past, base) => {
    expect(pastToBase(past)).toBe(base);
  });

  it("knows words in -ed that are not verbs", () => {
    expect(pastToBase("hundred")).toBeNull();
    expect(pastToBase("indeed")).toBeNull();
    expect(pastToBase("need")).toBeNull();
    expect(pastToBase("town")).toBeNull();
  });

  it("tells a participle describing a noun from the clause's verb", () => {
    expect(isPastVerbAt("Anti-regime armed groups recaptured the town".split(" "), 1)).toBe(false);
    expect(isPastVerbAt("Anti-regime armed groups recaptured the town".split(" "), 3)).toBe(true);
    expect(isPastVerbAt("121 buses accompanied by ambulances entered".split(" "), 2)).toBe(false);
    expect(isPastVerbAt("Rebels captured Idlib".split(" "), 1)).toBe(true);
    expect(isPastVerbAt("United Nations".split(" "), 0)).toBe(false);
  });
});
