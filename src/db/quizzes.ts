import type { InStatement, Row } from "@libsql/client";
import type { BankEvent, Question } from "../core/bank-schema.ts";
import type { QuizOptions } from "../core/quiz.ts";
import type { Db } from "./db.ts";

export type QuizEvent = Pick<BankEvent, "id" | "date" | "text">;

export type Quiz = {
  id: string;
  ownerId: number;
  deckId: string;
  collectionId: string;
  title: string;
  options: QuizOptions;
  seed: number;
  questions: Question[];
  events: QuizEvent[];
  exam: boolean;
  createdAt: number;
};

export type Attempt = {
  id: string;
  quizId: string;
  userId: number;
  startedAt: number;
  deadlineAt: number | null;
  position: number;
  finishedAt: number | null;
  points: number | null;
  total: number;
};

export type Answer = {
  position: number;
  questionId: string;
  response: string;
  score: number;
  correct: boolean;
  feedback: string;
  answeredAt: number;
};

const toQuiz = (r: Row): Quiz => {
  const content = JSON.parse(String(r.questions)) as { questions: Question[]; events: QuizEvent[] };
  return {
    id: String(r.id),
    ownerId: Number(r.owner_id),
    deckId: String(r.deck_id),
    collectionId: String(r.collection_id),
    title: String(r.title),
    options: JSON.parse(String(r.options)) as QuizOptions,
    seed: Number(r.seed),
    questions: content.questions,
    events: content.events,
    exam: Number(r.exam) === 1,
    createdAt: Number(r.created_at),
  };
};

const toAttempt = (r: Row): Attempt => ({
  id: String(r.id),
  quizId: String(r.quiz_id),
  userId: Number(r.user_id),
  startedAt: Number(r.started_at),
  deadlineAt: r.deadline_at === null ? null : Number(r.deadline_at),
  position: Number(r.position),
  finishedAt: r.finished_at === null ? null : Number(r.finished_at),
  points: r.points === null ? null : Number(r.points),
  total: Number(r.total),
});

const ATTEMPT =
  "id, quiz_id, user_id, started_at, deadline_at, position, finished_at, points, total";
const QUIZ =
  "id, owner_id, deck_id, collection_id, title, options, seed, questions, exam, created_at";

/** The statement that records a quiz. */
export function quizStatement(q: Quiz): InStatement {
  return {
    sql: `INSERT INTO quizzes (${QUIZ}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      q.id,
      q.ownerId,
      q.deckId,
      q.collectionId,
      q.title,
      JSON.stringify(q.options),
      q.seed,
      JSON.stringify({ questions: q.questions, events: q.events }),
      q.exam ? 1 : 0,
      q.createdAt,
    ],
  };
}

/** The statement that starts an attempt; with `maxAttempts`, only if the student has fewer. */
export function attemptStatement(
  a: Omit<Attempt, "position" | "finishedAt" | "points">,
  maxAttempts?: number,
): InStatement {
  return {
    sql: `INSERT INTO quiz_attempts (id, quiz_id, user_id, started_at, deadline_at, total)
          SELECT ?, ?, ?, ?, ?, ?
          WHERE (SELECT COUNT(*) FROM quiz_attempts WHERE quiz_id = ? AND user_id = ?) < ?`,
    args: [
      a.id,
      a.quizId,
      a.userId,
      a.startedAt,
      a.deadlineAt,
      a.total,
      a.quizId,
      a.userId,
      maxAttempts ?? 1e9,
    ],
  };
}

/**
 * Record a quiz and/or an attempt together (the attempt's statement last), and
 * `extra` statements after them in the same transaction; false when the attempt
 * was refused (no attempts left).
 */
export async function startQuiz(
  db: Db,
  statements: InStatement[],
  extra: InStatement[] = [],
): Promise<boolean> {
  const results = await db.batch([...statements, ...extra]);
  return (results[statements.length - 1]?.rowsAffected ?? 0) === 1;
}

/** A quiz by id. */
export function getQuiz(db: Db, id: string): Promise<Quiz | null> {
  return db.first(`SELECT ${QUIZ} FROM quizzes WHERE id = ?`, [id], toQuiz);
}

/** An attempt by id. */
export function getAttempt(db: Db, id: string): Promise<Attempt | null> {
  return db.first(`SELECT ${ATTEMPT} FROM quiz_attempts WHERE id = ?`, [id], toAttempt);
}

/** The answers of an attempt, by position. */
export function answersOf(db: Db, attemptId: string): Promise<Answer[]> {
  return db.all(
    `SELECT position, question_id, response, score, correct, feedback, answered_at FROM quiz_answers
     WHERE attempt_id = ? ORDER BY position`,
    [attemptId],
    (r) => ({
      position: Number(r.position),
      questionId: String(r.question_id),
      response: String(r.response),
      score: Number(r.score),
      correct: Number(r.correct) === 1,
      feedback: String(r.feedback),
      answeredAt: Number(r.answered_at),
    }),
  );
}

/**
 * The statements that record one answer: advance the attempt only from the
 * expected position, before its deadline, and store the answer only if that
 * happened — so an answer can never be given twice or changed later.
 */
export function answerStatements(
  attempt: Pick<Attempt, "id">,
  a: Omit<Answer, "correct"> & { correct: boolean },
): InStatement[] {
  return [
    {
      sql: `UPDATE quiz_attempts SET position = position + 1
            WHERE id = ? AND position = ? AND finished_at IS NULL AND (deadline_at IS NULL OR deadline_at >= ?)`,
      args: [attempt.id, a.position, a.answeredAt],
    },
    {
      sql: `INSERT INTO quiz_answers (attempt_id, position, question_id, response, score, correct, feedback, answered_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE changes() = 1`,
      args: [
        attempt.id,
        a.position,
        a.questionId,
        a.response,
        a.score,
        a.correct ? 1 : 0,
        a.feedback,
        a.answeredAt,
      ],
    },
  ];
}

/** Record statements; true when the answer (the second statement) was stored. */
export async function recordAnswer(db: Db, statements: InStatement[]): Promise<boolean> {
  const results = await db.batch(statements);
  return (results[1]?.rowsAffected ?? 0) === 1;
}

/** Close an attempt and total its points (unanswered questions score 0). */
export async function finishAttempt(db: Db, attemptId: string, now: Date): Promise<void> {
  await db.batch([
    {
      sql: `UPDATE quiz_attempts SET finished_at = ?,
              points = (SELECT COALESCE(SUM(score), 0) FROM quiz_answers WHERE attempt_id = quiz_attempts.id)
            WHERE id = ? AND finished_at IS NULL`,
      args: [now.getTime(), attemptId],
    },
  ]);
}

export type AttemptSummary = Attempt & {
  title: string;
  deckId: string;
  quizExam: boolean;
  /** Who made the quiz: the student for their own quizzes, a teacher for assigned ones. */
  quizOwnerId: number;
};

/** A student's attempts, newest first. */
export function attemptsOf(db: Db, userId: number, limit = 100): Promise<AttemptSummary[]> {
  return db.all(
    `SELECT a.id, a.quiz_id, a.user_id, a.started_at, a.deadline_at, a.position, a.finished_at, a.points, a.total,
            q.title, q.deck_id, q.exam, q.owner_id
     FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
     WHERE a.user_id = ? ORDER BY a.started_at DESC LIMIT ?`,
    [userId, limit],
    (r) => ({
      ...toAttempt(r),
      title: String(r.title),
      deckId: String(r.deck_id),
      quizExam: Number(r.exam) === 1,
      quizOwnerId: Number(r.owner_id),
    }),
  );
}
