import type { ChildProcess } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syncBank } from "../../src/content.ts";
import { buildBank } from "../../src/core/bank-build.ts";
import { migrate } from "../../src/db/migrate.ts";
import { readMigrations } from "../../src/db/migration-files.ts";
import { openNodeDb } from "../../src/db/open-node.ts";
import { nodeNlp } from "../../src/nlp/node.ts";
import { type CrashReport, crashRun } from "../helpers/crash-run.ts";
import { freePort, startSqld } from "../helpers/sqld.ts";
import { tempDb } from "../helpers/temp-db.ts";
import { populate, seedsAndNews } from "./population.ts";
import { startProcess, stop } from "./processes.ts";

/*
 * The crash run of the bench: the load population on sqld, two server processes,
 * `learners` learners alternating between them, grading and undoing; the first
 * process is killed with SIGKILL at 40 % of the run and every unanswered request
 * is sent again to the other (see test/helpers/crash-run.ts for the checks).
 */
export async function crashLoad(
  options: { learners?: number; seconds?: number; protocol?: "ws" | "http" } = {},
): Promise<CrashReport> {
  const learners = options.learners ?? 20;
  const ms = (options.seconds ?? 8) * 1000;
  const { dir, cleanup } = await tempDb({ migrated: false });
  const sqld = await startSqld(await freePort());
  const children: ChildProcess[] = [];
  try {
    const { bank } = buildBank(seedsAndNews(), { nlp: nodeNlp() });
    const bankPath = join(dir, "bank.json");
    writeFileSync(bankPath, JSON.stringify(bank));
    const db = await openNodeDb(sqld.url);
    await migrate(db, readMigrations());
    await syncBank(db, bank, new Date());
    const { tokens } = await populate(db, bank, learners, 200, Date.now());
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      children.push(
        await startProcess(["src/server.ts"], {
          PORT: String(port),
          HOST: "127.0.0.1",
          DATABASE_URL: options.protocol === "http" ? sqld.url : sqld.wsUrl,
          BANK_PATH: bankPath,
          SEED_DEMO: "false",
          APP_ENV: "test",
        }),
      );
    }
    const [first] = children;
    const report = await crashRun({
      servers: ports.map((p) => `http://127.0.0.1:${p}`) as [string, string],
      cookies: tokens.map((t) => `cd_session=${t}`),
      emails: tokens.map((_, u) => `learner${u}@bench.test`),
      db,
      kill: () => (first ? stop(first, "SIGKILL") : Promise.resolve()),
      killAfterMs: ms * 0.4,
      durationMs: ms,
    });
    db.close();
    return report;
  } finally {
    for (const child of children) await stop(child, "SIGKILL");
    await sqld.stop("SIGKILL");
    cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}
