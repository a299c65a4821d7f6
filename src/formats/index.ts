import { readDocx } from "./docx.ts";
import { type Extracted, UnreadableFile } from "./extracted.ts";
import { readHtml } from "./html.ts";
import { readPdf } from "./pdf.ts";
import type { Format } from "./sniff.ts";

/*
 * Bytes of an uploaded file in, the plain text the bank pipeline reads out.
 * No I/O and no clock: the same code runs in a Node worker thread and in a
 * Workers Queue consumer.
 */

export { UnreadableFile } from "./extracted.ts";
export { detectFormat, FORMAT_LABELS, type Format, MAX_FILE_BYTES } from "./sniff.ts";

/** Read a file of a detected format; throws UnreadableFile with the teacher's explanation. */
export async function extractText(
  format: Format,
  name: string,
  bytes: Uint8Array,
): Promise<Extracted> {
  switch (format) {
    case "pdf":
      return readPdf(bytes, name);
    case "docx":
      return readDocx(bytes, name);
    case "html":
      return readHtml(decode(bytes, name));
    case "text":
    case "markdown":
      return { text: decode(bytes, name), published: null };
  }
}

function decode(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })
      .decode(bytes)
      .replace(/^\uFEFF/, "");
  } catch {
    throw new UnreadableFile(
      `“${name}” is not UTF-8 text. Save it as UTF-8 (or as PDF) and upload it again.`,
    );
  }
}
