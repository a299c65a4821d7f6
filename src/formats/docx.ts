import { parseHTML } from "linkedom";
import mammoth from "mammoth";
import { type DomNode, htmlBlocks } from "./blocks.ts";
import { type Extracted, UnreadableFile } from "./extracted.ts";
import { checkZip, ZipProblem } from "./zip-guard.ts";

/*
 * A Word document through mammoth, which maps Word's styles to HTML (Heading 1
 * → h1, lists → ul/ol, tables → table); the HTML is then read like a web page's
 * article. The archive is checked for bombs before mammoth unpacks it.
 */

export async function readDocx(bytes: Uint8Array, name: string): Promise<Extracted> {
  let entries: { name: string }[];
  try {
    entries = await checkZip(bytes);
  } catch (error) {
    if (error instanceof ZipProblem) {
      if (error.kind === "encrypted")
        throw new UnreadableFile(
          `“${name}” is password-protected. Save it without a password and upload it again.`,
        );
      if (error.kind === "bomb")
        throw new UnreadableFile(
          `“${name}” was refused: ${error.message}, far more than a document holds.`,
        );
      throw new UnreadableFile(`“${name}” is damaged and cannot be opened: ${error.message}.`);
    }
    throw error;
  }
  if (!entries.some((e) => e.name === "word/document.xml"))
    throw new UnreadableFile(
      `“${name}” is not a Word document (it has no document part). Save it from Word as .docx.`,
    );
  let html: string;
  try {
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    // mammoth's Node build reads `buffer`, its browser build (bundled for Workers) `arrayBuffer`.
    const input = { arrayBuffer: buffer, buffer: bytes } as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input)).value;
  } catch {
    throw new UnreadableFile(`“${name}” is damaged and cannot be opened as a Word document.`);
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return { text: htmlBlocks(document.body as unknown as DomNode).join("\n\n"), published: null };
}
