import { type Context, Hono } from "hono";
import * as z from "zod";
import {
  ForgotPasswordPage,
  ResetLinkPage,
  ResetPasswordPage,
} from "../../views/password-reset.tsx";
import { newPassword, personalPasswordProblem } from "../auth/password-policy.ts";
import { hashPassword } from "../auth/passwords.ts";
import { newToken, sha256Hex } from "../auth/tokens.ts";
import { userById } from "../db/accounts.ts";
import { getClass, isMember } from "../db/classes.ts";
import { createReset, openReset, useReset } from "../db/password-resets.ts";
import { take } from "../db/throttles.ts";
import { findUserByEmail } from "../db/users.ts";
import { auditEntry } from "../http/audit.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, NotFoundError } from "../http/errors.ts";
import { learnerSettings, requireTeacher } from "../http/session.ts";
import { form, params } from "../http/validate.ts";
import { email, LinkToken } from "./auth.tsx";

/*
 * Forgotten passwords. Where the deployment sends email, anyone can ask for a
 * one-time link by email (valid one hour; the answer never says whether the
 * email has an account). Where it does not, a teacher makes a one-time link
 * (valid three days) for a student of their class, and hands it over in person.
 * Using a link sets the password and signs out every session of the account.
 */

const EMAIL_LINK_MS = 60 * 60_000;
const TEACHER_LINK_MS = 3 * 86_400_000;
/** Reset emails one address may receive per hour, whoever asks. */
const EMAILS_PER_ACCOUNT = { limit: 3, windowMs: 60 * 60_000 };

const ForgotForm = z.object({ email });
const ResetForm = z
  .object({
    password: newPassword,
    password_confirm: z.string({ error: "Type the new password again." }).max(200),
  })
  .refine((f) => f.password === f.password_confirm, {
    path: ["password_confirm"],
    message: "The two new passwords differ. Type the same one twice.",
  });
const Token = z.object({ token: LinkToken });
const Member = z.object({
  id: z.string().regex(/^cls_[0-9a-z]{1,40}$/),
  uid: z.coerce.number().int().positive(),
});

const origin = (c: Context<AppEnv>) => c.get("config").publicOrigin ?? new URL(c.req.url).origin;

/** Links carry a secret: never cache the pages that hold one, never send it on as a referrer. */
function secretPage(c: Context<AppEnv>) {
  c.header("Cache-Control", "private, no-store");
  c.header("Referrer-Policy", "no-referrer");
}

class LinkGoneError extends AppError {
  constructor() {
    super(
      410,
      "Link no longer valid",
      "This password reset link has expired or was already used. Ask for a new one.",
    );
  }
}

export const passwordReset = new Hono<AppEnv>()
  .get("/password/forgot", (c) => c.html(<ForgotPasswordPage byEmail={c.get("mailer") !== null} />))
  .post(
    "/password/forgot",
    form(ForgotForm, (c, errors, values) =>
      c.html(
        <ForgotPasswordPage byEmail={c.get("mailer") !== null} errors={errors} values={values} />,
      ),
    ),
    async (c) => {
      const mailer = c.get("mailer");
      if (mailer === null) return c.html(<ForgotPasswordPage byEmail={false} />);
      const db = c.get("db");
      const user = await findUserByEmail(db, c.req.valid("form").email);
      const now = c.get("now");
      // The same answer whether or not the email has an account, and however often it was asked.
      if (user && (await take(db, `reset-email:${user.id}`, EMAILS_PER_ACCOUNT, now)).ok) {
        const token = newToken();
        await createReset(
          db,
          {
            tokenHash: await sha256Hex(token),
            userId: user.id,
            kind: "email",
            createdBy: null,
            now,
            expiresAt: new Date(now.getTime() + EMAIL_LINK_MS),
          },
          auditEntry(c, "password.reset.request", { subjectId: user.id, detail: "by email" }),
        );
        try {
          await mailer.send({
            to: user.email,
            subject: "Reset your Chronodeck password",
            text: `Hello ${user.name},\n\nSomeone asked to reset the password of your Chronodeck account. If it was you, open this link within one hour to choose a new one:\n\n${origin(c)}/password/reset/${token}\n\nIf it was not you, ignore this email: your password stays as it is.\n`,
          });
        } catch (error) {
          console.error("Password reset email not sent:", error);
        }
      }
      return c.html(<ForgotPasswordPage byEmail sent />);
    },
  )
  .get("/password/reset/:token", params(Token), async (c) => {
    secretPage(c);
    const { token } = c.req.valid("param");
    const found = await openReset(c.get("db"), await sha256Hex(token), c.get("now"));
    if (found === null) throw new LinkGoneError();
    return c.html(<ResetPasswordPage action={`/password/reset/${token}`} name={found.name} />);
  })
  .post(
    "/password/reset/:token",
    params(Token),
    form(ResetForm, async (c, errors) => {
      secretPage(c);
      const token = c.req.param("token") ?? "";
      const found = await openReset(c.get("db"), await sha256Hex(token), c.get("now"));
      if (found === null) throw new LinkGoneError();
      return c.html(
        <ResetPasswordPage action={`/password/reset/${token}`} name={found.name} errors={errors} />,
      );
    }),
    async (c) => {
      secretPage(c);
      const { token } = c.req.valid("param");
      const f = c.req.valid("form");
      const tokenHash = await sha256Hex(token);
      const found = await openReset(c.get("db"), tokenHash, c.get("now"));
      if (found === null) throw new LinkGoneError();
      const personal = personalPasswordProblem(f.password, found);
      if (personal) {
        c.status(422);
        return c.html(
          <ResetPasswordPage
            action={`/password/reset/${token}`}
            name={found.name}
            errors={{ password: personal }}
          />,
        );
      }
      const used = await useReset(
        c.get("db"),
        {
          tokenHash,
          nonce: newToken(),
          passwordHash: await hashPassword(f.password, c.get("config").passwordIterations),
          now: c.get("now"),
        },
        auditEntry(c, "password.reset", {
          actorId: found.userId,
          subjectId: found.userId,
          detail: "with a one-time link; every session ended",
        }),
      );
      if (!used) throw new LinkGoneError();
      c.get("sessions").dropUser(found.userId);
      return c.redirect("/login?done=reset", 303);
    },
  )
  .post("/classes/:id/members/:uid/reset-link", params(Member), async (c) => {
    const teacher = requireTeacher(c);
    const { id, uid } = c.req.valid("param");
    const db = c.get("db");
    const cls = await getClass(db, id);
    if (cls === null || cls.teacherId !== teacher.id)
      throw new NotFoundError("There is no such class.");
    const student = await userById(db, uid);
    if (student === null || !(await isMember(db, cls.id, uid)))
      throw new NotFoundError("That student is not in this class.");
    if (c.get("mailer") !== null)
      throw new AppError(
        409,
        "Reset by email",
        "This site sends reset links by email: the student can use “Forgot your password?” on the log-in page.",
      );
    if (student.role !== "student" || student.admin)
      throw new AppError(
        403,
        "Not allowed",
        "Reset links are for students only; a teacher's password is reset by an administrator.",
      );
    const token = newToken();
    const now = c.get("now");
    const expiresAt = new Date(now.getTime() + TEACHER_LINK_MS);
    await createReset(
      db,
      {
        tokenHash: await sha256Hex(token),
        userId: uid,
        kind: "teacher",
        createdBy: teacher.id,
        now,
        expiresAt,
      },
      auditEntry(c, "password.reset.link", { subjectId: uid, target: cls.id }),
    );
    secretPage(c);
    return c.html(
      <ResetLinkPage
        user={teacher}
        student={student.name}
        link={`${origin(c)}/password/reset/${token}`}
        expires={new Intl.DateTimeFormat("en-GB", {
          dateStyle: "long",
          timeStyle: "short",
          timeZone: learnerSettings(c).timeZone,
        }).format(expiresAt)}
        back={{ href: `/classes/${cls.id}`, label: cls.name }}
      />,
    );
  });
