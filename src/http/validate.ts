import { zValidator } from "@hono/zod-validator";
import type { Context } from "hono";
import * as z from "zod";
import { isCalendarDate } from "../core/calendar-date.ts";
import type { AppEnv } from "./env.ts";
import { AppError, BadRequestError, NotFoundError } from "./errors.ts";

/*
 * Every input is validated with zod at the edge. A form that fails comes back
 * re-rendered with its errors (422); a bad query string or path parameter gets
 * a page that says which part of the address is wrong.
 */

export type FieldErrors = Record<string, string>;

/** What a deck id looks like (bank decks, uploaded documents' decks). */
export const DECK_ID = /^[\w-]{1,120}$/;

/** A whole number typed into a form field, from `min` to `max`, with a message for each way it can be wrong. */
export function wholeNumber(
  min: number,
  max: number,
  say: { missing: string; notWhole: string; tooSmall: string; tooLarge: string },
) {
  return (
    z
      .string({ error: say.missing })
      .trim()
      // Up to nine digits: any number a person types gets the range message, not "not a number".
      .regex(/^\d{1,9}$/, say.notWhole)
      .transform(Number)
      .pipe(z.number().min(min, say.tooSmall).max(max, say.tooLarge))
  );
}
/** A date typed as YYYY-MM-DD that exists in the calendar (2030-13-01 and 2030-02-30 do not). */
export function calendarDate(missing: string, invalid: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .regex(/^\d{4}-\d{2}-\d{2}$/, invalid)
    .refine(isCalendarDate, invalid);
}

export type FormValues = Record<string, string>;

/** The first message for each top-level field. */
function fieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    out[key] ??= issue.message;
  }
  return out;
}

const SECRET_FIELDS = new Set(["password", "password_confirm", "current_password"]);

/** What the user typed, as strings, to put back in the form (never a password). */
function formValues(raw: unknown): FormValues {
  const out: FormValues = {};
  if (raw && typeof raw === "object") {
    for (const [key, value] of Object.entries(raw)) {
      if (SECRET_FIELDS.has(key)) continue;
      const first = Array.isArray(value) ? value[0] : value;
      if (typeof first === "string") out[key] = first.slice(0, 10_000);
    }
  }
  return out;
}

type Render = (
  c: Context<AppEnv>,
  errors: FieldErrors,
  values: FormValues,
) => Response | Promise<Response>;

/** Validate a posted form; on failure `render` re-draws the form with its errors (status 422). */
export function form<S extends z.ZodType>(schema: S, render: Render) {
  return zValidator("form", schema, async (result, c) => {
    if (!result.success) {
      const ctx = c as unknown as Context<AppEnv>;
      ctx.status(422);
      return render(ctx, fieldErrors(result.error), formValues(result.data));
    }
  });
}

/**
 * Validate a posted form that has no page to re-draw (its fields are hidden or
 * fixed, so a failure is a tampered or stale page): a 400 with `message`, or
 * with the first field's error when no message is given.
 */
export function formOrBadRequest<S extends z.ZodType>(schema: S, message?: string) {
  return zValidator("form", schema, (result) => {
    if (!result.success) {
      throw new BadRequestError(
        message ?? Object.values(fieldErrors(result.error))[0] ?? "The form was not valid.",
      );
    }
  });
}

class InvalidParameterError extends AppError {
  constructor(where: string, errors: FieldErrors) {
    const detail = Object.entries(errors)
      .map(([k, v]) => `${k}: ${v}`)
      .join("; ");
    super(400, "Invalid address", `The ${where} of this address is not valid (${detail}).`);
  }
}

/** Validate the query string; a bad one is a 400 page naming the parameter. */
export function query<S extends z.ZodType>(schema: S) {
  return zValidator("query", schema, (result) => {
    if (!result.success) throw new InvalidParameterError("query", fieldErrors(result.error));
  });
}

/** Validate path parameters; a malformed one is a 404, as for any address that does not exist. */
export function params<S extends z.ZodType>(schema: S) {
  return zValidator("param", schema, (result) => {
    if (!result.success) throw new NotFoundError("There is nothing at this address.");
  });
}
