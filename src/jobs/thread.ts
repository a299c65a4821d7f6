import { parentPort } from "node:worker_threads";
import { nodeNlp } from "../nlp/node.ts";
import { type JobInput, processDocument } from "./process.ts";

/*
 * A worker thread of the document job pool (pool.ts): it runs the pure job work
 * so the server's event loop keeps answering other users meanwhile.
 */

type Task = { id: number; input: JobInput };

parentPort?.on("message", async ({ id, input }: Task) => {
  try {
    const output = await processDocument(input, nodeNlp(), (stage) =>
      parentPort?.postMessage({ id, stage }),
    );
    parentPort?.postMessage({ id, output });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

// Loaded: the pool may now terminate this thread safely (pool.ts).
parentPort?.postMessage({ ready: true });
