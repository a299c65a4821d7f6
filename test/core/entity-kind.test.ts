import { describe, expect, it } from "vitest";
import { entityKind } from "../../src/core/entity-kind.ts";

describe("entityKind", () => {
  it("reads the kind from words inside the name", () => {
    expect(entityKind("Idlib Governorate", [])).toBe("place");
    expect(entityKind("Yarmouk Camp", [])).toBe("place");
    expect(entityKind("Damascus International Airport", [])).toBe("place");
    expect(entityKind("al-Nusra Front", [])).toBe("actor");
    expect(entityKind("Popular Committees", [])).toBe("actor");
    expect(entityKind("Turkistan Islamic Party", [])).toBe("actor");
    expect(entityKind("President Lincoln", [])).toBe("actor");
  });

  it("counts a place after a locative preposition or a place noun", () => {
    expect(entityKind("Springfield", ["Fighting broke out in Springfield."])).toBe("place");
    expect(entityKind("Brno", ["The troops advanced towards Brno and the river."])).toBe("place");
    expect(entityKind("Oakton", ["They besieged the towns of Millbrook and Oakton."])).toBe(
      "place",
    );
    expect(
      entityKind("Varna", ["Varna province was flooded.", "Aid reached the city of Varna."]),
    ).toBe("place");
  });

  it("shares a preposition across a list of names", () => {
    expect(
      entityKind("Madaya", [
        "Aid trucks went to Zabadani and Madaya.",
        "A truce in Zabadani and Madaya held.",
      ]),
    ).toBe("place");
  });

  it("counts an actor that speaks, acts, or is the agent of a passive", () => {
    expect(
      entityKind("Oxfam", ["Oxfam said the convoy was blocked.", "The road was cleared by Oxfam."]),
    ).toBe("actor");
    expect(entityKind("SOHR", ["According to SOHR, rebels shelled the town."])).toBe("actor");
    expect(entityKind("NDF", ["Rebels captured a hill from the NDF."])).toBe("actor");
  });

  it("ignores case only in clue words, not in the names of a list", () => {
    expect(
      entityKind("Iran", ["At the meeting between Turkey, Russia and Iran, zones were agreed."]),
    ).not.toBe("place");
  });

  it("does not take a holding for a place, nor an adjective for a name", () => {
    expect(entityKind("TNK-BP", ["BP sold its stake in TNK-BP.", "BP invested in TNK-BP."])).toBe(
      "unknown",
    );
    expect(
      entityKind("Cypriot", [
        "Savings of the Cypriot people fell.",
        "Cypriot pounds were used in Cyprus.",
      ]),
    ).toBe("unknown");
  });

  it("says unknown when the evidence is thin or split", () => {
    expect(entityKind("Zorba", [])).toBe("unknown");
    expect(
      entityKind("Damascus", [
        "Damascus launched an offensive in Homs.",
        "Rebels fled to Damascus.",
      ]),
    ).toBe("unknown");
  });
});
