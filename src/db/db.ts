import type { Client, InArgs, InStatement, ResultSet, Row, Transaction } from "@libsql/client";

/*
 * The one way into the database. Reads go straight to the client. Writes are
 * serialized in-process: @libsql/client pools connections for a file database,
 * and a second write transaction waiting on SQLite's lock blocks the event loop
 * and then fails with SQLITE_BUSY (DESIGN §7). One queue avoids both.
 */

export type Db = {
  readonly client: Client;
  /** Run one read (or a single self-contained write) statement. */
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  /** All rows of a read, mapped at the boundary. */
  all<T>(sql: string, args: InArgs | undefined, map: (row: Row) => T): Promise<T[]>;
  /** The first row of a read, mapped, or null. */
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

/** Transport failures become DatabaseUnavailableError; SQL errors pass through unchanged. */
function classify(error: unknown): never {
  if (error instanceof DatabaseUnavailableError) throw error;
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof TypeError || (typeof code === "string" && TRANSPORT_CODES.test(code))) {
    throw new DatabaseUnavailableError(error);
  }
  throw error;
}

/** Wrap a libSQL client so that write transactions are serialized. */
export function wrapClient(client: Client): Db {
  let tail: Promise<unknown> = Promise.resolve();

  function serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work, work);
    // The queue must survive a failed job; the caller still sees the failure.
    tail = run.catch(() => undefined);
    return run;
  }

  return {
    client,
    execute: (sql, args) =>
      client.execute(args === undefined ? sql : { sql, args }).catch(classify),
    async all(sql, args, map) {
      const rs = await client.execute(args === undefined ? sql : { sql, args }).catch(classify);
      return rs.rows.map(map);
    },
    async first(sql, args, map) {
      const rs = await client.execute(args === undefined ? sql : { sql, args }).catch(classify);
      const row = rs.rows[0];
      return row === undefined ? null : map(row);
    },
    batch: (statements) => serialize(() => client.batch(statements, "write").catch(classify)),
    transaction: (fn) =>
      serialize(async () => {
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
      }),
    close: () => client.close(),
  };
}
