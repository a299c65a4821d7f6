import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { main as bankThroughput } from "./bank-throughput.ts";
import { dueQueryScaling } from "./due-query.ts";
import { httpLoad } from "./http-load.ts";

/*
 * `npm run bench`: every figure the project promises, measured in one run and
 * printed as a report. Load figures are given as ratios to a bare Hono route
 * measured in the same run, so they compare across machines. Usage:
 *   npm run bench [-- --seconds 8] [-- --skip bank,load,due,bundle]
 */

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1] ?? 8) || 8;
const skip = new Set(
  (args.includes("--skip") ? (args[args.indexOf("--skip") + 1] ?? "") : "").split(","),
);
const line = (s = "") => process.stdout.write(`${s}\n`);
const fixed = (n: number, d = 1) => n.toFixed(d);

line(
  `Chronodeck benchmark — ${new Date().toISOString()} — Node ${process.version}, ${(await import("node:os")).cpus().length} CPUs`,
);
let failed = false;

if (!skip.has("bank")) {
  line("\n## Question bank: build throughput (synthetic corpus)");
  bankThroughput([]);
}

if (!skip.has("load")) {
  line(`\n## HTTP load: 2000 learners × 200 cards, 50 concurrent learners, ${seconds} s per phase`);
  const report = await httpLoad({ seconds });
  const bare = report.phases[0]?.rps ?? Number.NaN;
  line("| phase | requests | req/s | vs bare | p50 ms | p99 ms | 5xx |");
  line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const p of report.phases) {
    line(
      `| ${p.name} | ${p.requests} | ${fixed(p.rps, 0)} | ${fixed((p.rps / bare) * 100)}% | ${fixed(p.p50)} | ${fixed(p.p99)} | ${p.errors} |`,
    );
  }
  line(`population: ${report.population.learners} learners, ${report.population.cards} cards`);
  const lost = {
    reviews: report.acknowledged.reviews - report.stored.reviews,
    answers: report.acknowledged.answers - report.stored.answers,
  };
  line(
    `acknowledged reviews ${report.acknowledged.reviews}, stored ${report.stored.reviews}; acknowledged answers ${report.acknowledged.answers}, stored ${report.stored.answers}`,
  );
  line(`lost writes: ${lost.reviews + lost.answers}`);
  if (lost.reviews !== 0 || lost.answers !== 0) failed = true;
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
  line("\nFAILED: some acknowledged writes are missing from the database.");
  process.exitCode = 1;
}
