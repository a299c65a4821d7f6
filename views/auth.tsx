import { type Errors, Field, FormErrors, type Values } from "./fields.tsx";
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

/** "Sign up": one step, then straight to the decks. */
export function SignupPage({ errors, values }: FormProps) {
  return (
    <Layout title="Sign up" user={null}>
      <section class="narrow">
        <h1>Sign up</h1>
        <p class="muted">One step: you can start studying right after.</p>
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
          <Field
            name="password"
            label="Password"
            type="password"
            errors={errors}
            required
            autocomplete="new-password"
            hint="At least 10 characters."
            maxlength={200}
          />
          <label class="check">
            <input type="checkbox" name="teacher" value="on" checked={values?.teacher === "on"} /> I
            am a teacher
          </label>
          <input type="hidden" name="tz" value={values?.tz ?? ""} data-timezone />
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
export function LoginPage({ errors, values, next }: FormProps & { next?: string }) {
  return (
    <Layout title="Log in" user={null}>
      <section class="narrow">
        <h1>Log in</h1>
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
              New here? <a href="/signup">Sign up</a>
            </span>
          </div>
        </form>
      </section>
    </Layout>
  );
}
