import type { Bank, BankSource } from "./bank-schema.ts";
import { buildEvents } from "./events/build-events.ts";
import { ingestDocument } from "./ingest/document.ts";
import type { IngestedDocument } from "./ingest/types.ts";
import type { Nlp } from "./nlp/tokens.ts";
import { generateWithDropped } from "./questions/index.ts";

/*
 * The whole bank from a set of files, pure: bytes in, bank and problems out.
 * A file that cannot be read as a document (empty, not UTF-8, binary, too large)
 * or that yields no dated sentence is reported by name, and the rest still build.
 */

/** Files larger than this are refused: a bank source is an article, not a dump. */
export const MAX_BYTES = 2 * 1024 * 1024;

/** A file handed to the builder. */
export type InputFile = { name: string; bytes: Uint8Array };

/** A file the builder could not use, and why. */
export type Problem = { file: string; reason: string };

/** The source id of a file: its base name without the extension. */
export function sourceId(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Decode and check one file; a string is the problem when it cannot be used. */
export function readDocumentText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: "empty file" };
  if (bytes.length > MAX_BYTES)
    return { reason: `file is larger than 2 MB (${Math.ceil(bytes.length / 1024)} KB)` };
  if (bytes.includes(0)) return { reason: "binary file (contains NUL bytes)" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { reason: "not UTF-8 text" };
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) control++;
  }
  if (control > Math.max(2, text.length / 1000))
    return { reason: "binary file (control characters)" };
  if (text.replace(/^\uFEFF/, "").trim().length === 0)
    return { reason: "empty file (only whitespace)" };
  return { text: text.replace(/^\uFEFF/, "") };
}

/**
 * Build options: the part-of-speech tagger (the shell supplies it: src/nlp/);
 * `questions: false` skips question generation (benchmarks of the event pipeline);
 * `onStage` is told when dating events and when writing questions start (a job's progress).
 */
export type BuildOptions = {
  nlp: Nlp;
  questions?: boolean;
  onStage?: (stage: "dates" | "questions") => void;
};

/** Build the question bank from files; problems name each file that could not be used. */
export function buildBank(
  files: InputFile[],
  options: BuildOptions,
): { bank: Bank; problems: Problem[] } {
  const problems: Problem[] = [];
  const docs: { id: string; name: string; text: string; doc: IngestedDocument }[] = [];
  options.onStage?.("dates");
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ids = new Set<string>();
  for (const file of sorted) {
    const read = readDocumentText(file.bytes);
    if ("reason" in read) {
      problems.push({ file: file.name, reason: read.reason });
      continue;
    }
    const id = sourceId(file.name);
    if (ids.has(id)) {
      problems.push({ file: file.name, reason: `another file already has the source id ${id}` });
      continue;
    }
    ids.add(id);
    docs.push({ id, name: file.name, text: read.text, doc: ingestDocument(read.text) });
  }

  const built = buildEvents(
    docs.map((d) => ({ id: d.id, doc: d.doc })),
    options.nlp,
  );
  const dated = new Set(built.events.flatMap((e) => e.sources.map((s) => s.doc)));
  const usable = docs.filter((d) => {
    if (dated.has(d.id)) return true;
    const why = built.undated.some((u) => u.doc === d.id)
      ? "no dated sentence (its dates have no year the text establishes)"
      : "no dated sentence";
    problems.push({ file: d.name, reason: why });
    return false;
  });
  const keep = new Set(usable.map((d) => d.id));
  const sources: BankSource[] = usable.map((d) => ({
    id: d.id,
    title: d.doc.title.length > 0 ? d.doc.title : d.id,
    published: d.doc.dateline,
  }));
  const events = built.events;
  const undated = built.undated.filter((u) => keep.has(u.doc));
  if (options.questions !== false) options.onStage?.("questions");
  const { questions, dropped } =
    options.questions === false
      ? { questions: [], dropped: [] }
      : generateWithDropped({
          events,
          sources,
          documents: usable.map((d) => ({ id: d.id, text: d.text })),
          nlp: options.nlp,
        });
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { bank: { version: 1, sources, events, undated, questions, dropped }, problems };
}
