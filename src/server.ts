import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { ASSET_VERSION } from "../views/layout.tsx";
import { createApp } from "./app.ts";
import { readBankFile } from "./bank-file.ts";
import { buildAssets, PUBLIC_DIR } from "./cli/assets.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { prepareDatabase } from "./content.ts";
import { startCheckpointer } from "./db/checkpointer.ts";
import { MigrationError } from "./db/migrate.ts";
import { readMigrations } from "./db/migration-files.ts";
import { isEmbeddedFile, openNodeDb } from "./db/open-node.ts";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "./demo.ts";
import { compressNode } from "./http/compress-node.ts";
import { createNodeJobQueue } from "./jobs/node-queue.ts";
import { createThreadPool, poolSizeFor } from "./jobs/pool.ts";

/*
 * Node entry: the embedded libSQL file by default, migrations applied at start,
 * static files from build/assets. Everything else is the shared app.
 */

async function main(): Promise<void> {
  const config = loadConfig(process.env, "node");
  const db = await openNodeDb(config.databaseUrl, config.databaseAuthToken);
  const { applied, bank, changed } = await prepareDatabase(
    db,
    readMigrations(),
    () => readBankFile(config.bankPath),
    new Date(),
  );
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (changed) {
    console.log(
      `Loaded the question bank: ${bank.events.length} events, ${bank.questions.length} questions`,
    );
  }
  if (config.seedDemo) {
    const demo = await seedDemo(db, bank, new Date(), config.passwordIterations, config.env);
    if (demo.created)
      console.log(`Created the demo learner: log in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
  }
  buildAssets(undefined, { precompress: true });
  const checkpointer = isEmbeddedFile(config.databaseUrl)
    ? startCheckpointer(config.databaseUrl)
    : null;

  // Uploaded documents are processed on worker threads; jobs a previous run left are resumed.
  const jobs = createNodeJobQueue(db, createThreadPool(poolSizeFor(), true));
  const resumed = await jobs.resume();
  if (resumed.length > 0) console.log(`Resumed document jobs: ${resumed.join(", ")}`);

  const app = createApp({
    db,
    now: () => new Date(),
    config,
    clientAddress: (c) => getConnInfo(c).remote.address,
    jobs,
    compress: compressNode,
    // One JSON line each; a plain write skips console.log's formatting.
    logger: {
      info: (line) => process.stdout.write(`${line}\n`),
      error: (line) => process.stderr.write(`${line}\n`),
    },
    assets: serveStatic({
      root: PUBLIC_DIR,
      precompressed: true,
      onFound: (_path, c) => {
        // The pages ask for /assets/x?v=ASSET_VERSION, which never changes content: keep it a year.
        c.header(
          "Cache-Control",
          c.req.query("v") === ASSET_VERSION ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    }),
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host =
      config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
    console.log(
      `Chronodeck is running at http://${host}:${info.port} (database ${describe(config.databaseUrl)})`,
    );
  });

  const stop = () => {
    server.close(async () => {
      await checkpointer?.stop();
      await jobs.close();
      db.close();
      process.exit(0);
    });
    // Do not wait forever for keep-alive connections.
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** The database location without credentials, for the start-up line. */
function describe(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === "file:" ? url : `${u.protocol}//${u.host}`;
  } catch {
    return "(unparseable URL)";
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError) {
    console.error(error.message);
  } else {
    console.error("Chronodeck could not start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
