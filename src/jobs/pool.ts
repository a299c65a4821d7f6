import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { JobInput, JobOutput, JobStage } from "./process.ts";
import { type Executor, JobTimeout } from "./run.ts";

/*
 * A small pool of worker threads for document jobs on Node. One thread per core
 * beyond the one that serves requests (at least one): building a bank from a
 * 2 MB document is seconds of CPU, which on the event loop would stall every
 * other user. A job over its time limit has its thread terminated (and replaced
 * on the next job), which stops the work wherever it is.
 *
 * A thread is not terminated while it is still loading its modules: `terminate()`
 * landing mid-load is a known crash path of JS runtimes (bun#41022, NativeScript
 * android#1993), and a test process here died once with SIGSEGV in the test whose
 * job limit (50 ms) ends jobs while their thread loads. Each thread says when it is
 * loaded; termination waits for that, or for a few seconds at most.
 */

/** How long termination waits for a thread still loading its modules. */
const LOAD_WAIT_MS = 10_000;

type Pending = {
  input: JobInput;
  onStage: (stage: JobStage) => void;
  limitMs: number;
  resolve: (o: JobOutput) => void;
  reject: (e: Error) => void;
};

export type ThreadPool = { execute: Executor; close(): Promise<void>; size: number };

/** Threads for a machine: every core but one, at least one, at most four. */
export function poolSizeFor(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/** `warm` starts the threads now, so the first upload does not wait for one to load the pipeline. */
export function createThreadPool(size = poolSizeFor(), warm = false): ThreadPool {
  const idle: Worker[] = [];
  let started = 0;
  const waiting: Pending[] = [];
  let nextId = 1;
  let closed = false;
  const all = new Set<Worker>();
  const loaded = new WeakMap<Worker, Promise<void>>();

  const stop = async (worker: Worker) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, LOAD_WAIT_MS);
      timer.unref?.();
    });
    await Promise.race([loaded.get(worker), waited]);
    clearTimeout(timer);
    await worker.terminate();
  };

  const spawn = () => {
    const worker = new Worker(new URL("./thread.ts", import.meta.url));
    worker.unref();
    all.add(worker);
    started++;
    loaded.set(
      worker,
      new Promise<void>((resolve) => {
        const onReady = (m: { ready?: boolean }) => {
          if (m.ready !== true) return;
          worker.off("message", onReady);
          resolve();
        };
        worker.on("message", onReady);
        worker.once("exit", () => resolve());
      }),
    );
    worker.once("exit", () => {
      all.delete(worker);
      const i = idle.indexOf(worker);
      if (i >= 0) {
        idle.splice(i, 1);
        started--;
      }
    });
    return worker;
  };

  const run = (worker: Worker, task: Pending) => {
    const id = nextId++;
    let settled = false;
    const finish = (next: Worker | null) => {
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (next) release(next);
      else {
        started--;
        pump();
      }
    };
    const onMessage = (m: { id: number; stage?: JobStage; output?: JobOutput; error?: string }) => {
      if (m.id !== id || settled) return;
      if (m.stage) return task.onStage(m.stage);
      finish(worker);
      if (m.output) task.resolve(m.output);
      else task.reject(new Error(m.error ?? "the job thread failed"));
    };
    const onError = (error: Error) => {
      if (settled) return;
      finish(null);
      task.reject(error);
    };
    const onExit = () => {
      if (settled) return;
      finish(null);
      task.reject(new Error("the job thread stopped"));
    };
    const timer = setTimeout(() => {
      if (settled) return;
      finish(null);
      void stop(worker);
      task.reject(new JobTimeout());
    }, task.limitMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.ref();
    // The file's bytes are copied once into the thread, not kept twice.
    const bytes = new Uint8Array(task.input.bytes);
    worker.postMessage({ id, input: { ...task.input, bytes } }, [bytes.buffer]);
  };

  const release = (worker: Worker) => {
    worker.unref();
    const next = waiting.shift();
    if (next) run(worker, next);
    else idle.push(worker);
  };

  const pump = () => {
    while (waiting.length > 0 && !closed) {
      const worker = idle.pop() ?? (started < size ? spawn() : null);
      if (!worker) return;
      const task = waiting.shift();
      if (task) run(worker, task);
    }
  };

  if (warm) for (let i = 0; i < size; i++) release(spawn());

  return {
    size,
    execute: (input, onStage, limitMs) =>
      new Promise<JobOutput>((resolve, reject) => {
        if (closed) return reject(new Error("the job pool is closed"));
        waiting.push({ input, onStage, limitMs, resolve, reject });
        pump();
      }),
    async close() {
      closed = true;
      for (const w of waiting.splice(0)) w.reject(new Error("the server is stopping"));
      await Promise.all([...all].map(stop));
    },
  };
}
