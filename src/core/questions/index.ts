import {
  type BankEvent,
  type BankSource,
  type DroppedQuestion,
  type Question,
  type QuestionType,
  UNASKED,
} from "../bank-schema.ts";
import type { Nlp } from "../nlp/tokens.ts";
import { makeChecker } from "./check.ts";
import { clozeQuestions } from "./cloze.ts";
import { buildContext } from "./context.ts";
import { dateQuestions } from "./date-questions.ts";
import { numericQuestions } from "./numeric.ts";
import { orderQuestions, whichFirstQuestions } from "./sequence.ts";
import { whyNotAlone } from "./standalone.ts";
import { whatHappenedQuestions } from "./what-happened.ts";
import { whoWhereQuestions } from "./who-where.ts";
import { metered, type WorkMeter } from "./work.ts";

export type { WorkMeter } from "./work.ts";

/*
 * Question generation (issue 4): several variants per event — date choice and
 * typed, cloze, numeric, who/where, what-happened — and sequences across events
 * (which came first, put in order). Every draft passes the same checks the bank
 * quality test runs, and a draft that fails is dropped rather than published.
 */

const TYPE_ORDER: readonly string[] = [
  "date-choice",
  "date-typed",
  "cloze",
  "numeric",
  "who",
  "where",
  "what-happened",
  "which-first",
  "order",
] satisfies QuestionType[];

/**
 * Two events told in the same words with different dates (one sentence under two
 * datelines) would ask one question with two answers: neither is asked.
 */
function withoutContradictions(questions: Question[]): Question[] {
  const answers = new Map<string, Set<string>>();
  // Sequence prompts ("Which came first?") are the same for every question; their options differ.
  const key = (q: Question) => (q.eventIds.length === 1 ? `${q.type}\u0000${q.prompt}` : q.id);
  for (const q of questions) {
    const set = answers.get(key(q)) ?? new Set<string>();
    set.add(JSON.stringify(q.answer));
    answers.set(key(q), set);
  }
  return questions.filter((q) => (answers.get(key(q))?.size ?? 0) <= 1);
}

/** Options of question generation: `meter` counts units of candidate work (for linearity tests). */
export type GenerateOptions = { meter?: WorkMeter };

/** How many dropped questions a bank lists for review: enough to see the causes, bounded in size. */
export const MAX_DROPPED_LISTED = 300;

/** Questions and the drafts the gate dropped, with the first problem of each. */
export type GeneratedQuestions = { questions: Question[]; dropped: DroppedQuestion[] };

/** Generate the questions of a bank from its events, sources and documents. Pure and deterministic. */
export function generateQuestions(
  input: Parameters<typeof generateWithDropped>[0],
  options: GenerateOptions = {},
): Question[] {
  return generateWithDropped(input, options).questions;
}

/** Generate the questions of a bank, and list (up to MAX_DROPPED_LISTED) the drafts the gate dropped. */
export function generateWithDropped(
  input: {
    events: BankEvent[];
    sources: BankSource[];
    documents: { id: string; text: string }[];
    /** The tagger: prompts are built from the parts of each event's sentence. */
    nlp: Nlp;
  },
  options: GenerateOptions = {},
): GeneratedQuestions {
  return metered(options.meter, () => generate(input));
}

function generate(input: {
  events: BankEvent[];
  sources: BankSource[];
  documents: { id: string; text: string }[];
  nlp: Nlp;
}): GeneratedQuestions {
  const ctx = buildContext(input);
  const check = makeChecker(
    input,
    input.documents.length > 0 ? input.documents : null,
    (name) => ctx.catalog.find(name)?.kind,
  );
  const seen = new Set<string>();
  const passed: Question[] = [];
  const dropped: DroppedQuestion[] = [];
  // Drafts are checked in the order they are made, each as soon as it is made, while
  // what its prompt needed (its words, its names' keys) is still remembered.
  const keep = (drafts: Question[]) => {
    for (const q of drafts) {
      if (seen.has(q.id)) continue;
      const problems = check(q);
      if (problems.length > 0) {
        if (dropped.length < MAX_DROPPED_LISTED)
          dropped.push({
            type: q.type,
            eventIds: q.eventIds,
            prompt: q.prompt,
            reason: problems[0] ?? "",
          });
        continue;
      }
      seen.add(q.id);
      passed.push(q);
    }
  };
  for (const info of ctx.events) {
    // "It was rocked by fighting": a sentence whose subject is outside it asks nothing
    // answerable; the teacher is told why the event has no questions.
    if (!info.standalone) {
      if (dropped.length < MAX_DROPPED_LISTED)
        dropped.push({
          type: UNASKED,
          eventIds: [info.event.id],
          prompt: info.event.text,
          reason: whyNotAlone(info.promptText, ctx.nlp) ?? "",
        });
      continue;
    }
    keep(dateQuestions(info, ctx));
    keep(clozeQuestions(info, ctx));
    keep(numericQuestions(info, ctx));
    keep(whoWhereQuestions(info, ctx));
    keep(whatHappenedQuestions(info, ctx));
  }
  keep(whichFirstQuestions(ctx));
  keep(orderQuestions(ctx));
  const kept = withoutContradictions(passed);
  const position = new Map(
    kept.map((q) => [q, Math.min(...q.eventIds.map((id) => ctx.byId.get(id)?.index ?? 0))]),
  );
  const typeRank = (q: Question) => TYPE_ORDER.indexOf(q.type);
  const questions = kept.sort(
    (a, b) =>
      (position.get(a) ?? 0) - (position.get(b) ?? 0) ||
      typeRank(a) - typeRank(b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { questions, dropped };
}
