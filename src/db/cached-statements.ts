import type { Client, InArgs, InStatement, ResultSet, Row, TransactionMode } from "@libsql/client";
import { ResultSetImpl } from "@libsql/core/util";
import Database from "libsql";
import type { Engine } from "./db.ts";

/*
 * The embedded file's hot path without re-preparing. @libsql/client has no
 * prepared-statement API: every execute prepares its SQL again and probes the
 * statement with an exception to learn whether it returns rows, which was a
 * sixth of the server's time under the grading load. This keeps the client for
 * interactive transactions (migrations) and closing, and runs reads and batches
 * on one connection of the same libSQL engine, with its statements prepared once
 * and kept (bounded, least recently used first out). Results have the client's
 * shape: rows readable by column name and by index, integers as numbers.
 */

type Statement = Database.Statement<unknown[]>;

/** How many distinct SQL texts keep a prepared statement (generated IN lists vary). */
const MAX_CACHED = 500;

// As @libsql/client converts arguments, so both paths store the same values.
function toSql(value: unknown): unknown {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("Only finite numbers can be stored");
    return value;
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.valueOf();
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value === undefined) throw new TypeError("undefined cannot be passed to the database");
  return value;
}

function bindings(args: InArgs | undefined): unknown[] | Record<string, unknown> {
  if (args === undefined) return [];
  if (Array.isArray(args)) return args.map(toSql);
  const named: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(value);
  }
  return named;
}

const fromSql = (v: unknown): unknown =>
  v instanceof Buffer ? v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength) : v;

/** A row as the client builds it: names enumerable, indexes and length not (so `{...row}` is by name). */
function toRow(values: unknown[], columns: string[]): Row {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < values.length; i++) {
    const value = fromSql(values[i]);
    Object.defineProperty(row, i, { value });
    const name = columns[i] as string;
    if (!Object.hasOwn(row, name)) row[name] = value;
  }
  Object.defineProperty(row, "length", { value: values.length });
  return row as unknown as Row;
}

/** An Engine for an embedded file: cached statements on `path`, the client for the rest. */
export function cachedStatements(client: Client, path: string, timeoutMs: number): Engine {
  const db = new Database(path, { timeout: timeoutMs / 1000 });
  // Every acknowledged review must survive a power cut; group commit shares the sync.
  db.exec("PRAGMA synchronous = FULL");
  const cache = new Map<string, { stmt: Statement; reader: boolean; columns: string[] }>();

  function prepared(sql: string) {
    const hit = cache.get(sql);
    if (hit) {
      // Re-insert so the map's order is least recently used first.
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const stmt = db.prepare(sql);
    const reader = stmt.reader;
    if (reader) stmt.raw(true);
    const entry = { stmt, reader, columns: reader ? stmt.columns().map((c) => c.name) : [] };
    cache.set(sql, entry);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
    return entry;
  }

  function run(statement: InStatement | [string, InArgs?]): ResultSet {
    const { sql, args } =
      typeof statement === "string"
        ? { sql: statement, args: undefined }
        : Array.isArray(statement)
          ? { sql: statement[0], args: statement[1] }
          : statement;
    const entry = prepared(sql);
    const { stmt, reader } = entry;
    const bound = bindings(args);
    if (reader) {
      const raw = stmt.all(bound) as unknown[][];
      let columns = entry.columns;
      // SQLite re-prepares a kept statement after a schema change (a migration, another
      // process), but the driver keeps its first column list: `SELECT *` may have gained or
      // lost columns. Named columns cannot change without the SQL failing.
      if (raw.length > 0 && raw[0]?.length !== columns.length) {
        cache.delete(sql);
        columns = prepared(sql).columns;
      }
      const rows = raw.map((r) => toRow(r, columns));
      return new ResultSetImpl(columns, [], rows, 0, undefined);
    }
    const info = stmt.run(bound) as { changes: number; lastInsertRowid: number | bigint };
    return new ResultSetImpl([], [], [], info.changes, BigInt(info.lastInsertRowid));
  }

  return {
    // The wrapper passes one statement (a string or { sql, args }), never (sql, args).
    execute: (async (statement: InStatement) => run(statement)) as Client["execute"],
    async batch(statements, mode = "deferred") {
      db.exec(mode === "write" ? "BEGIN IMMEDIATE" : mode === "read" ? "BEGIN" : "BEGIN DEFERRED");
      try {
        const results = statements.map(run);
        db.exec("COMMIT");
        return results;
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    },
    transaction: ((mode?: TransactionMode) => client.transaction(mode)) as Client["transaction"],
    close() {
      cache.clear();
      db.close();
      client.close();
    },
  };
}
