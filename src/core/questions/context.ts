import type { BankEvent, BankSource } from "../bank-schema.ts";
import { TITLES } from "../events/entities.ts";
import { mainTense, readSentence } from "../nlp/read-sentence.ts";
import { firstWordLowered, type Nlp, pastVerbTest, STATIVE_PASSIVE } from "../nlp/tokens.ts";
import { type Citation, citationFor, isDateConflict, otherDates } from "./attribution.ts";
import { type DaySpan, dateKeyOf, hull, lastDay, looseSpanOf, spanOf } from "./date-span.ts";
import { buildCatalog, type EntityCatalog, roughSentences } from "./entities.ts";
import { type Clause, clauseFrame } from "./frame.ts";
import { withFullNames } from "./full-names.ts";
import { dateLeak } from "./leaks.ts";
import { nameFinder } from "./name-finder.ts";
import { whyNotAlone, withoutLeaningPredicate, withTitle } from "./standalone.ts";
import { optionText, stripRelativeDates } from "./strip-dates.ts";
import { caseVocabulary, foldForMatch, lowerFirst, withoutFinalStop } from "./text.ts";
import { tick } from "./work.ts";

/*
 * Everything question generation needs to know about a bank, computed once:
 * each event's day span (widened by any dates other sources give, for ordering),
 * the source it cites and whether it must be attributed, the entity catalog, and
 * the vocabulary that decides how a sentence's first word is written mid-question.
 */

/** One event with what the generators need to know about it. */
export type EventInfo = {
  event: BankEvent;
  /** Position in the input, for a stable output order. */
  index: number;
  /** The days the event's own date denotes. */
  span: DaySpan;
  /** The days any source's date for the event may denote: order questions need certainty over all of them. */
  orderSpan: DaySpan;
  /** Spans of dates other sources give: distractors must avoid them. */
  otherSpans: DaySpan[];
  /** The source to cite, or null when the event cannot carry a question of its own. */
  citation: Citation | null;
  /** Whether a conflict other than the date exists (the text itself is disputed). */
  textDisputed: boolean;
  /** The event's text as an option ("…." with one final stop). */
  text: string;
  /** Whether the event can be shown as an option or in an ordering. */
  listable: boolean;
  /**
   * Whether the event's sentence stands on its own: it does not open with a pronoun or a
   * demonstrative ("It was rocked by fighting", "These collapsed") whose referent is elsewhere.
   */
  standalone: boolean;
  /**
   * The text prompts are built from: the event's text, with a description the title names
   * written out and a surname written as the person's full name.
   */
  promptText: string;
  /**
   * The names in `promptText`: the event's entities, index for index, a surname replaced by
   * the full name written (`event.entities` keeps the surname, an answer to accept).
   */
  names: readonly string[];
  /** Its date written as a key: events with equal keys share a date at a precision. */
  dateKey: string;
  /** Its position in the timeline (events sorted by when they start). */
  rank: number;
  /** Its position in the timeline of the document it cites (-1 when it cites none). */
  docRank: number;
  /** The documents its sources are in. */
  docs: ReadonlySet<string>;
};

/** The bank as the generators see it. */
export type Context = {
  events: EventInfo[];
  byId: Map<string, EventInfo>;
  titles: Map<string, string>;
  /** The last day of each source's publication date, by source id, where it is known. */
  published: Map<string, number>;
  catalog: EntityCatalog;
  /** Events sorted by the first day they may denote. */
  timeline: EventInfo[];
  /** How many events have each date key. */
  dateCounts: Map<string, number>;
  /**
   * The entity names written in any event that occur in a text (as substrings), in
   * sorted order. There is deliberately no list of all names: a loop over it for each
   * event is what made generation quadratic.
   */
  namesIn(text: string): string[];
  /** Events listed by the document they cite, each list in timeline order. */
  docTimelines: Map<string, EventInfo[]>;
  /** Lower the first word of a sentence unless it is a name. */
  lower(text: string): string;
  /**
   * Whether the documents write a word as a name: with its capital in the middle of a
   * sentence, or after another capitalised word ("Usman Khan", "George Bush").
   */
  writtenAsName(word: string): boolean;
  /** The tagger the prompts are parsed with. */
  nlp: Nlp;
};

const MAX_OPTION_TEXT = 220;
/** A date range longer than a year is a period ("the Napoleonic Wars raged", 1803–1815), not an event to order or offer. */
const MAX_LISTED_SPAN_DAYS = 366;

/** Whether an event can be shown as an option or in an ordering: cited, undisputed, short, not dating itself. */
function isListable(
  info: Omit<EventInfo, "listable" | "rank" | "docRank" | "promptText" | "names" | "docs">,
): boolean {
  const e = info.event;
  return (
    info.standalone &&
    info.citation !== null &&
    !info.textDisputed &&
    e.text.length <= MAX_OPTION_TEXT &&
    e.date.qualifier !== "by" &&
    Number.isFinite(info.orderSpan.from) &&
    Number.isFinite(info.orderSpan.to) &&
    info.orderSpan.to - info.orderSpan.from <= MAX_LISTED_SPAN_DAYS &&
    dateLeak(e.text, e.date) === null &&
    !QUOTED_FIRST.test(e.text) &&
    !ATTRIBUTED_FIRST.test(e.text)
  );
}

/**
 * "According to one employee's account, the branch moved …", "According to the story of the
 * Virgin, …": what a recollection or a legend tells, which an option or an ordering would
 * present as plain fact. (A report's source, "According to FEC records", is how news tells
 * facts.)
 */
const ATTRIBUTED_FIRST =
  /^\s*according\s+to\s+(?:[\p{L}'’-]+\s+){0,4}(?:account|accounts|story|stories|recollection|recollections|memoir|memoirs|memory|memories|legend|legends|tradition|myth|rumou?rs?)\b/iu;

/**
 * "“I thought, ‘I'm a drummer’,” he recalled": a saying told quotation first reads as what
 * was said, which happened at another time than the saying; set beside other events it
 * misleads an ordering.
 */
const QUOTED_FIRST = /^\s*["“‘']/;

/**
 * "A book … is due to be published", "two plants will close": what is to happen is no
 * answer to "what happened", and has no place in an order of what did; nor is a result
 * told as it stands at the time of writing ("Discovery has already been retired").
 */
function notToldAsPast(text: string, nlp: Nlp): boolean {
  const tense = mainTense(text, nlp);
  if (tense === "future" || tense === "modal" || tense === "perfect") return true;
  // "There were approximately 10 million cases", "The first state to ratify was Virginia":
  // "be" as the main verb states what was so, not what happened; "had already seized" tells
  // what was done before the story's time, which an option out of the story loses.
  const { tokens, parse } = readSentence(text, nlp);
  const verb = parse.units.find((u) => u.kind === "main")?.verb;
  if (verb == null) return false;
  const head = tokens[verb.head];
  if (head?.lemma === "be" && !verb.passive) return true;
  if (verb.passive && STATIVE_PASSIVE.test(head?.lemma ?? "")) return true;
  return tokens[verb.from]?.lower === "had" && verb.head > verb.from && !verb.passive;
}

/**
 * "Stiff Mexican resistance": a sentence's first word that is a common adjective, never
 * written with its capital mid-sentence, is no part of a name, though the capitals of the
 * words after it made one run of them.
 */
function commonAdjectiveFirst(
  text: string,
  nlp: Nlp,
  vocab: { midCapital: ReadonlySet<string> },
): boolean {
  const word = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(text)?.[0];
  if (word === undefined || vocab.midCapital.has(word) || PROPER_ADJECTIVE.test(word)) return false;
  // ("Frank Kellogg earned the Nobel Peace Prize", "Great Britain declared war": before a
  // capitalised word that is no adjective of a people or place, the two are one name.)
  // (Not an abbreviation: "Senior NASA managers held …".)
  const second = /^\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(text)?.[1];
  if (second !== undefined && !PROPER_ADJECTIVE.test(second)) return false;
  return firstWordLowered(text.split(/\s+/).slice(0, 4).join(" "), nlp)?.pos === "ADJ";
}

/** Endings of nouns for a state or an act of something: "statehood", "construction", "approval". */
const RELATIONAL_NOUN = /(?:hood|ship|tion|sion|ment|al)$/;

/**
 * "Statehood was approved by Congress", "Construction began": a subject that is one common
 * noun for a state or an act of something, with no article, owner or "of" phrase, leaves
 * what it is of to the sentence before ("whose statehood?"). "Plague was introduced" and
 * "violence broke out" need no one's. The documents decide the noun is common: they write it
 * in lower case and never with its capital mid-sentence.
 */
function bareNounSubject(
  text: string,
  nlp: Nlp,
  vocab: { lower: ReadonlySet<string>; midCapital: ReadonlySet<string> },
): boolean {
  const word = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(text)?.[0];
  if (word === undefined || vocab.midCapital.has(word)) return false;
  const lower = word.toLowerCase();
  if (!RELATIONAL_NOUN.test(lower) || !vocab.lower.has(lower)) return false;
  const { parse } = readSentence(text, nlp);
  const subject = parse.units.find((u) => u.kind === "main")?.subject;
  if (subject == null || subject[0] !== 0 || subject[1] !== 1) return false;
  const first = firstWordLowered(text.split(/\s+/).slice(0, 4).join(" "), nlp);
  return first?.pos === "NOUN" && first.lemma === first.lower;
}

/** Endings of adjectives made from names of places and peoples. */
const PROPER_ADJECTIVE = /(?:an|ese|ish|ic|i)$/;

/**
 * Whether a sentence's capitalised first word may be a name. The tagger calls every
 * capitalised first word a proper noun, so it is asked about the word in lower case:
 * a word it then reads as a verb, adverb or conjunction ("Reentering", "When"), or an
 * inflected noun ("Mobs", "Rebels": names do not take a plural), is no name. A word
 * the documents write mid-sentence with its capital is one.
 */
function mayBeName(text: string, nlp: Nlp, vocab: { midCapital: ReadonlySet<string> }): boolean {
  const word = /^\p{Lu}[\p{L}'’-]*/u.exec(text)?.[0];
  if (word === undefined) return false;
  if (vocab.midCapital.has(word) || vocab.midCapital.has(word.replace(/['’]s$/, ""))) return true;
  const head = /^\p{Lu}[\p{L}'’-]*(?:\s+\S+){0,3}/u.exec(text)?.[0] ?? word;
  const first = firstWordLowered(head, nlp);
  if (first === undefined) return true;
  if (first.pos !== "NOUN" && first.pos !== "PROPN" && first.pos !== "ADJ") return false;
  // "Voting procedures": the -ing form of a verb the tagger knows ("vote") is a gerund, which
  // names nothing; a name in -ing ("Pershing", "Beijing") has no verb under it.
  if (first.lower.endsWith("ing")) {
    const verb = nlp.tag(`they were ${first.lower}`)[2];
    if (verb?.pos === "VERB" && verb.lemma !== first.lower) return false;
  }
  // "Persistent attempts": an adjective is a name ("Egyptian President …") only before a name,
  // or where the documents capitalise it mid-sentence (checked above); and only an adjective
  // made from a name ("Egyptian", "Chinese", "Turkish") is: "Stiff Mexican resistance" opens
  // with a common one.
  if (first.pos === "ADJ")
    return PROPER_ADJECTIVE.test(word) && /^\p{Lu}[\p{L}'’-]*,?\s+\p{Lu}/u.test(text);
  return first.pos !== "NOUN" || first.lemma === first.lower;
}

/**
 * Memoise a value derived from one event: the generators of an event ask for the
 * same sentence, clause and explanation several times. An EventInfo belongs to
 * one context, so the value is kept only for the context it was computed in.
 */
export function perEvent<T>(
  compute: (info: EventInfo, ctx: Context) => T,
): (info: EventInfo, ctx: Context) => T {
  const memo = new WeakMap<EventInfo, { ctx: Context; value: T }>();
  return (info, ctx) => {
    const hit = memo.get(info);
    if (hit !== undefined && hit.ctx === ctx) return hit.value;
    const value = compute(info, ctx);
    memo.set(info, { ctx, value });
    return value;
  };
}

/** Memoise a value derived from a whole context, computed once when first asked for. */
export function perContext<T>(compute: (ctx: Context) => T): (ctx: Context) => T {
  const memo = new WeakMap<Context, T>();
  return (ctx) => {
    if (memo.has(ctx)) return memo.get(ctx) as T;
    const value = compute(ctx);
    memo.set(ctx, value);
    return value;
  };
}

/** The event's sentence without relative dates and final stop, the text prompts are made from. */
export const plainText = perEvent((info) => withoutFinalStop(stripRelativeDates(info.promptText)));

/** The clause of the event's plain text, or null when it does not parse. */
export const plainClause = perEvent((info, ctx): Clause | null =>
  clauseFrame(plainText(info, ctx), ctx.nlp),
);

/** Walk `list` outwards from position `at`, nearest start first (left on ties), collecting accepted events. */
function walkOutwards(
  list: readonly EventInfo[],
  at: number,
  info: EventInfo,
  accept: (other: EventInfo) => boolean,
  limit: number,
  maxSteps: number,
): EventInfo[] {
  const out: EventInfo[] = [];
  let left = at - 1;
  let right = at + 1;
  let steps = 0;
  while (out.length < limit && (left >= 0 || right < list.length) && steps < maxSteps) {
    steps++;
    const l = list[left];
    const r = list[right];
    const takeLeft =
      r === undefined ||
      (l !== undefined && info.span.from - l.span.from <= r.span.from - info.span.from);
    const next = takeLeft ? l : r;
    if (takeLeft) left--;
    else right++;
    if (next !== undefined && accept(next)) out.push(next);
  }
  tick(steps);
  return out;
}

/**
 * Up to `limit` events nearest in time to `info` that pass `accept`, nearest first,
 * found by walking the timeline outwards, so the cost does not grow with the bank.
 */
export function neighbours(
  ctx: Context,
  info: EventInfo,
  accept: (other: EventInfo) => boolean,
  limit: number,
  maxSteps = 400,
): EventInfo[] {
  return walkOutwards(ctx.timeline, info.rank, info, accept, limit, maxSteps);
}

/**
 * Like `neighbours`, among the events citing the same document as `info` only.
 * Walking that document's own timeline finds them however many events of other
 * documents lie in between, in the order a walk of the whole timeline would.
 */
export function neighboursInDocument(
  ctx: Context,
  info: EventInfo,
  accept: (other: EventInfo) => boolean,
  limit: number,
  maxSteps = 400,
): EventInfo[] {
  const doc = info.citation?.source.doc;
  const list = doc === undefined ? undefined : ctx.docTimelines.get(doc);
  if (list === undefined || list[info.docRank] !== info) return [];
  return walkOutwards(list, info.docRank, info, accept, limit, maxSteps);
}

/** The days any source's date for an event may denote; unbounded when a disputed date cannot be read. */
export function orderSpanOf(event: BankEvent): DaySpan {
  const others = otherDates(event);
  if (others === null) return { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  return hull([looseSpanOf(event.date), ...others.map((d) => looseSpanOf(d))]);
}

/** A birth told in the passive ("was born"). */
export const BIRTH = /\b(?:was|were) born\b/i;
/** A birth or a death. */
export const LIFE_BOUND = new RegExp(`${BIRTH.source}|\\bdied\\b|\\bpassed away\\b`, "i");

/** Whether two names are one person's, the one ending the other ("Einstein", "Albert Einstein"). */
export function sameNamed(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/**
 * A birth comes before, and a death after, anything else a life story tells: paired with
 * another event of the same story they ask nothing, and offered as what happened at another
 * time of that life ("Albert Einstein died" for February 1933) they fool no one. With
 * `other`, only a birth or death of someone that event names counts.
 */
export function boundsALife(info: EventInfo, other?: EventInfo): boolean {
  if (!LIFE_BOUND.test(info.event.text)) return false;
  if (other === undefined) return true;
  return info.event.entities.some((a) => other.event.entities.some((b) => sameNamed(a, b)));
}

/** Build the generation context for a bank's events, sources and documents. */
export function buildContext(input: {
  events: BankEvent[];
  sources: BankSource[];
  documents: { id: string; text: string }[];
  nlp: Nlp;
}): Context {
  const titles = new Map(input.sources.map((s) => [s.id, s.title]));
  const published = new Map(
    input.sources.flatMap((s) => (s.published ? [[s.id, lastDay(s.published)] as const] : [])),
  );
  const texts = [
    ...input.documents.map((d) => d.text),
    ...input.events.flatMap((e) => e.sources.map((s) => s.quote)),
  ];
  const vocab = caseVocabulary([...texts, ...input.events.map((e) => e.text)]);
  // Words written after another capitalised word: the later parts of names, wherever they
  // stand. Read only when a rule asks, which few prompts need.
  let nameTails: Set<string> | null = null;
  const writtenAsName = (word: string): boolean => {
    if (vocab.midCapital.has(word)) return true;
    if (nameTails === null) {
      const tails = new Set<string>();
      for (const text of texts)
        for (const m of text.matchAll(/(?<=\p{Lu}[\p{L}.'’-]* )\p{Lu}[\p{Ll}'’-]+/gu))
          tails.add(m[0]);
      nameTails = tails;
    }
    return nameTails.has(word);
  };
  // Each sentence with the document it is from: a name's head word speaks for it only there.
  const fromDocs = [
    ...input.documents.map((d) => ({ text: d.text, doc: d.id })),
    ...input.events.flatMap((e) => e.sources.map((s) => ({ text: s.quote, doc: s.doc }))),
    ...input.events.map((e) => ({ text: e.text, doc: e.sources[0]?.doc })),
  ].flatMap(({ text, doc }) => roughSentences([text]).map((sentence) => ({ sentence, doc })));
  const sentences = fromDocs.map((s) => s.sentence);
  const catalog = buildCatalog(
    input.events,
    sentences,
    pastVerbTest(input.nlp),
    fromDocs.map((s) => s.doc),
  );
  const textOf = new Map(input.documents.map((d) => [d.id, d.text]));
  // A teacher hid these: they are neither asked about nor offered as options.
  const shown = input.events.flatMap((event, index) =>
    event.hidden === true ? [] : [{ event, index }],
  );
  const events = shown.map(({ event, index }): EventInfo => {
    const span = spanOf(event.date);
    const otherSpans = (otherDates(event) ?? []).map((d) => spanOf(d));
    const partial = {
      event,
      index,
      span,
      orderSpan: orderSpanOf(event),
      otherSpans,
      citation: citationFor(event, titles),
      textDisputed: event.conflicts.some((c) => !isDateConflict(c.field)),
      text: optionText(event.text),
      dateKey: dateKeyOf(event.date),
      standalone:
        whyNotAlone(event.text, input.nlp) === null &&
        !bareNounSubject(event.text, input.nlp, vocab),
    };
    const title = partial.citation === null ? "" : (titles.get(partial.citation.source.doc) ?? "");
    // A prompt may name what the document's title names ("the siege" → "the siege of …");
    // an option is the event's own text, so it must stand alone as it is.
    const titled = partial.standalone ? event.text : withTitle(event.text, title, input.nlp);
    const titledAlone = titled !== event.text && whyNotAlone(titled, input.nlp) === null;
    // (Else one of two predicates may be left out; what is returned stands alone.)
    const trimmed =
      partial.standalone || titledAlone ? null : withoutLeaningPredicate(event.text, input.nlp);
    const prompted = trimmed ?? titled;
    const promptable = trimmed !== null || titledAlone;
    const docs = new Set(event.sources.map((s) => s.doc));
    const docTexts = event.sources.flatMap((s) => {
      const text = textOf.get(s.doc);
      return text === undefined ? [] : [text];
    });
    const written = withFullNames(
      promptable ? prompted : event.text,
      event.entities,
      catalog,
      docs,
      docTexts,
      input.nlp,
    );
    // ("Knapp stood as the first vice presidential nominee …", "moved Atlantis from the OPF"
    // among the options of another question: read on its own too, so a surname is written
    // out and an abbreviation spelled out as in a prompt. The gate knows an option for its
    // event by the words it keeps, see check.ts. Written from the same text, it is the
    // prompt's own.)
    const option = promptable
      ? withFullNames(event.text, event.entities, catalog, docs, docTexts, input.nlp).promptText
      : written.promptText;
    return {
      ...partial,
      text: optionText(option),
      listable: isListable(partial) && !notToldAsPast(event.text, input.nlp),
      standalone: partial.standalone || promptable,
      ...written,
      rank: 0,
      docRank: -1,
      docs,
    };
  });
  // One sentence told under two dates (the same story under two datelines) is an
  // unrecorded conflict: neither date may be asserted, so neither event is asked about.
  const datesByText = new Map<string, Set<string>>();
  const textKeys = new Map(
    events.map((info) => [info, foldForMatch(stripRelativeDates(info.event.text))]),
  );
  textKeys.forEach((key, info) => {
    const set = datesByText.get(key) ?? new Set<string>();
    set.add(info.dateKey);
    datesByText.set(key, set);
  });
  for (const info of events) {
    if ((datesByText.get(textKeys.get(info) ?? "")?.size ?? 0) > 1) {
      info.citation = null;
      info.listable = false;
    }
  }
  markRetold(events, input.nlp);
  const timeline = [...events].sort(
    (a, b) => a.span.from - b.span.from || a.span.to - b.span.to || a.index - b.index,
  );
  timeline.forEach((info, rank) => {
    info.rank = rank;
  });
  const dateCounts = new Map<string, number>();
  for (const e of events) dateCounts.set(e.dateKey, (dateCounts.get(e.dateKey) ?? 0) + 1);
  const spellings = new Set(catalog.entities.flatMap((e) => e.spellings));
  /** The known name the text opens with, if any (the longest). */
  const nameAtStart = (text: string): string | null => {
    const words = text.split(/\s+/);
    let found: string | null = null;
    for (let n = 1; n <= Math.min(6, words.length); n++) {
      const name = words
        .slice(0, n)
        .join(" ")
        .replace(/[,;:.]$/, "")
        .replace(/['’]s?$/, "");
      if (spellings.has(name)) found = name;
    }
    return found;
  };
  const startsWithName = (text: string) => nameAtStart(text) !== null;
  /** Titles of several words that open with an article ("An American in Paris"). */
  const titleList = [...titles.values()].filter((t) => /^(?:A|An|The)\s+\S+\s+\S/.test(t));
  const docTimelines = new Map<string, EventInfo[]>();
  for (const info of timeline) {
    const doc = info.citation?.source.doc;
    if (doc === undefined) continue;
    const list = docTimelines.get(doc);
    if (list) list.push(info);
    else docTimelines.set(doc, [info]);
  }
  docTimelines.forEach((list) => {
    list.forEach((info, docRank) => {
      info.docRank = docRank;
    });
  });
  const allNames = [...new Set(input.events.flatMap((e) => e.entities))].sort();
  const finder = nameFinder(allNames);
  return {
    events,
    byId: new Map(events.map((e) => [e.event.id, e])),
    titles,
    published,
    catalog,
    timeline,
    dateCounts,
    namesIn: (text) => finder.within(text).map((i) => allNames[i] ?? ""),
    docTimelines,
    writtenAsName,
    lower: (text) => {
      // ("An American in Paris was written": a title the documents have opens with its own
      // article.)
      if (titleList.some((t) => text.startsWith(t))) return text;
      // ("Aldous Leonard Huxley": a person's full name opens with a given name, whatever the
      // tagger makes of its ending.)
      const opening = nameAtStart(text);
      if (opening !== null && /\s/.test(opening) && catalog.find(opening)?.kind === "person")
        return text;
      // ("Aldous Huxley went up …", written out from "Huxley": so a word that may be a name
      // before the surname of a person the catalog knows.)
      const given = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)(?!\s+\p{Lu})/u.exec(text);
      if (
        given !== null &&
        spellings.has(given[2] ?? "") &&
        catalog.find(given[2] ?? "")?.kind === "person" &&
        /^(?:NOUN|PROPN|ADJ)$/.test(firstWordLowered(text, input.nlp)?.pos ?? "")
      )
        return text;
      if (startsWithName(text) && !commonAdjectiveFirst(text, input.nlp, vocab)) return text;
      // "When", "Reentering", "However": a word the tagger reads as no noun is lower-cased
      // whatever the document's vocabulary (a short document may never write it in lower case).
      if (/^\p{Lu}[\p{Lu}\d]/u.test(text)) return text;
      if (!mayBeName(text, input.nlp, vocab))
        return text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
      // A possible name the documents never write in lower case keeps its capital.
      const word =
        /^[\p{L}'’-]+/u
          .exec(text)?.[0]
          ?.toLowerCase()
          .replace(/['’]s$/, "") ?? "";
      // "Senator John McCain", "Chairman John Dickinson": a title of office before a name is
      // written with its capital, whatever the word is elsewhere; a calling is not
      // ("scientist Norman Borlaug"), unless the documents capitalise it mid-sentence.
      const title = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}/u.exec(text)?.[1];
      const lowered = title?.toLowerCase() ?? "";
      if (title !== undefined && input.nlp.tag(lowered)[0]?.pos === "NOUN") {
        if (TITLES.has(lowered) || vocab.midCapital.has(title)) return text;
        if (vocab.lower.has(lowered) || /ist$/.test(title))
          return text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
      }
      if (vocab.lower.has(word)) return lowerFirst(text, vocab);
      // ("Conflict erupted when …": a word the tagger's lexicon holds in lower case, alone
      // before a lower-case word, is a common noun the documents happen to write only first.)
      // (Not a word the documents also write after a given name: "Khan" of "Usman Khan".)
      const first = /^[\p{L}'’-]+/u.exec(text)?.[0] ?? "";
      const known =
        /^[\p{L}'’-]+\s+\p{Ll}/u.test(text) &&
        !writtenAsName(first) &&
        input.nlp.known?.(word) === true;
      return known ? lowerFirst(text, vocab) : text;
    },
    nlp: input.nlp,
  };
}

/**
 * "The Articles were replaced by the United States Constitution" (1788) and "The general
 * government under the Articles was replaced with the federal government under the United
 * States Constitution" (1789): a document telling one deed twice, at two dates, has two
 * events no learner can put in order. The same verb in the same voice, with the same names
 * (two or more, and most of those either names), is the same deed; the later telling is
 * shown as no option (it is still asked).
 */
function markRetold(events: readonly EventInfo[], nlp: Nlp): void {
  // Only tellings of one document with the same verb and voice are compared, so the work
  // stays near linear however many events a long document has.
  markLaterTellings(
    events,
    (e) => {
      const frame = clauseFrame(e.event.text, nlp);
      return frame === null ? null : `${frame.lemma}:${frame.aux === null ? "active" : "passive"}`;
    },
    (e, other) => {
      const shared = e.event.entities.filter((n) => other.event.entities.includes(n));
      const all = new Set([...e.event.entities, ...other.event.entities]);
      return shared.length >= 2 && shared.length / all.size >= 0.6;
    },
  );
  // "the Articles were replaced by the United States Constitution" (1788), "Government under
  // the Articles was superseded by a new constitution" (1789): two passives of one document
  // with the same agent's head noun and a name in common are one deed told with two verbs.
  markLaterTellings(
    events,
    (e) =>
      e.event.entities.length === 0 ? null : (AGENT.exec(e.event.text)?.[1]?.toLowerCase() ?? null),
    (e, other) => other.event.entities.some((n) => e.event.entities.includes(n)),
  );
}

/**
 * Among the listable events of each document with the same key, shows no later one that
 * `same` finds told by an earlier one still shown.
 */
function markLaterTellings(
  events: readonly EventInfo[],
  keyOf: (e: EventInfo) => string | null,
  same: (e: EventInfo, earlier: EventInfo) => boolean,
): void {
  const groups = new Map<string, EventInfo[]>();
  for (const e of events) {
    if (!e.listable) continue;
    const key = keyOf(e);
    if (key === null) continue;
    const doc = e.citation?.source.doc ?? e.event.sources[0]?.doc ?? "";
    const list = groups.get(`${doc}\u0000${key}`);
    if (list === undefined) groups.set(`${doc}\u0000${key}`, [e]);
    else list.push(e);
  }
  for (const list of groups.values())
    list.forEach((e, i) => {
      if (list.slice(0, i).some((other) => other.listable && same(e, other))) e.listable = false;
    });
}

/** A passive's agent, by its head noun: "was superseded by a new constitution and …". */
const AGENT =
  /\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}?([\p{L}-]+)(?=\s+(?:and|of|in|on|for|to|with|at|after|before)\b|\s*[.,;]|$)/u;
