/*
 * Documents arrive as pasted web pages: non-breaking and zero-width spaces, CRLF,
 * hyphen look-alikes. Curly quotes stay in the text (quotes must be exact) and are
 * only folded in `matchKey`, the form used to compare passages.
 */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const HYPHENS = /[\u2010\u2011]/g;

/** Normalise raw document text: NFC, LF line ends, odd spaces to plain ones, invisible characters dropped. */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    .replace(HYPHENS, "-");
}

/** Collapse runs of spaces and trim, for one line or sentence. */
export function squeeze(text: string): string {
  return text.replace(/ {2,}/g, " ").trim();
}

/** Fold characters for comparing passages: accents dropped, case, quotes and dashes folded; spacing kept. */
export function foldChars(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-");
}

/** A key for comparing passages: quotes, dashes, case and spacing folded. */
export function matchKey(text: string): string {
  return foldChars(text).replace(/\s+/g, " ").trim();
}
