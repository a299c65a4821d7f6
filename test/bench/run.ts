import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { main as bankThroughput } from "./bank-throughput.ts";
import { crashLoad } from "./crash-load.ts";
import { dueQueryScaling } from "./due-query.ts";
import {
  CLASSROOM,
  CLASSROOM_UPLOAD,
  GRADE_20,
  httpLoad,
  PATH_TITLES,
  type PathName,
} from "./http-load.ts";

/*
 * `npm run bench`: every figure the project promises, measured in one run and
 * printed as a report. Load figures are given as ratios to a bare Hono route
 * measured in the same run, so they compare across machines. Usage:
 *   npm run bench [-- --seconds 8] [-- --skip bank,load,crash,due,bundle]
 *     [-- --paths file,sqld1,sqld2,workerd3] [-- --phases bare,next,cold,grade,grade20,paced,upload,quiz]
 *     [-- --protocol ws|http]  (how the Node servers reach sqld; ws by default)
 */

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seconds = Number(flag("--seconds") ?? 8) || 8;
const protocol = flag("--protocol") === "http" ? "http" : "ws";
const skip = new Set(
  (args.includes("--skip") ? (args[args.indexOf("--skip") + 1] ?? "") : "").split(","),
);
const line = (s = "") => process.stdout.write(`${s}\n`);
// Exit through 'exit' when interrupted, so the servers the bench started are stopped too.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
const fixed = (n: number, d = 1) => n.toFixed(d);

line(
  `Chronodeck benchmark — ${new Date().toISOString()} — Node ${process.version}, ${(await import("node:os")).cpus().length} CPUs`,
);
let failed = false;

if (!skip.has("bank")) {
  line("\n## Question bank: build throughput (synthetic corpus)");
  await bankThroughput([]);
}

if (!skip.has("load")) {
  const paths = (flag("--paths") ?? process.env.BENCH_PATHS)?.split(",") as PathName[] | undefined;
  // BENCH_PHASES=bare,next,cold,grade,grade20,paced,upload,quiz runs only some phases (for profiling one path).
  const only = (flag("--phases") ?? process.env.BENCH_PHASES)?.split(",");
  line(`\n## HTTP load: 2000 learners × 200 cards, 50 concurrent learners, ${seconds} s per phase`);
  line(
    `Node servers reach sqld over ${protocol === "ws" ? "a WebSocket (ws://, as a libsql: URL does on Node)" : "HTTP (http://)"}; the Worker always over HTTP.`,
  );
  const report = await httpLoad({
    seconds,
    ...(paths ? { paths } : {}),
    ...(only ? { phases: only } : {}),
    protocol,
    log: (s) => process.stderr.write(`  ${s}\n`),
  });
  const bare = report.phases.find((p) => p.path === "bare")?.rps ?? Number.NaN;
  line(
    "| path | phase | requests | req/s | vs bare | p50 ms | p99 ms | 5xx | statements/req | round trips/req | db wait p50 ms | app CPU ms/req | sqld CPU ms/req | load client CPU ms/req |",
  );
  line(
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const p of report.phases) {
    line(
      `| ${p.path === "bare" ? "—" : PATH_TITLES[p.path]} | ${p.name} | ${p.requests} | ${fixed(p.rps, 0)} | ${fixed((p.rps / bare) * 100)}% | ${fixed(p.p50)} | ${fixed(p.p99)} | ${p.errors} | ${fixed(p.statements, 2)} | ${fixed(p.roundTrips, 2)} | ${fixed(p.dbWait)} | ${fixed(p.appCpu, 2)} | ${fixed(p.sqldCpu, 2)} | ${fixed(p.clientCpu, 2)} |`,
    );
  }
  line(`population: ${report.population.learners} learners, ${report.population.cards} cards`);
  const of = (path: PathName, name: string) =>
    report.phases.find((p) => p.path === path && p.name === name);
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? "—" : `${fixed(a / b, 2)}×`;
  const grade = "grade and show next card";
  line(
    `app CPU per grade, two processes alternating / one process on sqld: ${ratio(of("sqld2", grade)?.appCpu, of("sqld1", grade)?.appCpu)} (target ≤ 1.5×)`,
  );
  line(
    `app CPU per grade, three workerd isolates alternating / one Node process on sqld: ${ratio(of("workerd3", grade)?.appCpu, of("sqld1", grade)?.appCpu)}`,
  );
  line(
    `p50 grade, two processes alternating: ${fixed(of("sqld2", GRADE_20)?.p50 ?? Number.NaN)} ms with 20 learners, ${fixed(of("sqld2", grade)?.p50 ?? Number.NaN)} ms with 50 (target ≤ 25 ms)`,
  );
  line(
    `grading throughput, embedded file / one process on sqld: ${ratio(of("file", grade)?.rps, of("sqld1", grade)?.rps)}; showing: ${ratio(of("file", "show next card")?.rps, of("sqld1", "show next card")?.rps)} (target ≤ 2.5×)`,
  );
  const classroom = of("file", CLASSROOM);
  const busy = of("file", CLASSROOM_UPLOAD);
  if (classroom && busy)
    line(
      `a class grading while a 2 MB document is processed (embedded file): p50 ${fixed(busy.p50)} ms, p99 ${fixed(busy.p99)} ms over ${busy.requests} answers (target p99 ≤ 50 ms); without the upload p50 ${fixed(classroom.p50)} ms, p99 ${fixed(classroom.p99)} ms`,
    );
  const u = report.uploads;
  if (u) {
    const s = (ms: number) => fixed(ms / 1000, 2);
    line(
      `a ${fixed(u.large.kb / 1024, 2)} MB text document: processed ${s(u.large.processed)} s after its upload; review page ${s(u.large.ms)} s (its first view ${fixed(u.large.review, 0)} ms)`,
    );
    line(
      `a ${u.pdf.pages}-page text PDF (${fixed(u.pdf.kb, 0)} KB, ${fixed(u.pdf.textKb, 0)} KB of text), upload to review page: ${s(u.pdf.ms)} s (target ≤ 3 s; processed after ${s(u.pdf.processed)} s, the job page polled every second as the page itself does)`,
    );
  }
  for (const r of report.paths) {
    // A review stored whose answer never came back (a request timed out) is not lost.
    const lost = {
      reviews: Math.max(0, r.acknowledged.reviews - r.stored.reviews),
      answers: Math.max(0, r.acknowledged.answers - r.stored.answers),
    };
    const unanswered =
      Math.max(0, r.stored.reviews - r.acknowledged.reviews) +
      Math.max(0, r.stored.answers - r.acknowledged.answers);
    line(
      `${PATH_TITLES[r.path]}: acknowledged reviews ${r.acknowledged.reviews}, stored ${r.stored.reviews}; acknowledged answers ${r.acknowledged.answers}, stored ${r.stored.answers}; lost writes: ${lost.reviews + lost.answers}${unanswered ? `; stored but not answered in time: ${unanswered}` : ""}`,
    );
    if (lost.reviews !== 0 || lost.answers !== 0) failed = true;
  }
}

if (!skip.has("crash")) {
  line(
    "\n## Crash run: 20 learners alternating between two processes on sqld, the first killed (SIGKILL) at 40 %, unanswered requests sent again to the other",
  );
  const r = await crashLoad({ seconds, protocol });
  line(
    `grades ${r.grades}, undos ${r.undos}; requests sent again to the other process ${r.retried}, of which had committed before the crash ${r.committedBeforeCrash}`,
  );
  line(
    `lost reviews ${r.lostReviews}, extra reviews ${r.extraReviews}, lost undos ${r.lostUndos}, extra undos ${r.extraUndos}, 5xx from the survivor ${r.errors}`,
  );
  if (r.lostReviews + r.extraReviews + r.lostUndos + r.extraUndos + r.errors > 0) failed = true;
}

if (!skip.has("due")) {
  line("\n## Due query (covering index), microseconds per query");
  for (const r of await dueQueryScaling())
    line(`${r.cards.toLocaleString("en")} cards: ${fixed(r.micros)} µs`);
}

if (!skip.has("bundle")) {
  line("\n## Worker bundle (wrangler deploy --dry-run)");
  const out = mkdtempSync(join(tmpdir(), "chronodeck-bundle-"));
  try {
    execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], {
      stdio: "pipe",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    });
    const code = readFileSync(join(out, "worker.js"));
    line(
      `raw ${fixed(code.length / 1024)} KiB, gzipped ${fixed(gzipSync(code).length / 1024)} KiB`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (failed) {
  line(
    "\nFAILED: some acknowledged writes are missing from the database, or the crash run stored one twice.",
  );
  process.exitCode = 1;
}
