/**
 * The text with no space before a comma, semicolon, colon, question or exclamation mark,
 * or full stop — but a decimal written without its zero keeps its space ("hitting .203").
 */
export function closeUpPunctuation(text: string): string {
  // ("… the Quasi-War—." once the date after the closing dash is gone: the dash goes too;
  // "the same name — Argo —, with": dashes that would close before a comma pair as commas.)
  return text
    .replace(/\s+([,;:!?]|\.(?!\d))/g, "$1")
    .replace(/\s*—(?=[.?!]$)/, "")
    .replace(/\s*—\s*([^—,]+?)\s*—,/g, ", $1,");
}

/**
 * The text as a quotation in double marks. Quotation marks already inside it become single
 * ones, as in any quotation within a quotation ("the “blank check”" → “… the ‘blank check’ …”).
 */
export function quoted(text: string): string {
  // An unclosed mark (a quotation that runs on into the next sentence) is left for the
  // question's form check to see.
  if (unclosedQuote(text)) return `“${text}”`;
  const inner = text
    .replace(/“/g, "‘")
    .replace(/”/g, "’")
    .replace(/(^|[\s(])"(?=\S)([^"]*\S)"/g, "$1‘$2’");
  return `“${inner}”`;
}

/**
 * Whether a quotation mark in the text is left open: curly marks that do not pair, or an odd
 * number of straight ones ('comet 81P/Wild (also known as "Wild 2)').
 */
export function unclosedQuote(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1;
}

/**
 * The text closed by a full stop, unless it ends with one already, or with one and a
 * closing quotation mark or bracket ("enforced “by every means.”" takes no second one).
 */
export function withFinalStop(text: string): string {
  return /[.!?]["”’')]*$/.test(text) ? text : `${text}.`;
}
