/*
 * Infobox lines as copied from wiki pages: "- Date: 28 March 2015 – 19 July 2018, ()"
 * or "| date = 28 March 2015". The field name is short; the value is kept without the
 * empty parentheses and dangling commas the copy leaves behind.
 */

export type InfoboxField = { field: string; value: string };

const LINE = /^\s*[-*•|]\s*([A-Za-z][A-Za-z0-9_ ]{0,24}?)\s*[:=]\s*(\S.*)$/;

/** The field and cleaned value of an infobox line, or null. */
export function parseInfoboxLine(line: string): InfoboxField | null {
  const m = LINE.exec(line);
  if (!m) return null;
  const field = (m[1] ?? "").trim();
  if (field.split(/\s+/).length > 3) return null;
  const value = cleanValue(m[2] ?? "");
  if (value.length === 0) return null;
  return { field, value };
}

/** Remove empty parentheses and leftover separators from an infobox value. */
function cleanValue(value: string): string {
  return value
    .replace(/\(\s*[,;]?\s*\)/g, "")
    .replace(/(?:\s*,)+\s*$/g, "")
    .replace(/,\s*,/g, ",")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** The field name without a trailing index ("Casualties1" → "casualties"), lower case. */
export function fieldBase(field: string): string {
  return field.replace(/\d+$/, "").trim().toLowerCase();
}
