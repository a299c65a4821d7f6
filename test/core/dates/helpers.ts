import { fromIso, toIso } from "../../../src/core/dates/calendar.ts";
import type { DateContext } from "../../../src/core/dates/types.ts";
import { analyseSentence } from "../../../src/core/events/clause-facts.ts";
import { nodeNlp } from "../../../src/nlp/node.ts";

/** The dates of a sentence in a compact, readable form for assertions. */
export function datesOf(sentence: string, ctx: Partial<DateContext> = {}) {
  const { dates, unresolved } = analyseSentence(
    sentence,
    // A test's anchor is the previous sentence of the same paragraph unless it says otherwise.
    { dateline: null, headingYear: null, anchor: null, nearAnchor: ctx.anchor ?? null, ...ctx },
    nodeNlp(),
  );
  return {
    dates: dates.map((d) => ({
      start: toIso(d.start),
      ...(d.end ? { end: toIso(d.end) } : {}),
      precision: d.precision,
      qualifier: d.qualifier,
      provenance: d.provenance,
      text: d.text,
    })),
    unresolved: unresolved.map((u) => ({ text: u.text, reason: u.reason })),
  };
}

/** A dateline (a full ISO day) as a calendar date. */
export const dateline = fromIso;
