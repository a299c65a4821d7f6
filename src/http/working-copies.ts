import { type Bank, parseBank } from "../core/bank-schema.ts";
import { type CollectionMeta, workingCopyUnless } from "../db/collections.ts";
import type { Db } from "../db/db.ts";

/*
 * Teachers' working copies of their documents, parsed once per version and kept in
 * this process: the review page and every edit read the whole bank, and for a long
 * document that is megabytes of JSON to read, parse and validate (a quarter of a
 * second for a 2 MB document) on every request. Each read still asks the database
 * for the row, so a copy changed by another process or isolate is never served
 * stale. Kept copies are bounded by the size of their JSON, least recently used
 * first out.
 */

export type WorkingCopyRow = CollectionMeta & { hasDraft: boolean; docName: string | null };

export type WorkingCopies = {
  /** The working copy of an uploaded collection, or null if there is none. */
  get(db: Db, id: string): Promise<{ row: WorkingCopyRow; bank: Bank } | null>;
};

/** A cache of working copies holding at most `budgetChars` characters of their JSON. */
export function createWorkingCopies(budgetChars: number): WorkingCopies {
  const kept = new Map<string, { version: number; bank: Bank; size: number }>();
  let used = 0;
  const drop = (id: string) => {
    const entry = kept.get(id);
    if (entry) used -= entry.size;
    kept.delete(id);
  };
  return {
    async get(db, id) {
      const hit = kept.get(id);
      const found = await workingCopyUnless(db, id, hit?.version ?? null);
      if (found === null) {
        drop(id);
        return null;
      }
      const { bankJson, ...row } = found;
      if (bankJson === null && hit) {
        // Most recently used last, so the first key is the one to evict.
        kept.delete(id);
        kept.set(id, hit);
        return { row, bank: hit.bank };
      }
      const bank = parseBank(JSON.parse(bankJson ?? "null"));
      drop(id);
      const size = bankJson?.length ?? 0;
      if (size <= budgetChars) {
        for (const oldest of kept.keys()) {
          if (used + size <= budgetChars) break;
          drop(oldest);
        }
        kept.set(id, { version: row.version, bank, size });
        used += size;
      }
      return { row, bank };
    },
  };
}
