import type { Question } from "../bank-schema.ts";
import { formatDate } from "../date-format.ts";
import { textMemo } from "../text-memo.ts";
import {
  boundsALife,
  type Context,
  type EventInfo,
  neighboursInDocument,
  perEvent,
  plainClause,
} from "./context.ts";
import { before } from "./date-span.ts";
import { hashUnit, seededShuffle } from "./hash.ts";
import { makeQuestion, questionId } from "./make.ts";

/*
 * Which came first, and put these in order. Only events whose order is certain
 * at their precision take part: their day spans (widened by any date another
 * source gives) must not overlap, so "March 2015" and "28 March 2015" are never
 * asked in order. Events are grouped by the document they are cited from, so a
 * sequence tells one story; leftovers from small documents are pooled.
 */

const MIN_ORDER = 4;
const MAX_ORDER = 5;
const PAIR_CANDIDATES = 3;

/** "served until she became governor", "has been … since 2013": a span, not a point to order. */
const SPAN = /\b(?:until|till|since|throughout)\b/i;
// Births and deaths stay out of sequences (see boundsALife), and so do spans, which overlap
// the points they would be ordered against.
const sequenceable = (e: EventInfo) => e.listable && !boundsALife(e) && !SPAN.test(e.event.text);

/** Whether the order of two events is certain. */
function certainOrder(a: EventInfo, b: EventInfo): boolean {
  return before(a.orderSpan, b.orderSpan) || before(b.orderSpan, a.orderSpan);
}

function byTime(a: EventInfo, b: EventInfo): number {
  return (
    a.orderSpan.from - b.orderSpan.from || a.orderSpan.to - b.orderSpan.to || a.index - b.index
  );
}

function line(info: EventInfo): string {
  return `${formatDate(info.event.date)}: ${info.text}`;
}

/**
 * Who or what a clause is about: the first name in its subject, else the subject itself.
 * Two events about one subject ("The launch of Apollo 8", "The landing of Apollo 8"; "The
 * Articles … were created", "… were ratified") are mostly ordered by their own logic, so
 * a pair of them tests nothing.
 */
const topic = perEvent((info: EventInfo, ctx: Context): string | null => {
  const subject = plainClause(info, ctx)?.subject;
  if (subject === undefined) return null;
  return ctx.namesIn(subject)[0] ?? subject.toLowerCase().replace(/^(?:the|a|an)\s+/, "");
});

/** Ordinal words, numerals and Roman numerals that number a thing in a series. */
const SERIES_NUMBER =
  /\b(?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b|\b\d+(?:st|nd|rd|th)?\b|\b[IVX]+\b/gi;

/**
 * "the Seventeenth Amendment" and "the Nineteenth Amendment", "Apollo 8" and "Apollo 11": a
 * topic with its number taken out, when it has one; two of one series are ordered by number.
 */
function seriesOf(topic: string | null): string | null {
  if (topic === null) return null;
  const rest = topic.replace(SERIES_NUMBER, " ").replace(/\s+/g, " ").trim().toLowerCase();
  return rest !== topic.toLowerCase().trim() && rest.length > 0 ? rest : null;
}

/** Verbs of coming into being or ceasing to be. */
const BEGINS_OR_ENDS =
  /^(?:form|found|establish|create|build|launch|open|introduce|invent|discover|bear|disband|dissolve|abolish|liquidate|collapse|close|demolish)$/;

/**
 * "Solidarity was formed" beside "negotiations … with members of Solidarity opened", "The
 * Boston Tea Party disbanded" beside "Knapp stood as the nominee of the Boston Tea Party":
 * a thing acts only after it comes into being and before it ends, so the pair's order is
 * given away by logic, not recalled.
 */
function givesOrder(x: EventInfo, y: EventInfo, ctx: Context): boolean {
  const clause = plainClause(x, ctx);
  if (clause === null || !BEGINS_OR_ENDS.test(clause.lemma)) return false;
  // What comes to be or ends: the subject of a passive or of a verb without an object
  // ("Solidarity was formed", "the party disbanded"), else the object's first words
  // ("Baker, Bruce and Clapton formed Cream"); not where it happened ("… introduced to Coron").
  const rest = clause.rest.trim();
  // ("discovered that AIDS was caused by …": a finding about a thing, which was there before.)
  if (/^that\b/i.test(rest)) return false;
  const objectless =
    clause.aux !== null || rest === "" || /^(?:in|on|at|to|from|after|by)\b/i.test(rest);
  const thing = objectless
    ? clause.subject
    : (rest.split(/\s+(?:in|on|at|to|from|after|by|with|for)\s+/i)[0] ?? "");
  return x.names.some((n) => n.length > 2 && thing.includes(n) && y.text.includes(n));
}

/** Which-first questions: each listable event paired with a near one of certain order. */
export function whichFirstQuestions(ctx: Context): Question[] {
  const events = ctx.events.filter(sequenceable);
  const out: Question[] = [];
  const seen = new Set<string>();
  for (const a of events) {
    const about = topic(a, ctx);
    const series = seriesOf(about);
    const fits = (b: EventInfo) =>
      sequenceable(b) &&
      certainOrder(a, b) &&
      b.text !== a.text &&
      !givesOrder(a, b, ctx) &&
      !givesOrder(b, a, ctx) &&
      (about === null || topic(b, ctx) !== about) &&
      (series === null || seriesOf(topic(b, ctx)) !== series);
    // The nearest events of certain order in the same document: events of two unrelated
    // documents give a learner nothing to reason from but the dates themselves.
    const partners = neighboursInDocument(ctx, a, fits, PAIR_CANDIDATES).map((b) => ({ b }));
    const pick = partners.sort(
      (x, y) => hashUnit(a.event.id, x.b.event.id) - hashUnit(a.event.id, y.b.event.id),
    )[0];
    if (pick === undefined) continue;
    const pair = [a, pick.b].sort(byTime);
    const [first, second] = pair;
    if (first === undefined || second === undefined) continue;
    const id = questionId(
      "which-first",
      pair.map((p) => p.event.id),
      "pair",
    );
    if (seen.has(id)) continue;
    seen.add(id);
    const shown = hashUnit(id, "shown") < 0.5 ? [first, second] : [second, first];
    const citation = first.citation;
    if (citation === null) continue;
    out.push(
      makeQuestion({
        type: "which-first",
        variant: "pair",
        eventIds: shown.map((s) => s.event.id),
        prompt: "Which came first?",
        answer: first.text,
        choices: shown.map((e) => e.text),
        explanation: `${line(first)} Then ${line(second)}`,
        source: citation.source,
      }),
    );
  }
  return out;
}

/**
 * The words of an option, in lower case; read once per text, since a document's chains
 * compare each event with every one already chained, round after round.
 */
const wordsOf = textMemo(
  (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []),
);

/**
 * "The Socialist Party won the elections." and "The Socialist Party won the national
 * elections.": options whose words are the other's with a word or two more tell two deeds
 * no one can tell apart in an ordering.
 */
function sameTelling(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return large.size - small.size <= 2 && [...small].every((w) => large.has(w));
}

/** Split a time-sorted list into chains in which every event certainly precedes the next. */
function chains(events: EventInfo[]): EventInfo[][] {
  let remaining = [...events].sort(byTime);
  const out: EventInfo[][] = [];
  while (remaining.length >= MIN_ORDER) {
    const chain: EventInfo[] = [];
    for (const e of remaining) {
      const last = chain[chain.length - 1];
      if (
        last === undefined ||
        (before(last.orderSpan, e.orderSpan) && !chain.some((c) => sameTelling(c.text, e.text)))
      )
        chain.push(e);
    }
    // A long span at the head ("the siege took place", 2015–2018) precedes nothing: it is
    // left out and the chain is tried again from the next event.
    const used = new Set(chain.length >= MIN_ORDER ? chain : chain.slice(0, 1));
    if (chain.length >= MIN_ORDER) out.push(chain);
    remaining = remaining.filter((e) => !used.has(e));
  }
  return out;
}

/**
 * Cut a chain into windows of 4 or 5 events, as even as possible. Three events are
 * too few to order fairly: a blind guess is right one time in six, more than any
 * scoring rule can take back (the README's grading rules).
 */
function windows(chain: EventInfo[]): EventInfo[][] {
  let count = Math.ceil(chain.length / MAX_ORDER);
  if (count * MIN_ORDER > chain.length) count = Math.floor(chain.length / MIN_ORDER);
  if (count === 0) return [];
  const used = Math.min(chain.length, count * MAX_ORDER);
  const out: EventInfo[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(used / count) + (i < used % count ? 1 : 0);
    out.push(chain.slice(at, at + size));
    at += size;
  }
  return out;
}

/** Order questions: sequences of 4–5 events of certain order, grouped by cited document. */
export function orderQuestions(ctx: Context): Question[] {
  const events = ctx.events.filter(sequenceable);
  const byDoc = new Map<string, EventInfo[]>();
  for (const e of events) {
    const doc = e.citation?.source.doc ?? "";
    const group = byDoc.get(doc);
    if (group) group.push(e);
    else byDoc.set(doc, [e]);
  }
  // One document's events only: events of unrelated stories are ordered by knowing dates
  // by heart, not by following a story, and the document to check them against is one.
  const groups: EventInfo[][] = [];
  for (const doc of [...byDoc.keys()].sort()) groups.push(...chains(byDoc.get(doc) ?? []));
  const out: Question[] = [];
  const seen = new Set<string>();
  for (const chain of groups) {
    for (const w of windows(chain)) {
      const truth = w.map((e) => e.event.id);
      const id = questionId("order", truth, "sequence");
      if (seen.has(id)) continue;
      seen.add(id);
      let shown = seededShuffle(w, id, (e) => e.event.id);
      if (shown.every((e, i) => e === w[i])) shown = [...shown.slice(1), ...shown.slice(0, 1)];
      const citation = w[0]?.citation;
      if (!citation) continue;
      out.push(
        makeQuestion({
          type: "order",
          variant: "sequence",
          eventIds: shown.map((e) => e.event.id),
          prompt: "Put these events in order, earliest first.",
          answer: truth,
          choices: shown.map((e) => e.text),
          explanation: w.map((e, i) => `${i + 1}. ${line(e)}`).join(" "),
          source: citation.source,
        }),
      );
    }
  }
  return out;
}
