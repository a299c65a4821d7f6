import { type Errors, Field, FormErrors, Notice, type Values } from "./fields.tsx";
import { Layout } from "./layout.tsx";

type FormProps = { errors?: Errors; values?: Values };

/** The email field, the same on both forms. */
function EmailField({ errors, values }: FormProps) {
  return (
    <Field
      name="email"
      label="Email"
      type="email"
      values={values}
      errors={errors}
      required
      autocomplete="email"
      maxlength={254}
    />
  );
}

/** A new password and the same again, as changing or resetting a password asks. */
export function NewPasswordTwice({ errors }: { errors?: Errors | undefined }) {
  return (
    <>
      <NewPasswordField errors={errors} label="New password" />
      <Field
        name="password_confirm"
        label="New password again"
        type="password"
        errors={errors}
        required
        autocomplete="new-password"
        maxlength={200}
      />
    </>
  );
}

/** The new-password field, the same on every form that sets one. */
export function NewPasswordField({
  errors,
  label = "Password",
}: {
  errors?: Errors;
  label?: string;
}) {
  return (
    <Field
      name="password"
      label={label}
      type="password"
      errors={errors}
      required
      autocomplete="new-password"
      hint="At least 10 characters, and not one of the common passwords attackers try first. A few unrelated words work well."
      maxlength={200}
    />
  );
}

/**
 * "Sign up": one step, then straight to the decks. The "I am a teacher" box is
 * there only where teacher accounts are self-declared (development); elsewhere
 * an administrator or an invitation makes teachers.
 */
export function SignupPage({
  errors,
  values,
  teacherBox,
  invited,
}: FormProps & { teacherBox: boolean; invited?: boolean }) {
  const invite = values?.invite ?? "";
  return (
    <Layout title="Sign up" user={null}>
      <section class="narrow">
        <h1>Sign up</h1>
        {invited || invite ? (
          <Notice text="You were invited to teach: this account will be a teacher account." />
        ) : (
          <p class="muted">One step: you can start studying right after.</p>
        )}
        <FormErrors errors={errors} />
        <form method="post" action="/signup" novalidate>
          <Field
            name="name"
            label="Name"
            values={values}
            errors={errors}
            required
            autocomplete="name"
            maxlength={100}
          />
          <EmailField errors={errors} values={values} />
          <NewPasswordField errors={errors} />
          {teacherBox && !invite ? (
            <label class="check">
              <input type="checkbox" name="teacher" value="on" checked={values?.teacher === "on"} />{" "}
              I am a teacher
            </label>
          ) : null}
          <input type="hidden" name="tz" value={values?.tz ?? ""} data-timezone />
          {invite ? <input type="hidden" name="invite" value={invite} /> : null}
          <div class="form-actions">
            <button type="submit">Sign up</button>
            <span class="muted">
              Already have an account? <a href="/login">Log in</a>
            </span>
          </div>
        </form>
      </section>
    </Layout>
  );
}

/** "Log in". The message never says whether the email has an account. */
export function LoginPage({
  errors,
  values,
  next,
  notice,
}: FormProps & { next?: string; notice?: "reset" | "signed-out" }) {
  return (
    <Layout title="Log in" user={null}>
      <section class="narrow">
        <h1>Log in</h1>
        {notice === "reset" ? (
          <Notice text="Your password was changed and every session was signed out. Log in with the new one." />
        ) : null}
        {notice === "signed-out" ? <Notice text="You were signed out everywhere." /> : null}
        {errors?._form ? (
          <div class="notice error" role="alert">
            {errors._form}
          </div>
        ) : (
          <FormErrors errors={errors} />
        )}
        <form method="post" action="/login" novalidate>
          <EmailField errors={errors} values={values} />
          <Field
            name="password"
            label="Password"
            type="password"
            errors={errors}
            required
            autocomplete="current-password"
            maxlength={200}
          />
          <input type="hidden" name="next" value={next ?? values?.next ?? ""} />
          <div class="form-actions">
            <button type="submit">Log in</button>
            <span class="muted">
              New here? <a href="/signup">Sign up</a> ·{" "}
              <a href="/password/forgot">Forgot your password?</a>
            </span>
          </div>
        </form>
      </section>
    </Layout>
  );
}
