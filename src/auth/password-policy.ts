import * as z from "zod";

/*
 * What a new password must be (NIST SP 800-63B §3.1.1.2): long enough, and not
 * one that attackers try first. "Common" means the 49,233 passwords most often
 * found in breach corpora, ranked by frequency, as shipped by the maintained,
 * MIT-licensed @zxcvbn-ts/language-common (its passwords list, derived from the
 * Xato ten-million corpus and others). It is loaded on first use, not at start:
 * about 380 KB of the Worker bundle, expanded into a set once per process.
 * No composition rules (digits, symbols), which the guideline advises against.
 */

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 200;

let common: Promise<Set<string>> | undefined;

/** The common passwords, lower-cased, as a set. */
export function commonPasswords(): Promise<Set<string>> {
  common ??= import("@zxcvbn-ts/language-common/dist/passwords.json.mjs").then(
    (m) => new Set(m.default.map((p) => p.toLowerCase())),
  );
  return common;
}

/** Whether a password is on the list (ignoring case and spaces, which do not make it harder to guess). */
export async function isCommonPassword(password: string): Promise<boolean> {
  const set = await commonPasswords();
  const lower = password.toLowerCase();
  return set.has(lower) || set.has(lower.replace(/\s+/g, ""));
}

/** One character repeated, or a run like 1234567890 or abcdefghij. */
function isTrivial(password: string): boolean {
  const codes = [...password].map((ch) => ch.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return Math.abs(step) <= 1 && codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step);
}

/** The new-password field of every form that sets one (sign up, change, reset). */
export const newPassword = z
  .string({ error: "Choose a password." })
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters for your password.`)
  .max(MAX_PASSWORD, `Keep your password under ${MAX_PASSWORD} characters.`)
  .refine(
    (p) => !isTrivial(p),
    "Choose a password that is not a single repeated character or a run like 1234567890.",
  )
  .refine(
    async (p) => !(await isCommonPassword(p)),
    "This password is one of the most common ones, which attackers try first. Choose another: a few unrelated words work well.",
  );

/** A problem with a password given who it is for (their email or name), or null. */
export function personalPasswordProblem(
  password: string,
  who: { email?: string | undefined; name?: string | undefined },
): string | null {
  // Compared on letters and digits only: "Ann-Lee 2026" contains "annlee".
  const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const p = bare(password);
  const local = bare(who.email?.split("@")[0] ?? "");
  const name = bare(who.name ?? "");
  if (p.includes("chronodeck")) return "Choose a password that does not contain the site's name.";
  if (name.length >= 4 && p.includes(name))
    return "Choose a password that does not contain your name.";
  if ((local.length >= 4 && p.includes(local)) || p === bare(who.email ?? "-"))
    return "Choose a password that does not contain your email address.";
  return null;
}
