import { type Context, Hono } from "hono";
import * as z from "zod";
import {
  AccountDeletedPage,
  AccountPage,
  DeleteAccountPage,
  describeAgent,
} from "../../views/account.tsx";
import { LoginPage } from "../../views/auth.tsx";
import { newPassword, personalPasswordProblem } from "../auth/password-policy.ts";
import { hashPassword } from "../auth/passwords.ts";
import { type AccountCsvPart, accountCsv } from "../core/exports/account-csv.ts";
import type { SessionUser } from "../core/users.ts";
import { accountData } from "../db/account-data.ts";
import { adminCount, changePassword, deleteAccount, teacherByEmail } from "../db/accounts.ts";
import { classesOfTeacher } from "../db/classes.ts";
import { collectionsOwnedBy } from "../db/collections.ts";
import { endSessionById, endSessionsStatements, sessionsOf } from "../db/sessions.ts";
import { audit, auditEntry, auditOf } from "../http/audit.ts";
import { checkPassword } from "../http/credentials.ts";
import type { AppEnv } from "../http/env.ts";
import { NotFoundError } from "../http/errors.ts";
import {
  currentSessionHash,
  dropSessionCookie,
  learnerSettings,
  requireUser,
} from "../http/session.ts";
import { type FieldErrors, type FormValues, form, params } from "../http/validate.ts";
import { email } from "./auth.tsx";

/*
 * The signed-in user's own account: change the password, see and end sessions,
 * export their data, delete the account. Every change asks for the current
 * password (checked within the log-in throttle) and is written to the audit log.
 */

const ChangePasswordForm = z
  .object({
    current_password: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password.")
      .max(200),
    password: newPassword,
    password_confirm: z.string({ error: "Type the new password again." }).max(200),
  })
  .superRefine((f, ctx) => {
    if (f.password !== f.password_confirm)
      ctx.addIssue({
        code: "custom",
        path: ["password_confirm"],
        message: "The two new passwords differ. Type the same one twice.",
      });
    if (f.password === f.current_password)
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: "Choose a new password different from the current one.",
      });
  });

const DeleteForm = z.object({
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
  confirm: z.literal("on", { error: "Tick the box to confirm that you want this." }),
  handover: z.union([z.literal(""), email]).optional(),
});

const SessionId = z.object({ sid: z.string().regex(/^(ses_)?[0-9a-z]{1,40}$/) });
const CsvPart = z.object({ part: z.enum(["reviews.csv", "attempts.csv", "classes.csv"]) });

function when(c: Context<AppEnv>, ms: number): string {
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: learnerSettings(c).timeZone,
  }).format(new Date(ms));
}

async function renderAccount(
  c: Context<AppEnv>,
  user: SessionUser,
  extra: { errors?: FieldErrors; notice?: string } = {},
) {
  const sessions = await sessionsOf(
    c.get("db"),
    user.id,
    await currentSessionHash(c),
    c.get("now"),
  );
  return c.html(
    <AccountPage
      user={user}
      sessions={sessions.map((s) => ({
        id: s.id,
        started: when(c, s.createdAt),
        address: s.address,
        device: describeAgent(s.userAgent),
        current: s.current,
      }))}
      errors={extra.errors}
      notice={extra.notice}
    />,
  );
}

async function isLastAdmin(c: Context<AppEnv>, user: SessionUser): Promise<boolean> {
  return user.admin && (await adminCount(c.get("db"))) <= 1;
}

async function renderDelete(
  c: Context<AppEnv>,
  user: SessionUser,
  errors?: FieldErrors,
  values?: FormValues,
) {
  const db = c.get("db");
  const classes = await classesOfTeacher(db, user.id);
  const documents = (await collectionsOwnedBy(db, user.id)).filter((d) => d.kind === "upload");
  return c.html(
    <DeleteAccountPage
      user={user}
      classes={classes.map((k) => ({
        name: k.name,
        students: k.students,
        assignments: k.assignments,
      }))}
      documents={documents.length}
      lastAdmin={await isLastAdmin(c, user)}
      errors={errors}
      values={values}
    />,
  );
}

export const account = new Hono<AppEnv>()
  .get("/account", (c) => renderAccount(c, requireUser(c)))
  .post(
    "/account/password",
    form(ChangePasswordForm, (c, errors) => renderAccount(c, requireUser(c), { errors })),
    async (c) => {
      const user = requireUser(c);
      const f = c.req.valid("form");
      const personal = personalPasswordProblem(f.password, user);
      if (personal) {
        c.status(422);
        return renderAccount(c, user, { errors: { password: personal } });
      }
      const check = await checkPassword(c, user.email, f.current_password);
      if (!check.ok) {
        if (check.reason === "throttled") {
          c.status(429);
          c.header("Retry-After", String(Math.ceil(check.retryAfterMs / 1000)));
          return renderAccount(c, user, { errors: { current_password: check.message } });
        }
        c.status(422);
        return renderAccount(c, user, {
          errors: { current_password: "That is not your current password." },
        });
      }
      await changePassword(
        c.get("db"),
        user.id,
        await hashPassword(f.password, c.get("config").passwordIterations),
        await currentSessionHash(c),
        [auditOf(c, "password.change", { subjectId: user.id, detail: "other sessions ended" })],
      );
      c.get("sessions").dropUser(user.id);
      return renderAccount(c, user, {
        notice: "Your password was changed. Every other session was signed out.",
      });
    },
  )
  .post("/account/sessions/end-all", async (c) => {
    const user = requireUser(c);
    await c
      .get("db")
      .batch([
        ...endSessionsStatements(user.id),
        auditOf(c, "sessions.end", { subjectId: user.id, detail: "all, this one included" }),
      ]);
    c.get("sessions").dropUser(user.id);
    dropSessionCookie(c);
    c.set("user", null);
    return c.html(<LoginPage notice="signed-out" />);
  })
  .post("/account/sessions/:sid/end", params(SessionId), async (c) => {
    const user = requireUser(c);
    const ended = await endSessionById(c.get("db"), user.id, c.req.valid("param").sid);
    if (!ended) throw new NotFoundError("There is no such session.");
    c.get("sessions").dropUser(user.id);
    await audit(c, "sessions.end", { subjectId: user.id, detail: "one session" });
    return renderAccount(c, user, { notice: "That session was signed out." });
  })
  .get("/account/export.json", async (c) => {
    const user = requireUser(c);
    const data = await accountData(c.get("db"), user.id);
    if (data === null) throw new NotFoundError();
    c.header("Content-Disposition", 'attachment; filename="chronodeck-my-data.json"');
    return c.json({ exportedAt: c.get("now").toISOString(), ...data });
  })
  .get("/account/export/:part", params(CsvPart), async (c) => {
    const user = requireUser(c);
    const data = await accountData(c.get("db"), user.id);
    if (data === null) throw new NotFoundError();
    const part = c.req.valid("param").part.replace(".csv", "") as AccountCsvPart;
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="chronodeck-my-${part}.csv"`);
    return c.body(accountCsv(data, part));
  })
  .get("/account/delete", (c) => renderDelete(c, requireUser(c)))
  .post(
    "/account/delete",
    form(DeleteForm, (c, errors, values) => renderDelete(c, requireUser(c), errors, values)),
    async (c) => {
      const user = requireUser(c);
      const f = c.req.valid("form");
      const values = { handover: f.handover ?? "" };
      const fail = (errors: FieldErrors, status: 422 | 429 = 422) => {
        c.status(status);
        return renderDelete(c, user, errors, values);
      };
      if (await isLastAdmin(c, user))
        return fail({ _form: "You are the only administrator: make another one first." });
      let handover: SessionUser | null = null;
      if (f.handover) {
        handover = await teacherByEmail(c.get("db"), f.handover);
        if (handover === null || handover.id === user.id)
          return fail({
            handover: "Give the email of another teacher's account, or leave it empty.",
          });
      }
      const check = await checkPassword(c, user.email, f.password);
      if (!check.ok) {
        if (check.reason === "throttled") {
          c.header("Retry-After", String(Math.ceil(check.retryAfterMs / 1000)));
          return fail({ password: check.message }, 429);
        }
        return fail({ password: "That is not your password." });
      }
      const classes = await classesOfTeacher(c.get("db"), user.id);
      const entries = [
        auditEntry(c, "account.delete", {
          subjectId: user.id,
          detail: `${user.role}${handover ? `, handed over to account ${handover.id}` : ""}`,
        }),
        ...classes.map((k) =>
          handover
            ? auditEntry(c, "class.handover", {
                subjectId: handover.id,
                target: k.id,
                detail: k.name,
              })
            : auditEntry(c, "class.close", { target: k.id, detail: k.name }),
        ),
      ];
      const deleted = await deleteAccount(c.get("db"), user.id, handover?.id ?? null, entries);
      if (!deleted)
        return fail({ _form: "You are the only administrator: make another one first." });
      c.get("sessions").dropUser(user.id);
      dropSessionCookie(c);
      c.set("user", null);
      return c.html(<AccountDeletedPage />);
    },
  );
