import { describe, expect, it } from "vitest";
import { entityKind as kindOf } from "../../src/core/entity-kind.ts";
import { pastVerbTest } from "../../src/core/nlp/tokens.ts";
import { NLP } from "../helpers/nlp.ts";

const isPast = pastVerbTest(NLP.nlp);
const entityKind = (name: string, contexts: string[]) => kindOf(name, contexts, isPast);

describe("entityKind", () => {
  it("reads the kind from words inside the name", () => {
    expect(entityKind("Idlib Governorate", [])).toBe("place");
    expect(entityKind("Yarmouk Camp", [])).toBe("place");
    expect(entityKind("Damascus International Airport", [])).toBe("place");
    expect(entityKind("al-Nusra Front", [])).toBe("group");
    expect(entityKind("Popular Committees", [])).toBe("group");
    expect(entityKind("Turkistan Islamic Party", [])).toBe("group");
    expect(entityKind("President Lincoln", [])).toBe("person");
  });

  it("counts a person after a noun for kin or a calling, or before an office in apposition", () => {
    expect(
      entityKind("Jean-Baptiste Debret", [
        "French painter Jean-Baptiste Debret arrived in Rio de Janeiro.",
      ]),
    ).toBe("person");
    expect(entityKind("Zaman Shah", ["The throne passed down to his son Zaman Shah."])).toBe(
      "person",
    );
    expect(
      entityKind("Fritz Henderson", [
        "Rick Wagoner was replaced with Fritz Henderson, the current chief operating officer.",
      ]),
    ).toBe("person");
    // "the river Thames" is no calling: a place noun is no person noun.
    expect(entityKind("Thames", ["Ships sailed up the river Thames."])).not.toBe("person");
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
      entityKind("Oxfam", ["Oxfam said its convoy was blocked.", "The road was cleared by Oxfam."]),
    ).toBe("group");
    expect(entityKind("SOHR", ["According to SOHR, rebels shelled the town."])).toBe("group");
    expect(entityKind("NDF", ["Rebels captured a hill from the NDF."])).toBe("group");
  });

  it("ignores case only in clue words, not in the names of a list", () => {
    expect(
      entityKind("Iran", ["At the meeting between Turkey, Russia and Iran, zones were agreed."]),
    ).not.toBe("place");
  });

  it("does not take a holding for a place, nor an adjective for a name", () => {
    expect(entityKind("TNK-BP", ["BP sold its stake in TNK-BP.", "BP invested in TNK-BP."])).toBe(
      "other",
    );
    expect(
      entityKind("Cypriot", [
        "Savings of the Cypriot people fell.",
        "Cypriot pounds were used in Cyprus.",
      ]),
    ).toBe("other");
  });

  it("takes no place from 'in' after a performance, a field or a contest", () => {
    expect(
      entityKind("Cry Wolf", ["In 2005, he appeared in Cry Wolf.", "He starred in Cry Wolf."]),
    ).not.toBe("place");
    expect(
      entityKind("Duo Interpretation", [
        "They won the national championship in Duo Interpretation.",
        "She earned a degree in Duo Interpretation.",
      ]),
    ).not.toBe("place");
    expect(entityKind("Virginia", ["He won a battle in Virginia.", "He lived in Virginia."])).toBe(
      "place",
    );
  });

  it("says other when the evidence is thin or split", () => {
    expect(entityKind("Zorba", [])).toBe("other");
    expect(
      entityKind("Damascus", [
        "Damascus launched an offensive in Homs.",
        "Rebels fled to Damascus.",
      ]),
    ).toBe("other");
  });

  it("reads the head of a name: the noun before “of” unless the name ends in a type word", () => {
    // Issue 15: "Bay of Pigs Invasion" and "Battle of the Chesapeake" were offered as places.
    expect(entityKind("Bay of Pigs Invasion", [])).toBe("event");
    expect(entityKind("Battle of the Chesapeake", [])).toBe("event");
    expect(entityKind("Operation Mongoose", [])).toBe("event");
    expect(entityKind("Gulf of Mexico", [])).toBe("place");
    expect(entityKind("Army of the Potomac", [])).toBe("group");
  });

  it("tells a person from a group by how the sentences speak of them", () => {
    expect(
      entityKind("Kennedy", ["Kennedy said he would not invade.", "Kennedy's wife was in Dallas."]),
    ).toBe("person");
    expect(
      entityKind("Hezbollah", [
        "Hezbollah fighters entered the town.",
        "The offensive was led by Hezbollah, which said its units advanced.",
      ]),
    ).toBe("group");
  });

  it("counts what the sentences say happened to an event", () => {
    expect(entityKind("Tet", ["Many died during the Tet.", "The Tet began in January."])).toBe(
      "event",
    );
  });
});
