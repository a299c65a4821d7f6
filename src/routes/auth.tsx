import { Hono } from "hono";
import { z } from "zod";
import { LoginPage, SignupPage } from "../../views/auth.tsx";
import { decoyHash, hashPassword, verifyPassword } from "../auth/passwords.ts";
import { sha256Hex } from "../auth/tokens.ts";
import { isTimeZone } from "../core/learner-day.ts";
import { afterFailure, describeWait, loginGate } from "../core/login-throttle.ts";
import { clearLoginFailures, getLoginFailures, saveLoginFailures } from "../db/login-failures.ts";
import { createUser, findUserByEmail, setPasswordHash } from "../db/users.ts";
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

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@example.org." }));

const SignupForm = z.object({
  name: text(100, "name"),
  email,
  password: z
    .string({ error: "Choose a password." })
    .min(10, "Use at least 10 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
  teacher: z.literal("on", { error: "Tick the box or leave it empty." }).optional(),
  tz: z.string().max(64).optional(),
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
  .get("/signup", (c) => (c.get("user") ? c.redirect("/", 303) : c.html(<SignupPage />)))
  .post(
    "/signup",
    form(SignupForm, (c, errors, values) => c.html(<SignupPage errors={errors} values={values} />)),
    async (c) => {
      const f = c.req.valid("form");
      const user = await createUser(c.get("db"), {
        email: f.email,
        name: f.name,
        passwordHash: await hashPassword(f.password, c.get("config").passwordIterations),
        role: f.teacher === "on" ? "teacher" : "student",
        timeZone: f.tz && isTimeZone(f.tz) ? f.tz : "UTC",
        now: c.get("now"),
      });
      if (user === null) {
        const { password: _omit, ...values } = f;
        return c.html(
          <SignupPage
            errors={{
              email: "This email can't be used for a new account. If it is yours, log in instead.",
            }}
            values={{ ...values, teacher: f.teacher ?? "" }}
          />,
          422,
        );
      }
      await startSession(c, user.id);
      return c.redirect(user.role === "teacher" ? "/classes" : "/decks", 303);
    },
  )
  .get("/login", (c) => {
    const next = c.req.query("next");
    return c.get("user")
      ? c.redirect(safeNext(next), 303)
      : c.html(<LoginPage next={next && next.length <= 500 ? next : undefined} />);
  })
  .post(
    "/login",
    form(LoginForm, (c, errors, values) => c.html(<LoginPage errors={errors} values={values} />)),
    async (c) => {
      const f = c.req.valid("form");
      const db = c.get("db");
      const key = await sha256Hex(`login:${f.email}`);
      const gate = loginGate(await getLoginFailures(db, key), c.get("now"));
      if (!gate.allowed) {
        c.header("Retry-After", String(Math.ceil(gate.retryAfterMs / 1000)));
        return c.html(
          <LoginPage
            errors={{
              _form: `Too many failed attempts for this email. Wait ${describeWait(gate.retryAfterMs)} and try again.`,
            }}
            values={{ email: f.email, next: f.next ?? "" }}
          />,
          429,
        );
      }
      const user = await findUserByEmail(db, f.email);
      // Check a decoy hash for unknown emails, so that timing does not tell them apart.
      const check = await verifyPassword(
        f.password,
        user?.passwordHash ?? decoyHash(c.get("config").passwordIterations),
        c.get("config").passwordIterations,
      );
      if (user === null || !check.ok) {
        await saveLoginFailures(
          db,
          key,
          afterFailure(await getLoginFailures(db, key), c.get("now")),
        );
        return c.html(
          <LoginPage
            errors={{
              _form: "That email and password do not match an account. Check both and try again.",
            }}
            values={{ email: f.email, next: f.next ?? "" }}
          />,
          401,
        );
      }
      if (check.rehash) {
        await setPasswordHash(
          db,
          user.id,
          await hashPassword(f.password, c.get("config").passwordIterations),
        );
      }
      await clearLoginFailures(db, key);
      await startSession(c, user.id);
      return c.redirect(safeNext(f.next), 303);
    },
  )
  .post("/logout", async (c) => {
    await endSession(c);
    return c.redirect("/", 303);
  });
