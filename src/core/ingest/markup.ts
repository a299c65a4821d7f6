/*
 * Remnants of markup in copied text: wiki "[[Idlib|Idlib city]]" and "'''bold'''",
 * Markdown "**bold**" and "[text](url)", and piped-link leftovers such as
 * "Jund|Jund al-Aqsa", where only the text after the pipe was meant for the reader.
 */

/** Remove wiki and Markdown link syntax, bold/italic marks and piped-link leftovers from a line. */
export function stripMarkup(line: string): string {
  return line
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, "$1")
    .replace(/'{2,5}(?=\S)([^']+?)'{2,5}/g, "$1")
    .replace(/(?<![\p{L}\p{N}|])[\p{L}\p{N}'’-]+\|(?=\p{L})/gu, "")
    .replace(/\[([^\]\n]+)\]\((?:https?:|\/|#)[^)\s]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1");
}
