import { type Context, Hono } from "hono";
import * as z from "zod";
import { ClassesPage, JoinPage, StudentClassPage } from "../../views/classes.tsx";
import { newId } from "../auth/tokens.ts";
import { formatJoinCode, joinCodeFrom, normalizeJoinCode } from "../core/join-code.ts";
import type { SessionUser } from "../core/users.ts";
import {
  classByCode,
  classesOfStudent,
  classesOfTeacher,
  createClass,
  getClass,
  isMember,
  joinClass,
  removeMember,
  replaceJoinCode,
} from "../db/classes.ts";
import { audit, auditEntry } from "../http/audit.ts";
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
import { requireTeacher, requireUser } from "../http/session.ts";
import { type FieldErrors, type FormValues, form, params } from "../http/validate.ts";
import { studentAssignmentRows } from "./assignments.tsx";
import {
  alreadySent,
  ClassId,
  ClassMember,
  ownClass,
  renderTeacherClass,
} from "./class-common.tsx";

/*
 * Classes: a class belongs to one teacher, who alone sees its roster; its
 * students see its assignments. Anything a user may not see is answered with
 * 404. Assignments are in assignments.tsx, their dashboards in
 * assignment-reports.tsx, what they share in class-common.tsx.
 */

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
    const removed = await removeMember(
      c.get("db"),
      cls.id,
      uid,
      auditEntry(c, "class.remove", { subjectId: uid, target: cls.id }),
    );
    setFlash(c, removed ? "student-removed" : "not-a-member");
    return c.redirect(`/classes/${cls.id}`, 303);
  })
  .post("/classes/:id/code", params(ClassId), async (c) => {
    const { cls } = await ownClass(c, c.req.valid("param").id);
    for (let i = 0; i < 8; i++) {
      const code = joinCode();
      if (
        await replaceJoinCode(
          c.get("db"),
          cls.id,
          code,
          auditEntry(c, "class.code", { target: cls.id, detail: "join code replaced" }),
        )
      ) {
        setFlash(c, "code-replaced");
        return c.redirect(`/classes/${cls.id}`, 303);
      }
    }
    throw new ConflictError("Could not find a free join code; please try again.");
  });
