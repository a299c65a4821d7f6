import { parentPort, workerData } from "node:worker_threads";
import { createClient } from "@libsql/client";

/*
 * The checkpointer's thread (see checkpointer.ts): its own connection to the
 * database file, copying committed WAL pages into the database now and then.
 */

const { url, everyMs } = workerData as { url: string; everyMs: number };
const client = createClient({ url });
let busy = false;
const timer = setInterval(() => {
  if (busy) return;
  busy = true;
  // PASSIVE never waits for readers or writers; what it cannot copy now waits for the next round.
  client
    .execute("PRAGMA wal_checkpoint(PASSIVE)")
    .catch(() => undefined)
    .finally(() => {
      busy = false;
    });
}, everyMs);

parentPort?.on("message", (message) => {
  if (message === "stop") {
    clearInterval(timer);
    client.close();
    parentPort?.close();
  }
});
