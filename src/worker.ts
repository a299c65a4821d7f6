import type { ExecutionContext, Hono } from "hono";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { failJob } from "./db/document-jobs.ts";
import { openWebDb } from "./db/open-web.ts";
import type { AppEnv } from "./http/env.ts";

/*
 * Workers entry: the same app, on @libsql/client/web talking HTTP to a libSQL
 * server (Turso). Migrations are applied from the CLI before deploy, never here.
 * Static files (build/public) are served by the platform before this runs.
 */

type Bindings = Record<string, unknown>;

/** The Queue binding uploads are sent to; its consumer is src/worker-jobs.ts (wrangler.jobs.toml). */
type JobsBinding = { send(body: { jobId: string }): Promise<void> };

let cached: { env: Bindings; app: Hono<AppEnv> } | undefined;

function appFor(env: Bindings): Hono<AppEnv> {
  if (cached?.env === env) return cached.app;
  const config = loadConfig(env, "worker");
  const db = openWebDb(config.databaseUrl, config.databaseAuthToken);
  const queue = env.DOCUMENT_JOBS as JobsBinding | undefined;
  const jobs = {
    async enqueue(jobId: string) {
      if (queue) return queue.send({ jobId });
      await failJob(
        db,
        jobId,
        "Documents cannot be processed on this server yet: the operator needs to set up its job queue (DOCUMENT_JOBS).",
        new Date(),
      );
    },
  };
  // An isolate has 128 MB: it keeps one ordinary document's working copy, not a 2 MB one's.
  const app = createApp({
    db,
    now: () => new Date(),
    config,
    jobs,
    workingCopyBudget: 2 * 1024 * 1024,
  });
  cached = { env, app };
  return app;
}

export default {
  async fetch(request: Request, env: Bindings, ctx: ExecutionContext): Promise<Response> {
    let app: Hono<AppEnv>;
    try {
      app = appFor(env);
    } catch (error) {
      // The operator reads the details in the Worker's logs; users get a plain notice.
      console.error(error instanceof ConfigError ? error.message : error);
      return new Response(
        "Chronodeck is not configured yet: the operator needs to set its database URL and token.",
        { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } },
      );
    }
    return app.fetch(request, env, ctx);
  },
};
