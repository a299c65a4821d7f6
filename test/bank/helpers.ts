import { type InputFile, sourceId } from "../../src/core/bank-build.ts";
import { type Bank, type BankEvent, UNASKED } from "../../src/core/bank-schema.ts";
import { makeChecker } from "../../src/core/questions/check.ts";

/** Whether an event's date starts with `date` once cut to that date's precision (or a conflict lists it for the doc). */
export function datedAs(event: BankEvent, date: string, doc?: string): boolean {
  if (event.date.start.length >= date.length && event.date.start.startsWith(date)) return true;
  return event.conflicts.some(
    (c) =>
      c.field === "date" &&
      (doc === undefined || c.docs.includes(doc)) &&
      c.values.some((v) => v.length >= date.length && v.startsWith(date)),
  );
}

/** The text and the quotes of one document for an event, lower-cased, for keyword checks. */
export function wordsFor(event: BankEvent, doc: string): string {
  return [event.text, ...event.sources.filter((s) => s.doc === doc).map((s) => s.quote)]
    .join("\n")
    .toLowerCase();
}

/**
 * Whether the year of an event is supported by one of its source documents: written
 * in the quote, in a heading or earlier in the document (a narrative anchor), or
 * derivable from the dateline by a relative expression in the quote.
 */
export function yearSupported(
  event: BankEvent,
  docs: Map<string, string>,
  datelines: Map<string, string | null>,
): boolean {
  const years = [event.date.start, event.date.end ?? event.date.start].map((d) =>
    Number(d.slice(0, 4)),
  );
  return event.sources.some((s) => {
    const text = docs.get(s.doc) ?? "";
    const dateline = datelines.get(s.doc) ?? null;
    return years.every((year) => {
      if (s.quote.includes(String(year))) return true;
      if (writtenAsRange(s.quote, year)) return true;
      if (new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text)) return true;
      if (dateline === null) return false;
      const dy = Number(dateline.slice(0, 4));
      const ago = /\b(\w+) years? (?:ago|from now)\b/i.exec(s.quote);
      const n = ago
        ? ((
            {
              a: 1,
              one: 1,
              two: 2,
              three: 3,
              four: 4,
              five: 5,
              six: 6,
              seven: 7,
              eight: 8,
              nine: 9,
              ten: 10,
            } as Record<string, number>
          )[(ago[1] ?? "").toLowerCase()] ?? Number(ago[1]))
        : 1;
      return Math.abs(year - dy) <= Math.max(1, n);
    });
  });
}

/** The texts of the events of a bank built from `files` whose year no document supports. */
export function unsupportedYears(bank: Bank, files: InputFile[]): string[] {
  const texts = new Map(files.map((f) => [sourceId(f.name), new TextDecoder().decode(f.bytes)]));
  const datelines = new Map(bank.sources.map((s) => [s.id, s.published]));
  return bank.events.filter((e) => !yearSupported(e, texts, datelines)).map((e) => e.text);
}

/** "1957-58", "the 1990s", "the 12th century": a year inside a written span. */
function writtenAsRange(quote: string, year: number): boolean {
  for (const m of quote.matchAll(/\b(\d{2})(\d{2})\s*[-–]\s*(\d{2})\b/g)) {
    if (Number(`${m[1]}${m[3]}`) === year) return true;
  }
  for (const m of quote.matchAll(/\b(\d{3})0s\b/g))
    if (Math.floor(year / 10) === Number(m[1])) return true;
  // The nth century is (n-1)·100 + 1 to n·100; "the 16th and 18th century" names both.
  for (const m of quote.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b(?=[\s\w-]*century)/gi)) {
    if (Math.ceil(year / 100) === Number(m[1])) return true;
  }
  return false;
}

/**
 * The gate's checks re-run over a bank's published questions (every one must pass), with
 * the kinds the bank keeps and what it dropped: issue 15's "zero questions fail the gate".
 */
export function gateReport(
  bank: Bank,
  documents: { id: string; text: string }[],
): { failures: string[]; kinds: Set<string>; dropped: number } {
  const check = makeChecker(bank, documents);
  const failures = bank.questions.flatMap((q) =>
    check(q).map((p) => `${q.type}: ${q.prompt} — ${p}`),
  );
  return {
    failures,
    kinds: new Set(bank.questions.map((q) => q.type)),
    dropped: (bank.dropped ?? []).filter((d) => d.type !== UNASKED).length,
  };
}
