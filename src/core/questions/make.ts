import type { Question } from "../bank-schema.ts";
import { shortHash } from "./hash.ts";

/*
 * Question ids come from what the question is about (kind, events, the variant's
 * key phrase), never from its position or its distractors, so they survive
 * rebuilding the bank with other documents added or removed.
 */

/** Fields of a question before its id is known, plus the variant key that tells siblings apart. */
export type Draft = Omit<Question, "id"> & { variant: string };

/** The stable id of a question: "q_" + a short hash of kind, sorted event ids and variant. */
export function questionId(type: string, eventIds: string[], variant: string): string {
  return `q_${shortHash([type, ...[...eventIds].sort(), variant].join("|"))}`;
}

/** Give a draft its id and drop the variant key. */
export function makeQuestion(draft: Draft): Question {
  const { variant, ...fields } = draft;
  // Parts joined with a space may start with a comma ("did X die" + ", possibly …").
  fields.prompt = fields.prompt
    .replace(/\s+([,;:?!])/g, "$1")
    // "… concluded that “No one could have done more.”?": the question mark ends it.
    .replace(/[.!](["”’])\?$/, "$1?");
  const q: Question = { id: questionId(draft.type, draft.eventIds, variant), ...fields };
  return q;
}
