import type { Db } from "./db.ts";

/*
 * What one request asks of the database, counted: statements, and round trips
 * (one per call: a batch of several statements is one request to a libSQL
 * server, and one wait for the embedded file). On the remote path each round
 * trip is a network exchange with the server, so this is the figure that sets
 * a request's latency there; the benchmark and the tests read it per request.
 */

export type Meter = { statements: number; roundTrips: number };

export const newMeter = (): Meter => ({ statements: 0, roundTrips: 0 });

/** `db`, counting into `meter` what is sent through it. */
export function metered(db: Db, meter: Meter): Db {
  const one = () => {
    meter.statements++;
    meter.roundTrips++;
  };
  return {
    execute(sql, args) {
      one();
      return db.execute(sql, args);
    },
    all(sql, args, map) {
      one();
      return db.all(sql, args, map);
    },
    first(sql, args, map) {
      one();
      return db.first(sql, args, map);
    },
    batch(statements) {
      meter.statements += statements.length;
      meter.roundTrips++;
      return db.batch(statements);
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
  return `db;desc="${meter.roundTrips} round trips, ${meter.statements} statements"`;
}

/** The meter a Server-Timing header reports, or null. */
export function readServerTiming(header: string | null | undefined): Meter | null {
  const m = /db;desc="(\d+) round trips, (\d+) statements"/.exec(header ?? "");
  return m ? { roundTrips: Number(m[1]), statements: Number(m[2]) } : null;
}
