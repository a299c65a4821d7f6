import { Hono } from "hono";
import * as z from "zod";
import { LoginPage, SignupPage } from "../../views/auth.tsx";
import { newPassword, personalPasswordProblem } from "../auth/password-policy.ts";
import { hashPassword } from "../auth/passwords.ts";
import { sha256Hex } from "../auth/tokens.ts";
import { isTimeZone } from "../core/learner-day.ts";
import { acceptInvitation } from "../db/invitations.ts";
import { createUser } from "../db/users.ts";
import { audit, auditEntry } from "../http/audit.ts";
import { checkPassword } from "../http/credentials.ts";
import type { AppEnv } from "../http/env.ts";
import { endSession, startSession } from "../http/session.ts";
import { form } from "../http/validate.ts";

const text = (max: number, what: string) =>
  z
    .string({ error: `Enter your ${what}.` })
    .trim()
    .min(1, `Enter your ${what}.`)
    .max(max, `Keep your ${what} under ${max} characters.`)
    .refine((v) => !/\p{Cc}/u.test(v), `Your ${what} contains characters that are not allowed.`);

export const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@example.org." }));

/** An invitation or reset token as it appears in a link. */
export const LinkToken = z.string().regex(/^[\w-]{43}$/);

const SignupForm = z
  .object({
    name: text(100, "name"),
    email,
    password: newPassword,
    teacher: z.literal("on", { error: "Tick the box or leave it empty." }).optional(),
    tz: z.string().max(64).optional(),
    invite: LinkToken.optional(),
  })
  .superRefine((f, ctx) => {
    const problem = personalPasswordProblem(f.password, f);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

const LoginForm = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
  next: z.string().max(500).optional(),
});

/** Only a path on this site is a safe place to go after logging in. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : "/";
}

export const auth = new Hono<AppEnv>()
  .get("/signup", (c) => {
    if (c.get("user")) return c.redirect("/", 303);
    const invite = LinkToken.safeParse(c.req.query("invite"));
    if (invite.success) {
      // The page holds a one-time token: keep it out of caches and Referer headers.
      c.header("Cache-Control", "private, no-store");
      c.header("Referrer-Policy", "no-referrer");
    }
    return c.html(
      <SignupPage
        teacherBox={c.get("config").teacherSignup === "open"}
        values={invite.success ? { invite: invite.data } : {}}
      />,
    );
  })
  .post(
    "/signup",
    form(SignupForm, (c, errors, values) =>
      c.html(
        <SignupPage
          errors={errors}
          values={values}
          teacherBox={c.get("config").teacherSignup === "open"}
        />,
      ),
    ),
    async (c) => {
      const f = c.req.valid("form");
      const db = c.get("db");
      // In production teachers are granted (by an administrator or an invitation), not self-declared.
      const open = c.get("config").teacherSignup === "open";
      const user = await createUser(db, {
        email: f.email,
        name: f.name,
        passwordHash: await hashPassword(f.password, c.get("config").passwordIterations),
        role: open && f.teacher === "on" ? "teacher" : "student",
        timeZone: f.tz && isTimeZone(f.tz) ? f.tz : "UTC",
        now: c.get("now"),
        firstIsAdmin: true,
        firstIsTeacher: !open,
      });
      if (user === null) {
        const { password: _omit, ...values } = f;
        return c.html(
          <SignupPage
            errors={{
              email: "This email can't be used for a new account. If it is yours, log in instead.",
            }}
            values={{ ...values, teacher: f.teacher ?? "", invite: f.invite ?? "" }}
            teacherBox={open}
          />,
          422,
        );
      }
      await audit(c, "signup", {
        actorId: user.id,
        subjectId: user.id,
        detail: user.admin ? `first account: administrator, ${user.role}` : user.role,
      });
      let role = user.role;
      if (f.invite && role !== "teacher") {
        const accepted = await acceptInvitation(
          db,
          await sha256Hex(f.invite),
          user.id,
          c.get("now"),
          auditEntry(c, "invitation.accept", { actorId: user.id, subjectId: user.id }),
        );
        if (accepted) role = "teacher";
      }
      await startSession(c, user.id);
      return c.redirect(role === "teacher" ? "/classes" : "/decks", 303);
    },
  )
  .get("/login", (c) => {
    const next = c.req.query("next");
    return c.get("user")
      ? c.redirect(safeNext(next), 303)
      : c.html(
          <LoginPage
            next={next && next.length <= 500 ? next : undefined}
            notice={c.req.query("done") === "reset" ? "reset" : undefined}
          />,
        );
  })
  .post(
    "/login",
    form(LoginForm, (c, errors, values) => c.html(<LoginPage errors={errors} values={values} />)),
    async (c) => {
      const f = c.req.valid("form");
      const values = { email: f.email, next: f.next ?? "" };
      const check = await checkPassword(c, f.email, f.password);
      if (!check.ok) {
        if (check.reason === "throttled") {
          c.header("Retry-After", String(Math.ceil(check.retryAfterMs / 1000)));
          return c.html(<LoginPage errors={{ _form: check.message }} values={values} />, 429);
        }
        return c.html(
          <LoginPage
            errors={{
              _form: "That email and password do not match an account. Check both and try again.",
            }}
            values={values}
          />,
          401,
        );
      }
      await startSession(c, check.user.id);
      await audit(c, "login.success", { actorId: check.user.id, subjectId: check.user.id });
      return c.redirect(safeNext(f.next), 303);
    },
  )
  .post("/logout", async (c) => {
    const user = c.get("user");
    await endSession(c);
    if (user) await audit(c, "logout", { subjectId: user.id });
    return c.redirect("/", 303);
  });
