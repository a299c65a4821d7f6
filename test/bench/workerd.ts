import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";

/*
 * The Worker as deployed, for the load benchmark: the bundle `wrangler deploy`
 * builds, run by workerd (Miniflare) as `n` Workers — `n` isolates, each with its
 * own copy of the app and of the learners' states — in front of one libSQL
 * server. Each isolate answers at its own host name on Miniflare's one port.
 */

export type Isolates = {
  url: string;
  hosts: string[];
  /** The workerd process that runs them all (its CPU time is theirs). */
  pid: number;
  stop(): Promise<void>;
};

/** Child processes of this one named `name`, by pid. */
function children(name: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (comm === name && ppid === process.pid) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

export async function startIsolates(n: number, databaseUrl: string): Promise<Isolates> {
  const dir = mkdtempSync(join(tmpdir(), "chronodeck-bench-worker-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", dir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    stdio: "pipe",
  });
  const before = new Set(children("workerd"));
  const hosts = Array.from({ length: n }, (_, i) => `isolate-${i}.test`);
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      port: 0,
      workers: hosts.map((host) => ({
        name: host.replace(/\./g, "-"),
        modules: true,
        modulesRoot: dir,
        scriptPath: join(dir, "worker.js"),
        compatibilityDate: "2026-11-01",
        routes: [`${host}/*`],
        bindings: { DATABASE_URL: databaseUrl, APP_ENV: "test", PASSWORD_ITERATIONS: "10000" },
      })),
    }),
  );
  const url = (await mf.ready).toString().replace(/\/$/, "");
  const pid = children("workerd").find((p) => !before.has(p)) ?? 0;
  return {
    url,
    hosts,
    pid,
    async stop() {
      await mf.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
