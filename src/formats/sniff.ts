/*
 * What a file really is, from its first bytes: the name's extension is only a
 * claim. A file whose content does not match its extension is refused, so a
 * renamed executable or a PDF saved as .txt gets an explanation, not a parser.
 */

export type Format = "text" | "markdown" | "html" | "pdf" | "docx";

/** Human names of the formats, for pages and messages. */
export const FORMAT_LABELS: Record<Format, string> = {
  text: "plain text",
  markdown: "Markdown",
  html: "web page (HTML)",
  pdf: "PDF",
  docx: "Word (.docx)",
};

/** Files larger than this are refused before anything reads them. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The extensions an upload may have. */
export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"];

type Content = Format | "zip" | "ole" | "binary";

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b);

/** What the bytes are, whatever the name says. */
function contentOf(bytes: Uint8Array): Content {
  // PDF readers accept junk before the header within the first kilobyte.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return "binary";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(
      sample.subarray(0, lastCharEnd(sample)),
    );
  } catch {
    return "binary";
  }
  return looksLikeHtml(text) ? "html" : "text";
}

/** Cut a sample at a character boundary so a multi-byte character split by the cut is not "invalid UTF-8". */
function lastCharEnd(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back] ?? 0;
    if ((b & 0xc0) === 0xc0) return end - back;
    if ((b & 0x80) === 0) break;
  }
  return end;
}

/** Markup a browser would show as a page: a doctype, an html element, or several block tags. */
export function looksLikeHtml(text: string): boolean {
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 2000);
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(start)) return true;
  const tags = start.match(/<(p|div|article|section|h[1-6]|ul|ol|li|table|span|a|br)[\s>/]/gi);
  return start.startsWith("<") && (tags?.length ?? 0) >= 2;
}

const DESCRIBE: Record<Content, string> = {
  text: "plain text",
  markdown: "plain text",
  html: "a web page (HTML)",
  pdf: "a PDF",
  docx: "a Word document",
  zip: "a ZIP archive",
  ole: "an old-style Office file",
  binary: "binary data",
};

/**
 * The format to read a file as, or why it cannot be read. `name` is null for
 * pasted text, which may be plain text or HTML copied from a browser.
 */
export function detectFormat(
  name: string | null,
  bytes: Uint8Array,
): { format: Format } | { error: string } {
  if (bytes.length === 0) return { error: name ? `“${name}” is empty.` : "The text is empty." };
  if (bytes.length > MAX_FILE_BYTES)
    return {
      error: `That file is larger than 10 MB (${(bytes.length / 1024 / 1024).toFixed(1)} MB). Split it into smaller parts and upload each.`,
    };
  const content = contentOf(bytes);
  if (name === null) {
    if (content === "html") return { format: "html" };
    if (content === "text") return { format: "text" };
    return { error: "The pasted text is not text." };
  }
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? "";
  const lie = (what: string) => ({
    error: `“${name}” is named like ${what}, but its content is ${DESCRIBE[content]}. Check that you chose the right file, or save it again in its real format.`,
  });
  switch (ext) {
    case ".pdf":
      return content === "pdf" ? { format: "pdf" } : lie("a PDF");
    case ".docx":
      if (content === "zip") return { format: "docx" };
      if (content === "ole")
        return {
          error: `“${name}” is password-protected (or saved in the old Word format). Open it in Word, remove the password or choose Save As → Word Document (.docx), and upload that file.`,
        };
      return lie("a Word document");
    case ".doc":
      return {
        error: `“${name}” is in the old Word format (.doc). Open it in Word and choose Save As → Word Document (.docx), or save it as PDF.`,
      };
    case ".html":
    case ".htm":
      return content === "html" || content === "text" ? { format: "html" } : lie("a web page");
    case ".md":
    case ".markdown":
      return content === "text" || content === "html" ? { format: "markdown" } : lie("a text file");
    case ".txt":
      return content === "text" || content === "html" ? { format: "text" } : lie("a text file");
    default:
      return {
        error: `Upload a PDF, a Word document (.docx), a web page (.html), or a plain text (.txt) or Markdown (.md) file.`,
      };
  }
}
