import { describe, expect, it } from "vitest";
import { ingestDocument } from "../../../src/core/ingest/document.ts";
import { seedText } from "../events/helpers.ts";

const seed = (name: string) => ingestDocument(seedText(name));

describe("ingestDocument on the seed documents", () => {
  it("reads a wiki page: title, infobox, lead, sections with years, back matter dropped", () => {
    const doc = seed("001_6858653bcdca036e");
    expect(doc.title).toBe("Siege of al-Fu'ah and Kafriya");
    expect(doc.dateline).toBeNull();
    const date = doc.sentences.find((s) => s.field === "Date");
    expect(date).toMatchObject({ kind: "infobox", text: "Date: 28 March 2015 – 19 July 2018" });
    const lead = doc.sentences.find((s) => s.text.startsWith("On 18 July 2018"));
    expect(lead?.kind).toBe("lead");
    const body = doc.sentences.find((s) => s.text.startsWith("On 21 November"));
    expect(body).toMatchObject({
      kind: "body",
      headingYear: 2016,
      headingPath: ["The siege", "2016"],
    });
    expect(doc.sentences.some((s) => s.text.includes("Siege of Nubl"))).toBe(false);
    expect(doc.sentences[0]?.text).toBe(
      "Jund al-Aqsa left the Army of Conquest in October 2015, rejoined al-Nusra in October 2016, left again in January 2017.",
    );
  });

  it("reads a news page: dateline below the standfirst, boilerplate dropped, repeated title dropped", () => {
    const doc = seed("002_4190b39419a5f365");
    expect(doc.title).toBe(
      "Syrian regime recaptures symbolic 'bastion of protest' Kafranbel amid deadly Idlib offensive",
    );
    expect(doc.dateline).toBe("2020-02-25");
    expect(doc.sentences[0]).toMatchObject({ kind: "lead" });
    expect(doc.sentences[1]).toMatchObject({ kind: "body" });
    const all = doc.sentences.map((s) => s.text).join("\n");
    for (const junk of [
      "[Getty]",
      "Read also",
      "Read more",
      "min read",
      "Follow us",
      "contributed to this report",
    ]) {
      expect(all).not.toContain(junk);
    }
    expect(doc.dropped.map((d) => d.reason)).toContain("repeated paragraph");
  });

  it("takes the headline after a dateline-first header and drops photo captions", () => {
    const doc = seed("003_054b95b90d12600a");
    expect(doc.dateline).toBe("2018-07-19");
    expect(doc.title).toBe("Mass Evacuation Under Way in Northern Syria's Idlib");
    const all = doc.sentences.map((s) => s.text).join("\n");
    expect(all).not.toContain("This photo provided");
    expect(all).not.toContain("AP Photo");
  });

  it("keeps citation flags on their sentence and removes the markers", () => {
    const doc = seed("000_e3f0895716d02afc");
    const flagged = doc.sentences.find((s) => s.text.startsWith("On 20 September"));
    expect(flagged?.flags).toEqual(["better source needed"]);
    expect(doc.sentences.every((s) => !/\[\d+\]/.test(s.text))).toBe(true);
    expect(doc.dropped).toContainEqual({ line: "Map showing the siege", reason: "map caption" });
  });

  it("drops photo-credit copies of a sentence but keeps the body sentence", () => {
    const doc = seed("004_18e2e2452dd0ccf5");
    const copies = doc.sentences.filter((s) => s.text.includes("Maarrat al-Numan"));
    expect(copies.map((s) => s.text)).toEqual([
      "Anti-regime armed groups on Saturday also recaptured Maarrat al-Numan, the largest town in Idlib province.",
    ]);
  });

  it("removes citation markers before splitting, so '.[23]' does not break a sentence", () => {
    const doc = ingestDocument(
      "Title line\n\nRebels captured Idlib city.[21] The Army of Conquest imposed a siege.[23][better source needed] Maj. Gen. Ali said so.",
    );
    expect(doc.sentences.map((s) => [s.text, s.flags])).toEqual([
      ["Rebels captured Idlib city.", []],
      ["The Army of Conquest imposed a siege.", ["better source needed"]],
      ["Maj. Gen. Ali said so.", []],
    ]);
  });

  it("marks the parts of a sentence inside quotation marks", () => {
    const doc = ingestDocument('Title here\n\n"We will go on Monday," he said on Friday.');
    const s = doc.sentences[0];
    expect(s?.quoted).toEqual([[0, 23]]);
  });

  it("joins hard-wrapped lines into paragraphs", () => {
    const wrapped = [
      "The Battle of Hastings",
      "",
      "The Battle of Hastings was fought on 14 October 1066 between the Norman-French",
      "army of William, the Duke of Normandy, and an English army under the Anglo-Saxon",
      "King Harold Godwinson, beginning the Norman Conquest of England. It took place",
      "approximately 7 mi northwest of Hastings, close to the present-day town of Battle,",
      "East Sussex, and was a decisive Norman victory. The background to the battle was",
      "the death of the childless King Edward the Confessor in January 1066, which set up",
      "a succession struggle between several claimants to his throne.",
    ].join("\n");
    const doc = ingestDocument(wrapped);
    expect(doc.sentences.map((s) => s.text)[0]).toBe(
      "The Battle of Hastings was fought on 14 October 1066 between the Norman-French army of William, the Duke of Normandy, and an English army under the Anglo-Saxon King Harold Godwinson, beginning the Norman Conquest of England.",
    );
  });
});
