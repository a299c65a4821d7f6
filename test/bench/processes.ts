import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** Start a Node script (`--import tsx`); resolves once it prints that it is ready. */
export function startProcess(args: string[], env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const extra = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(" ") : [];
    const child = spawn(
      process.execPath,
      [...(args[0] === "src/server.ts" ? extra : []), "--import", "tsx", ...args],
      {
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    const onData = (b: Buffer) => {
      out += b.toString();
      if (/ready|running at/.test(out)) resolve(child);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (b: Buffer) => {
      out += b.toString();
    });
    child.once("exit", (code) => reject(new Error(`process exited (${code}): ${out}`)));
  });
}

/** Signal a child and wait until it has exited. */
export function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** CPU time (user + system, all threads) a process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Linux counts in clock ticks of 10 ms (USER_HZ = 100).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
