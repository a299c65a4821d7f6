import type { Context } from "hono";
import * as z from "zod";
import { type DeckOption, TeacherClassPage } from "../../views/classes.tsx";
import { QUESTION_TYPES } from "../core/bank-schema.ts";
import { formatDay } from "../core/date-format.ts";
import { formatJoinCode, isShortCode } from "../core/join-code.ts";
import { MAX_QUESTIONS, MIN_QUESTIONS } from "../core/quiz.ts";
import type { SessionUser } from "../core/users.ts";
import {
  type Assignment,
  assignmentsOfClass,
  type ClassRow,
  getAssignment,
  getClass,
  roster,
} from "../db/classes.ts";
import { visibleDecks } from "../db/collections.ts";
import type { AppEnv } from "../http/env.ts";
import { NotFoundError } from "../http/errors.ts";
import { setFlash } from "../http/flash.ts";
import { newFormToken } from "../http/form-token.ts";
import { learnerSettings, requireTeacher } from "../http/session.ts";
import type { FieldErrors, FormValues } from "../http/validate.ts";

/*
 * What the class routes share (classes.tsx, assignments.tsx and
 * assignment-reports.tsx): parameter shapes, ownership checks that answer 404
 * for anything a user may not see, and the teacher's class page, which the
 * Assign form re-renders with its errors.
 */

export const ClassId = z.object({ id: z.string().regex(/^cls_[0-9a-z]{1,40}$/) });
export const ClassMember = ClassId.extend({ uid: z.coerce.number().int().positive() });
export const ClassAssignment = ClassId.extend({ aid: z.string().regex(/^asg_[0-9a-z]{1,40}$/) });

export const dateLabel = formatDay;

export async function ownClass(
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
export async function ownAssignment(c: Context<AppEnv>, ids: { id: string; aid: string }) {
  const { teacher, cls } = await ownClass(c, ids.id);
  const a = await getAssignment(c.get("db"), ids.aid);
  if (a === null || a.classId !== cls.id) throw new NotFoundError("There is no such assignment.");
  return { teacher, cls, a };
}

export async function assignableDecks(
  c: Context<AppEnv>,
  teacherId: number,
): Promise<DeckOption[]> {
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

export function assignmentDetail(a: Assignment): string {
  if (a.kind === "deck") return `Study every event; target retention ${a.targetRetention ?? 0.85}.`;
  return `${a.attemptsAllowed ?? 1} attempt${(a.attemptsAllowed ?? 1) === 1 ? "" : "s"}${a.exam ? ", exam mode" : ""}.`;
}

export async function renderTeacherClass(
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

/** After a repeated submission: back to where the first one led, creating nothing. */
export function alreadySent(c: Context<AppEnv>, location: string) {
  setFlash(c, "already-sent");
  return c.redirect(location, 303);
}
