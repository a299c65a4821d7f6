import { buildEvents } from "../../../src/core/events/build-events.ts";
import { ingestDocument } from "../../../src/core/ingest/document.ts";

/** Build events from documents given as { id: text }. */
export function eventsOf(docs: Record<string, string>) {
  return buildEvents(Object.entries(docs).map(([id, text]) => ({ id, doc: ingestDocument(text) })));
}
