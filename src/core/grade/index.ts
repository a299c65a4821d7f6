import type { Question } from "../bank-schema.ts";
import { parseDate } from "../date-format.ts";
import { foldText } from "../fold-text.ts";
import { findChoice, normalizeOption } from "./choice-answer.ts";
import { dateDetail, describeDateVerdict, gradeDateText } from "./date-answer.ts";
import { matchesName } from "./name-answer.ts";
import { describeQuantity, gradeNumberText } from "./number-answer.ts";
import { orderItemText, scoreOrder, splitIds } from "./order-answer.ts";
import { RIGHT_SCORE } from "./rating.ts";

export { ratingFromScore } from "./rating.ts";

/*
 * Answer checking for every question kind (DESIGN §4/§5): a score in [0, 1],
 * whether it counts as right, and feedback that says what was right, gives the
 * answer and quotes the source. Pure: the study loop, quizzes and the CLI share it.
 */

/**
 * The outcome of one answer: `feedback` is the whole sentence (the CLI prints it),
 * `detail` a short phrase saying why a score is partial ("the year is right",
 * "5 of 6 pairs in order"), or "" when the verdict says it all.
 */
export type Grade = { score: number; correct: boolean; feedback: string; detail: string };

const QUOTE_CHARS = 180;

function sourceLine(question: Question): string {
  const quote = question.source.quote.trim();
  const short =
    quote.length <= QUOTE_CHARS ? quote : `${quote.slice(0, QUOTE_CHARS).replace(/\s+\S*$/, "")}…`;
  return ` The source says: “${short}”`;
}

function result(question: Question, score: number, verdict: string, detail = ""): Grade {
  const rounded = Math.round(score * 1000) / 1000;
  return {
    score: rounded,
    correct: rounded >= RIGHT_SCORE,
    detail,
    // An ordering's dated list is its evidence; one event's quote would only repeat a line of it.
    feedback: question.type === "order" ? verdict : `${verdict}${sourceLine(question)}`,
  };
}

/** A question's answer as text (list answers joined with `separator`). */
export function answerText(question: Question, separator = ", "): string {
  return Array.isArray(question.answer) ? question.answer.join(separator) : question.answer;
}

/** Whether a question is answered by picking one of its options (ordering questions are not). */
export function isChoice(question: Question): boolean {
  return (
    question.type !== "order" && Array.isArray(question.choices) && question.choices.length > 1
  );
}

function gradeChoice(question: Question, response: string): Grade {
  const choices = question.choices ?? [];
  const answer = answerText(question);
  const isDate = question.type === "date-choice";
  const picked = findChoice(choices, response, question.eventIds, isDate);
  if (picked < 0) {
    // Who/where offered as a choice may still be typed: judge the name itself.
    if ((question.type === "who" || question.type === "where") && response.trim() !== "") {
      return gradeName(question, response);
    }
    return result(
      question,
      0,
      `“${response.trim()}” is not one of the options. The answer is ${answer}.`,
    );
  }
  const right = normalizeOption(choices[picked] ?? "") === normalizeOption(answer);
  return result(
    question,
    right ? 1 : 0,
    right ? `Right: ${answer}.` : `Not quite: the answer is ${answer}.`,
  );
}

function gradeDate(question: Question, response: string): Grade {
  const key = question.date ?? parseDate(answerText(question));
  if (key === null) return result(question, 0, `The answer is ${answerText(question)}.`);
  const graded = gradeDateText(key, response);
  return result(
    question,
    graded.score,
    describeDateVerdict(key, graded, response),
    dateDetail(graded),
  );
}

function gradeName(question: Question, response: string): Grade {
  const answer = answerText(question);
  const right = matchesName(response, [answer, ...(question.accepted ?? [])]);
  return result(
    question,
    right ? 1 : 0,
    right ? `Right: ${answer}.` : `Not quite: the answer is ${answer}.`,
  );
}

function gradeNumber(question: Question, response: string): Grade {
  const answer = answerText(question);
  const graded = gradeNumberText(answer, response, question.tolerance ?? 0);
  const said = describeQuantity(answer);
  if (!graded.readable) {
    return result(
      question,
      0,
      `“${response.trim()}” is not a number I can read. The answer is ${said}.`,
    );
  }
  const verdict =
    graded.score >= 1
      ? `Right: ${said}.`
      : graded.score > 0
        ? `Close: the answer is ${said}.`
        : `Not quite: the answer is ${said}.`;
  return result(
    question,
    graded.score,
    verdict,
    graded.score > 0 && graded.score < 1 ? "close" : "",
  );
}

function gradeCloze(question: Question, response: string): Grade {
  const answer = answerText(question);
  const candidates = [answer, ...(question.accepted ?? [])];
  if (/\d/.test(answer) && gradeNumberText(answer, response, question.tolerance ?? 0).score >= 1) {
    return result(question, 1, `Right: ${answer}.`);
  }
  const given = normalizeOption(response);
  const right =
    candidates.some((c) => normalizeOption(c) === given) || matchesName(response, candidates);
  return result(
    question,
    right ? 1 : 0,
    right ? `Right: ${answer}.` : `Not quite: the missing words are “${answer}”.`,
  );
}

function gradeOrder(question: Question, response: string): Grade {
  const truth = Array.isArray(question.answer) ? question.answer : splitIds(question.answer);
  const describe = (id: string) => orderItemText(question, id) ?? id;
  // The explanation usually is the right order again, with dates: then it replaces the plain list.
  const explanation = question.explanation.trim();
  const folded = foldText(explanation);
  const restatesOrder =
    explanation !== "" && truth.every((id) => folded.includes(foldText(describe(id))));
  const rightOrder = restatesOrder
    ? explanation
    : [truth.map((id, i) => `${i + 1}. ${describe(id)}`).join(" "), explanation]
        .filter((s) => s !== "")
        .join(" ");
  const scored = scoreOrder(truth, splitIds(response));
  if (!scored.ok) {
    return result(
      question,
      0,
      `${scored.problem} Give the event ids in order, separated by commas. The right order: ${rightOrder}`,
    );
  }
  if (scored.score >= 1) return result(question, 1, "Right: that is the order.");
  const pairs = `${scored.concordant} of ${scored.pairs} pairs of events are in the right order`;
  const verdict =
    scored.score > 0
      ? `Partly right: ${pairs}.`
      : `Not quite: ${pairs}; an order earns credit once more than 3 in 4 pairs are.`;
  return result(
    question,
    scored.score,
    `${verdict} The right order: ${rightOrder}`,
    `${scored.concordant} of ${scored.pairs} pairs in order`,
  );
}

/** Grade a learner's response to a question: score 0..1, whether it is right, and feedback. */
export function gradeAnswer(question: Question, response: string): Grade {
  if (question.type === "order") return gradeOrder(question, response);
  if (question.choices !== undefined && question.choices.length > 0)
    return gradeChoice(question, response);
  switch (question.type) {
    case "date-typed":
    case "date-choice":
      return gradeDate(question, response);
    case "numeric":
      return gradeNumber(question, response);
    case "who":
    case "where":
      return gradeName(question, response);
    case "cloze":
      return gradeCloze(question, response);
    default:
      if (question.date !== undefined) return gradeDate(question, response);
      return gradeCloze(question, response);
  }
}

/** The response that a question counts as fully right (ids joined for order questions). */
export function rightResponse(question: Question): string {
  return answerText(question, ",");
}
