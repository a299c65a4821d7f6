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

/** A labelled input with its hint and error, wired for screen readers. */
export function Field(p: FieldProps) {
  const id = `f-${p.name}`;
  const error = p.errors?.[p.name];
  const described = [p.hint ? `${id}-hint` : "", error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      <input
        id={id}
        name={p.name}
        type={p.type ?? "text"}
        value={p.type === "password" ? undefined : p.values?.[p.name]}
        required={p.required}
        autocomplete={p.autocomplete}
        min={p.min}
        max={p.max}
        step={p.step}
        maxlength={p.maxlength}
        autofocus={p.autofocus || Boolean(error && Object.keys(p.errors ?? {})[0] === p.name)}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={described || undefined}
      />
      {p.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
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
