import type { InStatement } from "@libsql/client";
import { type Context, Hono } from "hono";
import * as z from "zod";
import type { AssignmentRow } from "../../views/classes.tsx";
import { newId } from "../auth/tokens.ts";
import { QUESTION_TYPES } from "../core/bank-schema.ts";
import { parseCalendarDate } from "../core/calendar-date.ts";
import {
  type AssignmentStatus,
  deckProgress,
  deckStatus,
  quizStatus,
} from "../core/class-stats.ts";
import { zoneOffset } from "../core/learner-day.ts";
import { MAX_QUESTIONS, MIN_QUESTIONS, type QuizOptions } from "../core/quiz.ts";
import type { SessionUser } from "../core/users.ts";
import {
  assignmentStatement,
  assignmentsOfStudent,
  attemptsAtQuiz,
  attemptsAtQuizzes,
  createAssignment,
  getAssignment,
  isMember,
} from "../db/classes.ts";
import { quizStatement, startQuiz } from "../db/quizzes.ts";
import type { StudyState } from "../db/study-state.ts";
import { auditOf } from "../http/audit.ts";
import type { AppEnv } from "../http/env.ts";
import { ConflictError, NotFoundError } from "../http/errors.ts";
import { setFlash } from "../http/flash.ts";
import {
  createOnce,
  earlierSubmission,
  FormToken,
  newFormToken,
  recordSubmission,
} from "../http/form-token.ts";
import { newAttempt, newQuiz, TimeLimitMinutes, timeLimitOption } from "../http/new-quiz.ts";
import { learnerSettings, requireUser } from "../http/session.ts";
import { learnerStudyState } from "../http/study-state.ts";
import {
  calendarDate,
  DECK_ID,
  type FieldErrors,
  type FormValues,
  form,
  formOrBadRequest,
  params,
  wholeNumber,
} from "../http/validate.ts";
import {
  alreadySent,
  assignableDecks,
  assignmentDetail,
  ClassId,
  dateLabel,
  ownClass,
  renderTeacherClass,
} from "./class-common.tsx";

/*
 * Assignments: a teacher assigns a deck to study or a quiz to a class; its
 * students see where they stand on each and start its quiz.
 */

const AssignmentId = z.object({ aid: z.string().regex(/^asg_[0-9a-z]{1,40}$/) });
const TokenOnly = z.object({ form_token: FormToken });

const whole = (min: number, max: number, message: string) =>
  wholeNumber(min, max, {
    missing: message,
    notWhole: message,
    tooSmall: message,
    tooLarge: message,
  });

const AssignForm = z
  .object({
    deck: z.string({ error: "Choose a deck." }).regex(DECK_ID, "Choose a deck."),
    kind: z.enum(["deck", "quiz"], { error: "Choose what to assign." }),
    due: calendarDate("Choose a due date.", "Choose a real date, like 2030-06-30."),
    target: z
      .string()
      .trim()
      .regex(/^0?\.\d{1,3}$/, "Enter a target retention between 0.70 and 0.97.")
      .transform(Number)
      .pipe(
        z
          .number()
          .min(0.7, "Enter a target retention between 0.70 and 0.97.")
          .max(0.97, "Enter a target retention between 0.70 and 0.97."),
      )
      .optional(),
    count: whole(
      MIN_QUESTIONS,
      MAX_QUESTIONS,
      `Ask between ${MIN_QUESTIONS} and ${MAX_QUESTIONS} questions.`,
    ).optional(),
    minutes: TimeLimitMinutes,
    attempts: whole(1, 20, "Allow between 1 and 20 attempts.").optional(),
    exam: z.literal("on").optional(),
    assigned: z.string().optional(),
    form_token: FormToken,
    ...Object.fromEntries(QUESTION_TYPES.map((k) => [`kind_${k}`, z.literal("on").optional()])),
  })
  .loose();

/** The last instant of `iso` (YYYY-MM-DD) in `timeZone`. */
function endOfDay(iso: string, timeZone: string): number | null {
  const day = parseCalendarDate(iso);
  if (day === null) return null;
  const next = Date.UTC(day.y, day.m - 1, day.d + 1);
  return next - zoneOffset(new Date(next), timeZone) - 1;
}

/** The assignments of a student with where they stand on each, soonest due first. */
export async function studentAssignmentRows(
  c: Context<AppEnv>,
  user: SessionUser,
  classId?: string,
  /** The learner's cards, when the caller has read them already (the home page). */
  knownCards?: StudyState["cards"],
): Promise<AssignmentRow[]> {
  const { timeZone } = learnerSettings(c);
  const all = (await assignmentsOfStudent(c.get("db"), user.id)).filter(
    (a) => classId === undefined || a.classId === classId,
  );
  // The cards and one read of attempts serve every assignment, not one read per assignment.
  const deckEventIds = new Map<string, string[]>();
  for (const a of all) {
    if (a.kind !== "deck" || deckEventIds.has(a.deckId)) continue;
    const deck = await c.get("content").deck(a.deckId);
    deckEventIds.set(a.deckId, deck ? deck.events.map((e) => e.id) : []);
  }
  const cards =
    deckEventIds.size === 0 ? new Map() : (knownCards ?? (await learnerStudyState(c)).cards);
  const quizIds = all.flatMap((a) => (a.kind !== "deck" && a.quizId ? [a.quizId] : []));
  const attemptsByQuiz = await attemptsAtQuizzes(c.get("db"), quizIds, user.id);
  const rows: AssignmentRow[] = [];
  for (const a of all) {
    let status: AssignmentStatus = "not started";
    let action: AssignmentRow["action"];
    if (a.kind === "deck") {
      const ids = deckEventIds.get(a.deckId) ?? [];
      status = deckStatus(
        deckProgress(ids, cards, new Date(a.dueAt), null, a.targetRetention ?? 0.85),
        a.dueAt,
        c.get("now"),
      );
      action = { label: "Study", href: `/decks/${a.deckId}/study` };
    } else if (a.quizId) {
      const attempts = attemptsByQuiz.get(a.quizId) ?? [];
      status = quizStatus(attempts, a.dueAt, c.get("now"));
      const open = attempts.find((x) => x.finishedAt === null);
      const used = attempts.length;
      const latest = attempts.at(-1);
      if (open) action = { label: "Continue", href: `/attempts/${open.attemptId}` };
      else if (used < (a.attemptsAllowed ?? 1))
        action = {
          label: used === 0 ? "Start quiz" : "Try again",
          post: `/assignments/${a.id}/start`,
          token: newFormToken(),
        };
      else if (latest) action = { label: "Results", href: `/attempts/${latest.attemptId}/results` };
    }
    rows.push({
      title: `${a.title} (${a.className})`,
      kind: a.kind,
      due: dateLabel(a.dueAt, timeZone),
      detail: assignmentDetail(a),
      href: `/classes/${a.classId}`,
      status,
      action,
    });
  }
  return rows;
}

export const assignments = new Hono<AppEnv>()
  .post(
    "/classes/:id/assignments",
    params(ClassId),
    form(AssignForm, async (c, errors, values) => {
      const { teacher, cls } = await ownClass(c, c.req.param("id") ?? "");
      return renderTeacherClass(c, teacher, cls, values, errors);
    }),
    async (c) => {
      const { teacher, cls } = await ownClass(c, c.req.valid("param").id);
      const f = c.req.valid("form");
      const token = f.form_token;
      const earlier = await earlierSubmission(c, token);
      if (earlier !== null) return alreadySent(c, earlier);
      const values: FormValues = Object.fromEntries(
        Object.entries(f)
          .filter(([, v]) => typeof v === "string" || typeof v === "number")
          .map(([k, v]) => [k, String(v)]),
      );
      const decks = await assignableDecks(c, teacher.id);
      const fail = (errors: FieldErrors) => {
        c.status(422);
        return renderTeacherClass(c, teacher, cls, values, errors, undefined, decks);
      };
      const deckOption = decks.find((d) => d.id === f.deck);
      const deck = deckOption ? await c.get("content").deck(f.deck) : null;
      if (!deckOption || !deck)
        return fail({ deck: "Choose one of your published decks or a deck of the bank." });
      const { timeZone } = learnerSettings(c);
      const dueAt = endOfDay(f.due, timeZone);
      if (dueAt === null) return fail({ due: "Choose a real date." });
      if (dueAt < c.get("now").getTime())
        return fail({ due: "Choose a due date that has not passed." });
      const id = newId("asg");
      const location = `/classes/${cls.id}`;
      const base = {
        id,
        classId: cls.id,
        deckId: deck.deck.id,
        dueAt,
        createdAt: c.get("now").getTime(),
      };
      let statements: InStatement[];
      let short: { made: number; asked: number } | null = null;
      if (f.kind === "deck") {
        statements = [
          assignmentStatement({
            ...base,
            kind: "deck",
            title: `Study: ${deck.deck.title}`,
            targetRetention: f.target ?? 0.85,
            quizId: null,
            attemptsAllowed: null,
            exam: false,
          }),
          auditOf(c, "assignment.create", {
            target: id,
            detail: `deck ${deck.deck.id} to ${cls.id}`,
          }),
        ];
      } else {
        const kinds = QUESTION_TYPES.filter(
          (k) => (f as Record<string, unknown>)[`kind_${k}`] === "on",
        );
        if (kinds.length === 0) return fail({ kinds: "Choose at least one kind of question." });
        const options: QuizOptions = {
          count: f.count ?? 10,
          kinds,
          ...timeLimitOption(f.minutes),
        };
        const made = newQuiz(deck, options, {
          id: teacher.id,
          title: `Quiz: ${deck.deck.title}`,
          exam: f.exam === "on",
          now: c.get("now"),
        });
        if ("available" in made) {
          return fail({
            kinds: `Only ${made.available} questions of these kinds exist in this deck; a quiz needs at least ${MIN_QUESTIONS}.`,
          });
        }
        const quiz = made.quiz;
        if (quiz.questions.length < options.count)
          short = { made: quiz.questions.length, asked: options.count };
        statements = [
          quizStatement(quiz),
          assignmentStatement({
            ...base,
            kind: "quiz",
            title: quiz.title,
            targetRetention: null,
            quizId: quiz.id,
            attemptsAllowed: f.attempts ?? 1,
            exam: quiz.exam,
          }),
          auditOf(c, "assignment.create", {
            target: id,
            detail: `quiz on ${deck.deck.id} to ${cls.id}`,
          }),
        ];
      }
      const made = await createOnce(c, token, () =>
        createAssignment(c.get("db"), [...statements, ...recordSubmission(c, token, location)]),
      );
      if ("earlier" in made) return alreadySent(c, made.earlier);
      if (short) setFlash(c, "assigned-short", short.made, short.asked);
      else setFlash(c, "assigned");
      return c.redirect(location, 303);
    },
  )
  .post("/assignments/:aid/start", params(AssignmentId), formOrBadRequest(TokenOnly), async (c) => {
    const user = requireUser(c);
    const token = c.req.valid("form").form_token;
    const earlier = await earlierSubmission(c, token);
    if (earlier !== null) return c.redirect(earlier, 303);
    const a = await getAssignment(c.get("db"), c.req.valid("param").aid);
    if (
      a === null ||
      a.kind !== "quiz" ||
      a.quizId === null ||
      !(await isMember(c.get("db"), a.classId, user.id))
    ) {
      throw new NotFoundError("There is no such assignment.");
    }
    const quiz = await c.get("content").quiz(a.quizId);
    if (quiz === null) throw new NotFoundError("There is no such quiz.");
    const attempts = await attemptsAtQuiz(c.get("db"), quiz.id, [user.id]);
    const open = attempts.find((x) => x.finishedAt === null);
    if (open) return c.redirect(`/attempts/${open.attemptId}`, 303);
    if (attempts.length >= (a.attemptsAllowed ?? 1)) {
      throw new ConflictError(
        `You have used all ${a.attemptsAllowed ?? 1} attempts allowed for this quiz.`,
      );
    }
    const attempt = newAttempt(quiz, user.id, c.get("now"), a.attemptsAllowed ?? 1);
    const location = `/attempts/${attempt.id}`;
    const started = await createOnce(c, token, () =>
      startQuiz(
        c.get("db"),
        [attempt.statement],
        recordSubmission(c, token, location, { onlyIfInserted: true }),
      ),
    );
    if ("earlier" in started) return c.redirect(started.earlier, 303);
    if (!started.created)
      throw new ConflictError(
        `You have used all ${a.attemptsAllowed ?? 1} attempts allowed for this quiz.`,
      );
    return c.redirect(location, 303);
  });
