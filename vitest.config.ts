import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { freePort } from "./test/helpers/sqld.ts";

export default defineConfig(async () => {
  // The Worker tests talk to a real libSQL server started by their global setup;
  // its port is chosen here because the Worker's bindings are fixed at config time.
  process.env.CHRONODECK_SQLD_PORT ??= String(await freePort());
  const sqldUrl = `http://127.0.0.1:${process.env.CHRONODECK_SQLD_PORT}`;
  // The document job consumer (a Worker of its own) has its own libSQL server.
  process.env.CHRONODECK_SQLD_JOBS_PORT ??= String(await freePort());
  const sqldJobsUrl = `http://127.0.0.1:${process.env.CHRONODECK_SQLD_JOBS_PORT}`;
  return {
    test: {
      projects: [
        {
          test: {
            name: "node",
            include: ["test/**/*.test.{ts,tsx}"],
            exclude: ["test/worker/**", "test/e2e/**"],
            testTimeout: 20_000,
          },
        },
        {
          test: {
            name: "e2e",
            include: ["test/e2e/**/*.test.ts"],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            // One browser at a time: the machine has two cores.
            fileParallelism: false,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: { DATABASE_URL: sqldUrl, APP_ENV: "test", PASSWORD_ITERATIONS: "10000" },
              },
            }),
          ],
          test: {
            name: "worker",
            include: ["test/worker/**/*.test.ts"],
            exclude: ["test/worker/jobs/**"],
            globalSetup: ["test/helpers/worker-global-setup.ts"],
            testTimeout: 30_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.jobs.toml" },
              miniflare: {
                bindings: { DATABASE_URL: sqldJobsUrl, APP_ENV: "test" },
                // The test sends job ids the way the web Worker does.
                queueProducers: { DOCUMENT_JOBS: { queueName: "chronodeck-document-jobs" } },
              },
            }),
          ],
          test: {
            name: "worker-jobs",
            include: ["test/worker/jobs/**/*.test.ts"],
            globalSetup: ["test/helpers/worker-jobs-global-setup.ts"],
            testTimeout: 60_000,
          },
        },
      ],
    },
  };
});
