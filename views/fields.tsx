import type { Child } from "hono/jsx";

export type Errors = Record<string, string>;
export type Values = Record<string, string>;

type FieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "date" | "datetime-local";
  values?: Values;
  errors?: Errors;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  min?: string;
  max?: string;
  step?: string;
  maxlength?: number;
  autofocus?: boolean;
};

/** Ids and states shared by every labelled control: its id, error, described-by list and autofocus. */
function wiring(name: string, hint: string | undefined, errors: Errors | undefined) {
  const id = `f-${name}`;
  const error = errors?.[name];
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  // The first field in error takes the focus, so a re-rendered form starts where it went wrong.
  const firstError = Boolean(error && Object.keys(errors ?? {})[0] === name);
  return { id, error, described: described || undefined, firstError };
}

/** The hint and error paragraphs under a control, with the ids its aria-describedby names. */
function Notes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input with its hint and error, wired for screen readers. */
export function Field(p: FieldProps) {
  const w = wiring(p.name, p.hint, p.errors);
  return (
    <div class="field">
      <label for={w.id}>{p.label}</label>
      <input
        id={w.id}
        name={p.name}
        type={p.type ?? "text"}
        value={p.type === "password" ? undefined : p.values?.[p.name]}
        required={p.required}
        autocomplete={p.autocomplete}
        min={p.min}
        max={p.max}
        step={p.step}
        maxlength={p.maxlength}
        autofocus={p.autofocus || w.firstError}
        aria-invalid={w.error ? "true" : undefined}
        aria-describedby={w.described}
      />
      <Notes id={w.id} hint={p.hint} error={w.error} />
    </div>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /** Label of a first option with an empty value ("any"), if the choice is optional. */
  empty?: string;
  values?: Values;
  errors?: Errors;
  hint?: string;
};

/** A labelled select box with its hint and error, wired for screen readers like Field. */
export function SelectField(p: SelectFieldProps) {
  const w = wiring(p.name, p.hint, p.errors);
  return (
    <div class="field">
      <label for={w.id}>{p.label}</label>
      <select
        id={w.id}
        name={p.name}
        autofocus={w.firstError}
        aria-invalid={w.error ? "true" : undefined}
        aria-describedby={w.described}
      >
        {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={p.values?.[p.name] === o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Notes id={w.id} hint={p.hint} error={w.error} />
    </div>
  );
}

/** How many questions a quiz asks (10 unless the form says otherwise), within the core's range. */
export function QuestionCountField(p: {
  range: { min: number; max: number };
  values: Values;
  errors?: Errors;
  withHint?: boolean;
}) {
  return (
    <Field
      name="count"
      label="Number of questions"
      type="number"
      min={String(p.range.min)}
      max={String(p.range.max)}
      values={{ count: "10", ...p.values }}
      errors={p.errors}
      hint={p.withHint ? `From ${p.range.min} to ${p.range.max}.` : undefined}
    />
  );
}

/** A quiz's optional time limit, the field read by TimeLimitMinutes in src/http/new-quiz.ts. */
export function TimeLimitField({ values, errors }: { values: Values; errors?: Errors }) {
  return (
    <Field
      name="minutes"
      label="Time limit in minutes"
      type="number"
      min="1"
      max="180"
      values={values}
      errors={errors}
      hint="Leave empty for no limit."
    />
  );
}

/** The one success message a page shows after a post/redirect/get, read by screen readers. */
export function Notice({ text }: { text?: string | undefined }) {
  return text ? (
    <p class="notice success" role="status">
      {text}
    </p>
  ) : null;
}

/** A summary of what is wrong with a form, announced when it appears. */
export function FormErrors({ errors, children }: { errors?: Errors; children?: Child }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div class="notice error" role="alert">
      <strong>
        Please correct the highlighted {Object.keys(errors).length === 1 ? "field" : "fields"}.
      </strong>
      {errors._form ? <p>{errors._form}</p> : null}
      {children}
    </div>
  );
}
