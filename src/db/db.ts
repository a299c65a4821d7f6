import type { Client, InArgs, InStatement, ResultSet, Row, Transaction } from "@libsql/client";

/** What the wrapper needs of a libSQL client (the embedded file gives a faster one). */
export type Engine = Pick<Client, "execute" | "batch" | "transaction" | "close">;

/*
 * The one way into the database. Reads go straight to the client. Writes are
 * serialized in-process: @libsql/client pools connections for a file database,
 * and a second write transaction waiting on SQLite's lock blocks the event loop
 * and then fails with SQLITE_BUSY (DESIGN §7). One queue avoids both.
 */

export type Db = {
  /** Run one read (or a single self-contained write) statement. */
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  /** All rows of a read (never a write), mapped at the boundary. */
  all<T>(sql: string, args: InArgs | undefined, map: (row: Row) => T): Promise<T[]>;
  /** The first row of a read (never a write), mapped, or null. */
  first<T>(sql: string, args: InArgs | undefined, map: (row: Row) => T): Promise<T | null>;
  /** Run statements atomically, in order, in one write transaction. */
  batch(statements: InStatement[]): Promise<ResultSet[]>;
  /** Run an interactive write transaction; it commits if `fn` resolves and rolls back otherwise. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): void;
};

/** The database could not be reached (network, server down, closed client): a 503, not a bug. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The database is not reachable right now.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

const TRANSPORT_CODES = /^(SERVER_ERROR|HRANA_|HTTP_|STREAM_|WEBSOCKET|PROTOCOL_|CLIENT_CLOSED)/;

/** Another writer held the database's lock for longer than the server waits (nothing was written). */
function isBusy(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === "SQLITE_BUSY" || /database is locked/.test(String(e?.message ?? ""));
}

/**
 * Transport failures, and a lock still busy after `busyRetry`, become
 * DatabaseUnavailableError (a 503: try again); SQL errors pass through unchanged.
 */
function classify(error: unknown): never {
  if (error instanceof DatabaseUnavailableError) throw error;
  const code = (error as { code?: unknown } | null)?.code;
  if (
    error instanceof TypeError ||
    (typeof code === "string" && TRANSPORT_CODES.test(code)) ||
    isBusy(error)
  ) {
    throw new DatabaseUnavailableError(error);
  }
  throw error;
}

/** Pauses before each retry of a write that found the lock busy (ms, before jitter): about 2.5 s in all. */
const BUSY_PAUSES = [2, 5, 10, 20, 40, 80, 160, 320, 640, 1000];

/**
 * Run a write transaction, again after a pause whenever the server answers that
 * another writer holds the lock. Many processes or isolates writing to one libSQL
 * server at once get that answer (its own wait for the lock is short); it means
 * the transaction did not begin, so nothing was written and the retry is safe.
 */
async function busyRetry<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const pause = BUSY_PAUSES[attempt];
      if (!isBusy(error) || pause === undefined) throw error;
      // Jitter, so writers that collided do not collide again.
      await new Promise((r) => setTimeout(r, pause * (0.5 + Math.random())));
    }
  }
}

type Job = {
  statements: InStatement[];
  resolve: (results: ResultSet[]) => void;
  reject: (error: unknown) => void;
};

type Read = {
  statement: InStatement;
  resolve: (result: ResultSet) => void;
  reject: (error: unknown) => void;
};

// Runs a callback after the I/O that is already waiting: on Node that lets every
// request that has arrived reach its write before the group is committed.
const soon: (fn: () => void) => void =
  typeof setImmediate === "function" ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);

/**
 * Wrap a libSQL client so that write transactions are serialized, and batches
 * that arrive together are committed together (group commit): one transaction
 * and one sync to disk for many small writes, each caller answered only after
 * the commit that holds its statements. If a combined commit fails, each batch
 * is retried alone, so one bad write cannot take the others down with it.
 *
 * With `groupReads` (a libSQL server, where each call is an HTTP request that
 * costs both ends far more than the statement itself), reads that arrive
 * together go in one request too: a read-only batch, each caller answered with
 * its own result; if the batch fails, each read is retried alone. With
 * `readsInFlight`, at most that many such requests are out at once, so under
 * load each carries more reads; the reads that waited are then sent when an
 * earlier request returns.
 *
 * `isolated` is for Workers, where every request must do its own I/O: workerd
 * cancels a request that waits for a promise only another request's I/O will
 * settle ("your Worker's code had hung"), which is what sharing a commit or a
 * read with another request comes to. There each call is its own request to the
 * server, which orders concurrent writes itself.
 */
export function wrapClient(
  client: Engine,
  options: { groupReads?: boolean; readsInFlight?: number; isolated?: boolean } = {},
): Db {
  const maxReadsInFlight = options.readsInFlight ?? Number.POSITIVE_INFINITY;
  let tail: Promise<unknown> = Promise.resolve();
  let pending: Job[] = [];
  let scheduled = false;
  let reads: Read[] = [];
  let readsScheduled = false;
  let readsInFlight = 0;
  let writing = false;

  /**
   * One write transaction at a time from this isolate, each request sending its own:
   * a request whose turn has not come waits on timers of its own (waiting on another
   * request's promise would get it cancelled). Write transactions that reach a libSQL
   * server at once contend for its one lock; sqld, waiting for it, spins, and from
   * about ten at once it stalled on the bench's database.
   */
  async function ownTurn<T>(write: () => Promise<T>): Promise<T> {
    while (writing) await new Promise((r) => setTimeout(r, 1));
    writing = true;
    try {
      return await write();
    } finally {
      writing = false;
    }
  }

  /** Send the reads waiting now as one request; reads that arrive meanwhile wait for the next. */
  async function flushReads(): Promise<void> {
    const jobs = reads;
    reads = [];
    readsScheduled = false;
    if (jobs.length === 0) return;
    readsInFlight++;
    try {
      if (jobs.length > 1) {
        try {
          const results = await client.batch(
            jobs.map((j) => j.statement),
            "read",
          );
          jobs.forEach((job, i) => {
            job.resolve(results[i] as ResultSet);
          });
          return;
        } catch {
          // Fall through: find the failing read by running each on its own.
        }
      }
      await Promise.all(
        jobs.map((job) =>
          client.execute(job.statement).then(job.resolve, (error: unknown) => {
            try {
              classify(error);
            } catch (mapped) {
              job.reject(mapped);
            }
          }),
        ),
      );
    } finally {
      readsInFlight--;
      if (reads.length > 0 && !readsScheduled) scheduleReads();
    }
  }

  function scheduleReads() {
    readsScheduled = true;
    soon(() => {
      // The more requests the server is already busy with, the more each new one should carry.
      if (readsInFlight >= maxReadsInFlight) readsScheduled = false;
      else void flushReads();
    });
  }

  const read = (sql: string, args: InArgs | undefined): Promise<ResultSet> => {
    const statement = args === undefined ? sql : { sql, args };
    if (!options.groupReads) return client.execute(statement).catch(classify);
    return new Promise<ResultSet>((resolve, reject) => {
      reads.push({ statement, resolve, reject });
      if (!readsScheduled && readsInFlight < maxReadsInFlight) scheduleReads();
    });
  };

  function serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work, work);
    // The queue must survive a failed job; the caller still sees the failure.
    tail = run.catch(() => undefined);
    return run;
  }

  async function flush(): Promise<void> {
    const jobs = pending;
    pending = [];
    if (jobs.length === 0) return;
    if (jobs.length > 1) {
      try {
        const results = await busyRetry(() =>
          client.batch(
            jobs.flatMap((j) => j.statements),
            "write",
          ),
        );
        let at = 0;
        for (const job of jobs) {
          job.resolve(results.slice(at, at + job.statements.length));
          at += job.statements.length;
        }
        return;
      } catch {
        // Fall through: find the failing batch by running each on its own.
      }
    }
    for (const job of jobs) {
      try {
        job.resolve(await busyRetry(() => client.batch(job.statements, "write")));
      } catch (error) {
        try {
          classify(error);
        } catch (mapped) {
          job.reject(mapped);
        }
      }
    }
  }

  return {
    execute: (sql, args) =>
      client.execute(args === undefined ? sql : { sql, args }).catch(classify),
    async all(sql, args, map) {
      const rs = await read(sql, args);
      return rs.rows.map(map);
    },
    async first(sql, args, map) {
      const rs = await read(sql, args);
      const row = rs.rows[0];
      return row === undefined ? null : map(row);
    },
    batch: (statements) =>
      options.isolated
        ? ownTurn(() => busyRetry(() => client.batch(statements, "write"))).catch(classify)
        : new Promise<ResultSet[]>((resolve, reject) => {
            pending.push({ statements, resolve, reject });
            if (!scheduled) {
              scheduled = true;
              soon(() => {
                scheduled = false;
                void serialize(flush);
              });
            }
          }),
    transaction: (fn) => {
      const run = async () => {
        const tx = await client.transaction("write").catch(classify);
        let committed = false;
        try {
          const value = await fn(tx);
          await tx.commit().catch(classify);
          committed = true;
          return value;
        } finally {
          if (!committed) {
            await tx.rollback().catch(() => undefined);
          }
          tx.close();
        }
      };
      return options.isolated ? run() : serialize(run);
    },
    close: () => client.close(),
  };
}
