import type { ExecutionContext, Hono } from "hono";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { openWebDb } from "./db/open-web.ts";
import type { AppEnv } from "./http/env.ts";
import { NLP_MODEL_PATH } from "./nlp/model-path.ts";
import { workerNlp } from "./nlp/worker.ts";

/*
 * Workers entry: the same app, on @libsql/client/web talking HTTP to a libSQL
 * server (Turso). Migrations are applied from the CLI before deploy, never here.
 * Static files (build/public) are served by the platform before this runs.
 */

type Bindings = Record<string, unknown>;

let cached: { env: Bindings; app: Hono<AppEnv> } | undefined;

function appFor(env: Bindings): Hono<AppEnv> {
  if (cached?.env === env) return cached.app;
  const config = loadConfig(env, "worker");
  const db = openWebDb(config.databaseUrl, config.databaseAuthToken);
  const assets = env.ASSETS as { fetch(request: Request): Promise<Response> } | undefined;
  const nlp = workerNlp((path) => {
    if (assets === undefined)
      return Promise.reject(new Error("the ASSETS binding is not configured"));
    return assets.fetch(new Request(new URL(path, "https://assets.invalid")));
  }, NLP_MODEL_PATH);
  const app = createApp({ db, now: () => new Date(), config, nlp });
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
