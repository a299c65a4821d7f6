/**
 * The text with no space before a comma, semicolon, colon, question or exclamation mark,
 * or full stop — but a decimal written without its zero keeps its space ("hitting .203").
 */
export function closeUpPunctuation(text: string): string {
  return text.replace(/\s+([,;:!?]|\.(?!\d))/g, "$1");
}
