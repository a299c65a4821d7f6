import { sha256Hex } from "./auth/tokens.ts";
import {
  type Bank,
  type BankEvent,
  type BankSource,
  parseBank,
  type Question,
} from "./core/bank-schema.ts";
import {
  type DeckSpec,
  deckEvents,
  deckQuestions,
  deriveDecks,
  questionsPerEvent,
  sourceLabels,
  visibleEvents,
} from "./core/decks.ts";
import {
  allCollections,
  type CollectionMeta,
  collectionVersion,
  type DeckRow,
  getDeck,
  loadCollection,
  rewriteDecks,
  saveCollection,
} from "./db/collections.ts";
import type { Db } from "./db/db.ts";
import { type Migration, type MigrationResult, migrate } from "./db/migrate.ts";
import { getQuiz, type Quiz } from "./db/quizzes.ts";

/*
 * Question content, read-mostly and hot (every study card needs it), is parsed
 * once per collection version and kept in memory. Each use checks the version
 * with one indexed read, so an edit made through another process or Worker
 * isolate is seen at once.
 */

export type LoadedCollection = CollectionMeta & {
  bank: Bank;
  events: Map<string, BankEvent>;
  /** Single-event questions per event: the variants a study card rotates through. */
  variants: Map<string, Question[]>;
  questions: Map<string, Question>;
  sources: Map<string, BankSource>;
  /** Each source's name as pages show it: its title, told apart from any other with the same one. */
  sourceLabels: Map<string, string>;
  decks: DeckSpec[];
};

export type Content = {
  collection(id: string): Promise<LoadedCollection | null>;
  /** A deck with its collection, events in chronological order and questions. */
  deck(id: string): Promise<OpenedDeck | null>;
  /** A quiz by id. Quizzes never change once recorded, so each is read from the database once. */
  quiz(id: string): Promise<Quiz | null>;
  /**
   * The deck as this process keeps it, without checking its version (null if it is
   * not kept): for a caller that reads the version along with its own write.
   */
  keptDeck(id: string): OpenedDeck | null;
  /** Forget cached content (after an edit in this process, to free memory at once). */
  invalidate(id: string): void;
  /**
   * The collection of a deck kept here whose version is due to be checked again, or
   * null: a caller that reads it along with its own statement saves the deck a read.
   */
  versionDue(deckId: string): string | null;
  /** A collection's version as the caller just read it: the next use trusts it for the usual second. */
  noteVersion(id: string, version: number | null): void;
  /** The same service (the same caches), reading through `db`: a request's own handle, counted with it. */
  using(db: Db): Content;
};

export const BANK_COLLECTION = "bank";
const BANK_TITLE = "Al-Fu'ah, Kafriya and Idlib";
/** What the built-in bank is about, for the landing page (questions/sources/). */
export const BANK_SUBJECT =
  "the siege of the Syrian towns of al-Fu'ah and Kafriya and the fighting for Idlib province";

/** Index a validated bank for fast lookups. */
function indexCollection(meta: CollectionMeta, bank: Bank): LoadedCollection {
  const events = new Map(visibleEvents(bank).map((e) => [e.id, e]));
  const questions = new Map(
    bank.questions
      .filter((q) => !q.hidden && q.eventIds.every((id) => events.has(id)))
      .map((q) => [q.id, q]),
  );
  return {
    ...meta,
    bank,
    events,
    variants: questionsPerEvent(questions.values()),
    questions,
    sources: new Map(bank.sources.map((s) => [s.id, s])),
    sourceLabels: sourceLabels(bank),
    decks: deriveDecks(meta.id, meta.title, bank),
  };
}

/** SHA-256 of a bank's canonical JSON, hex. */
export function bankHash(bank: Bank): Promise<string> {
  return sha256Hex(JSON.stringify(bank));
}

/**
 * Rewrite every collection's decks from its bank. prepareDatabase runs it after
 * a schema upgrade, so decks saved by an older release follow this release's rules.
 */
export async function reindexDecks(db: Db): Promise<number> {
  const collections = await allCollections(db);
  for (const { id, title } of collections) {
    const row = await loadCollection(db, id);
    if (!row) continue;
    await rewriteDecks(db, id, deriveDecks(id, title, parseBank(JSON.parse(row.bankJson))));
  }
  return collections.length;
}

export type PreparedDatabase = MigrationResult & {
  /** Collections whose decks were rebuilt: 0 unless a migration was applied. */
  reindexed: number;
  bank: Bank;
  /** Whether the built-in bank was (re)loaded. */
  changed: boolean;
};

/**
 * Bring a database up to date for this release: apply pending migrations, rebuild
 * the decks if any were applied, and load the built-in bank. Every entry point
 * (server, `npm run migrate`, `npm run seed-demo`) goes through here, so none
 * can skip a step; the bank is read only once the schema is in place.
 */
export async function prepareDatabase(
  db: Db,
  migrations: Migration[],
  loadBank: () => Bank,
  now: Date,
): Promise<PreparedDatabase> {
  const result = await migrate(db, migrations);
  const reindexed = result.applied.length > 0 ? await reindexDecks(db) : 0;
  const bank = loadBank();
  const { changed } = await syncBank(db, bank, now);
  return { ...result, reindexed, bank, changed };
}

/** Load the built-in question bank into the database (a no-op when it has not changed). */
export async function syncBank(db: Db, bank: Bank, now: Date): Promise<{ changed: boolean }> {
  const { changed } = await saveCollection(db, {
    id: BANK_COLLECTION,
    kind: "bank",
    ownerId: null,
    title: BANK_TITLE,
    status: "published",
    bank,
    contentHash: await bankHash(bank),
    decks: deriveDecks(BANK_COLLECTION, BANK_TITLE, bank),
    now,
  });
  return { changed };
}

export type OpenedDeck = {
  deck: DeckRow;
  collection: LoadedCollection;
  /** The deck's events, in chronological order. */
  events: BankEvent[];
  questions: Question[];
  /** The ids of the events that have a question to study, in deck order. */
  studyIds: string[];
};

/** How long a collection's version, once checked, is trusted without asking the database again. */
const VERSION_TTL_MS = 1_000;

/**
 * The content service: collections and decks, cached per version. A version is
 * re-checked at most once a second (edits in this process invalidate at once;
 * another process or Worker isolate sees them within that second). A request
 * that reads the version anyway, folded into a statement of its own (the study
 * loop's), hands it over with `noteVersion` and so costs no read of its own.
 */
export function createContent(db: Db, clock: () => number = () => performance.now()) {
  const cache = new Map<string, LoadedCollection>();
  const checked = new Map<string, number>();
  const decks = new Map<string, OpenedDeck>();
  const quizzes = new Map<string, Quiz>();

  async function collection(db: Db, id: string): Promise<LoadedCollection | null> {
    const hit0 = cache.get(id);
    const at = checked.get(id);
    if (hit0 && at !== undefined && clock() - at < VERSION_TTL_MS) return hit0;
    const version = await collectionVersion(db, id);
    checked.set(id, clock());
    if (version === null) {
      cache.delete(id);
      return null;
    }
    const hit = cache.get(id);
    if (hit && hit.version === version) return hit;
    const row = await loadCollection(db, id);
    if (row === null) return null;
    const { bankJson, ...meta } = row;
    const loaded = indexCollection(meta, parseBank(JSON.parse(bankJson)));
    cache.set(id, loaded);
    return loaded;
  }

  async function deck(db: Db, id: string): Promise<OpenedDeck | null> {
    const hit = decks.get(id);
    if (hit) {
      // One read tells whether the deck's collection (and so the deck) changed.
      const c = await collection(db, hit.collection.id);
      if (c !== null && c === hit.collection) return hit;
    }
    const row = await getDeck(db, id);
    if (row === null) return null;
    const c = await collection(db, row.collectionId);
    if (c === null) return null;
    const events = deckEvents(c.bank, row.filter);
    const studyIds = events.map((e) => e.id).filter((e) => c.variants.has(e));
    const opened = {
      deck: row,
      collection: c,
      events,
      questions: deckQuestions(c.bank, events),
      studyIds,
    };
    if (decks.size > 500) decks.clear();
    decks.set(id, opened);
    return opened;
  }

  async function quiz(db: Db, id: string): Promise<Quiz | null> {
    const hit = quizzes.get(id);
    if (hit) return hit;
    const found = await getQuiz(db, id);
    if (found) {
      if (quizzes.size > 2000) quizzes.clear();
      quizzes.set(id, found);
    }
    return found;
  }

  function through(db: Db): Content {
    return {
      collection: (id) => collection(db, id),
      deck: (id) => deck(db, id),
      quiz: (id) => quiz(db, id),
      keptDeck: (id) => decks.get(id) ?? null,
      invalidate(id) {
        cache.delete(id);
        checked.delete(id);
        for (const [key, d] of decks) if (d.collection.id === id) decks.delete(key);
      },
      versionDue(deckId) {
        const id = decks.get(deckId)?.collection.id;
        if (id === undefined) return null;
        const at = checked.get(id);
        // Half the time of trust: the caller's read takes a while, and the deck must not
        // fall due for a read of its own before the caller hands the version over.
        return at !== undefined && clock() - at < VERSION_TTL_MS / 2 ? null : id;
      },
      noteVersion(id, version) {
        const hit = cache.get(id);
        if (hit !== undefined && version === hit.version) checked.set(id, clock());
        else checked.delete(id);
      },
      using: through,
    };
  }

  return through(db);
}
