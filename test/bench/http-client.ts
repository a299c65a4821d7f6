import { Agent, request } from "node:http";

/*
 * A minimal keep-alive HTTP client for load generation: node:http with a pooled
 * agent costs far less CPU per request than fetch, so the client disturbs the
 * server it measures as little as possible on a two-core machine.
 */

export type Reply = {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  ms: number;
};

/**
 * A request function for `base`; its `close()` drops the pooled sockets so the server can
 * stop. `host` sends another Host header (one of several Workers on one port).
 */
export function client(base: string, sockets = 64, host?: string) {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  function send(
    method: "GET" | "POST",
    path: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<Reply> {
    const started = performance.now();
    const attempt = (retried: boolean): Promise<Reply> =>
      new Promise((resolve) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            method,
            path,
            agent,
            headers: {
              ...headers,
              ...(host ? { host } : {}),
              ...(body !== undefined
                ? {
                    "content-type": "application/x-www-form-urlencoded",
                    "content-length": Buffer.byteLength(body),
                    origin: host ? `http://${host}` : base,
                    // As a browser says of a form posted to its own site.
                    "sec-fetch-site": "same-origin",
                  }
                : {}),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks).toString("utf8"),
                headers: res.headers,
                ms: performance.now() - started,
              }),
            );
            res.on("error", () =>
              resolve({ status: 0, body: "", headers: {}, ms: performance.now() - started }),
            );
          },
        );
        // The server may close an idle keep-alive socket just as it is reused; like a
        // browser, retry that once. Any other dropped connection is a failed request,
        // counted as an error (status 0), not a crash.
        req.on("error", (err: NodeJS.ErrnoException) => {
          if (!retried && req.reusedSocket && err.code === "ECONNRESET") resolve(attempt(true));
          else resolve({ status: 0, body: "", headers: {}, ms: performance.now() - started });
        });
        // A request that gets no answer in 30 s is a failed request (status 0), so a stalled
        // server cannot hold a phase up for ever.
        req.setTimeout(30_000, () => req.destroy(new Error("timed out")));
        // Headers and body in one write, without Nagle's delay: otherwise a POST can wait
        // for the server's delayed ACK (~40 ms) and the benchmark measures TCP, not the app.
        req.on("socket", (socket) => socket.setNoDelay(true));
        req.end(body);
      });
    return attempt(false);
  }
  return Object.assign(send, { close: () => agent.destroy() });
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}
