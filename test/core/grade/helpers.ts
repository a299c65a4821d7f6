import type { EventDate, Question } from "../../../src/core/bank-schema.ts";
import { formatDate } from "../../../src/core/date-format.ts";

/* Small builders for questions in grading tests. */

const SOURCE = {
  doc: "001_test",
  quote: "On 28 March 2015, after four days of fighting, rebels captured Idlib city.",
};

/** A question of any kind with sensible defaults. */
export function question(fields: Partial<Question> & Pick<Question, "type" | "answer">): Question {
  return {
    id: "q_test",
    eventIds: ["ev_a"],
    prompt: "A prompt?",
    explanation: "On 28 March 2015, rebels captured Idlib city.",
    source: SOURCE,
    ...fields,
  };
}

/** A day, month or year EventDate. */
export function day(start: string, extra: Partial<EventDate> = {}): EventDate {
  const precision = start.length === 10 ? "day" : start.length === 7 ? "month" : "year";
  return { start, precision, qualifier: null, provenance: "explicit", ...extra };
}

/** A typed date question whose key is `date`. */
export function typedDate(date: EventDate): Question {
  return question({ type: "date-typed", answer: formatDate(date), date });
}
