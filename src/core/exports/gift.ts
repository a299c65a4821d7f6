import type { Question } from "../bank-schema.ts";
import { toleranceBand } from "../grade/number-answer.ts";
import { parseQuantity } from "../questions/numbers.ts";

/*
 * A deck in Moodle's GIFT format (Question bank › Import › GIFT). Multiple-choice
 * kinds become multiple choice, typed kinds short answer (with their accepted
 * variants), numbers numerical questions with the band the app grades with (a range
 * key as min..max). GIFT has no ordering question, so an "order" question is
 * written as a comment and skipped.
 */

/** Escape GIFT's special characters: ~ = # { } : and the backslash itself. */
export function giftEscape(text: string): string {
  return text.replace(/([\\~=#{}:])/g, "\\$1").replace(/\r?\n/g, " ");
}

function answers(q: Question): string | null {
  const answer = Array.isArray(q.answer) ? null : q.answer;
  if (answer === null) return null;
  if (q.type === "numeric") {
    const key = parseQuantity(answer);
    if (key === null) return null;
    const band = toleranceBand(key, q.tolerance ?? 0);
    const round = (n: number) => Math.round(n * 1000) / 1000;
    if (key.low === key.high) return `#${key.low}:${round(Math.abs(band.high - band.low) / 2)}`;
    return `#${round(band.low)}..${round(band.high)}`;
  }
  if (q.choices && q.choices.length > 1) {
    return q.choices.map((c) => `${c === answer ? "=" : "~"}${giftEscape(c)}`).join("\n");
  }
  const accepted = [answer, ...(q.accepted ?? [])].filter((v, i, all) => all.indexOf(v) === i);
  return accepted.map((a) => `=${giftEscape(a)}`).join(" ");
}

/** The questions as a GIFT file. */
export function giftFile(questions: Question[]): string {
  const blocks = questions.map((q) => {
    const a = answers(q);
    if (a === null)
      return `// ${q.id}: "${q.type}" questions have no GIFT equivalent and were left out.`;
    const feedback = q.explanation ? `\n####${giftEscape(q.explanation)}` : "";
    return `// ${q.type}\n::${q.id}::${giftEscape(q.prompt)} {\n${a}${feedback}\n}`;
  });
  return `${blocks.join("\n\n")}\n`;
}
