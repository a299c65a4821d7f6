import type { InStatement } from "@libsql/client";
import type { Context } from "hono";
import * as z from "zod";
import { b64url } from "../auth/tokens.ts";
import { submissionStatements, submittedTo } from "../db/form-submissions.ts";
import type { AppEnv } from "./env.ts";
import { requireUser } from "./session.ts";

/*
 * Forms that create something (a class, an assignment, a quiz, an attempt)
 * carry a one-time token, drawn when the form is rendered. The first submission
 * records it in the same transaction as what it creates, with the address of
 * the result; the same form sent again — a double click, or Back and resend —
 * is redirected to that address and creates nothing. Together with answering
 * every such POST with a 303 redirect, a reload never repeats an action.
 */

/** The hidden field's name. */
export const FORM_TOKEN = "form_token";

/**
 * The field as forms send it: 128 random bits, base64url. A client that sends
 * none (or a malformed one) gets no protection against repeats, and no error.
 */
export const FormToken = z
  .unknown()
  .transform((v) => (typeof v === "string" && /^[\w-]{16,64}$/.test(v) ? v : undefined))
  .optional();

/** A fresh token for one rendering of a form. */
export function newFormToken(): string {
  return b64url(crypto.getRandomValues(new Uint8Array(16)));
}

/** Where an earlier submission of this form led, if it was already submitted. */
export async function earlierSubmission(
  c: Context<AppEnv>,
  token: string | undefined,
): Promise<string | null> {
  if (token === undefined) return null;
  return submittedTo(c.get("db"), requireUser(c).id, token);
}

/** The statements that record this submission, to run in the batch that creates `location`. */
export function recordSubmission(
  c: Context<AppEnv>,
  token: string | undefined,
  location: string,
  opts: { onlyIfInserted?: boolean } = {},
): InStatement[] {
  if (token === undefined) return [];
  return submissionStatements(
    { userId: requireUser(c).id, token, location, now: c.get("now") },
    opts,
  );
}

/**
 * Run a creating batch that includes recordSubmission's statements. If it fails
 * because the same form was submitted meanwhile (the token is taken, the batch
 * rolled back), answer with that submission's address; other failures rethrow.
 */
export async function createOnce<T>(
  c: Context<AppEnv>,
  token: string | undefined,
  create: () => Promise<T>,
): Promise<{ created: T } | { earlier: string }> {
  try {
    return { created: await create() };
  } catch (error) {
    const earlier = await earlierSubmission(c, token);
    if (earlier !== null) return { earlier };
    throw error;
  }
}
