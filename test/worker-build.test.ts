import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

describe("npm run build:worker", () => {
  it("bundles the Worker without any Node-only module", () => {
    const out = mkdtempSync(join(tmpdir(), "chronodeck-worker-"));
    try {
      execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], {
        env: {
          ...process.env,
          WRANGLER_SEND_METRICS: "false",
          CLOUDFLARE_CF_FETCH_ENABLED: "false",
        },
        stdio: "pipe",
        timeout: 120_000,
      });
      const bundle = join(out, "worker.js");
      expect(existsSync(bundle)).toBe(true);
      const code = readFileSync(bundle, "utf8");
      expect(code.length).toBeGreaterThan(10_000);
      // An import or require of a Node module, not the same word as data ("net" is an English verb
      // in the tagger's word lists).
      expect(code).not.toMatch(
        /(?:require\(|from\s*|import\(\s*)["'](node:)?(fs|child_process|net|worker_threads)["']/,
      );
      // The budget: under 1 MB gzipped (the common-password list is about 230 KB of it).
      expect(gzipSync(code, { level: 9 }).length).toBeLessThan(1024 * 1024);
      expect(existsSync("build/public/assets/htmx.min.js")).toBe(true);
      // The web Worker stays small: the format readers live in the job consumer.
      expect(gzipSync(code).length).toBeLessThan(1024 * 1024);
      expect(code).not.toContain("PDFDocumentProxy");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("npm run build:worker -- -c wrangler.jobs.toml", () => {
  it("bundles the document job consumer with the format readers, within Workers' size limit", () => {
    const out = mkdtempSync(join(tmpdir(), "chronodeck-jobs-"));
    try {
      execFileSync(
        "npx",
        ["wrangler", "deploy", "--dry-run", "--outdir", out, "-c", "wrangler.jobs.toml"],
        {
          env: {
            ...process.env,
            WRANGLER_SEND_METRICS: "false",
            CLOUDFLARE_CF_FETCH_ENABLED: "false",
          },
          stdio: "pipe",
          timeout: 120_000,
        },
      );
      const code = readFileSync(join(out, "worker-jobs.js"), "utf8");
      expect(code).not.toMatch(
        /(?:require\(|from\s*|import\(\s*)["'](node:)?(child_process|net|worker_threads)["']/,
      );
      // The same 1 MB gzipped budget as the web Worker (Workers themselves allow 3 MB on the
      // free plan): zod imported as a namespace keeps its 40 locales out.
      expect(gzipSync(code).length).toBeLessThan(1024 * 1024);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
