import { ConfigError, loadConfig } from "./config.ts";
import type { Nlp } from "./core/nlp/tokens.ts";
import type { Db } from "./db/db.ts";
import { openWebDb } from "./db/open-web.ts";
import { processDocument } from "./jobs/process.ts";
import { runJob } from "./jobs/run.ts";
import { NLP_MODEL_PATH } from "./nlp/model-path.ts";
import { workerNlp } from "./nlp/worker.ts";

/*
 * The Workers side of document jobs: a Queue consumer that runs the same job
 * code as Node's worker threads (src/jobs). It is a Worker of its own
 * (wrangler.jobs.toml) because the format readers (PDF.js above all) would push
 * the web Worker past its size budget; the web Worker only sends job ids.
 */

type Bindings = Record<string, unknown>;
type JobMessage = { jobId: string };
type Message = { body: JobMessage; ack(): void; retry(): void };
type Batch = { messages: readonly Message[] };

let cached: { env: Bindings; db: Db } | undefined;
let tagger: { env: Bindings; load: () => Promise<Nlp> } | undefined;

/** The tagger, its core model read from this Worker's static assets (wrangler.jobs.toml). */
function nlpFor(env: Bindings): () => Promise<Nlp> {
  if (tagger?.env === env) return tagger.load;
  const assets = env.ASSETS as { fetch(request: Request): Promise<Response> } | undefined;
  const load = workerNlp((path) => {
    if (assets === undefined)
      return Promise.reject(new Error("the ASSETS binding (the tagger's model) is not configured"));
    return assets.fetch(new Request(new URL(path, "https://assets.invalid")));
  }, NLP_MODEL_PATH);
  tagger = { env, load };
  return load;
}

function dbFor(env: Bindings): Db {
  if (cached?.env === env) return cached.db;
  const config = loadConfig(env, "worker");
  const db = openWebDb(config.databaseUrl, config.databaseAuthToken);
  cached = { env, db };
  return db;
}

export default {
  async queue(batch: Batch, env: Bindings): Promise<void> {
    let db: Db;
    try {
      db = dbFor(env);
    } catch (error) {
      console.error(error instanceof ConfigError ? error.message : error);
      for (const m of batch.messages) m.retry();
      return;
    }
    for (const message of batch.messages) {
      try {
        // runJob records every outcome itself (done, or failed with a reason); a
        // message that arrives twice finds its job no longer queued and does nothing.
        await runJob(db, message.body.jobId, {
          execute: async (input, onStage) => processDocument(input, await nlpFor(env)(), onStage),
          now: () => new Date(),
          log: (m, e) => console.error(m, e),
        });
        message.ack();
      } catch (error) {
        // The database could not be reached: let the Queue deliver it again later.
        console.error(`Document job ${message.body.jobId}:`, error);
        message.retry();
      }
    }
  },
};
