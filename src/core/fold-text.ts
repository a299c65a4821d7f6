/** Text reduced to its lower-case words and numbers, one space apart: for comparing wordings. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
