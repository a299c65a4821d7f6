import { type CalendarDate, fromIso } from "../dates/calendar.ts";
import { findMentions, resolveMentions } from "../dates/extract.ts";
import { NAMED_DAY } from "../dates/lexicon.ts";
import type { DateContext, FoundDate, YearCandidate } from "../dates/types.ts";
import { mayNamePerson } from "../entity-kind.ts";
import { headingYear } from "../ingest/headings.ts";
import { fieldBase } from "../ingest/infobox.ts";
import { matchKey } from "../ingest/normalize.ts";
import type { DocSentence, IngestedDocument } from "../ingest/types.ts";
import { type Nlp, pluralNoun } from "../nlp/tokens.ts";
import {
  type Antecedent,
  analyseSentence,
  BOUND_ONLY,
  mainSubject,
  resolvePronoun,
} from "./clause-facts.ts";
import { unclefted } from "./cleft.ts";
import { extractEntities, knownNames } from "./entities.ts";
import { asSentence } from "./event-text.ts";
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
const SENTENCE_FIELDS = /^(?:result|outcome|status|aftermath|cause|event|events|summary)$/;

/** An opening that moves a story's time on by an unstated amount. */
const TIME_MOVED_ON =
  /^(?:\p{L}+,\s+)?(?:subsequently|later|afterwards?|thereafter|eventually|after\s+(?:the|this|that|his|her|their|a|an)\s+[^,]{1,60}),/iu;

/** The facts of one ingested document. */
export function documentCandidates(docId: string, doc: IngestedDocument, nlp: Nlp): Candidate[] {
  const out: Candidate[] = [];
  const dateline = doc.dateline === null ? null : fromIso(doc.dateline);
  const known = knownNames(doc.sentences.filter((s) => s.kind !== "infobox").map((s) => s.text));
  /**
   * The latest dated clause of each narrative: its end anchors "two days later", and its
   * whole span the year of "Between June and September 1973, … On August 22, …".
   */
  const anchors = new Map<string, AnchorSpan>();
  /**
   * The latest clause of each narrative dated in its own main or coordinate clause, when a
   * side clause has dated something since: "The invasion led to a war, which began on
   * January 16, 1991" tells ahead of the story, which may go on in 1990 ("On August 28, …").
   */
  const mainAnchors = new Map<string, AnchorSpan>();
  const anchorParagraph = new Map<string, number>();
  /**
   * Narratives whose time moved on by an amount the text does not give since their latest
   * dated clause ("After the interview, …", "Subsequently, …"): "the next day" after that is
   * no longer the day after that clause.
   */
  const moved = new Set<string>();
  /**
   * Narratives whose latest told time is only bounded ("After 1869, Mendeleev proposed …"):
   * "Two years later" after that counts from a time the text does not give.
   */
  const bounded = new Set<string>();
  /** The last date each narrative's previous sentence named ("that same year" means it). */
  const named = new Map<string, CalendarDate>();
  let previousNames: string[] = [];
  let previousParagraph = -1;
  /** The previous sentence's subject as a pronoun after it would read it (lazy: rarely asked). */
  const person = biographySubject(doc);
  const biographee = person === null ? null : () => person;
  let previousSubject: (() => Antecedent | null) | null = biographee;
  const subjectAfter = (sentence: string, before: (() => Antecedent | null) | null) => {
    let memo: Antecedent | null | undefined;
    return () => {
      memo ??= chainedSubject(mainSubject(sentence, nlp, doc.title), before);
      return memo;
    };
  };
  const titleYear = headingYear(doc.title);
  const infobox = infoboxYears(doc, dateline);
  let lastHeadingYear: number | null = null;

  for (const s of doc.sentences) {
    const narrative = `${s.kind}|${s.headingPath.join("/")}`;
    if (s.headingYear !== null) lastHeadingYear = s.headingYear;
    const anchor = anchors.get(narrative)?.end ?? null;
    const ctx: DateContext = {
      dateline,
      headingYear: s.headingYear,
      anchor: bounded.has(narrative) ? null : anchor,
      nearAnchor:
        anchorParagraph.get(narrative) === s.paragraph && !moved.has(narrative) ? anchor : null,
      named: named.get(narrative) ?? null,
      narrative: narrativeYears(
        titleYear,
        lastHeadingYear,
        infobox,
        anchors.get(narrative),
        mainAnchors.get(narrative),
      ),
      quoted: s.quoted,
      statedAs: s.kind === "infobox" ? "infobox" : "explicit",
    };
    if (s.paragraph !== previousParagraph) {
      previousNames = [];
      // A paragraph of a biography opening with "She died …" is about the biography's person.
      previousSubject = biographee;
    }
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
      out.push(...infoboxCandidates(s, doc.title, known, ctx, base, nlp));
      continue;
    }

    const analysis = analyseSentence(unclefted(s.text), ctx, nlp);
    const { dates, unresolved, facts } = analysis;
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
      previousSubject = subjectAfter(s.text, previousSubject);
      continue;
    }
    // Figures belong to the sentence: extracted once, shared (read-only) by its candidates.
    const figures = facts.length > 0 || unresolved.length > 0 ? extractFigures(s.text) : [];
    if (facts.length === 0 && (unresolved.length > 0 || dates.length > 0)) {
      const reason =
        dates.length === 0
          ? (unresolved[0]?.reason ?? "no date")
          : (analysis.sideReasons[0] ?? "no clause of its own");
      out.push(undatedCandidate(s, reason, unresolved[0]?.text ?? "", entities, figures, base));
    }
    let previous: Antecedent | null | undefined;
    facts.forEach((fact, i) => {
      let text = fact.text;
      if (fact.pronoun !== null) {
        previous ??= previousSubject === null ? null : previousSubject();
        // "The United States had a long history …; it had provided funds": with rivals in
        // between, the earlier clause's subject is no sure antecedent, and the previous
        // sentence's ("Debate continues …") is none at all. "He changed his mind, … and
        // in 1655 he enlisted": an earlier "he" stands for whom the previous sentence's did.
        const earlier = fact.antecedent;
        const antecedent =
          earlier !== null && !personalPronoun(earlier.text)
            ? earlier
            : fact.earlierSubject
              ? null
              : previous;
        text = resolvePronoun(text, fact.pronoun, antecedent) ?? text;
      }
      out.push({
        ...base,
        sub: i,
        text,
        dateText: fact.date.text,
        date: fact.date,
        partial: null,
        reason: "",
        entities: facts.length > 1 ? extractEntities(text, known) : entities,
        sig: signature(text),
        figures,
        start: startFact(s.text, fact.date, { title: doc.title, previousNames }),
      });
    });
    const lastFact = [...facts].reverse().find((f) => f.past && !f.date.since);
    const last = analysis.untold.at(-1) ?? lastFact?.date ?? openingTime(s.text, analysis.dates);
    const aside =
      analysis.untold.length === 0 && lastFact !== undefined && SIDE_ORIGINS.has(lastFact.origin);
    // "…traveled to South Dakota … on the eve of Independence Day. The next day, …": the
    // narrative has moved to a day this reader does not place, and what counts from the last
    // dated clause no longer counts from there.
    if (last === undefined && analysis.dates.length === 0) {
      if (NAMED_DAY.test(s.text)) {
        anchors.delete(narrative);
        mainAnchors.delete(narrative);
        named.delete(narrative);
      }
      if (TIME_MOVED_ON.test(s.text)) moved.add(narrative);
    }
    if (last === undefined && analysis.sideReasons.some((r) => r.endsWith(BOUND_ONLY)))
      bounded.add(narrative);
    if (last !== undefined) {
      moved.delete(narrative);
      bounded.delete(narrative);
      if (!aside) mainAnchors.delete(narrative);
      else if (!mainAnchors.has(narrative) && anchors.has(narrative))
        mainAnchors.set(narrative, anchors.get(narrative) as AnchorSpan);
      anchors.set(narrative, { start: last.start, end: last.end ?? last.start });
      anchorParagraph.set(narrative, s.paragraph);
    }
    // ("… have funded large state budgets from 1980 onward. That same year, …": the year a
    // state began is named too.)
    const said = [...analysis.dates]
      .reverse()
      .find(
        (d) =>
          !d.attributive && (!d.since || /\bfrom\s+(?:the\s+)?$/i.test(s.text.slice(0, d.from))),
      );
    if (said !== undefined) named.set(narrative, said.end ?? said.start);
    else named.delete(narrative);
    previousNames = entities;
    previousSubject = subjectAfter(s.text, previousSubject);
  }
  return out;
}

/**
 * The years a document's narrative offers a year-less date (DateContext.narrative):
 * the title's year, the latest year heading above or before the sentence, the
 * infobox date range, and the latest dated clause of the same section.
 */
function narrativeYears(
  titleYear: number | null,
  headingYearSoFar: number | null,
  infobox: YearCandidate[],
  sectionAnchor: AnchorSpan | undefined,
  mainAnchor: AnchorSpan | undefined,
): YearCandidate[] {
  const out: YearCandidate[] = [...infobox];
  if (titleYear !== null) out.push({ year: titleYear, provenance: "heading", source: "the title" });
  // An earlier section's year heading speaks for a section that has no date of its own yet.
  if (headingYearSoFar !== null && headingYearSoFar !== titleYear && sectionAnchor === undefined)
    out.push({ year: headingYearSoFar, provenance: "heading", source: "an earlier heading" });
  // "Between June and September 1973, …" then "On August 22, …": a date inside the span
  // follows it. A span over years offers each of them (and a month that fits two says nothing).
  const offer = (anchor: AnchorSpan, source: string) => {
    const { start, end } = anchor;
    for (let year = start.year; year <= end.year && year - start.year < 12; year++)
      out.push({
        year,
        provenance: "relative",
        source,
        ...(year === start.year ? { after: start } : {}),
      });
  };
  if (sectionAnchor !== undefined) offer(sectionAnchor, "the section's latest date");
  if (mainAnchor !== undefined) offer(mainAnchor, "the section's latest main clause");
  return out;
}

/** One candidate per year of the infobox's date range ("Date: 16 – 28 October 1962"). */
function infoboxYears(doc: IngestedDocument, dateline: CalendarDate | null): YearCandidate[] {
  const line = doc.sentences.find(
    (s) => s.kind === "infobox" && /^dates?$/.test(fieldBase(s.field ?? "")),
  );
  if (line === undefined) return [];
  const value = line.text.slice(line.text.indexOf(":") + 1);
  const ctx: DateContext = { dateline, headingYear: null, anchor: null };
  const date = valueDates(value, ctx)[0];
  if (date === undefined) return [];
  const range: [CalendarDate, CalendarDate] = [date.start, date.end ?? date.start];
  const out: YearCandidate[] = [];
  for (let y = range[0].year; y <= range[1].year && out.length < 12; y++)
    out.push({ year: y, provenance: "infobox", source: "the infobox date", range });
  return out;
}

/**
 * The person a biography is about, when the document's title is a person's name and its
 * first sentence opens with that name ("Ichiyō Higuchi (May 2, 1872 – …) was …"): a "he" or
 * "she" opening a paragraph with no one named before it is that person.
 */
function biographySubject(doc: IngestedDocument): Antecedent | null {
  const title = doc.title.replace(/^=+\s*|\s*=+$/g, "").trim();
  const words = title.split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:de|van|von|bin|al|da)$/.test(w)))
    return null;
  const first = doc.sentences.find((s) => s.kind !== "infobox" && s.text !== title);
  if (first === undefined) return null;
  const opening = first.text.split(/\s+/).slice(0, 6).join(" ");
  if (!opening.startsWith(words[0] ?? "") || !opening.includes(words[words.length - 1] ?? ""))
    return null;
  return { text: title, plural: false };
}

const personalPronoun = (text: string) => /(?:^|\s)(?:he|she)$/i.test(text);

/**
 * "Gordon was brought up a Catholic. At fifteen he entered a college …. He changed his
 * mind …": a sentence whose subject is "he" passes on whom that "he" stood for, unless it
 * names another person who could be meant.
 */
function chainedSubject(
  subject: Antecedent | null,
  before: (() => Antecedent | null) | null,
): Antecedent | null {
  if (subject === null || !personalPronoun(subject.text)) return subject;
  const meant = before === null ? null : before();
  if (meant === null || meant.plural !== subject.plural) return null;
  return {
    ...meant,
    rivals: Math.max(meant.rivals ?? 0, subject.rivals ?? 0),
    ...(subject.subjectRival === undefined ? {} : { subjectRival: subject.subjectRival }),
  };
}

/**
 * "The year 1947 saw major shifts …. On January 1, …. In June, …": a year that opens a
 * sentence as its time or its subject moves the story there, though the sentence tells no
 * event this reader takes from it; the year-less dates after it are of that year.
 */
function openingTime(text: string, dates: readonly FoundDate[]): FoundDate | undefined {
  const first = dates[0];
  if (first === undefined || first.attributive || first.since || first.end !== undefined)
    return undefined;
  if (first.qualifier !== null) return undefined;
  const before = text.slice(0, first.from).trim();
  if (first.precision === "year" && /^(?:in|during|the\s+year)?$/i.test(before)) return first;
  // "In London on June 3, 1982, Palestinian assailants shot …": a date in the phrase of
  // time and place that opens the sentence, closed by its comma, is the time the sentence
  // is told at, whether or not a clause of it was read.
  const opening = /^(?:(?:in|on|at|during)\s[^,;:()]{1,40}\s)?(?:on|in|during)$/i.test(before);
  return opening && /^\s*,/.test(text.slice(first.to)) ? first : undefined;
}

/** Clauses that date something beside the story: a relative clause, an apposition, an aside. */
const SIDE_ORIGINS: ReadonlySet<string> = new Set(["rel", "relative", "appos", "paren"]);

/** The span of a narrative's latest dated clause. */
type AnchorSpan = { start: CalendarDate; end: CalendarDate };

type Base = Pick<Candidate, "doc" | "order" | "kind" | "quote" | "quoteKey" | "flags">;

function undatedCandidate(
  s: DocSentence,
  reason: string,
  dateText: string,
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
    partial: partialOf(dateText),
    reason,
    entities,
    sig: signature(s.text),
    figures,
    start: null,
  };
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
    /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s*\((?:born\s+|b\.\s+)?([^()]*)\)\s+\p{Ll}/u.exec(
      sentence,
    );
  if (m === null) return null;
  // "Manuel Castells (2012) notes that …": a bare year after a name, without "born", is an
  // author-year citation; a life is written as a span or with "born".
  if (!/\((?:born|b\.)\s/.test(m[0]) && /^\s*\d{3,4}\s*$/.test(m[2] ?? "")) return null;
  const written = m[1] ?? "";
  // "Daniel Bernoulli FRS": letters after a name are honours, not part of who was born.
  const name = written
    .replace(
      /(?:\s+(?:FRS|FRSE|FBA|FRSL|FRIBA|KBE|DBE|GBE|OBE|MBE|CBE|KCB|GCB|KG|CH|OM|RA|PC|QC|KC|MP|PhD|MD))+$/u,
      "",
    )
    // ("Dame Zaha Mohammad Hadid": a title of honour before a full name, likewise.)
    .replace(/^(?:Sir|Dame|Lord|Lady)\s+(?=\p{Lu}\S*\s+\p{Lu})/u, "");
  // "The Seven Years' War (1756–1763) was a global conflict": a span after a war, a lake
  // or a company is how long it lasted, not a life.
  if (!mayNamePerson(name)) return null;
  const open = sentence.indexOf("(", written.length);
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

/**
 * Whether a title names several things: a plural common noun in it, or a plural head before
 * "of" ("Articles of Confederation", which the tagger reads as a name).
 */
function pluralTitle(title: string, nlp: Nlp): boolean {
  const head = /^(\p{Lu}\p{Ll}+s) of /u.exec(title)?.[1];
  return (
    (head !== undefined && pluralNoun(head.toLowerCase(), nlp)) ||
    nlp.tag(title).some((t) => t.pos === "NOUN" && t.lemma !== t.lower && /s$/.test(t.lower))
  );
}

/**
 * What a dated infobox field says of the article's subject: a span ("Date: 16–28
 * October 1962") that it took place; "Launch date: …" that its launch took place; a
 * participle ("Created: …", "Born: …") that it was created or born. Null for fields
 * that are not about the subject's own time.
 */
function fieldSentence(field: string, title: string, nlp: Nlp): string | null {
  const subject = titleSubject(title);
  if (SPAN_FIELDS.test(field)) return `${subject} took place`;
  const dated = /^(\p{L}+) date$/u.exec(field);
  if (dated !== null) return `The ${dated[1]} of ${subject.replace(/^The /, "the ")} took place`;
  const words = nlp.tag(field);
  const word = words[0];
  if (words.length !== 1 || word === undefined) return null;
  if (word.lemma === "die") return `${subject} died`;
  if (word.pos !== "VERB" || (word.form !== "ed" && word.form !== "part")) return null;
  return `${subject} ${titleBe(title, nlp)} ${word.lower}`;
}

/** The article's subject as a sentence names it: "Siege of X", "Articles of Confederation" take "the". */
function titleSubject(title: string): string {
  return /^\p{Lu}\p{Ll}+ of /u.test(title) ? `The ${title}` : title;
}

/** "were" after a title that names several things, "was" otherwise. */
function titleBe(title: string, nlp: Nlp): "was" | "were" {
  return pluralTitle(title, nlp) ? "were" : "was";
}

/** The dates an infobox value states, in order. */
function valueDates(value: string, ctx: DateContext): FoundDate[] {
  return resolveMentions(value, findMentions(value), ctx, () => "back").dates.filter(
    (d) => !d.attributive,
  );
}

function infoboxCandidates(
  s: DocSentence,
  title: string,
  known: Set<string>,
  ctx: DateContext,
  base: Base,
  nlp: Nlp,
): Candidate[] {
  const field = fieldBase(s.field ?? "");
  const value = s.text.slice(s.text.indexOf(":") + 1).trim();
  const offset = s.text.length - value.length;
  const said = title.length === 0 ? null : fieldSentence(field, title, nlp);
  if (said !== null) {
    const found = valueDates(value, ctx)[0];
    if (found === undefined) return [];
    const { mention: _, ...date } = found as FoundDate & { mention?: unknown };
    const text = asSentence(said);
    const verb = said.slice(title.length);
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
  if (!SENTENCE_FIELDS.test(field))
    return participleCandidates(value, offset, title, ctx, base, nlp);
  return analyseSentence(value, ctx, nlp).facts.map(({ date, text }, i) => ({
    ...base,
    sub: i,
    text,
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

/**
 * "Purpose: First constitution for the United States; replaced by the current United
 * States Constitution on September 13, 1788": an infobox value is about the article's
 * subject, so a part of it that opens with a past participle and holds a date tells what
 * was done to that subject then ("The Articles of Confederation were replaced by …").
 */
function participleCandidates(
  value: string,
  offset: number,
  title: string,
  ctx: DateContext,
  base: Base,
  nlp: Nlp,
): Candidate[] {
  if (title.length === 0) return [];
  const lead = `${titleSubject(title)} ${titleBe(title, nlp)} `;
  const out: Candidate[] = [];
  let at = 0;
  for (const part of value.split(";")) {
    const from = at + (part.length - part.trimStart().length);
    at += part.length + 1;
    const segment = part.trim();
    const first = nlp.tag(segment)[0];
    if (
      first === undefined ||
      first.pos !== "VERB" ||
      (first.form !== "ed" && first.form !== "part")
    )
      continue;
    const facts = analyseSentence(`${lead}${segment}`, ctx, nlp).facts;
    for (const { date, text } of facts) {
      if (date.from < lead.length) continue;
      const shift = offset + from - lead.length;
      out.push({
        ...base,
        sub: out.length,
        text,
        dateText: date.text,
        date: { ...date, from: date.from + shift, to: date.to + shift },
        partial: null,
        reason: "",
        entities: extractEntities(`${title} ${segment}`),
        sig: signature(`${title} ${segment}`),
        figures: extractFigures(segment),
        start: null,
      });
    }
  }
  return out;
}
