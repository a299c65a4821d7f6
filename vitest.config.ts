import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { freePort } from "./test/helpers/sqld.ts";

export default defineConfig(async () => {
  // The Worker tests talk to a real libSQL server started by their global setup;
  // its port is chosen here because the Worker's bindings are fixed at config time.
  process.env.CHRONODECK_SQLD_PORT ??= String(await freePort());
  const sqldUrl = `http://127.0.0.1:${process.env.CHRONODECK_SQLD_PORT}`;
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
            globalSetup: ["test/helpers/worker-global-setup.ts"],
            testTimeout: 30_000,
          },
        },
      ],
    },
  };
});
