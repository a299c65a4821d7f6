import { readFileSync } from "node:fs";
import { buildEvents } from "../../../src/core/events/build-events.ts";
import { ingestDocument } from "../../../src/core/ingest/document.ts";
import { nodeNlp } from "../../../src/nlp/node.ts";

/** The text of a seed document in questions/sources, named without ".txt". */
export function seedText(name: string): string {
  return readFileSync(new URL(`../../../questions/sources/${name}.txt`, import.meta.url), "utf8");
}

/** Build events from documents given as { id: text }. */
export function eventsOf(docs: Record<string, string>) {
  return buildEvents(
    Object.entries(docs).map(([id, text]) => ({ id, doc: ingestDocument(text) })),
    nodeNlp(),
  );
}
