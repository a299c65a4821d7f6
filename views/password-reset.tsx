import type { SessionUser } from "../src/core/users.ts";
import { NewPasswordTwice } from "./auth.tsx";
import { type Errors, Field, FormErrors, Notice, type Values } from "./fields.tsx";
import { Layout } from "./layout.tsx";

/** "Forgot your password?": by email where the site sends email, else who to ask. */
export function ForgotPasswordPage(p: {
  byEmail: boolean;
  sent?: boolean;
  errors?: Errors;
  values?: Values;
}) {
  return (
    <Layout title="Reset your password" user={null}>
      <section class="narrow stack">
        <h1>Reset your password</h1>
        {!p.byEmail ? (
          <>
            <p>This Chronodeck site does not send email, so a password is reset by hand:</p>
            <ul>
              <li>
                <strong>Students</strong>: ask your teacher. On your class's page they can make a
                one-time reset link for you.
              </li>
              <li>
                <strong>Teachers</strong>: ask your site's administrator.
              </li>
            </ul>
          </>
        ) : p.sent ? (
          <Notice text="If an account has this email, we have sent it a link to choose a new password. The link works once, for one hour. Check your spam folder if nothing arrives." />
        ) : (
          <>
            <p>Enter the email of your account and we will send you a link to choose a new one.</p>
            <FormErrors errors={p.errors} />
            <form method="post" action="/password/forgot" novalidate>
              <Field
                name="email"
                label="Email"
                type="email"
                values={p.values}
                errors={p.errors}
                required
                autocomplete="email"
                maxlength={254}
              />
              <div class="form-actions">
                <button type="submit">Send the link</button>
              </div>
            </form>
          </>
        )}
        <p>
          <a href="/login">Back to Log in</a>
        </p>
      </section>
    </Layout>
  );
}

/** The form a reset link opens: a new password, twice. */
export function ResetPasswordPage(p: { action: string; name: string; errors?: Errors }) {
  return (
    <Layout title="Choose a new password" user={null}>
      <section class="narrow">
        <h1>Choose a new password</h1>
        <p class="muted">For the account of {p.name}. Every session of it will be signed out.</p>
        <FormErrors errors={p.errors} />
        <form method="post" action={p.action} novalidate>
          <NewPasswordTwice errors={p.errors} />
          <div class="form-actions">
            <button type="submit">Set the new password</button>
          </div>
        </form>
      </section>
    </Layout>
  );
}

/** What a teacher hands to a student: the one-time link, shown once. */
export function ResetLinkPage(p: {
  user: SessionUser;
  student: string;
  link: string;
  expires: string;
  back: { href: string; label: string };
}) {
  return (
    <Layout title="Reset link" user={p.user} active="classes">
      <section class="narrow stack">
        <p>
          <a href={p.back.href}>← {p.back.label}</a>
        </p>
        <h1>Password reset link for {p.student}</h1>
        <p>
          Give this link to {p.student} in person. It works once, until {p.expires}; opening it lets
          them choose a new password, and signs out every session of their account. This page is the
          only place it is shown.
        </p>
        <label for="reset-link">Reset link</label>
        <input id="reset-link" type="text" readonly value={p.link} />
        <p class="muted">Any earlier link for {p.student} no longer works.</p>
      </section>
    </Layout>
  );
}
