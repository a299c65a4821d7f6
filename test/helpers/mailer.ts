import type { Email, Mailer } from "../../src/mail/mailer.ts";

/** A real in-process mailer that keeps what it was asked to send, for tests to read. */
export function recordingMailer(): Mailer & { sent: Email[]; linkTo(email: string): string } {
  const sent: Email[] = [];
  return {
    sent,
    async send(email) {
      sent.push(email);
    },
    /** The reset link in the last message to `email`, as a path. */
    linkTo(email: string) {
      const message = sent.filter((m) => m.to === email).at(-1);
      const url = message?.text.match(/https?:\/\/\S+\/password\/reset\/\S+/)?.[0];
      if (!url) throw new Error(`no reset link was sent to ${email}`);
      return new URL(url).pathname;
    },
  };
}
