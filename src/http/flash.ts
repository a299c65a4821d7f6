import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "./env.ts";

/*
 * A message for the page a form redirects to ("The assignment was created."),
 * carried by a short-lived cookie and shown once: reloading the page shows it
 * no more. The cookie holds only a key of this table and up to two numbers, so
 * nothing a user typed is ever echoed from it.
 */

const MESSAGES = {
  "class-created": () => "The class was created. Share its join code with your students.",
  joined: () => "You joined the class.",
  assigned: () => "The assignment was created.",
  "assigned-short": (n: number, asked: number) =>
    `The assignment was created. Only ${n} questions match these choices, so its quiz has ${n} rather than ${asked}.`,
  "student-removed": () => "The student was removed from the class.",
  "not-a-member": () => "That student is not in this class.",
  "code-replaced": () => "The join code was replaced. The old code and link no longer work.",
  "settings-saved": () => "Your settings were saved.",
  "already-sent": () => "This form had already been sent, so nothing new was created.",
} satisfies Record<string, (a: number, b: number) => string>;

export type FlashKey = keyof typeof MESSAGES;

const COOKIE = "cd_flash";

/** Leave a message for the next page this browser opens. */
export function setFlash(c: Context<AppEnv>, key: FlashKey, ...numbers: number[]): void {
  const value = [key, ...numbers.map((n) => String(Math.trunc(n)))].join(".");
  const secure = c.get("config").env === "production" || c.req.url.startsWith("https:");
  setCookie(c, COOKIE, value, { httpOnly: true, secure, sameSite: "Lax", path: "/", maxAge: 60 });
}

/** The message left for this page, if any; it is removed, so a reload does not show it again. */
export function takeFlash(c: Context<AppEnv>): string | undefined {
  const value = getCookie(c, COOKIE);
  if (value === undefined) return undefined;
  deleteCookie(c, COOKIE, { path: "/" });
  const [key, a, b] = value.split(".");
  const make = MESSAGES[key as FlashKey] as ((a: number, b: number) => string) | undefined;
  if (!make || !/^(\d{1,6})?$/.test(a ?? "") || !/^(\d{1,6})?$/.test(b ?? "")) return undefined;
  return make(Number(a ?? 0), Number(b ?? 0));
}
