import type { InStatement, Row } from "@libsql/client";
import type { Bank } from "../core/bank-schema.ts";
import type { DeckFilter, DeckKind, DeckSpec } from "../core/decks.ts";
import type { Db } from "./db.ts";

export type CollectionKind = "bank" | "upload";
export type CollectionStatus = "draft" | "published";

export type CollectionMeta = {
  id: string;
  kind: CollectionKind;
  ownerId: number | null;
  title: string;
  status: CollectionStatus;
  version: number;
  contentHash: string;
  updatedAt: number;
};

export type DeckRow = DeckSpec & { collectionId: string };

const toMeta = (r: Row): CollectionMeta => ({
  id: String(r.id),
  kind: String(r.kind) as CollectionKind,
  ownerId: r.owner_id === null ? null : Number(r.owner_id),
  title: String(r.title),
  status: String(r.status) as CollectionStatus,
  version: Number(r.version),
  contentHash: String(r.content_hash),
  updatedAt: Number(r.updated_at),
});

const toDeck = (r: Row): DeckRow => ({
  id: String(r.id),
  collectionId: String(r.collection_id),
  kind: String(r.kind) as DeckKind,
  title: String(r.title),
  description: String(r.description),
  filter: JSON.parse(String(r.filter)) as DeckFilter,
  position: Number(r.position),
});

const META = "id, kind, owner_id, title, status, version, content_hash, updated_at";

/** The statements that replace a collection's decks, keeping deck ids that still exist. */
export function deckStatements(collectionId: string, decks: DeckSpec[]): InStatement[] {
  return [
    {
      sql: `DELETE FROM decks WHERE collection_id = ? AND id NOT IN (SELECT value FROM json_each(?))`,
      args: [collectionId, JSON.stringify(decks.map((d) => d.id))],
    },
    ...decks.map((d) => ({
      sql: `INSERT INTO decks (id, collection_id, kind, title, description, filter, position)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
              description = excluded.description, filter = excluded.filter, position = excluded.position`,
      args: [
        d.id,
        collectionId,
        d.kind,
        d.title,
        d.description,
        JSON.stringify(d.filter),
        d.position,
      ],
    })),
  ];
}

/** Rewrite a collection's decks (after an upgrade that changed how decks are derived). */
export async function rewriteDecks(db: Db, collectionId: string, decks: DeckSpec[]): Promise<void> {
  await db.batch(deckStatements(collectionId, decks));
}

/** Every collection's id and title. */
export function allCollections(db: Db): Promise<{ id: string; title: string }[]> {
  return db.all("SELECT id, title FROM collections ORDER BY id", undefined, (r) => ({
    id: String(r.id),
    title: String(r.title),
  }));
}

/**
 * Store a collection's bank and decks. Unchanged content (same hash) writes nothing;
 * changed content bumps the version, which tells every cache to reload.
 */
export async function saveCollection(
  db: Db,
  c: {
    id: string;
    kind: CollectionKind;
    ownerId: number | null;
    title: string;
    status: CollectionStatus;
    bank: Bank;
    contentHash: string;
    decks: DeckSpec[];
    now: Date;
  },
): Promise<{ changed: boolean; version: number }> {
  const current = await db.first(`SELECT ${META} FROM collections WHERE id = ?`, [c.id], toMeta);
  if (
    current &&
    current.contentHash === c.contentHash &&
    current.title === c.title &&
    current.status === c.status
  ) {
    return { changed: false, version: current.version };
  }
  const t = c.now.getTime();
  const rs = await db.batch([
    {
      sql: `INSERT INTO collections (id, kind, owner_id, title, status, version, content_hash, bank, created_at, updated_at, published_at)
            VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, status = excluded.status,
              version = collections.version + 1, content_hash = excluded.content_hash, bank = excluded.bank,
              updated_at = excluded.updated_at,
              published_at = COALESCE(collections.published_at, excluded.published_at)
            RETURNING version`,
      args: [
        c.id,
        c.kind,
        c.ownerId,
        c.title,
        c.status,
        c.contentHash,
        JSON.stringify(c.bank),
        t,
        t,
        c.status === "published" ? t : null,
      ],
    },
    ...deckStatements(c.id, c.decks),
  ]);
  return { changed: true, version: Number(rs[0]?.rows[0]?.version ?? 1) };
}

/** A collection's current version, or null if it does not exist. */
export function collectionVersion(db: Db, id: string): Promise<number | null> {
  return db.first("SELECT version FROM collections WHERE id = ?", [id], (r) => Number(r.version));
}

/** A collection with its bank JSON text (parsed and validated by the caller). */
export function loadCollection(
  db: Db,
  id: string,
): Promise<(CollectionMeta & { bankJson: string }) | null> {
  return db.first(`SELECT ${META}, bank FROM collections WHERE id = ?`, [id], (r) => ({
    ...toMeta(r),
    bankJson: String(r.bank),
  }));
}

/**
 * Collections owned by a teacher, newest first, each with whether unpublished
 * changes wait and how many events its working copy shows students (not hidden).
 */
export function collectionsOwnedBy(
  db: Db,
  ownerId: number,
): Promise<(CollectionMeta & { hasDraft: boolean; events: number })[]> {
  return db.all(
    `SELECT ${META}, draft_bank IS NOT NULL AS has_draft,
            (SELECT COUNT(*) FROM json_each(COALESCE(draft_bank, bank), '$.events') AS e
             WHERE IFNULL(json_extract(e.value, '$.hidden'), 0) = 0) AS events
     FROM collections WHERE owner_id = ? ORDER BY updated_at DESC`,
    [ownerId],
    (r) => ({ ...toMeta(r), hasDraft: Number(r.has_draft) === 1, events: Number(r.events) }),
  );
}

/** A deck by id. */
export function getDeck(db: Db, id: string): Promise<DeckRow | null> {
  return db.first(
    "SELECT id, collection_id, kind, title, description, filter, position FROM decks WHERE id = ?",
    [id],
    toDeck,
  );
}

/**
 * The decks a user may open: the built-in bank's, published decks of their
 * classes' teachers that were assigned to them, and their own uploads (teachers).
 */
export function visibleDecks(
  db: Db,
  userId: number | null,
): Promise<(DeckRow & { collectionKind: CollectionKind; status: CollectionStatus })[]> {
  return db.all(
    `SELECT d.id, d.collection_id, d.kind, d.title, d.description, d.filter, d.position,
            c.kind AS collection_kind, c.status
     FROM decks d JOIN collections c ON c.id = d.collection_id
     WHERE c.kind = 'bank' OR (? IS NOT NULL AND c.owner_id = ?)
       OR (c.status = 'published' AND d.id IN (
         SELECT a.deck_id FROM assignments a JOIN class_members m ON m.class_id = a.class_id WHERE m.user_id = ?))
     ORDER BY c.kind = 'bank' DESC, c.updated_at DESC, d.position`,
    [userId, userId, userId],
    (r) => ({
      ...toDeck(r),
      collectionKind: String(r.collection_kind) as CollectionKind,
      status: String(r.status) as CollectionStatus,
    }),
  );
}

/** A teacher's working copy of an uploaded collection: the draft if there is one, else the bank. */
export async function workingCopy(
  db: Db,
  id: string,
): Promise<
  (CollectionMeta & { bankJson: string; hasDraft: boolean; docName: string | null }) | null
> {
  // (No version is known, so the bank always comes back.)
  const row = await workingCopyUnless(db, id, null);
  return row === null ? null : { ...row, bankJson: String(row.bankJson) };
}

/**
 * A working copy's row, with its bank only when its version is not `known` (the
 * version the caller already holds parsed): one statement either way, and no
 * megabytes of JSON read again for a copy that has not changed.
 */
export function workingCopyUnless(
  db: Db,
  id: string,
  known: number | null,
): Promise<
  (CollectionMeta & { bankJson: string | null; hasDraft: boolean; docName: string | null }) | null
> {
  return db.first(
    `SELECT ${META}, CASE WHEN version = ? THEN NULL ELSE COALESCE(draft_bank, bank) END AS working,
            draft_bank IS NOT NULL AS has_draft, doc_name
     FROM collections WHERE id = ? AND kind = 'upload'`,
    [known ?? -1, id],
    (r) => ({
      ...toMeta(r),
      bankJson: r.working === null ? null : String(r.working),
      hasDraft: Number(r.has_draft) === 1,
      docName: r.doc_name === null ? null : String(r.doc_name),
    }),
  );
}

/** The format and text a document was read from, kept for the review page. */
export type DocumentSource = { format: string; text: string };

/** An uploaded document's new collection: a draft, with its decks and the text it was read from. */
export type NewUpload = {
  id: string;
  ownerId: number;
  title: string;
  bankJson: string;
  contentHash: string;
  decks: DeckSpec[];
  docName: string;
  source: DocumentSource;
  now: Date;
};

/** The statements that record an uploaded document's new collection as a draft, with its decks. */
export function uploadStatements(c: NewUpload): InStatement[] {
  const t = c.now.getTime();
  return [
    {
      sql: `INSERT INTO collections (id, kind, owner_id, title, status, version, content_hash, bank, created_at, updated_at, doc_name, doc_format, doc_text)
            VALUES (?, 'upload', ?, ?, 'draft', 1, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        c.id,
        c.ownerId,
        c.title,
        c.contentHash,
        c.bankJson,
        t,
        t,
        c.docName,
        c.source.format,
        c.source.text,
      ],
    },
    ...deckStatements(c.id, c.decks),
  ];
}

/** A teacher's working copy of a collection, and (for a new version) the document it was read from. */
export type WorkingCopy = {
  id: string;
  draft: boolean;
  bankJson: string;
  title: string;
  decks: DeckSpec[];
  source?: DocumentSource;
  now: Date;
};

/**
 * The statements that save the teacher's working copy (and, for a new version, the
 * document it was read from). Before the first publication (`draft`, the status the
 * caller just read) it is the bank itself (students cannot see a draft); afterwards it
 * is kept apart until published.
 */
export function workingCopyStatements(c: WorkingCopy): InStatement[] {
  const source = c.source;
  return [
    {
      sql: `UPDATE collections SET
              bank = CASE WHEN status = 'draft' THEN ? ELSE bank END,
              draft_bank = CASE WHEN status = 'draft' THEN NULL ELSE ? END,
              title = CASE WHEN status = 'draft' THEN ? ELSE title END,${source ? "\n              doc_format = ?, doc_text = ?," : ""}
              version = version + 1, updated_at = ?
            WHERE id = ? AND kind = 'upload'`,
      args: [
        c.bankJson,
        c.bankJson,
        c.title,
        ...(source ? [source.format, source.text] : []),
        c.now.getTime(),
        c.id,
      ],
    },
    // Decks follow the bank students see: only a draft collection's decks change now.
    ...(c.draft ? deckStatements(c.id, c.decks) : []),
  ];
}

/** Save the teacher's working copy (see workingCopyStatements). */
export async function saveWorkingCopy(
  db: Db,
  c: { id: string; draft: boolean; bank: Bank; title: string; decks: DeckSpec[]; now: Date },
): Promise<void> {
  await db.batch(workingCopyStatements({ ...c, bankJson: JSON.stringify(c.bank) }));
}

/** Publish the working copy: students see it from now on. `extra` runs in the same transaction. */
export async function publishCollection(
  db: Db,
  id: string,
  bank: Bank,
  title: string,
  contentHash: string,
  decks: DeckSpec[],
  now: Date,
  extra: InStatement[],
): Promise<void> {
  const t = now.getTime();
  await db.batch([
    {
      sql: `UPDATE collections SET bank = ?, draft_bank = NULL, title = ?, status = 'published', content_hash = ?,
              version = version + 1, updated_at = ?, published_at = COALESCE(published_at, ?)
            WHERE id = ? AND kind = 'upload'`,
      args: [JSON.stringify(bank), title, contentHash, t, t, id],
    },
    ...deckStatements(id, decks),
    ...extra,
  ]);
}
