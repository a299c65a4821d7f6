import { type Context, Hono } from "hono";
import * as z from "zod";
import {
  ExamPendingPage,
  type QuestionResultRow,
  type QuestionView,
  QuizDeckPickerPage,
  QuizHistoryPage,
  QuizNewPage,
  QuizQuestionPage,
  QuizResultsPage,
} from "../../views/quiz.tsx";
import type { OpenedDeck } from "../content.ts";
import { QUESTION_TYPES, type Question } from "../core/bank-schema.ts";
import { formatDate, formatDayTime } from "../core/date-format.ts";
import { eventYear } from "../core/decks.ts";
import { sourceFeedback } from "../core/grade/feedback.ts";
import { answerText, gradeAnswer, isChoice, ratingFromScore } from "../core/grade/index.ts";
import { orderItemText, splitIds, startingOrder } from "../core/grade/order-answer.ts";
import { learnerDay } from "../core/learner-day.ts";
import {
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  parseOrder,
  type QuizOptions,
  secondsLeft,
  totalScore,
} from "../core/quiz.ts";
import { type Grade, newCard, reviewCard } from "../core/schedule.ts";
import { layoutTimeline } from "../core/timeline.ts";
import { getCard, reviewStatements } from "../db/cards.ts";
import { assignmentOfQuiz } from "../db/classes.ts";
import { visibleDecks } from "../db/collections.ts";
import {
  type Attempt,
  answerStatements,
  answersOf,
  attemptsOf,
  finishAttempt,
  getAttempt,
  type Quiz,
  quizStatement,
  recordAnswer,
  startQuiz,
} from "../db/quizzes.ts";
import { openDeck } from "../http/access.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, BadRequestError, ConflictError, NotFoundError } from "../http/errors.ts";
import {
  createOnce,
  earlierSubmission,
  FormToken,
  newFormToken,
  recordSubmission,
} from "../http/form-token.ts";
import { newAttempt, newQuiz, TimeLimitMinutes, timeLimitOption } from "../http/new-quiz.ts";
import { learnerSettings, requireUser } from "../http/session.ts";
import {
  DECK_ID,
  type FieldErrors,
  type FormValues,
  form,
  formOrBadRequest,
  params,
  query,
  wholeNumber,
} from "../http/validate.ts";

/*
 * Quizzes. The server keeps the questions, the answers and the clock: a form
 * only says which position it answers, and the attempt advances from exactly that
 * position, before its deadline, once. Non-exam answers also update the
 * student's card for the event, as a study review would.
 */

const optionalYear = z
  .string()
  .trim()
  .regex(/^(\d{1,4})?$/, "Choose a year from the list.")
  .transform((v) => (v === "" ? undefined : Number(v)))
  .optional();

const NewQuizForm = z
  .object({
    deck: z.string().regex(DECK_ID, "Choose a deck."),
    count: wholeNumber(MIN_QUESTIONS, MAX_QUESTIONS, {
      missing: "Enter the number of questions.",
      notWhole: "Enter the number of questions as a whole number.",
      tooSmall: `Ask at least ${MIN_QUESTIONS} questions.`,
      tooLarge: `Ask at most ${MAX_QUESTIONS} questions.`,
    }),
    kinds: z
      .union([z.enum(QUESTION_TYPES), z.array(z.enum(QUESTION_TYPES))], {
        error: "Choose at least one kind of question.",
      })
      .transform((v) => (Array.isArray(v) ? v : [v])),
    from: optionalYear,
    to: optionalYear,
    doc: z
      .string()
      .max(120)
      .optional()
      .transform((v) => (v ? v : undefined)),
    minutes: TimeLimitMinutes,
    form_token: FormToken,
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    path: ["to"],
    message: "The last year must not come before the first.",
  });

// A missing deck gets a page to choose one; a malformed one is "not found" like an unknown one.
const DeckQuery = z.object({ deck: z.string().max(200).optional() });
const TokenOnly = z.object({ form_token: FormToken });
const AttemptId = z.object({ id: z.string().regex(/^att_[0-9a-z]{1,40}$/) });
const QuizId = z.object({ id: z.string().regex(/^quiz_[0-9a-z]{1,40}$/) });

const AnswerForm = z.object({
  position: z.coerce.number().int().min(0).max(MAX_QUESTIONS),
  question: z.string().regex(/^q_[0-9a-z]+$/),
  action: z.enum(["next", "skip"]).optional(),
  response: z.string().max(300, "Keep your answer under 300 characters.").optional(),
  order: z.union([z.string().max(40), z.array(z.string().max(40)).max(10)]).optional(),
  move: z
    .string()
    .regex(/^(up|down):ev_[0-9a-z]+$/)
    .optional(),
});

async function renderNew(
  c: Context<AppEnv>,
  deck: OpenedDeck,
  values: FormValues,
  errors?: FieldErrors,
  kinds?: string[],
) {
  const user = requireUser(c);
  const counts = new Map<string, number>();
  for (const q of deck.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  const years = [...new Set(deck.events.map(eventYear))].sort((a, b) => a - b);
  const docs = [...new Set(deck.events.flatMap((e) => e.sources.map((s) => s.doc)))].map((id) => ({
    id,
    title: deck.collection.sources.get(id)?.title || id,
  }));
  const available = QUESTION_TYPES.filter((k) => counts.has(k)).map((type) => ({
    type,
    count: counts.get(type) ?? 0,
  }));
  return c.html(
    <QuizNewPage
      user={user}
      deck={{ id: deck.deck.id, title: deck.deck.title }}
      kinds={available}
      years={years}
      docs={docs}
      values={{ ...values, form_token: values.form_token ?? newFormToken() }}
      errors={errors}
      checkedKinds={kinds ?? available.map((k) => k.type)}
      questionRange={{ min: MIN_QUESTIONS, max: MAX_QUESTIONS }}
    />,
  );
}

/** The attempt of the signed-in student; anyone else's is "not found". */
async function ownAttempt(
  c: Context<AppEnv>,
  id: string,
): Promise<{ attempt: Attempt; quiz: Quiz }> {
  const user = requireUser(c);
  const attempt = await getAttempt(c.get("db"), id);
  const quiz =
    attempt && attempt.userId === user.id ? await c.get("content").quiz(attempt.quizId) : null;
  if (attempt === null || quiz === null) throw new NotFoundError("There is no such quiz attempt.");
  return { attempt, quiz };
}

/** Finish an attempt whose time is up; true when it is (now) finished. */
async function closeIfOver(c: Context<AppEnv>, attempt: Attempt): Promise<boolean> {
  if (attempt.finishedAt !== null) return true;
  if (
    attempt.position >= attempt.total ||
    (attempt.deadlineAt !== null && c.get("now").getTime() > attempt.deadlineAt)
  ) {
    await finishAttempt(c.get("db"), attempt.id, c.get("now"));
    return true;
  }
  return false;
}

function orderItems(q: Question, ids: string[]): { id: string; text: string }[] {
  return ids.map((id) => ({ id, text: orderItemText(q, id) ?? id }));
}

/**
 * The arrangement an ordering question starts from in this attempt: seeded by the
 * attempt and the question (a reload shows the same, a retake another), never the
 * true order and never close to it, so submitting it untouched scores 0.
 */
function startingItems(q: Question, attemptId: string): { id: string; text: string }[] {
  const truth = Array.isArray(q.answer) ? q.answer : splitIds(q.answer);
  return orderItems(q, startingOrder(truth, `${attemptId}\u0000${q.id}`));
}

function questionView(
  attempt: Attempt,
  quiz: Quiz,
  now: Date,
  extra: Partial<QuestionView> = {},
): QuestionView {
  const q = quiz.questions[attempt.position];
  if (!q) throw new ConflictError("This quiz has no more questions.");
  return {
    attemptId: attempt.id,
    position: attempt.position,
    total: attempt.total,
    questionId: q.id,
    prompt: q.prompt,
    choices: isChoice(q) ? (q.choices ?? null) : null,
    order: q.type === "order" ? startingItems(q, attempt.id) : null,
    secondsLeft: secondsLeft(attempt.deadlineAt, now),
    exam: quiz.exam,
    ...extra,
  };
}

/** The answer as shown to the student: an ordering question lists its events, numbered. */
function shownAnswer(q: Question): string {
  if (q.type === "order" && Array.isArray(q.answer)) {
    return q.answer.map((id, i) => `${i + 1}. ${orderItemText(q, id) ?? id}`).join("  ");
  }
  return answerText(q);
}

export const quizzes = new Hono<AppEnv>()
  .get("/quizzes", async (c) => {
    const user = requireUser(c);
    const { timeZone } = learnerSettings(c);
    const rows = (await attemptsOf(c.get("db"), user.id)).map((a) => {
      const { points, percent } = totalScore([a.points ?? 0], a.total);
      return {
        attemptId: a.id,
        quizId: a.quizId,
        title: a.title,
        date: formatDayTime(a.startedAt, timeZone),
        finished: a.finishedAt !== null,
        score: a.finishedAt === null ? "—" : `${points} / ${a.total} (${percent}%)`,
        // Only the student's own quizzes can be retaken (a teacher's quiz counts its attempts).
        retakeToken: a.quizOwnerId === user.id ? newFormToken() : null,
      };
    });
    return c.html(<QuizHistoryPage user={user} rows={rows} />);
  })
  .get("/quizzes/new", query(DeckQuery), async (c) => {
    const user = requireUser(c);
    const id = c.req.valid("query").deck;
    if (id === undefined) {
      const decks = (await visibleDecks(c.get("db"), user.id)).filter(
        (d) => d.status === "published",
      );
      return c.html(
        <QuizDeckPickerPage
          user={user}
          decks={decks.map((d) => ({ id: d.id, title: d.title, kind: d.kind }))}
        />,
      );
    }
    if (!DECK_ID.test(id)) throw new NotFoundError("There is no such deck.");
    const deck = await openDeck(c, id);
    return renderNew(c, deck, { count: "10" });
  })
  .post(
    "/quizzes",
    form(NewQuizForm, async (c, errors, values) => {
      const deck = await openDeck(c, values.deck ?? "");
      return renderNew(c, deck, values, errors);
    }),
    async (c) => {
      const user = requireUser(c);
      const f = c.req.valid("form");
      const earlier = await earlierSubmission(c, f.form_token);
      if (earlier !== null) return c.redirect(earlier, 303);
      const deck = await openDeck(c, f.deck);
      const options: QuizOptions = {
        count: f.count,
        kinds: f.kinds,
        ...(f.from !== undefined ? { from: f.from } : {}),
        ...(f.to !== undefined ? { to: f.to } : {}),
        ...(f.doc !== undefined ? { doc: f.doc } : {}),
        ...timeLimitOption(f.minutes),
      };
      const made = newQuiz(deck, options, {
        id: user.id,
        title: `${deck.deck.title}: {n} questions`,
        exam: false,
        now: c.get("now"),
      });
      if ("available" in made) {
        const values = {
          count: String(f.count),
          from: f.from === undefined ? "" : String(f.from),
          to: f.to === undefined ? "" : String(f.to),
          doc: f.doc ?? "",
          minutes: f.minutes === undefined ? "" : String(f.minutes),
          ...(f.form_token ? { form_token: f.form_token } : {}),
        };
        c.status(422);
        return renderNew(
          c,
          deck,
          values,
          {
            kinds: `Only ${made.available} questions match these choices; a quiz needs at least ${MIN_QUESTIONS}. Choose more kinds or a wider span.`,
          },
          f.kinds,
        );
      }
      const attempt = newAttempt(made.quiz, user.id, c.get("now"));
      const location = `/attempts/${attempt.id}`;
      const started = await createOnce(c, f.form_token, () =>
        startQuiz(
          c.get("db"),
          [quizStatement(made.quiz), attempt.statement],
          recordSubmission(c, f.form_token, location),
        ),
      );
      return c.redirect("earlier" in started ? started.earlier : location, 303);
    },
  )
  .post("/quizzes/:id/retake", params(QuizId), formOrBadRequest(TokenOnly), async (c) => {
    const user = requireUser(c);
    const token = c.req.valid("form").form_token;
    const earlier = await earlierSubmission(c, token);
    if (earlier !== null) return c.redirect(earlier, 303);
    const quiz = await c.get("content").quiz(c.req.valid("param").id);
    if (quiz === null || quiz.ownerId !== user.id)
      throw new NotFoundError("There is no such quiz.");
    const attempt = newAttempt(quiz, user.id, c.get("now"));
    const location = `/attempts/${attempt.id}`;
    const started = await createOnce(c, token, () =>
      startQuiz(c.get("db"), [attempt.statement], recordSubmission(c, token, location)),
    );
    return c.redirect("earlier" in started ? started.earlier : location, 303);
  })
  .get("/attempts/:id", params(AttemptId), async (c) => {
    const user = requireUser(c);
    const { attempt, quiz } = await ownAttempt(c, c.req.valid("param").id);
    if (await closeIfOver(c, attempt)) return c.redirect(`/attempts/${attempt.id}/results`, 303);
    const asked = quiz.options.count;
    const notice =
      attempt.position === 0 && quiz.questions.length < asked
        ? `You asked for ${asked} questions, but only ${quiz.questions.length} match your choices in this deck, so this quiz has ${quiz.questions.length}.`
        : undefined;
    return c.html(
      <QuizQuestionPage user={user} q={questionView(attempt, quiz, c.get("now"), { notice })} />,
    );
  })
  .post(
    "/attempts/:id/answer",
    params(AttemptId),
    formOrBadRequest(
      AnswerForm,
      "That answer could not be read. Reload the page and answer again.",
    ),
    async (c) => {
      const user = requireUser(c);
      const { attempt, quiz } = await ownAttempt(c, c.req.valid("param").id);
      const f = c.req.valid("form");
      const now = c.get("now");
      if (attempt.finishedAt !== null) {
        throw new ConflictError(
          "This quiz is already finished: answers can no longer be given or changed.",
        );
      }
      if (attempt.deadlineAt !== null && now.getTime() > attempt.deadlineAt) {
        await finishAttempt(c.get("db"), attempt.id, now);
        throw new AppError(
          409,
          "Time is up",
          "The time limit has passed, so this answer was not counted. Your results are ready.",
        );
      }
      if (f.position !== attempt.position) {
        throw new ConflictError(
          f.position < attempt.position
            ? "That question was already answered; answers cannot be changed after “Next question”."
            : "That question has not been reached yet.",
        );
      }
      const q = quiz.questions[attempt.position];
      if (!q || q.id !== f.question)
        throw new BadRequestError("That question is not part of this quiz attempt.");

      const rawOrder = f.order === undefined ? [] : Array.isArray(f.order) ? f.order : [f.order];
      const rerender = (extra: Partial<QuestionView>, status: 200 | 422 = 422) => {
        c.status(status);
        return c.html(<QuizQuestionPage user={user} q={questionView(attempt, quiz, now, extra)} />);
      };

      let response = "";
      if (q.type === "order") {
        const ids = parseOrder(q, rawOrder);
        if (ids === null)
          return rerender({
            error:
              "The order sent does not list this question's events once each. Arrange them and try again.",
          });
        if (f.move) {
          // Without JavaScript the arrows post the form: move the item and show it again.
          const [dir, id] = f.move.split(":") as ["up" | "down", string];
          const i = ids.indexOf(id);
          const j = dir === "up" ? i - 1 : i + 1;
          if (i >= 0 && j >= 0 && j < ids.length)
            [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
          return rerender({ order: orderItems(q, ids) }, 200);
        }
        response = ids.join(",");
      } else if (f.action !== "skip") {
        response = f.response?.trim() ?? "";
        if (response === "") {
          return rerender({
            error: isChoice(q)
              ? "Choose one of the options, or skip the question."
              : "Type an answer, or skip the question.",
          });
        }
        if (isChoice(q) && !(q.choices ?? []).includes(response)) {
          return rerender({ error: "That is not one of the options. Choose one of them." });
        }
      }
      if (f.action === "skip" && q.type === "order") response = "";

      const graded =
        response === ""
          ? { score: 0, correct: false, feedback: `Skipped. The answer is ${shownAnswer(q)}.` }
          : gradeAnswer(q, response);
      const statements = answerStatements(attempt, {
        position: attempt.position,
        questionId: q.id,
        response,
        score: graded.score,
        correct: graded.correct,
        feedback: graded.feedback,
        answeredAt: now.getTime(),
      });
      // Testing is learning: a single-event question also reviews the student's card for that event.
      const eventId = q.eventIds.length === 1 ? q.eventIds[0] : undefined;
      if (!quiz.exam && eventId !== undefined) {
        const settings = learnerSettings(c);
        const current = await getCard(c.get("db"), user.id, eventId);
        const before = current ?? newCard(now);
        const rating = ratingFromScore(graded.score, null) as Grade;
        const { card: after, log } = reviewCard(before, rating, now, {
          retention: settings.retention,
          params: settings.params,
        });
        statements.push(
          ...reviewStatements({
            userId: user.id,
            eventId,
            shownVersion: current?.version ?? 0,
            before,
            after,
            log,
            questionId: q.id,
            origin: "quiz",
            variant: current?.variant ?? 0,
            variantDay: current?.variantDay ?? learnerDay(now, settings.timeZone),
            durationMs: null,
            afterPrevious: true,
          }),
        );
      }
      const stored = await recordAnswer(c.get("db"), statements);
      if (!stored)
        throw new ConflictError("That question was already answered; answers cannot be changed.");
      if (attempt.position + 1 >= attempt.total) {
        await finishAttempt(c.get("db"), attempt.id, now);
        return c.redirect(`/attempts/${attempt.id}/results`, 303);
      }
      return c.redirect(`/attempts/${attempt.id}`, 303);
    },
  )
  .post("/attempts/:id/finish", params(AttemptId), async (c) => {
    const { attempt } = await ownAttempt(c, c.req.valid("param").id);
    await finishAttempt(c.get("db"), attempt.id, c.get("now"));
    return c.redirect(`/attempts/${attempt.id}/results`, 303);
  })
  .get("/attempts/:id/results", params(AttemptId), async (c) => {
    const user = requireUser(c);
    const { attempt, quiz } = await ownAttempt(c, c.req.valid("param").id);
    if (!(await closeIfOver(c, attempt))) return c.redirect(`/attempts/${attempt.id}`, 303);
    if (quiz.exam) {
      const assignment = await assignmentOfQuiz(c.get("db"), quiz.id);
      if (assignment && c.get("now").getTime() <= assignment.dueAt) {
        const { timeZone } = learnerSettings(c);
        const due = formatDayTime(assignment.dueAt, timeZone);
        return c.html(<ExamPendingPage user={user} title={quiz.title} due={due} />);
      }
    }
    const answers = new Map((await answersOf(c.get("db"), attempt.id)).map((a) => [a.position, a]));
    const collection = await c.get("content").collection(quiz.collectionId);
    const dateOf = new Map(quiz.events.map((e) => [e.id, formatDate(e.date)]));
    const dated = (q: Question, ids: string[]) =>
      orderItems(q, ids).map((i) => ({ date: dateOf.get(i.id) ?? "", text: i.text }));
    const missed = new Set<string>();
    const eventText = new Map(quiz.events.map((e) => [e.id, e.text]));
    const rows = quiz.questions.map((q, position): QuestionResultRow => {
      const a = answers.get(position);
      if (!a || a.score < 1) for (const id of q.eventIds) missed.add(id);
      const order = q.type === "order" && Array.isArray(q.answer);
      const sourceTitle = collection?.sourceLabels.get(q.source.doc) ?? q.source.doc;
      const said = sourceFeedback(q, {
        answer: order ? "" : answerText(q),
        response: a?.response ?? "",
        eventText: eventText.get(q.eventIds[0] ?? "") ?? "",
        sourceTitle,
      });
      // Why a score is partial, said only while today's grading gives the score that was stored.
      const regraded = a && a.response !== "" ? gradeAnswer(q, a.response) : null;
      const detail = regraded && a && regraded.score === a.score ? regraded.detail : "";
      return {
        position,
        prompt: q.prompt,
        answered: a !== undefined && a.response !== "",
        response: a && !order ? a.response : "",
        answer: order ? "" : answerText(q),
        order: order
          ? {
              yours: a && a.response !== "" ? dated(q, a.response.split(",")) : [],
              right: dated(q, q.answer as string[]),
            }
          : null,
        score: a?.score ?? 0,
        detail,
        ...said,
        sourceTitle,
      };
    });
    const { points, percent } = totalScore(
      rows.map((r) => r.score),
      attempt.total,
    );
    const lastAnswer = Math.max(0, ...[...answers.values()].map((a) => a.answeredAt));
    return c.html(
      <QuizResultsPage
        user={user}
        quizId={quiz.id}
        title={quiz.title}
        points={points}
        total={attempt.total}
        percent={percent}
        rows={rows}
        deckId={quiz.deckId}
        canRetake={quiz.ownerId === user.id}
        retakeToken={newFormToken()}
        finishedLate={
          attempt.deadlineAt !== null &&
          answers.size < attempt.total &&
          (attempt.finishedAt ?? lastAnswer) > attempt.deadlineAt
        }
        timeline={layoutTimeline(
          quiz.events.map((e) => ({
            id: e.id,
            date: e.date,
            label: `${formatDate(e.date)}: ${e.text}${missed.has(e.id) ? " (missed)" : ""}`,
            mark: missed.has(e.id) ? "missed" : "right",
          })),
        )}
        timelineList={quiz.events.map((e) => ({
          id: e.id,
          dateLabel: formatDate(e.date),
          text: e.text,
          markLabel: missed.has(e.id) ? "missed" : "right",
        }))}
      />,
    );
  });
