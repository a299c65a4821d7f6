import type { Bank, BankEvent, Question } from "./bank-schema.ts";
import { formatIsoDay } from "./date-format.ts";

/*
 * Decks are views onto a collection (one question bank): all of its events, the
 * events of one source document, or the events of a span of years. Spans group
 * consecutive years until a deck has enough events to be worth studying.
 */

export type DeckKind = "all" | "document" | "span";
export type DeckFilter = { doc?: string; from?: number; to?: number };

export type DeckSpec = {
  id: string;
  kind: DeckKind;
  title: string;
  description: string;
  filter: DeckFilter;
  position: number;
};

const MIN_SPAN_EVENTS = 6;

/** The calendar year an event starts in. */
export function eventYear(event: BankEvent): number {
  return Number(event.date.start.slice(0, 4));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Group years into spans of at least `min` events each, in order. */
export function yearSpans(
  events: BankEvent[],
  min = MIN_SPAN_EVENTS,
): { from: number; to: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const e of events) counts.set(eventYear(e), (counts.get(eventYear(e)) ?? 0) + 1);
  const years = [...counts.keys()].sort((a, b) => a - b);
  const spans: { from: number; to: number; count: number }[] = [];
  let current: { from: number; to: number; count: number } | null = null;
  for (const year of years) {
    const n = counts.get(year) ?? 0;
    if (current === null) current = { from: year, to: year, count: n };
    else {
      current.to = year;
      current.count += n;
    }
    if (current.count >= min) {
      spans.push(current);
      current = null;
    }
  }
  if (current !== null) {
    const last = spans.at(-1);
    if (last) {
      last.to = current.to;
      last.count += current.count;
    } else spans.push(current);
  }
  return spans;
}

/**
 * A name for each source document that no other document of the bank shares:
 * its title, and where two titles are the same, what tells them apart — the
 * publication date, else the number of events, else a number in order. Deck
 * menus and source lists use these, so no two entries read alike.
 */
export function sourceLabels(bank: Bank): Map<string, string> {
  const events = visibleEvents(bank);
  const count = (doc: string) => events.filter((e) => e.sources.some((s) => s.doc === doc)).length;
  const groups = new Map<string, Bank["sources"]>();
  for (const source of bank.sources) {
    const key = (source.title || source.id).trim().toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), source]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    const title = (s: Bank["sources"][number]) => s.title || s.id;
    if (group.length === 1) {
      for (const s of group) out.set(s.id, title(s));
      continue;
    }
    const dates = group.map((s) => s.published);
    const counts = group.map((s) => count(s.id));
    const distinct = <T>(xs: T[]) => new Set(xs).size === xs.length;
    group.forEach((s, i) => {
      const extra =
        dates.every((d) => d !== null) && distinct(dates)
          ? formatIsoDay(s.published ?? "")
          : distinct(counts)
            ? plural(counts[i] ?? 0, "event")
            : String(i + 1);
      out.set(s.id, `${title(s)} (${extra})`);
    });
  }
  return out;
}

/** The decks a collection offers: all events, one per source document, one per span of years. */
export function deriveDecks(collectionId: string, collectionTitle: string, bank: Bank): DeckSpec[] {
  const events = visibleEvents(bank);
  const decks: DeckSpec[] = [
    {
      id: `${collectionId}-all`,
      kind: "all",
      title: collectionTitle,
      description: `All ${plural(events.length, "dated event")} from ${plural(bank.sources.length, "document")}.`,
      filter: {},
      position: 0,
    },
  ];
  if (bank.sources.length > 1) {
    const labels = sourceLabels(bank);
    for (const source of bank.sources) {
      const n = events.filter((e) => e.sources.some((s) => s.doc === source.id)).length;
      if (n === 0) continue;
      decks.push({
        id: `${collectionId}-doc-${source.id}`,
        kind: "document",
        title: labels.get(source.id) ?? source.id,
        description: `${plural(n, "dated event")} from this ${source.published ? `report of ${formatIsoDay(source.published)}` : "document"}.`,
        filter: { doc: source.id },
        position: decks.length,
      });
    }
    const spans = yearSpans(events);
    if (spans.length > 1) {
      for (const span of spans) {
        const label = span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
        decks.push({
          id: `${collectionId}-span-${span.from}-${span.to}`,
          kind: "span",
          title: `${collectionTitle}: ${label}`,
          description: `${plural(span.count, "dated event")} from ${label}.`,
          filter: { from: span.from, to: span.to },
          position: decks.length,
        });
      }
    }
  }
  return decks;
}

/** Events a teacher has not hidden. */
export function visibleEvents(bank: Bank): BankEvent[] {
  return bank.events.filter((e) => !e.hidden);
}

/** Whether an event falls within a filter's years and source document. */
export function inDeckFilter(e: BankEvent, filter: DeckFilter): boolean {
  if (filter.doc !== undefined && !e.sources.some((s) => s.doc === filter.doc)) return false;
  const year = eventYear(e);
  if (filter.from !== undefined && year < filter.from) return false;
  if (filter.to !== undefined && year > filter.to) return false;
  return true;
}

/** The events of a deck, in chronological order. */
export function deckEvents(bank: Bank, filter: DeckFilter): BankEvent[] {
  return visibleEvents(bank).filter((e) => inDeckFilter(e, filter));
}

/** The questions a learner may see for a set of events: not hidden, about those events only. */
export function deckQuestions(bank: Bank, events: BankEvent[]): Question[] {
  const ids = new Set(events.map((e) => e.id));
  return bank.questions.filter((q) => !q.hidden && q.eventIds.every((id) => ids.has(id)));
}

/** Questions about exactly one event, grouped by that event, in bank order. */
export function questionsPerEvent(questions: Iterable<Question>): Map<string, Question[]> {
  const out = new Map<string, Question[]>();
  for (const q of questions) {
    const [only] = q.eventIds;
    if (q.eventIds.length !== 1 || only === undefined) continue;
    const list = out.get(only);
    if (list) list.push(q);
    else out.set(only, [q]);
  }
  return out;
}
