import { readFileSync } from "node:fs";
import { extractText as extractRaw } from "unpdf";
import { describe, expect, it } from "vitest";
import { buildBank } from "../../src/core/bank-build.ts";
import { detectFormat, extractText, type Format } from "../../src/formats/index.ts";
import { joinLines } from "../../src/formats/pdf.ts";
import { NLP } from "../helpers/nlp.ts";

const DIR = "test/fixtures/formats";
const bytes = (path: string) => new Uint8Array(readFileSync(path));

async function read(path: string): Promise<{ format: Format; text: string }> {
  const name = path.split("/").pop() ?? path;
  const detected = detectFormat(name, bytes(path));
  if ("error" in detected) throw new Error(detected.error);
  const { text } = await extractText(detected.format, name, bytes(path));
  return { format: detected.format, text };
}

/** The events of a text, as a teacher compares them: date, precision and wording. */
function events(text: string) {
  const { bank } = buildBank([{ name: "doc.txt", bytes: new TextEncoder().encode(text) }], NLP);
  return bank.events.map((e) => `${e.date.start} ${e.date.precision} ${e.text}`).sort();
}

describe("each format gives the same events as its plain-text version", () => {
  it.each([
    [
      "a PDF with headings, running headers and footers",
      "siege-headings.pdf",
      "siege-headings.txt",
      "pdf",
    ],
    ["a two-column PDF", "siege-columns.pdf", "siege-columns.txt", "pdf"],
    ["a .docx with headings, a list and a table", "siege-table.docx", "siege-table.txt", "docx"],
    ["a saved news page", "news-page.html", "../te3/docs/bbc_20130322_1353.txt", "html"],
  ])("%s", async (_what, file, plain, format) => {
    const read_ = await read(`${DIR}/${file}`);
    expect(read_.format).toBe(format);
    const expected = events(readFileSync(`${DIR}/${plain}`, "utf8"));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(events(read_.text)).toEqual(expected);
  });

  it("keeps a PDF's headings as headings, drops its running header, footer and page numbers, and joins hyphenated words", async () => {
    const { text } = await read(`${DIR}/siege-headings.pdf`);
    const lines = text.split("\n");
    expect(lines[0]).toBe("# Siege of al-Fu'ah and Kafriya");
    expect(lines).toContain("## The siege");
    expect(lines).toContain("### 2015");
    expect(lines).toContain("### 2016");
    expect(text).not.toContain("From Wikipedia, the free encyclopedia");
    expect(lines.filter((l) => /^\d+$/.test(l.trim()))).toEqual([]);
    expect(text.match(/Siege of al-Fu'ah and Kafriya/g)).toHaveLength(1);
    // The fixture's line breaker split words at line ends; the text has them whole.
    const raw = await extractRaw(bytes(`${DIR}/siege-headings.pdf`), { mergePages: true });
    const split = raw.text.match(/\p{Ll}+-\n\p{Ll}+/gu) ?? [];
    expect(split.length).toBeGreaterThan(0);
    for (const s of split) expect(text).toContain(s.replace("-\n", ""));
    expect(text).not.toMatch(/\p{Ll}- \p{Ll}/u);
    expect(text).toContain(readFileSync(`${DIR}/siege-headings.txt`, "utf8").split("\n")[2]);
  });

  it("reads two columns left then right, joining a paragraph that runs on into the second column", async () => {
    const { text } = await read(`${DIR}/siege-columns.pdf`);
    const plain = readFileSync(`${DIR}/siege-columns.txt`, "utf8");
    const paragraphs = plain.split("\n\n").filter((p) => !p.startsWith("#"));
    for (const p of paragraphs) expect(text).toContain(p.trim());
    expect(
      text.indexOf("### 2017") < text.indexOf("### 2018") ||
        text.indexOf("## 2017") < text.indexOf("## 2018"),
    ).toBe(true);
  });

  it("reads a .docx table row by row and its list items as items", async () => {
    const { text } = await read(`${DIR}/siege-table.docx`);
    expect(text).toContain(
      "28 March 2015 – Rebels captured Idlib city and besieged the towns of Kafriya and al-Fu'ah.",
    );
    expect(text).toMatch(/^- Following the evacuation in July 2018/m);
    expect(text).toMatch(/^## Timeline$/m);
  });

  it("reads a news page's article and its publication date, without navigation, banners, captions or scripts", async () => {
    const { text } = await read(`${DIR}/news-page.html`);
    const lines = text.split("\n\n");
    expect(lines[0]).toBe("# Israel PM apologies for Gaza flotilla deaths");
    expect(lines[1]).toBe("22 March 2013");
    for (const boilerplate of [
      "cookies",
      "Entertainment",
      "Related stories",
      "Terms of Use",
      "tracked",
      "Mavi Marmara was boarded",
    ])
      expect(text).not.toContain(boilerplate);
    const { bank } = buildBank([{ name: "news.txt", bytes: new TextEncoder().encode(text) }], NLP);
    expect(bank.sources[0]?.published).toBe("2013-03-22");
  });

  it("takes the date from JSON-LD, article:published_time or <time>, whichever a page has", async () => {
    const { readHtml } = await import("../../src/formats/html.ts");
    const body =
      "<article><h1>Budget passed</h1><p>The parliament passed the budget on Tuesday after a long debate in the chamber, and the minister said the vote on Tuesday settled the matter for the year.</p></article>";
    const pages = [
      `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-05-09T10:00:00Z"}]}</script>${body}`,
      `<meta property="article:published_time" content="2019-05-09T10:00:00+02:00">${body}`,
      `${body.replace("<h1>", '<time datetime="2019-05-09">9 May</time><h1>')}`,
    ];
    for (const page of pages)
      expect(readHtml(`<html><head></head><body>${page}</body></html>`).published).toBe(
        "2019-05-09",
      );
  });

  it("undoes only hyphens that split a word", () => {
    expect(joinLines("the humani-", "tarian aid")).toBe("the humanitarian aid");
    expect(joinLines("rebels of al-", "Nusra")).toBe("rebels of al-Nusra");
    expect(joinLines("end of a", "sentence")).toBe("end of a sentence");
  });
});

describe("bad files get a clear message", () => {
  const refuse = async (name: string, data: Uint8Array) => {
    const detected = detectFormat(name, data);
    if ("error" in detected) return detected.error;
    try {
      await extractText(detected.format, name, data);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${name} was read`);
  };

  it.each([
    [
      "a scanned PDF with no text layer",
      "scanned.pdf",
      /this PDF has no text to read; OCR is not supported/,
    ],
    ["an encrypted PDF", "encrypted.pdf", /encrypted with a password/],
    ["a decompression bomb", "bomb.docx", /refused: it would unpack to more than 50 MB/],
    ["a password-protected .docx", "protected.docx", /password-protected/],
  ])("%s", async (_what, file, message) => {
    expect(await refuse(file, bytes(`${DIR}/${file}`))).toMatch(message);
  });

  it("a damaged .docx (cut short) and a damaged PDF", async () => {
    const docx = bytes(`${DIR}/siege-table.docx`);
    expect(await refuse("cut.docx", docx.subarray(0, docx.length / 2))).toMatch(/damaged/);
    const pdf = bytes(`${DIR}/siege-headings.pdf`);
    expect(await refuse("cut.pdf", pdf.subarray(0, 600))).toMatch(/damaged|no text/);
  });

  it("a bomb whose headers lie about its size is stopped by counting what it unpacks", async () => {
    const bomb = bytes(`${DIR}/bomb.docx`);
    // Rewrite every declared uncompressed size (local and central headers) to 1 KB.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 1024, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 1024, true);
    }
    const started = performance.now();
    expect(await refuse("liar.docx", bomb)).toMatch(/unpacks to more than 50 MB/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it.each([
    [
      "a Word file named .pdf",
      "notes.pdf",
      `${DIR}/siege-table.docx`,
      /named like a PDF, but its content is a ZIP archive/,
    ],
    [
      "a PDF named .docx",
      "notes.docx",
      `${DIR}/siege-headings.pdf`,
      /named like a Word document, but its content is a PDF/,
    ],
    [
      "a PDF named .txt",
      "notes.txt",
      `${DIR}/siege-headings.pdf`,
      /named like a text file, but its content is a PDF/,
    ],
    [
      "a picture named .html",
      "page.html",
      null,
      /named like a web page, but its content is binary data/,
    ],
  ])("an extension that lies: %s", async (_what, name, path, message) => {
    const data = path
      ? bytes(path)
      : new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refuse(name, data)).toMatch(message);
  });

  it("a file over 10 MB, an old .doc, an unknown extension", async () => {
    expect(await refuse("big.pdf", new Uint8Array(10 * 1024 * 1024 + 1))).toMatch(
      /larger than 10 MB/,
    );
    expect(await refuse("old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toMatch(
      /old Word format/,
    );
    expect(await refuse("run.exe", new Uint8Array([0x4d, 0x5a]))).toMatch(
      /Upload a PDF, a Word document/,
    );
  });
});
