import { fromIso, toIso } from "../../../src/core/dates/calendar.ts";
import { extractDates } from "../../../src/core/dates/extract.ts";
import type { DateContext } from "../../../src/core/dates/types.ts";

/** The dates of a sentence in a compact, readable form for assertions. */
export function datesOf(sentence: string, ctx: Partial<DateContext> = {}) {
  const { dates, unresolved } = extractDates(sentence, {
    dateline: null,
    headingYear: null,
    anchor: null,
    ...ctx,
  });
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
