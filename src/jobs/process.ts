import { sha256Hex } from "../auth/tokens.ts";
import { buildBank, MAX_BYTES } from "../core/bank-build.ts";
import { type Bank, parseBank } from "../core/bank-schema.ts";
import { type DeckSpec, deriveDecks } from "../core/decks.ts";
import type { Nlp } from "../core/nlp/tokens.ts";
import { compareVersions } from "../core/revisions.ts";
import { extractText, type Format, UnreadableFile } from "../formats/index.ts";

/*
 * One document job's work, from the stored file to everything the database
 * needs: read the format, build the bank, carry the teacher's review over to a
 * new version, derive the decks, serialise and hash. No I/O and no clock: a
 * Node worker thread and a Workers Queue consumer run exactly this.
 */

export type JobStage = "reading" | "dates" | "questions" | "saving";

export type JobInput = {
  kind: "new" | "version";
  collectionId: string;
  fileName: string;
  format: Format;
  bytes: Uint8Array;
  /** For a new version: the teacher's working copy (hidden items and edits carry over) and the published bank. */
  previousJson?: string | null;
  publishedJson?: string | null;
  /** The collection's title before this version. */
  title?: string | null;
};

export type Revision = { kept: number; changed: number; added: number; removed: number };

export type JobOutput =
  | {
      ok: true;
      format: Format;
      text: string;
      title: string;
      bankJson: string;
      contentHash: string;
      decks: DeckSpec[];
      events: number;
      revision: Revision | null;
    }
  | { ok: false; error: string };

/** Carry a teacher's review (hidden events and questions, edits) over to a new version where ids match. */
export function carryReview(previous: Bank, next: Bank): Bank {
  const hiddenEvents = new Set(previous.events.filter((e) => e.hidden).map((e) => e.id));
  const questions = new Map(previous.questions.map((q) => [q.id, q]));
  return {
    ...next,
    events: next.events.map((e) => (hiddenEvents.has(e.id) ? { ...e, hidden: true } : e)),
    questions: next.questions.map((q) => {
      const old = questions.get(q.id);
      if (!old) return q;
      return old.edited || old.hidden ? { ...q, ...old } : q;
    }),
  };
}

/** The source name the bank pipeline sees: the file's base name, read as text. */
function textName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, "") || "document";
  return `${base}.txt`;
}

/** Run a job's work with the given tagger; `onStage` is told as each stage starts. */
export async function processDocument(
  input: JobInput,
  nlp: Nlp,
  onStage: (stage: JobStage) => void = () => undefined,
): Promise<JobOutput> {
  onStage("reading");
  let text: string;
  try {
    text = (await extractText(input.format, input.fileName, input.bytes)).text;
  } catch (error) {
    if (error instanceof UnreadableFile) return { ok: false, error: error.message };
    throw error;
  }
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_BYTES)
    return {
      ok: false,
      error: `The text read from “${input.fileName}” is larger than 2 MB (${Math.ceil(bytes.length / 1024)} KB). Split the document into parts and upload each.`,
    };
  const name = textName(input.fileName);
  const { bank: built, problems } = buildBank([{ name, bytes }], { nlp, onStage });
  if (built.events.length === 0) {
    const problem = problems.find((p) => p.file === name);
    return {
      ok: false,
      error: problem
        ? `“${input.fileName}” could not be used: ${problem.reason}.`
        : `No dated event was found in “${input.fileName}”. Dates need a year in the text, a heading with the year, or a dateline.`,
    };
  }
  onStage("saving");
  const previous = input.previousJson ? parseBank(JSON.parse(input.previousJson)) : null;
  const bank = previous ? carryReview(previous, built) : built;
  const title = bank.sources[0]?.title || input.title || input.fileName;
  const against = input.publishedJson ? parseBank(JSON.parse(input.publishedJson)) : previous;
  const bankJson = JSON.stringify(bank);
  const revision = against ? compareVersions(against.events, bank.events) : null;
  return {
    ok: true,
    format: input.format,
    text,
    title,
    bankJson,
    contentHash: await sha256Hex(bankJson),
    decks: deriveDecks(input.collectionId, title, bank),
    events: bank.events.length,
    revision: revision
      ? {
          kept: revision.kept.length,
          changed: revision.changed.length,
          added: revision.added.length,
          removed: revision.removed.length,
        }
      : null,
  };
}
