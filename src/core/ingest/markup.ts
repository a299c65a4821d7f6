/*
 * Remnants of markup in copied text: wiki "[[Idlib|Idlib city]]" and "'''bold'''",
 * Markdown "**bold**" and "[text](url)", and piped-link leftovers such as
 * "Jund|Jund al-Aqsa", where only the text after the pipe was meant for the reader.
 */

/** Remove wiki and Markdown link syntax, bold/italic marks and piped-link leftovers from a line. */
export function stripMarkup(line: string): string {
  // Each marked-up span is at most a few hundred characters: with an unbounded span, a
  // line of many "[" or "**" and no closer costs the square of its length to scan.
  return line
    .replace(/\[\[(?:[^\]|]{0,300}\|)?([^\]]{0,300})\]\]/g, "$1")
    .replace(/'{2,5}(?=\S)([^']{1,300}?)'{2,5}/g, "$1")
    .replace(/(?<![\p{L}\p{N}|])[\p{L}\p{N}'’-]{1,100}\|(?=\p{L})/gu, "")
    .replace(/\[([^\]\n]{1,300})\]\((?:https?:|\/|#)[^)\s]{0,500}\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1");
}
