import type { Question } from "../bank-schema.ts";
import { foldText } from "../fold-text.ts";
import { explanationBeyondEvent } from "../questions/date-questions.ts";

/*
 * What an answer's feedback shows besides the learner's answer and the right
 * one, said once (issue 15, point 5): one source quote with its document, and a
 * note only when it says something neither the quote nor the answers say (what
 * other sources give). The study card and the quiz results both use it.
 */

/** Questions whose answer is an event's own sentence, which its source quote restates. */
const SENTENCE_ANSWERS = new Set(["what-happened", "which-first"]);

const words = (text: string): string[] =>
  foldText(text)
    .split(" ")
    .filter((w) => w.length > 0);

/** Share of the words of `part` that also occur in `whole` (1 when `part` has none). */
function covered(part: string, whole: string[]): number {
  const inPart = words(part);
  if (inPart.length === 0) return 1;
  const pool = new Set(whole.flatMap(words));
  return inPart.filter((w) => pool.has(w)).length / inPart.length;
}

/** Most of a sentence's words already shown: saying it again adds nothing. */
const RESTATED = 0.8;

/** A quote this much longer than the answer in it says more than the answer: its context. */
const CONTEXT = 0.6;

/** Whether a source quote would only say again the sentence that is the answer. */
export function quoteRestatesAnswer(question: Question, answer: string): boolean {
  const quote = question.source.quote;
  return (
    SENTENCE_ANSWERS.has(question.type) &&
    covered(answer, [quote]) >= RESTATED &&
    words(answer).length >= CONTEXT * words(quote).length
  );
}

/** The quote to show ("" when it restates the answer: then only its document is named) and any note. */
export function sourceFeedback(
  question: Question,
  opts: { answer: string; response: string; eventText: string; sourceTitle: string },
): { quote: string; note: string } {
  const quote = quoteRestatesAnswer(question, opts.answer) ? "" : question.source.quote.trim();
  // Only a single event's explanation can add to its quote; an ordering's is its dated list.
  const beyond =
    question.eventIds.length === 1
      ? explanationBeyondEvent(question.explanation, opts.eventText, question.type).trim()
      : "";
  const shown = [
    question.prompt,
    opts.answer,
    opts.response,
    question.source.quote,
    opts.sourceTitle,
  ];
  const note = beyond !== "" && covered(beyond, shown) < RESTATED ? beyond : "";
  return { quote, note };
}
