import type { InStatement } from "@libsql/client";
import { type Context, Hono } from "hono";
import { z } from "zod";
import {
  AssignmentDashboard,
  type AssignmentRow,
  ClassesPage,
  type DeckOption,
  JoinPage,
  StudentClassPage,
  TeacherClassPage,
} from "../../views/classes.tsx";
import { newId } from "../auth/tokens.ts";
import { QUESTION_TYPES } from "../core/bank-schema.ts";
import { parseCalendarDate } from "../core/calendar-date.ts";
import {
  type AssignmentStatus,
  deckProgress,
  deckStatus,
  eventRecall,
  GROUP_SHARE,
  itemAnalysis,
  type MemoryState,
  MIN_STUDENTS_FOR_DISCRIMINATION,
  quizStatus,
} from "../core/class-stats.ts";
import { formatDate, formatDay } from "../core/date-format.ts";
import { resultsCsv } from "../core/exports/results-csv.ts";
import { formatJoinCode, isShortCode, joinCodeFrom, normalizeJoinCode } from "../core/join-code.ts";
import { zoneOffset } from "../core/learner-day.ts";
import { MAX_QUESTIONS, MIN_QUESTIONS, type QuizOptions } from "../core/quiz.ts";
import type { SessionUser } from "../core/users.ts";
import {
  type Assignment,
  activityOf,
  answersOfAttempts,
  assignmentStatement,
  assignmentsOfClass,
  assignmentsOfStudent,
  attemptsAtQuiz,
  attemptsAtQuizzes,
  type ClassRow,
  cardsOfStudents,
  classByCode,
  classesOfStudent,
  classesOfTeacher,
  createAssignment,
  createClass,
  getAssignment,
  getClass,
  isMember,
  joinClass,
  paramsOf,
  removeMember,
  replaceJoinCode,
  roster,
} from "../db/classes.ts";
import { visibleDecks } from "../db/collections.ts";
import { type Quiz, quizStatement, startQuiz } from "../db/quizzes.ts";
import { audit, auditOf } from "../http/audit.ts";
import type { AppEnv } from "../http/env.ts";
import { ConflictError, NotFoundError } from "../http/errors.ts";
import { setFlash, takeFlash } from "../http/flash.ts";
import {
  createOnce,
  earlierSubmission,
  FormToken,
  newFormToken,
  recordSubmission,
} from "../http/form-token.ts";
import { newAttempt, newQuiz, TimeLimitMinutes, timeLimitOption } from "../http/new-quiz.ts";
import { learnerSettings, requireTeacher, requireUser } from "../http/session.ts";
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

/*
 * Classes and assignments. A class belongs to one teacher: only they see its
 * roster, dashboards and exports; its students see its assignments. Anything a
 * user may not see is answered with 404.
 */

const ClassId = z.object({ id: z.string().regex(/^cls_[0-9a-z]{1,40}$/) });
const ClassMember = ClassId.extend({ uid: z.coerce.number().int().positive() });
const ClassAssignment = ClassId.extend({ aid: z.string().regex(/^asg_[0-9a-z]{1,40}$/) });
const AssignmentId = z.object({ aid: z.string().regex(/^asg_[0-9a-z]{1,40}$/) });
const TokenOnly = z.object({ form_token: FormToken });
const JoinCode = z.object({ code: z.string().regex(/^[A-Za-z0-9-]{6,20}$/) });

/** A fresh join code (src/core/join-code.ts). */
const joinCode = () => joinCodeFrom(crypto.getRandomValues(new Uint8Array(12)));

const name = z
  .string({ error: "Enter a class name." })
  .trim()
  .min(1, "Enter a class name.")
  .max(100, "Keep the class name under 100 characters.")
  .refine((v) => !/\p{Cc}/u.test(v), "The class name contains characters that are not allowed.");

const JoinForm = z.object({
  form_token: FormToken,
  code: z
    .string({ error: "Enter the join code." })
    .max(40, "A join code has twelve letters and digits, like K7M2-QXP4-9RTA.")
    .transform((v, ctx) => {
      const code = normalizeJoinCode(v);
      if (code === null) {
        ctx.addIssue({
          code: "custom",
          message: "A join code has twelve letters and digits, like K7M2-QXP4-9RTA.",
        });
        return z.NEVER;
      }
      return code;
    }),
});

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

const dateLabel = formatDay;

/** The last instant of `iso` (YYYY-MM-DD) in `timeZone`. */
function endOfDay(iso: string, timeZone: string): number | null {
  const day = parseCalendarDate(iso);
  if (day === null) return null;
  const next = Date.UTC(day.y, day.m - 1, day.d + 1);
  return next - zoneOffset(new Date(next), timeZone) - 1;
}

async function ownClass(
  c: Context<AppEnv>,
  id: string,
): Promise<{ teacher: SessionUser; cls: ClassRow }> {
  const teacher = requireTeacher(c);
  const cls = await getClass(c.get("db"), id);
  if (cls === null || cls.teacherId !== teacher.id)
    throw new NotFoundError("There is no such class.");
  return { teacher, cls };
}

/** An assignment of one of the teacher's own classes; 404 otherwise. */
async function ownAssignment(c: Context<AppEnv>, ids: { id: string; aid: string }) {
  const { teacher, cls } = await ownClass(c, ids.id);
  const a = await getAssignment(c.get("db"), ids.aid);
  if (a === null || a.classId !== cls.id) throw new NotFoundError("There is no such assignment.");
  return { teacher, cls, a };
}

async function assignableDecks(c: Context<AppEnv>, teacherId: number): Promise<DeckOption[]> {
  const rows = await visibleDecks(c.get("db"), teacherId);
  const out: DeckOption[] = [];
  for (const d of rows) {
    if (d.status !== "published") continue;
    const deck = await c.get("content").deck(d.id);
    if (!deck) continue;
    // In the catalogue's order, as the Start quiz form lists them.
    const present = new Set(deck.questions.map((q) => q.type));
    const kinds = QUESTION_TYPES.filter((k) => present.has(k));
    out.push({ id: d.id, title: d.title, kinds });
  }
  return out;
}

function assignmentDetail(a: Assignment): string {
  if (a.kind === "deck") return `Study every event; target retention ${a.targetRetention ?? 0.85}.`;
  return `${a.attemptsAllowed ?? 1} attempt${(a.attemptsAllowed ?? 1) === 1 ? "" : "s"}${a.exam ? ", exam mode" : ""}.`;
}

async function renderTeacherClass(
  c: Context<AppEnv>,
  teacher: SessionUser,
  cls: ClassRow,
  values: FormValues = {},
  errors?: FieldErrors,
  notice?: string,
  decks?: DeckOption[],
) {
  const { timeZone } = learnerSettings(c);
  const origin = c.get("config").publicOrigin ?? new URL(c.req.url).origin;
  const members = await roster(c.get("db"), cls.id);
  const assignments = await assignmentsOfClass(c.get("db"), cls.id);
  return c.html(
    <TeacherClassPage
      user={teacher}
      questionRange={{ min: MIN_QUESTIONS, max: MAX_QUESTIONS }}
      cls={{
        id: cls.id,
        name: cls.name,
        joinCode: formatJoinCode(cls.joinCode),
        joinLink: `${origin}/join/${cls.joinCode}`,
        shortCode: isShortCode(cls.joinCode),
      }}
      resetLinks={c.get("mailer") === null}
      members={members.map((m) => ({ ...m, joined: dateLabel(m.joinedAt, timeZone) }))}
      assignments={assignments.map((a) => ({
        id: a.id,
        title: a.title,
        kind: a.kind,
        due: dateLabel(a.dueAt, timeZone),
        detail: assignmentDetail(a),
        href: `/classes/${cls.id}/assignments/${a.id}`,
      }))}
      decks={decks ?? (await assignableDecks(c, teacher.id))}
      values={values}
      formToken={values.form_token ?? newFormToken()}
      errors={errors}
      notice={notice}
    />,
  );
}

/** A student's class list (with the join form's errors, when joining failed). */
async function studentClassesPage(
  c: Context<AppEnv>,
  user: SessionUser,
  form: { errors?: FieldErrors; values?: FormValues; status?: 422 } = {},
) {
  const list = await classesOfStudent(c.get("db"), user.id);
  return c.html(
    <ClassesPage
      user={user}
      classes={list.map((x) => ({ id: x.id, name: x.name, teacher: x.teacherName }))}
      errors={form.errors}
      values={form.values}
    />,
    form.status,
  );
}

/** The assignments of a student with where they stand on each, soonest due first. */
export async function studentAssignmentRows(
  c: Context<AppEnv>,
  user: SessionUser,
  classId?: string,
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
  const cards = deckEventIds.size > 0 ? (await learnerStudyState(c)).cards : new Map();
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

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Everything the dashboard and the CSV export show for one assignment. */
async function assignmentReport(
  c: Context<AppEnv>,
  cls: ClassRow,
  a: Assignment,
  timeZone: string,
) {
  const members = await roster(c.get("db"), cls.id);
  const ids = members.map((m) => m.userId);
  const deck = await c.get("content").deck(a.deckId);
  const quiz: Quiz | null = a.quizId ? await c.get("content").quiz(a.quizId) : null;
  const eventIds = quiz ? quiz.events.map((e) => e.id) : (deck?.events.map((e) => e.id) ?? []);
  const eventInfo = new Map((quiz ? quiz.events : (deck?.events ?? [])).map((e) => [e.id, e]));
  const dueAt = new Date(a.dueAt);
  const cards = new Map<number, Map<string, MemoryState>>();
  for (const card of await cardsOfStudents(c.get("db"), ids, eventIds)) {
    const m = cards.get(card.userId) ?? new Map<string, MemoryState>();
    m.set(card.eventId, card);
    cards.set(card.userId, m);
  }
  const params = await paramsOf(c.get("db"), ids);
  const activity = await activityOf(c.get("db"), ids, eventIds);
  const attempts = quiz ? await attemptsAtQuiz(c.get("db"), quiz.id, ids) : [];
  const firstFinished = new Map<number, string>();
  for (const at of attempts)
    if (at.finishedAt !== null && !firstFinished.has(at.userId))
      firstFinished.set(at.userId, at.attemptId);
  const best = new Map<number, number>();
  for (const at of attempts)
    if (at.points !== null) best.set(at.userId, Math.max(best.get(at.userId) ?? 0, at.points));

  const students = members.map((m) => {
    const progress = deckProgress(
      eventIds,
      cards.get(m.userId) ?? new Map(),
      dueAt,
      params.get(m.userId) ?? null,
      a.targetRetention ?? 0.85,
    );
    const act = activity.get(m.userId);
    const mine = attempts.filter((x) => x.userId === m.userId);
    const status =
      a.kind === "deck"
        ? deckStatus(progress, a.dueAt, c.get("now"))
        : quizStatus(mine, a.dueAt, c.get("now"));
    const score = best.get(m.userId);
    return {
      name: m.name,
      email: m.email,
      studied: progress.studied,
      total: progress.total,
      reviews: act?.reviews ?? 0,
      lastActive: act?.lastActive ?? null,
      score: score === undefined || !quiz ? null : score / quiz.questions.length,
      recall: progress.recall,
      onTrack: progress.onTrack,
      status,
    };
  });
  const recall = eventRecall(eventIds, ids, cards, dueAt, params);
  const events = eventIds
    .map((id) => ({ id, recall: recall.get(id) ?? 0, info: eventInfo.get(id) }))
    .sort((x, y) => x.recall - y.recall || x.id.localeCompare(y.id));

  let items: {
    position: number;
    prompt: string;
    facility: number | null;
    discrimination: number | null;
    flags: string[];
  }[] = [];
  if (quiz) {
    const answers = await answersOfAttempts(c.get("db"), [...firstFinished.values()]);
    const byAttempt = new Map<string, Map<number, number>>();
    for (const ans of answers) {
      const m = byAttempt.get(ans.attemptId) ?? new Map<number, number>();
      m.set(ans.position, ans.score);
      byAttempt.set(ans.attemptId, m);
    }
    const scores = new Map<number, Map<number, number>>();
    for (const [userId, attemptId] of firstFinished)
      scores.set(userId, byAttempt.get(attemptId) ?? new Map());
    items = itemAnalysis(scores, quiz.questions.length).map((s) => ({
      ...s,
      prompt: quiz.questions[s.position]?.prompt ?? "",
    }));
  }
  return { students, events, items, timeZone };
}

/** After a repeated submission: back to where the first one led, creating nothing. */
function alreadySent(c: Context<AppEnv>, location: string) {
  setFlash(c, "already-sent");
  return c.redirect(location, 303);
}

export const classes = new Hono<AppEnv>()
  .get("/classes", async (c) => {
    const user = requireUser(c);
    if (user.role === "teacher") {
      const list = await classesOfTeacher(c.get("db"), user.id);
      return c.html(
        <ClassesPage
          user={user}
          classes={list}
          values={{ form_token: newFormToken() }}
          notice={takeFlash(c)}
        />,
      );
    }
    return studentClassesPage(c, user);
  })
  .post(
    "/classes",
    form(z.object({ name, form_token: FormToken }), async (c, errors, values) => {
      const user = requireTeacher(c);
      return c.html(
        <ClassesPage
          user={user}
          classes={await classesOfTeacher(c.get("db"), user.id)}
          errors={errors}
          values={{ ...values, form_token: values.form_token ?? newFormToken() }}
        />,
      );
    }),
    async (c) => {
      const teacher = requireTeacher(c);
      const { name, form_token: token } = c.req.valid("form");
      const earlier = await earlierSubmission(c, token);
      if (earlier !== null) return alreadySent(c, earlier);
      const id = newId("cls");
      const location = `/classes/${id}`;
      for (let i = 0; i < 8; i++) {
        const made = await createOnce(c, token, () =>
          createClass(
            c.get("db"),
            { id, teacherId: teacher.id, name, joinCode: joinCode(), now: c.get("now") },
            recordSubmission(c, token, location, { onlyIfInserted: true }),
          ),
        );
        if ("earlier" in made) return alreadySent(c, made.earlier);
        if (made.created) {
          await audit(c, "class.create", { target: id, detail: name });
          setFlash(c, "class-created");
          return c.redirect(location, 303);
        }
      }
      throw new ConflictError("Could not find a free join code; please try again.");
    },
  )
  .post(
    "/classes/join",
    form(JoinForm, async (c, errors, values) => {
      return studentClassesPage(c, requireUser(c), { errors, values });
    }),
    async (c) => {
      const user = requireUser(c);
      const { code } = c.req.valid("form");
      const cls = await classByCode(c.get("db"), code);
      if (cls === null || cls.teacherId === user.id) {
        return studentClassesPage(c, user, {
          errors: {
            code: cls
              ? "This is your own class: students join it with this code."
              : "No class has this join code. Check it with your teacher.",
          },
          values: { code },
          status: 422,
        });
      }
      // Joining twice changes nothing, so this form needs no one-time token.
      if (await joinClass(c.get("db"), cls.id, user.id, c.get("now"))) {
        await audit(c, "class.join", { subjectId: user.id, target: cls.id });
        setFlash(c, "joined");
      }
      return c.redirect(`/classes/${cls.id}`, 303);
    },
  )
  .get("/join/:code", params(JoinCode), async (c) => {
    const user = requireUser(c);
    const code = normalizeJoinCode(c.req.valid("param").code);
    const cls = code === null ? null : await classByCode(c.get("db"), code);
    if (cls === null)
      throw new NotFoundError("No class has this join link. Ask your teacher for a new one.");
    if (await isMember(c.get("db"), cls.id, user.id)) return c.redirect(`/classes/${cls.id}`, 303);
    return c.html(
      <JoinPage
        user={user}
        name={cls.name}
        teacher={cls.teacherName}
        code={formatJoinCode(cls.joinCode)}
      />,
    );
  })
  .get("/classes/:id", params(ClassId), async (c) => {
    const user = requireUser(c);
    const cls = await getClass(c.get("db"), c.req.valid("param").id);
    if (cls !== null && cls.teacherId === user.id)
      return renderTeacherClass(c, user, cls, {}, undefined, takeFlash(c));
    if (cls === null || !(await isMember(c.get("db"), cls.id, user.id)))
      throw new NotFoundError("There is no such class.");
    return c.html(
      <StudentClassPage
        user={user}
        name={cls.name}
        teacher={cls.teacherName}
        assignments={await studentAssignmentRows(c, user, cls.id)}
        notice={takeFlash(c)}
      />,
    );
  })
  .post("/classes/:id/members/:uid/remove", params(ClassMember), async (c) => {
    const { cls } = await ownClass(c, c.req.valid("param").id);
    const uid = c.req.valid("param").uid;
    const removed = await removeMember(c.get("db"), cls.id, uid, [
      auditOf(c, "class.remove", { subjectId: uid, target: cls.id }),
    ]);
    setFlash(c, removed ? "student-removed" : "not-a-member");
    return c.redirect(`/classes/${cls.id}`, 303);
  })
  .post("/classes/:id/code", params(ClassId), async (c) => {
    const { cls } = await ownClass(c, c.req.valid("param").id);
    for (let i = 0; i < 8; i++) {
      const code = joinCode();
      if (
        await replaceJoinCode(c.get("db"), cls.id, code, [
          auditOf(c, "class.code", { target: cls.id, detail: "join code replaced" }),
        ])
      ) {
        setFlash(c, "code-replaced");
        return c.redirect(`/classes/${cls.id}`, 303);
      }
    }
    throw new ConflictError("Could not find a free join code; please try again.");
  })
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
  .get("/classes/:id/assignments/:aid", params(ClassAssignment), async (c) => {
    const { teacher, cls, a } = await ownAssignment(c, c.req.valid("param"));
    const { timeZone } = learnerSettings(c);
    const r = await assignmentReport(c, cls, a, timeZone);
    return c.html(
      <AssignmentDashboard
        user={teacher}
        discrimination={{ groupShare: GROUP_SHARE, minStudents: MIN_STUDENTS_FOR_DISCRIMINATION }}
        cls={{ id: cls.id, name: cls.name }}
        assignment={{
          id: a.id,
          title: a.title,
          kind: a.kind,
          due: dateLabel(a.dueAt, timeZone),
          detail: assignmentDetail(a),
        }}
        students={r.students.map((s) => ({
          name: s.name,
          status: s.status,
          studied: `${s.studied} / ${s.total}`,
          reviews: s.reviews,
          lastActive: s.lastActive === null ? "never" : dateLabel(s.lastActive, timeZone),
          score: s.score === null ? "—" : pct(s.score),
          recall: pct(s.recall),
          onTrack: s.onTrack ? "yes" : "no",
        }))}
        events={r.events.map((e) => ({
          id: e.id,
          recall: e.recall,
          dateLabel: e.info ? formatDate(e.info.date) : "",
          text: e.info?.text ?? e.id,
        }))}
        items={r.items.map((i) => ({
          position: i.position,
          prompt: i.prompt,
          facility: i.facility === null ? "—" : pct(i.facility),
          discrimination: i.discrimination === null ? "—" : i.discrimination.toFixed(2),
          flags: i.flags,
        }))}
      />,
    );
  })
  .get("/classes/:id/assignments/:aid/export.csv", params(ClassAssignment), async (c) => {
    const { cls, a } = await ownAssignment(c, c.req.valid("param"));
    const { timeZone } = learnerSettings(c);
    const r = await assignmentReport(c, cls, a, timeZone);
    const csv = resultsCsv(
      r.students.map((s) => ({
        student: s.name,
        email: s.email,
        status: s.status,
        eventsStudied: s.studied,
        events: s.total,
        reviews: s.reviews,
        lastActive: s.lastActive === null ? "" : new Date(s.lastActive).toISOString(),
        quizScore: s.score,
        predictedRecall: s.recall,
        onTrack: s.onTrack,
      })),
    );
    const file = `${
      a.title
        .replace(/[^\w.-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .toLowerCase() || "results"
    }.csv`;
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${file}"`);
    return c.body(csv);
  })
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
