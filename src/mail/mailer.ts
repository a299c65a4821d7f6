import type { Config } from "../config.ts";

/*
 * Outgoing email, for password reset links only. A deployment chooses a
 * transport in its configuration: none (reset by email is then off, and
 * teachers hand out reset links instead), log (print the message: development),
 * or http (POST it as JSON to a mail relay's endpoint, which works on Node and
 * on Workers alike). Tests pass their own in-process mailer to createApp.
 */

export type Email = { to: string; subject: string; text: string };

export type Mailer = {
  /** Deliver one message; throws if the transport refused it. */
  send(email: Email): Promise<void>;
};

/** The mailer the configuration asks for, or null when email is off. */
export function mailerFor(
  email: Config["email"],
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): Mailer | null {
  if (email.transport === "log") {
    return {
      async send(m) {
        console.log(`[email to ${m.to}] ${m.subject}\n${m.text}`);
      },
    };
  }
  if (email.transport === "http" && email.url) {
    const url = email.url;
    return {
      async send(m) {
        const res = await fetcher(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(email.token ? { authorization: `Bearer ${email.token}` } : {}),
          },
          body: JSON.stringify({ from: email.from, ...m }),
        });
        if (!res.ok) throw new Error(`the mail relay answered ${res.status}`);
      },
    };
  }
  return null;
}
