import { Worker } from "node:worker_threads";

/*
 * SQLite in WAL mode copies committed pages back into the database file (a
 * checkpoint) from inside whichever commit makes the log pass 1000 pages. The
 * embedded client runs synchronously on the event loop, so that commit stalls
 * every request for the length of the copy and its sync to disk (tens to
 * hundreds of milliseconds under load). A worker thread with its own connection
 * checkpoints a few times a second instead, which keeps the log short enough
 * that the server's own commits never have to; if the thread fell behind, the
 * built-in checkpoint would still take over, so nothing depends on it.
 */

export type Checkpointer = { stop(): Promise<void> };

/** Checkpoint an embedded database's WAL from a worker thread every `everyMs`. */
export function startCheckpointer(url: string, everyMs = 200): Checkpointer {
  const worker = new Worker(new URL("./checkpoint-worker.ts", import.meta.url), {
    workerData: { url, everyMs },
  });
  // Never keep the process alive, and never take the server down with it.
  worker.unref();
  worker.on("error", (error) => console.error("The WAL checkpointer stopped:", error));
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.ref();
        worker.once("exit", () => resolve());
        worker.postMessage("stop");
        setTimeout(() => void worker.terminate(), 1_000);
      }),
  };
}
