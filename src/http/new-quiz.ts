import type { InStatement } from "@libsql/client";
import * as z from "zod";
import { newId } from "../auth/tokens.ts";
import type { OpenedDeck } from "../content.ts";
import { drawQuestions, eligibleQuestions, MIN_QUESTIONS, type QuizOptions } from "../core/quiz.ts";
import { attemptStatement, type Quiz } from "../db/quizzes.ts";

/*
 * Making quizzes and attempts, shared by students' own quizzes and teachers'
 * quiz assignments. The seed is drawn here (the shell owns randomness) and
 * recorded with the quiz, so the selection can always be replayed.
 */

/** The time-limit field of the quiz forms: whole minutes, 1 to 180, or empty for none. */
export const TimeLimitMinutes = z
  .string()
  .trim()
  .regex(/^(\d{1,3})?$/, "Enter the time limit in whole minutes, or leave it empty.")
  .transform((v) => (v === "" ? undefined : Number(v)))
  .pipe(
    z
      .number()
      .min(1, "A time limit must be at least 1 minute.")
      .max(180, "A time limit can be at most 180 minutes.")
      .optional(),
  )
  .optional();

/** The quiz option for a time limit read by TimeLimitMinutes (none when it was left empty). */
export function timeLimitOption(minutes: number | undefined): Pick<QuizOptions, "timeLimit"> {
  return minutes === undefined ? {} : { timeLimit: minutes * 60 };
}

/** Draw a quiz from a deck; `available` says how many questions fit when fewer than a quiz needs. */
export function newQuiz(
  deck: OpenedDeck,
  options: QuizOptions,
  owner: { id: number; title: string; exam: boolean; now: Date },
): { quiz: Quiz } | { available: number } {
  const eligible = eligibleQuestions(deck.questions, deck.collection.events, options);
  if (eligible.length < MIN_QUESTIONS) return { available: eligible.length };
  const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
  const chosen = drawQuestions(eligible, options.count, seed);
  const used = new Set(chosen.flatMap((q) => q.eventIds));
  return {
    quiz: {
      id: newId("quiz"),
      ownerId: owner.id,
      deckId: deck.deck.id,
      collectionId: deck.collection.id,
      title: owner.title.replace("{n}", String(chosen.length)),
      options,
      seed,
      questions: chosen,
      events: deck.events
        .filter((e) => used.has(e.id))
        .map((e) => ({ id: e.id, date: e.date, text: e.text })),
      exam: owner.exam,
      createdAt: owner.now.getTime(),
    },
  };
}

/** A new attempt at a quiz, with its deadline; with `maxAttempts` it is refused past that many. */
export function newAttempt(
  quiz: Quiz,
  userId: number,
  now: Date,
  maxAttempts?: number,
): { id: string; statement: InStatement } {
  const id = newId("att");
  const limit = quiz.options.timeLimit;
  return {
    id,
    statement: attemptStatement(
      {
        id,
        quizId: quiz.id,
        userId,
        startedAt: now.getTime(),
        deadlineAt: limit ? now.getTime() + limit * 1000 : null,
        total: quiz.questions.length,
      },
      maxAttempts,
    ),
  };
}
