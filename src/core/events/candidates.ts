import { type CalendarDate, fromIso, toIso } from "../dates/calendar.ts";
import { extractDates } from "../dates/extract.ts";
import type { FoundDate, Unresolved } from "../dates/types.ts";
import { fieldBase } from "../ingest/infobox.ts";
import { matchKey } from "../ingest/normalize.ts";
import type { DocSentence, IngestedDocument } from "../ingest/types.ts";
import { extractEntities, knownNames } from "./entities.ts";
import { asSentence, clauseAround, removeDatePhrase, splitClauses } from "./event-text.ts";
import { extractFigures, type Figure } from "./figures.ts";
import { type StartFact, startFact } from "./start-facts.ts";
import { type Signature, signature } from "./tokens.ts";

/*
 * One document's dated facts, before merging across documents. A sentence gives
 * one candidate per distinct date of its clauses, one per dated event noun ("a
 * 2010 commando raid"), or, when it has date expressions but none resolves, one
 * undated candidate that another document may still date.
 */

/** A fact from one sentence of one document. */
export type Candidate = {
  doc: string;
  /** Sentence index in the document and the fact's index within the sentence. */
  order: number;
  sub: number;
  kind: DocSentence["kind"];
  quote: string;
  /** The quote folded for comparison (matchKey). */
  quoteKey: string;
  flags: string[];
  text: string;
  /** The date expression as written, or "" for an undated candidate. */
  dateText: string;
  date: FoundDate | null;
  /** For an undated candidate: the month/day it states, to check against a dated twin. */
  partial: Partial<CalendarDate> | null;
  reason: string;
  entities: string[];
  sig: Signature;
  figures: Figure[];
  start: StartFact | null;
};

const SPAN_FIELDS = /^(?:date|dates|date\(s\)|period|time|duration|years|reign|term)$/;
const FIELD_VERBS: Record<string, string> = {
  born: "was born",
  died: "died",
  founded: "was founded",
  established: "was established",
  formed: "was formed",
  opened: "opened",
  closed: "closed",
  signed: "was signed",
  released: "was released",
  launched: "was launched",
  completed: "was completed",
  built: "was built",
  dissolved: "was dissolved",
  abolished: "was abolished",
  inaugurated: "was inaugurated",
};
const SENTENCE_FIELDS = /^(?:result|outcome|status|aftermath|cause|event|events|summary)$/;
const EVENT_NOUNS =
  /^(?:raid|attack|attacks|bombing|bombings|assault|offensive|campaign|election|elections|referendum|analysis|report|study|survey|census|agreement|accord|treaty|deal|ceasefire|cease-fire|truce|war|battle|siege|invasion|coup|uprising|revolution|protests?|strike|massacre|earthquake|flood|floods|hurricane|storm|tsunami|eruption|pandemic|epidemic|outbreak|crisis|summit|conference|meeting|visit|trip|tour|speech|ruling|verdict|trial|law|act|decision|merger|acquisition|sale|launch|release|expedition|mission|operation|games|olympics|championship|cup|final|season|budget|reform|ban|sanctions|bailout|collapse|recession|shutdown|flotilla|incident|crash|fire|explosion|blast|shooting|assassination|kidnapping|hijacking|evacuation|withdrawal|ceremony|inauguration|wedding|funeral)$/i;

/** The facts of one ingested document. */
export function documentCandidates(docId: string, doc: IngestedDocument): Candidate[] {
  const out: Candidate[] = [];
  const dateline = doc.dateline === null ? null : fromIso(doc.dateline);
  const known = knownNames(doc.sentences.filter((s) => s.kind !== "infobox").map((s) => s.text));
  const anchors = new Map<string, CalendarDate>();
  let previousNames: string[] = [];
  let previousParagraph = -1;
  let paragraphAnchor: CalendarDate | null = null;

  for (const s of doc.sentences) {
    const narrative = `${s.kind}|${s.headingPath.join("/")}`;
    if (s.paragraph !== previousParagraph) paragraphAnchor = null;
    const ctx = {
      dateline,
      headingYear: s.headingYear,
      anchor: anchors.get(narrative) ?? null,
      paragraphAnchor,
      quoted: s.quoted,
      statedAs: s.kind === "infobox" ? ("infobox" as const) : ("explicit" as const),
    };
    if (s.paragraph !== previousParagraph) previousNames = [];
    previousParagraph = s.paragraph;
    const entities = extractEntities(s.text, known);
    const base = {
      doc: docId,
      order: s.index,
      kind: s.kind,
      quote: s.text,
      quoteKey: matchKey(s.text),
      flags: s.flags,
    };

    if (s.kind === "infobox") {
      out.push(...infoboxCandidates(s, doc.title, known, ctx, base));
      continue;
    }

    const { dates, unresolved } = extractDates(s.text, ctx);
    const life = lifeSpan(s.text, dates);
    if (life !== null) {
      life.forEach((event, i) => {
        out.push({
          ...base,
          sub: i,
          text: event.text,
          dateText: event.date.text,
          date: event.date,
          partial: null,
          reason: "",
          entities: [event.name],
          sig: signature(event.text),
          figures: [],
          start: null,
        });
      });
      previousNames = entities;
      continue;
    }
    // With no date of its own, a clause is dated by a year naming its object ("won the 1911 Nobel Prize").
    const attributiveOnly =
      dates.every((d) => d.attributive) &&
      dates.length === 1 &&
      dates[0] !== undefined &&
      nounPhraseEvent(s.text, dates[0]) === null;
    const clauseDates = distinctDates(dates.filter((d) => !d.attributive || attributiveOnly));
    const undated = clauseDates.length === 0 && unresolved.length > 0 && dates.length === 0;
    // Figures belong to the sentence: extracted once, shared (read-only) by its candidates.
    const figures = undated || clauseDates.length > 0 ? extractFigures(s.text) : [];
    if (undated)
      out.push(undatedCandidate(s, unresolved[0] as Unresolved, entities, figures, base));
    const texts = eventTexts(s.text, clauseDates);
    clauseDates.forEach((date, i) => {
      const text = texts[i] ?? s.text;
      out.push({
        ...base,
        sub: i,
        text,
        dateText: date.text,
        date,
        partial: null,
        reason: "",
        entities: clauseDates.length > 1 ? extractEntities(text, known) : entities,
        sig: signature(text),
        figures,
        start: startFact(s.text, date, { title: doc.title, previousNames }),
      });
    });
    dates
      .filter((d) => d.attributive && !attributiveOnly)
      .forEach((date, i) => {
        const text = nounPhraseEvent(s.text, date);
        if (text === null) return;
        out.push({
          ...base,
          sub: clauseDates.length + i,
          text,
          dateText: date.text,
          date,
          partial: null,
          reason: "",
          entities: extractEntities(text, known),
          sig: signature(text),
          figures: [],
          start: null,
        });
      });
    const last = [...clauseDates].reverse().find((d) => !d.since);
    if (last !== undefined) {
      anchors.set(narrative, last.end ?? last.start);
      if ((last.end ?? last.start).month !== undefined) paragraphAnchor = last.end ?? last.start;
    }
    previousNames = entities;
  }
  return out;
}

type Base = Pick<Candidate, "doc" | "order" | "kind" | "quote" | "quoteKey" | "flags">;

function undatedCandidate(
  s: DocSentence,
  u: Unresolved,
  entities: string[],
  figures: Figure[],
  base: Base,
): Candidate {
  return {
    ...base,
    sub: 0,
    text: s.text,
    dateText: "",
    date: null,
    partial: partialOf(u.text),
    reason: u.reason,
    entities,
    sig: signature(s.text),
    figures,
    start: null,
  };
}

/** One date per distinct value: "On 17 July … on the same day" is one fact, not two. */
function distinctDates(dates: FoundDate[]): FoundDate[] {
  const seen = new Set<string>();
  return dates.filter((d) => {
    const key = `${toIso(d.start)}|${d.end === undefined ? "" : toIso(d.end)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The event text for each date of a sentence: its clause, without its own date phrase. */
function eventTexts(sentence: string, dates: FoundDate[]): string[] {
  const spans = dates.map((d) => ({ from: d.from, to: d.to }));
  const clauses = splitClauses(sentence, spans);
  return dates.map((d, i) => {
    let text = sentence;
    let offset = 0;
    const clause = clauses?.[i];
    if (clause !== undefined) {
      text = clause.text;
      offset = clause.offset;
    } else if (dates.length === 1) {
      const around = clauseAround(sentence, d);
      text = around.text;
      offset = around.offset;
    }
    const span = { from: d.from - offset, to: d.to - offset };
    const keep = d.since || d.attributive || span.from < 0 || span.to > text.length;
    const stripped = keep ? text : removeDatePhrase(text, span);
    return asSentence(stripped);
  });
}

/** "a 2010 commando raid that killed nine activists" → "The commando raid that killed nine activists." */
function nounPhraseEvent(sentence: string, date: FoundDate): string | null {
  const after = sentence.slice(date.to);
  const clause = /^[^,;:.!?"”]*/.exec(after)?.[0] ?? "";
  const cutByComma = after.charAt(clause.length) === ",";
  const words = clause.trim().split(/\s+/).slice(0, 3);
  const headAt = words.findIndex((w) => EVENT_NOUNS.test(w));
  if (headAt < 0) return null;
  let np = clause.trim();
  // A relative clause cut off by a comma would dangle: keep the noun phrase before it.
  if (cutByComma) np = np.replace(/\s+(?:that|which|who|whose|when|where)\b.*$/, "");
  return asSentence(`The ${np}`);
}

/**
 * "Marie Curie (7 November 1867 – 4 July 1934) was a Polish physicist": an
 * encyclopedia lead gives a life span in parentheses after the name; it is two
 * events, a birth and a death, not one fact lasting 67 years.
 */
function lifeSpan(
  sentence: string,
  dates: FoundDate[],
): { name: string; text: string; date: FoundDate }[] | null {
  const m =
    /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s*\((?:born\s+|b\.\s+)?([^()]*)\)\s+(?:was|is)\b/u.exec(
      sentence,
    );
  if (m === null) return null;
  const name = m[1] ?? "";
  const open = sentence.indexOf("(", name.length);
  const close = sentence.indexOf(")", open);
  const inside = dates.filter((d) => d.from > open && d.to <= close && !d.attributive);
  const span = inside[0];
  if (span === undefined || inside.length !== 1) return null;
  const out: { name: string; text: string; date: FoundDate }[] = [];
  const { end, ...rest } = span;
  out.push({ name, text: `${name} was born.`, date: { ...rest } });
  if (end !== undefined) out.push({ name, text: `${name} died.`, date: { ...rest, start: end } });
  return out;
}

function partialOf(text: string): Partial<CalendarDate> | null {
  const months = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
  ];
  const lower = text.toLowerCase();
  const month = months.findIndex((m) => new RegExp(`\\b${m}`).test(lower));
  if (month < 0) return null;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(lower);
  const out: Partial<CalendarDate> = { month: month + 1 };
  if (day !== null) out.day = Number(day[1]);
  return out;
}

function infoboxCandidates(
  s: DocSentence,
  title: string,
  known: Set<string>,
  ctx: Parameters<typeof extractDates>[1],
  base: Base,
): Candidate[] {
  const field = fieldBase(s.field ?? "");
  const value = s.text.slice(s.text.indexOf(":") + 1).trim();
  const offset = s.text.length - value.length;
  const verb = SPAN_FIELDS.test(field) ? "took place" : FIELD_VERBS[field];
  if (verb !== undefined) {
    if (title.length === 0) return [];
    const date = extractDates(value, ctx).dates.find((d) => !d.attributive);
    if (date === undefined) return [];
    const subject =
      /^(?:Siege|Battle|War|Treaty|Massacre|Bombing|Fall|Sack|Capture|Invasion|Revolution|Uprising|Assassination|Election|Referendum|Raid|Attack|Operation|Coup|Crisis|Campaign|Expedition|Siege)\b/.test(
        title,
      )
        ? `The ${title}`
        : title;
    const text = asSentence(`${subject} ${verb}`);
    return [
      {
        ...base,
        sub: 0,
        text,
        dateText: value.slice(date.from, date.to),
        date: { ...date, from: date.from + offset, to: date.to + offset },
        partial: null,
        reason: "",
        entities: extractEntities(title).map((e) => e.replace(/^\p{Lu}\p{Ll}+ of (?=\S)/u, "")),
        sig: signature(`${title} ${verb}`),
        figures: [],
        start: null,
      },
    ];
  }
  if (!SENTENCE_FIELDS.test(field)) return [];
  const dates = distinctDates(extractDates(value, ctx).dates.filter((d) => !d.attributive));
  const texts = eventTexts(value, dates);
  return dates.map((date, i) => ({
    ...base,
    sub: i,
    text: texts[i] ?? asSentence(value),
    dateText: date.text,
    date: { ...date, from: date.from + offset, to: date.to + offset },
    partial: null,
    reason: "",
    entities: extractEntities(value, known),
    sig: signature(value),
    figures: extractFigures(value),
    start: null,
  }));
}
