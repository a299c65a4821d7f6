import { describe, expect, it } from "vitest";
import { cutNewClause, parseClause } from "../../../src/core/questions/clause.ts";

describe("parseClause", () => {
  it("finds intro, subject, verb and a rest cut before subordinate clauses", () => {
    const c = parseClause(
      "After four days of fighting, rebels captured Idlib city and managed to besiege the towns of Kafriya and al-Fu'ah, resulting in thousands of civilians being trapped.",
    );
    expect(c).toMatchObject({
      intro: "After four days of fighting",
      subject: "rebels",
      verb: "captured",
      base: "capture",
      rest: "Idlib city and managed to besiege the towns of Kafriya and al-Fu'ah",
      restBase: "Idlib city and manage to besiege the towns of Kafriya and al-Fu'ah",
    });
  });

  it("reads passive and copular clauses with was/were", () => {
    expect(
      parseClause(
        "A convoy of buses was attacked by a suicide bomber west of Aleppo, killing more than 100 people.",
      ),
    ).toMatchObject({
      subject: "A convoy of buses",
      aux: "was",
      rest: "attacked by a suicide bomber west of Aleppo",
    });
  });

  it("keeps an abbreviation after the subject apart", () => {
    expect(parseClause("Hayat Tahrir al-Sham (HTS) captured Tall Umm A'anoun hill.")).toMatchObject(
      {
        subject: "Hayat Tahrir al-Sham",
        abbreviation: "HTS",
      },
    );
  });

  it("keeps what follows a verb of saying whole and in its tense", () => {
    const c = parseClause(
      "The Observatory said regime air strikes and artillery fire had killed 19 civilians in Idlib.",
    );
    expect(c?.base).toBe("say");
    expect(c?.restBase).toBe(
      "regime air strikes and artillery fire had killed 19 civilians in Idlib",
    );
  });

  it("does not put past verbs of a subordinate clause into base form", () => {
    const c = parseClause(
      "Government sources reported that the rebels shelled the enclave and launched attacks.",
    );
    expect(c?.restBase).toBe("that the rebels shelled the enclave and launched attacks");
  });

  it.each([
    "It was rocked by fighting between regime fighters and defectors.",
    "Syria's war has killed more than 380,000 people.",
    "A symbolic town that was among the first to rebel has been recaptured.",
    '"Down with the regime," a sign read.',
    "The Army of Conquest rebel alliance and one of its main components, al-Nusra Front, imposed a full siege.",
  ])("declines to rephrase %j", (text) => {
    expect(parseClause(text)).toBeNull();
  });
});

describe("cutNewClause", () => {
  it("cuts an 'and' that starts a clause with its own subject", () => {
    expect(cutNewClause("to Zabadani and Madaya and 19 arrived in Fu'ah")).toBe(
      "to Zabadani and Madaya",
    );
    expect(cutNewClause("into effect and buses and ambulances arrived in the towns")).toBe(
      "into effect",
    );
  });

  it("keeps lists and coordinated verbs", () => {
    expect(cutNewClause("Kafranbel and 18 nearby towns and villages")).toBe(
      "Kafranbel and 18 nearby towns and villages",
    );
    expect(cutNewClause("Idlib city and managed to besiege the towns")).toBe(
      "Idlib city and managed to besiege the towns",
    );
  });

  it("drops a whole subordinate clause whose subject list runs into a new verb", () => {
    expect(cutNewClause("as Hezbollah and the Syrian Army launched an offensive")).toBe("");
  });
});
