import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { mailerFor } from "../src/mail/mailer.ts";

describe("the http mail transport", () => {
  it("posts each message as JSON with the relay's token, and fails loudly when refused", async () => {
    const received: { auth: string | undefined; body: unknown }[] = [];
    let answer = 202;
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => {
        body += c.toString();
      });
      req.on("end", () => {
        received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const mailer = mailerFor({
        transport: "http",
        url: `http://127.0.0.1:${port}/send`,
        token: "relay-token",
        from: "chronodeck@school.example",
      });
      await mailer?.send({ to: "ann@example.org", subject: "Reset", text: "Open the link" });
      expect(received).toEqual([
        {
          auth: "Bearer relay-token",
          body: {
            from: "chronodeck@school.example",
            to: "ann@example.org",
            subject: "Reset",
            text: "Open the link",
          },
        },
      ]);
      answer = 500;
      await expect(mailer?.send({ to: "x@example.org", subject: "s", text: "t" })).rejects.toThrow(
        /answered 500/,
      );
      expect(
        mailerFor({ transport: "none", url: undefined, token: undefined, from: "a@b.c" }),
      ).toBeNull();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
