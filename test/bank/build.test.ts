import { describe, expect, it } from "vitest";
import { readSources } from "../../src/cli/source-files.ts";
import { buildBank, MAX_BYTES, sourceId } from "../../src/core/bank-build.ts";
import { parseBank } from "../../src/core/bank-schema.ts";
import { buildEvents } from "../../src/core/events/build-events.ts";
import { ingestDocument } from "../../src/core/ingest/document.ts";
import { NLP } from "../helpers/nlp.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const good = {
  name: "good.txt",
  bytes: utf8("Town council\n\nOn 3 May 2019, the town council of Hama opened a new library."),
};

describe("buildBank inputs", () => {
  it.each([
    ["empty.txt", new Uint8Array(), "empty file"],
    ["blank.md", utf8("  \n\n \t\n"), "empty file (only whitespace)"],
    [
      "latin1.txt",
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x32, 0x30, 0x31, 0x35]),
      "not UTF-8 text",
    ],
    [
      "image.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      "binary file (contains NUL bytes)",
    ],
    [
      "control.txt",
      utf8("\u0001\u0002\u0003\u0004 data \u0005\u0006 2015 \u0007\u0008"),
      "binary file (control characters)",
    ],
    [
      "nodates.txt",
      utf8("Notes\n\nThe library has many books and a reading room."),
      "no dated sentence",
    ],
    [
      "yearless.txt",
      utf8("Notes\n\nOn Saturday, armed groups recaptured the town."),
      "no dated sentence (its dates have no year the text establishes)",
    ],
  ])("reports %s and still builds the other files", (name, bytes, reason) => {
    const { bank, problems } = buildBank([{ name, bytes }, good], NLP);
    expect(problems).toEqual([{ file: name, reason }]);
    expect(bank.sources.map((s) => s.id)).toEqual(["good"]);
    expect(bank.events).toHaveLength(1);
  });

  it("refuses files over 2 MB", () => {
    const big = new Uint8Array(MAX_BYTES + 1).fill(0x61);
    const { problems } = buildBank([{ name: "big.txt", bytes: big }, good], NLP);
    expect(problems).toEqual([{ file: "big.txt", reason: "file is larger than 2 MB (2049 KB)" }]);
  });

  it("names sources by base name without extension, with title and dateline", () => {
    expect(sourceId("questions/sources/001_6858653bcdca036e.txt")).toBe("001_6858653bcdca036e");
    const { bank } = buildBank(
      readSources(new URL("../../questions/sources/", import.meta.url)),
      NLP,
    );
    expect(bank.sources).toEqual([
      { id: "000_e3f0895716d02afc", title: "Siege of al-Fu'ah and Kafriya", published: null },
      { id: "001_6858653bcdca036e", title: "Siege of al-Fu'ah and Kafriya", published: null },
      {
        id: "002_4190b39419a5f365",
        title:
          "Syrian regime recaptures symbolic 'bastion of protest' Kafranbel amid deadly Idlib offensive",
        published: "2020-02-25",
      },
      {
        id: "003_054b95b90d12600a",
        title: "Mass Evacuation Under Way in Northern Syria's Idlib",
        published: "2018-07-19",
      },
      {
        id: "004_18e2e2452dd0ccf5",
        title: "Syrian opposition gains control of entire Idlib, advances towards Hama",
        published: null,
      },
    ]);
  });
});

describe("buildBank output", () => {
  const files = readSources(new URL("../../questions/sources/", import.meta.url));

  it("validates against the bank schema", () => {
    expect(() => parseBank(buildBank(files, NLP).bank)).not.toThrow();
  });

  it("is byte-identical for the same input, in any input order", () => {
    const a = JSON.stringify(buildBank(files, NLP).bank);
    const b = JSON.stringify(buildBank([...files].reverse(), NLP).bank);
    expect(b).toBe(a);
  });

  it("reads a 50 KB document into as many events as its parts give (speed is `npm run bench`)", () => {
    const article = new TextDecoder().decode(files[1]?.bytes);
    const body = article.split("== Aftermath ==")[0] ?? article;
    const one = buildEvents([{ id: "one", doc: ingestDocument(body) }], NLP.nlp).events.length;
    let text = "";
    for (let i = 0; text.length < 50_000; i++) {
      text += `${body.replaceAll("2015", String(1800 + i)).replaceAll("Kafriya", `Kafriya${i}`)}\n`;
    }
    const { events } = buildEvents([{ id: "big", doc: ingestDocument(text) }], NLP.nlp);
    expect(one).toBeGreaterThan(10);
    expect(events.length).toBeGreaterThan(90);
  });
});
