import type { BankEvent, EventDate, SourceRef } from "../bank-schema.ts";
import { MONTHS, type ParsedDate, parseDate } from "../date-format.ts";
import { PRECISION_RANK } from "../dates/calendar.ts";
import { hasWords } from "./text.ts";

/*
 * No question asserts one side of a recorded conflict. An event whose sources
 * disagree is asked about only in the words of one named source ("According to
 * “…”, …"), and for a date conflict only through a source whose own sentence
 * states the date we ask for. Other sources' dates are kept so that no distractor
 * repeats them.
 */

/** Whether a conflict is about the event's date. */
export function isDateConflict(field: string): boolean {
  return /date|start|end|year|month|day|when/i.test(field);
}

/** Dates other sources give for the event (conflict values other than its own date); null if one cannot be read. */
export function otherDates(event: BankEvent): ParsedDate[] | null {
  const out: ParsedDate[] = [];
  for (const conflict of event.conflicts) {
    if (!isDateConflict(conflict.field)) continue;
    for (const value of conflict.values) {
      const parsed = parseDate(value);
      if (parsed === null) return null;
      const same =
        parsed.start === event.date.start &&
        parsed.end === event.date.end &&
        parsed.precision === event.date.precision;
      if (!same) out.push(parsed);
    }
  }
  return out;
}

function dayMonthMentioned(quote: string, iso: string): boolean {
  const [, m, d] = iso.split("-").map(Number);
  const month = MONTHS[(m ?? 1) - 1] ?? "";
  const names = [month, month.slice(0, 3)];
  return names.some(
    (name) =>
      new RegExp(`\\b${d}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${name}\\b`).test(quote) ||
      new RegExp(`\\b${name}\\.?\\s+${d}(?:st|nd|rd|th)?\\b`).test(quote),
  );
}

/** Whether a source sentence itself states this date (so it can be cited for it). */
export function quoteStatesDate(
  quote: string,
  date: Pick<EventDate, "start" | "end" | "precision">,
): boolean {
  const startYear = Number(date.start.slice(0, 4));
  const endYear = Number((date.end ?? date.start).slice(0, 4));
  for (const m of quote.matchAll(/\b(1\d{3}|20\d{2})\b/g)) {
    const y = Number(m[1]);
    if (y < startYear || y > endYear) return false;
  }
  if (date.precision === "year") return hasWords(quote, date.start.slice(0, 4));
  if (date.precision === "month") {
    const month = MONTHS[Number(date.start.slice(5, 7)) - 1] ?? "";
    return hasWords(quote, month);
  }
  return (
    dayMonthMentioned(quote, date.start) &&
    (date.end === undefined || dayMonthMentioned(quote, date.end) || /\d\s*[–-]\s*\d/.test(quote))
  );
}

function overlap(a: string, b: string): number {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}+/gu) ?? []);
  const wa = words(a);
  let n = 0;
  for (const w of words(b)) if (wa.has(w)) n++;
  return n;
}

/** The source a question about this event cites, and whether it must be named in the prompt. */
export type Citation = { source: SourceRef; title: string; attributed: boolean };

/**
 * Choose the source to cite: the one closest in wording to the event text; for an
 * event with conflicts, one with a title, and for a date conflict one that states
 * the event's date. Null when no source can carry a question about this event.
 */
export function citationFor(event: BankEvent, titles: Map<string, string>): Citation | null {
  const conflicted = event.conflicts.length > 0;
  const dateConflicted = event.conflicts.some((c) => isDateConflict(c.field));
  const others = otherDates(event);
  if (dateConflicted && others === null) return null;
  const candidates = event.sources.filter((s) => {
    if (!conflicted) return true;
    if ((titles.get(s.doc) ?? "").trim() === "") return false;
    if (!dateConflicted) return true;
    if (!quoteStatesDate(s.quote, event.date)) return false;
    // A coarser other date ("March 2018" against "28 March 2017") cannot be told apart from
    // ours by a sentence that states ours; only an equally precise one can contradict it.
    return (others ?? []).every(
      (o) =>
        PRECISION_RANK[o.precision] < PRECISION_RANK[event.date.precision] ||
        !quoteStatesDate(s.quote, o),
    );
  });
  // A quote the document itself flags ("better source needed") is cited only when no other will do.
  const flagged = (r: SourceRef) => ((r.flags?.length ?? 0) > 0 ? 1 : 0);
  const best = [...candidates].sort(
    (a, b) =>
      flagged(a) - flagged(b) || overlap(b.quote, event.text) - overlap(a.quote, event.text),
  )[0];
  if (best === undefined) return null;
  return { source: best, title: (titles.get(best.doc) ?? "").trim(), attributed: conflicted };
}
