import type { Db } from "./db.ts";

/*
 * What one request asks of the database, counted: statements, and round trips
 * (one per call: a batch of several statements is one request to a libSQL
 * server, and one wait for the embedded file). On the remote path each round
 * trip is a network exchange with the server, so this is the figure that sets
 * a request's latency there; the benchmark and the tests read it per request.
 */

export type Meter = {
  statements: number;
  roundTrips: number;
  /** Milliseconds spent waiting for the database (the requests's own calls, end to end). */
  waited: number;
};

export const newMeter = (): Meter => ({ statements: 0, roundTrips: 0, waited: 0 });

/** `db`, counting into `meter` what is sent through it. */
export function metered(db: Db, meter: Meter): Db {
  const one = () => {
    meter.statements++;
    meter.roundTrips++;
  };
  const timed = <T>(work: Promise<T>): Promise<T> => {
    const started = performance.now();
    return work.finally(() => {
      meter.waited += performance.now() - started;
    });
  };
  return {
    execute(sql, args) {
      one();
      return timed(db.execute(sql, args));
    },
    all(sql, args, map) {
      one();
      return timed(db.all(sql, args, map));
    },
    first(sql, args, map) {
      one();
      return timed(db.first(sql, args, map));
    },
    batch(statements) {
      meter.statements += statements.length;
      meter.roundTrips++;
      return timed(db.batch(statements));
    },
    transaction(fn) {
      // BEGIN and COMMIT are exchanges of their own with a server.
      meter.roundTrips += 2;
      return db.transaction((tx) =>
        fn(
          new Proxy(tx, {
            get(target, name, receiver) {
              const value = Reflect.get(target, name, receiver);
              if (name === "execute") {
                return (...args: Parameters<typeof tx.execute>) => {
                  one();
                  return tx.execute(...args);
                };
              }
              if (name === "batch") {
                return (statements: Parameters<typeof tx.batch>[0]) => {
                  meter.statements += statements.length;
                  meter.roundTrips++;
                  return tx.batch(statements);
                };
              }
              return typeof value === "function" ? value.bind(target) : value;
            },
          }),
        ),
      );
    },
    close: () => db.close(),
  };
}

/** The Server-Timing entry that reports a meter (read by the benchmark and the tests). */
export function serverTiming(meter: Meter): string {
  return `db;dur=${meter.waited.toFixed(2)};desc="${meter.roundTrips} round trips, ${meter.statements} statements"`;
}

/** What a Server-Timing header reports of the database: round trips and statements (and the wait, if asked). */
export function readServerTiming(
  header: string | null | undefined,
): { roundTrips: number; statements: number } | null {
  const m = /db;dur=[\d.]+;desc="(\d+) round trips, (\d+) statements"/.exec(header ?? "");
  return m ? { roundTrips: Number(m[1]), statements: Number(m[2]) } : null;
}

/** The milliseconds a Server-Timing header says the request waited for the database, or NaN. */
export function dbWait(header: string | null | undefined): number {
  return Number(/db;dur=([\d.]+)/.exec(header ?? "")?.[1] ?? Number.NaN);
}
