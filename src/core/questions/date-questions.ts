import type { Question } from "../bank-schema.ts";
import { formatDate, parseDate, periodOf } from "../date-format.ts";
import { dayToIso } from "../dates/calendar.ts";
import { findMentions } from "../dates/extract.ts";
import { foldText } from "../fold-text.ts";
import { irregularPastLemma, pastOf } from "../nlp/inflect.ts";
import { firstWordLowered, STATIVE_PASSIVE } from "../nlp/tokens.ts";
import { closeUpPunctuation, withFinalStop } from "../punctuation.ts";
import { isDateConflict } from "./attribution.ts";
import {
  type Context,
  type EventInfo,
  neighbours,
  neighboursInDocument,
  perContext,
  perEvent,
  plainClause,
  plainText,
} from "./context.ts";
import { chronological, dateDistractors } from "./date-distractors.ts";
import { datePhrase } from "./date-phrase.ts";
import { type DaySpan, firstDay, spanOf } from "./date-span.ts";
import { type Clause, introTail, subjectInQuestion } from "./frame.ts";
import { makeQuestion } from "./make.ts";
import { toldAtAnotherTime } from "./retold.ts";
import { whyNotAlone } from "./standalone.ts";
import { upperFirst, withoutFinalStop } from "./text.ts";

/*
 * Date recall, as a choice and typed. The prompt turns the event's clause into a
 * "When did …?" question; a sentence without a clear subject and finite verb gets
 * none (quoted whole as "When did this happen: “…”?", such sentences read awkwardly
 * and were mostly statistics, negations or plans). The typed form names the
 * precision expected, so a learner knows whether a year is enough.
 */

type Ask = "when" | "typed";

/** How many of the nearest events' dates are considered as distractors. */
const NEAREST_DATES = 24;

function opener(ask: Ask, info: EventInfo): string {
  if (ask === "when") return "When";
  const { precision, end, qualifier } = info.event.date;
  // ("the 1800s" is asked for as a century is.)
  const found = periodOf(info.event.date);
  const period = found === "hundred" ? "century" : found;
  // "by October 1994" answers "By which month and year …?", not "In which …?"; "by the
  // 1950s" answers "By which decade …?".
  if (qualifier === "by" && (end === undefined || period !== null)) {
    if (period !== null) return `By which ${period}`;
    if (precision === "year") return "By which year";
    if (precision === "month") return "By which month and year";
    return "By what date";
  }
  if (period !== null) return `In which ${period}`;
  if (precision === "year") return end ? "In which years" : "In which year";
  // ("April 1964 – November 1966" is no set of months of one year: asked between which.)
  if (precision === "month")
    return end === undefined
      ? "In which month and year"
      : end.slice(0, 4) === info.event.date.start.slice(0, 4)
        ? "In which months"
        : "Between which months";
  return end ? "On what dates" : "On what date";
}

/**
 * A date the clause runs from or to ("… since November 27", "… until 1975"): the
 * question asks for that bound ("Since when have …?") and the phrase leaves the prompt.
 */
function boundOf(text: string): { word: "since" | "until"; without: string } | null {
  for (const m of findMentions(text)) {
    const before = /\b(since|until|till)\s+(?:the\s+)?$/i.exec(text.slice(0, m.from));
    if (before === null) continue;
    const word = before[1]?.toLowerCase() === "since" ? "since" : "until";
    const without = closeUpPunctuation(
      `${text.slice(0, before.index)}${text.slice(m.to)}`.replace(/\s{2,}/g, " "),
    )
      .replace(/[\s,]+$/, "")
      .trim();
    return { word, without };
  }
  return null;
}

/** "Since when", "Until which year", "From which year": the opener of a question about a bound. */
function boundLead(lead: string, word: "since" | "until" | "from"): string {
  const bound = `${word[0]?.toUpperCase()}${word.slice(1)}`;
  return lead === "When" ? `${bound} when` : lead.replace(/^(?:In|On)\b/, bound);
}

/** Being the first or the last of a kind: an achievement, with a date ("the first person to …"). */
const ORDINAL_DESCRIPTION = /^the\s+(?:first|second|third|last|only)\s/i;

/**
 * Whether a complement opens with an adjective, past adverbs ("extremely successful", "far
 * from inevitable"). Not a participle, which the tagger may call one out of its clause
 * ("was liberated"), nor one with an infinitive, which tells a deed ("was able to negotiate").
 */
function adjectiveFirst(rest: string, ctx: Context): boolean {
  const tokens = ctx.nlp.tag(rest);
  let k = 0;
  while (tokens[k]?.pos === "ADV" || (k > 0 && tokens[k]?.lower === "from")) k++;
  const word = tokens[k];
  if (word?.pos !== "ADJ" || tokens[k + 1]?.lower === "to") return false;
  return !/(?:ed|en)$/.test(word.lower) && irregularPastLemma(word.lower) === null;
}

/** "When did rebels capture Idlib city?", "When was the ceasefire put in place?", "When will two plants close?" */
function fromClause(clause: Clause, lead: string, ctx: Context): string | null {
  const tail = introTail(clause, ctx.lower);
  const subject = subjectInQuestion(clause, ctx.lower);
  const bound = boundOf(clause.perfect !== null ? clause.perfectRest : clause.rest);
  if (bound !== null) {
    const opener = boundLead(lead, bound.word);
    const body = bound.without.length > 0 ? ` ${bound.without}` : "";
    if (clause.perfect !== null) return `${opener} ${clause.perfect} ${subject}${body}${tail}?`;
    if (clause.aux !== null) return `${opener} ${clause.aux} ${subject}${body}${tail}?`;
    if (bound.word === "until" && clause.modal === null) {
      const base = boundOf(clause.restBase)?.without ?? "";
      return `${opener} did ${subject} ${clause.base}${base ? ` ${base}` : ""}${tail}?`;
    }
    return null;
  }
  // "When did Sally Ride become the first American woman in space?": being the first of a
  // kind begins at a time, which is when one became it.
  if (clause.lemma === "be" && clause.aux !== null && ORDINAL_DESCRIPTION.test(clause.rest))
    return `${lead} did ${subject} become ${clause.rest}${tail}?`;
  // "When was Qaboos's overthrow a bloodless coup?", "When did Hoover remain a popular
  // successor?": "be" or "remain" with a noun phrase says what something was, not when
  // anything happened.
  if (
    (clause.lemma === "be" || clause.lemma === "remain") &&
    /^(?:a|an|the|one|home|part)\b/i.test(clause.rest)
  )
    return null;
  // "When was Deng's trip extremely successful?", "When did an improvement seem far from
  // inevitable?": a linking verb with an adjective says how something was, not what
  // happened.
  if (
    /^(?:be|remain|seem|appear|look|stay)$/.test(clause.lemma) &&
    adjectiveFirst(clause.rest, ctx)
  )
    return null;
  // "When was Mexico embroiled in violent conflict?": a state held over years has no one date.
  if (clause.aux !== null && STATIVE_PASSIVE.test(clause.lemma)) return null;
  const rest = clause.restBase.length > 0 ? ` ${clause.restBase}` : "";
  if (clause.modal !== null)
    return `${lead} ${clause.modal} ${subject} ${clause.base}${rest}${tail}?`;
  if (clause.aux !== null)
    return `${lead} ${clause.aux} ${subject}${clause.rest.length > 0 ? ` ${clause.rest}` : ""}${tail}?`;
  return `${lead} did ${subject} ${clause.base}${rest}${tail}?`;
}

/**
 * The body of a date question about an event, without attribution, or null when the
 * event's sentence cannot stand alone (it opens with a pronoun whose referent is outside).
 */
function whenPrompt(info: EventInfo, ask: Ask, ctx: Context): string | null {
  const clause = plainClause(info, ctx);
  // "From 1848 until independence, France administered …": a date that opens a state the
  // text ends with an event, not a date, is when the state began ("From which year …?").
  const lead = startOfState(info, ctx) ? boundLead(opener(ask, info), "from") : opener(ask, info);
  return clause === null || !framedAlone(info, ctx) ? null : fromClause(clause, lead, ctx);
}

/** Whether the event's date is written "from {date} until {something undated}". */
export const startOfState = perEvent((info: EventInfo): boolean => {
  const written = info.event.dateText;
  const quote = info.citation?.source.quote;
  if (written === undefined || quote === undefined || info.event.date.end !== undefined)
    return false;
  const at = quote.toLowerCase().indexOf(`from ${written.toLowerCase()}`);
  return at >= 0 && UNTIL_UNDATED.test(quote.slice(at + 5 + written.length));
});

/** "… until independence", "… to the end of the war": an end that names no date. */
const UNTIL_UNDATED =
  /^,?\s+(?:until|till)\s+(?!\d|(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+\d)\p{L}/u;

/**
 * "The demonstrations began, when Chinese students gathered …" stands alone, but the
 * question keeps only its clause ("When did the demonstrations begin?"), which does not:
 * what the frame leaves out may be what said which demonstrations.
 */
const framedAlone = perEvent((info: EventInfo, ctx: Context): boolean => {
  const clause = plainClause(info, ctx);
  if (clause === null) return true;
  // The clause as a plain past sentence ("was reaching" and "had begun" read as "reached"
  // and "began"): its verb is not what is checked, its noun phrases are.
  const verb =
    clause.modal !== null
      ? `${clause.modal} ${clause.base}`
      : clause.aux !== null
        ? clause.verb
        : pastOf(clause.base);
  const kept = [clause.intro, clause.subject, verb, clause.rest].filter(
    (part): part is string => part !== null && part.length > 0,
  );
  const words = (text: string) => text.split(/\s+/).length;
  const framed = `${kept.join(" ")}.`;
  if (words(framed) >= words(plainText(info, ctx))) return true;
  if (whyNotAlone(upperFirst(framed), ctx.nlp) !== null) return false;
  // "Conflict erupted when the Spanish killed participants in an Aztec ritual": without its
  // "when" clause, "When did Conflict erupt?" names nothing. A one-word subject opening the
  // sentence, which the documents never write as a name elsewhere and which reads as a common
  // noun the tagger's lexicon knows in lower case ("conflict", not "lincoln"), is no name;
  // then the frame must name someone or somewhere itself.
  const first = /^\p{Lu}[\p{Ll}'’-]+$/u.exec(clause.subject)?.[0];
  if (first === undefined || clause.intro !== null || ctx.writtenAsName(first)) return true;
  const lowered = firstWordLowered(first, ctx.nlp);
  if (lowered?.pos !== "NOUN" || lowered.lemma !== lowered.lower) return true;
  if (ctx.nlp.known?.(lowered.lower) !== true) return true;
  return ctx.nlp.tag(framed).some((t, i) => i > 0 && (t.pos === "PROPN" || t.pos === "NUM"));
});

/** "According to “Title”, " for an attributed question, with the rest lower-cased. */
export function attribute(info: EventInfo, prompt: string): string {
  if (!info.citation?.attributed) return prompt;
  const body = prompt.startsWith("“") ? prompt : prompt[0]?.toLowerCase() + prompt.slice(1);
  return `According to “${info.citation.title}”, ${body}`;
}

/** A short explanation: what the source says, with the date. */
export const explain = perEvent((info: EventInfo, ctx: Context): string => {
  const e = info.event;
  const sentence = withFinalStop(
    `${upperFirst(datePhrase(e.date))}, ${ctx.lower(withoutFinalStop(e.text))}`,
  );
  const title = info.citation?.title ?? ctx.titles.get(info.citation?.source.doc ?? "") ?? "";
  const others = otherDatesNote(info);
  if (info.citation?.attributed) return `According to “${title}”: ${sentence}${others}`;
  return title ? `${sentence} (${title})` : sentence;
});

const OTHER_SOURCES = "Other sources give";

function otherDatesNote(info: EventInfo): string {
  const own = formatDate(info.event.date);
  const values = info.event.conflicts
    .filter((c) => isDateConflict(c.field))
    .flatMap((c) => c.values)
    .map((v) => {
      const parsed = parseDate(v);
      return parsed === null ? v : formatDate(parsed);
    })
    .filter((v, i, all) => v !== own && all.indexOf(v) === i);
  return values.length > 0 ? ` ${OTHER_SOURCES} ${values.join(", ")}.` : "";
}

/**
 * What an explanation adds to a card that already shows the event and its quote:
 * a sequence's order is kept whole, a restatement of the event is dropped except
 * for its note on conflicting dates, anything else is kept.
 */
export function explanationBeyondEvent(
  explanation: string,
  eventText: string,
  type: string,
): string {
  if (type === "order" || type === "which-first") return explanation;
  const text = foldText(eventText);
  if (text === "" || !foldText(explanation).includes(text)) return explanation;
  const note = explanation.indexOf(OTHER_SOURCES);
  return note < 0 ? "" : explanation.slice(note);
}

/** The end of the latest date any event of the bank has. */
const presentOf = perContext((ctx) => {
  let present = Number.NEGATIVE_INFINITY;
  for (const o of ctx.timeline)
    if (Number.isFinite(o.span.to)) present = Math.max(present, o.span.to);
  return present;
});

/**
 * The time a date distractor may fall in: the span of the cited document's dates,
 * widened by as much again on each side (at least ten years), never after the
 * source's publication, and within the key's century unless the document spans more.
 */
function eraOf(info: EventInfo, ctx: Context): DaySpan {
  const doc = info.citation?.source.doc;
  const list = (doc === undefined ? undefined : ctx.docTimelines.get(doc)) ?? [info];
  const from = Math.min(...list.map((o) => o.span.from).filter(Number.isFinite));
  const to = Math.max(...list.map((o) => o.span.to).filter(Number.isFinite));
  const margin = Math.max(3653, to - from);
  let era = { from: from - margin, to: to + margin };
  const published = ctx.published.get(doc ?? "");
  if (published !== undefined) era = { ...era, to: Math.min(era.to, published) };
  const century = centuryOf(info.span.from);
  if (centuryOf(from) === centuryOf(to)) {
    era = {
      from: Math.max(era.from, century.from),
      to: Math.min(era.to, century.to),
    };
  }
  return era;
}

/** The days of the century (1901–2000 style) that holds a day. */
function centuryOf(day: number): DaySpan {
  const year = Number(dayToIso(day).slice(0, 4));
  const first = Math.floor((year - 1) / 100) * 100 + 1;
  return {
    from: firstDay(String(first).padStart(4, "0")),
    to: firstDay(String(first + 100).padStart(4, "0")) - 1,
  };
}

/** Date-choice and date-typed questions for one event. */
export function dateQuestions(info: EventInfo, ctx: Context): Question[] {
  const citation = info.citation;
  if (citation === null) return [];
  const e = info.event;
  const base = {
    eventIds: [e.id],
    answer: formatDate(e.date),
    explanation: explain(info, ctx),
    source: citation.source,
    date: e.date,
  };
  // A deed its document tells at two times has two answers to "when".
  if (toldAtAnotherTime(info, ctx)) return [];
  const typed = whenPrompt(info, "typed", ctx);
  const when = whenPrompt(info, "when", ctx);
  if (typed === null || when === null) return [];
  // "early 2013" is answered by "2013" too (the grader takes any date inside the key):
  // listing it shows a teacher, and a learner's review, what counts as right.
  const hedged = e.date.qualifier !== null && e.date.qualifier !== "by";
  const plain = hedged ? formatDate({ ...e.date, qualifier: null }) : null;
  // ("In which year did the depression reach Chicago?" → "1894", from "In the spring of
  // 1894": a question asking for a year is answered by the year; the part of it the text
  // gives is accepted too, and shown in the feedback's quote.)
  const yearAsked =
    e.date.precision === "year" &&
    e.date.end === undefined &&
    periodOf(e.date) === null &&
    /^(?:early|mid|late)$/.test(e.date.qualifier ?? "");
  const [answer, other] = yearAsked && plain !== null ? [plain, base.answer] : [base.answer, plain];
  const out: Question[] = [
    makeQuestion({
      ...base,
      answer,
      type: "date-typed",
      variant: "typed",
      prompt: attribute(info, typed),
      ...(other !== null && other !== answer ? { accepted: [other] } : {}),
    }),
  ];
  // "By April 1963" is also true of any later "by" date, so it cannot have wrong options.
  if (e.date.qualifier !== "by") {
    // The cited document's own dates first: the same story, the same era.
    const own = neighboursInDocument(ctx, info, (o) => o.event.id !== e.id, NEAREST_DATES);
    // Another document's day is a plausible wrong day only in the key's own year: "17 June
    // 2019" from an obituary, offered for a letter to the President-elect of November 2020,
    // is ruled out by its year.
    const year = e.date.start.slice(0, 4);
    const plausible = (o: EventInfo) =>
      e.date.precision !== "day" || o.event.date.start.startsWith(year);
    const bankDates = [
      ...own,
      ...neighbours(
        ctx,
        info,
        (o) => o.event.id !== e.id && !own.includes(o) && plausible(o),
        NEAREST_DATES,
      ),
    ].map((o) => o.event.date);
    const wrong = dateDistractors(
      e.date,
      bankDates,
      [...info.otherSpans, ...namesakeSpans(info, ctx)],
      e.id,
      3,
      eraOf(info, ctx),
      presentOf(ctx),
    );
    if (wrong.length >= 2) {
      out.push(
        makeQuestion({
          ...base,
          type: "date-choice",
          variant: "choice",
          prompt: attribute(info, when),
          choices: chronological([e.date, ...wrong]).map((d) => formatDate(d)),
        }),
      );
    }
  }
  return out;
}

/**
 * "When did the London Naval Conference take place?": an event that is a named thing taking
 * place shares its name with any other event that names it ("the powers met for a second
 * London Naval Conference" in 1935), which may be another of the same name; their dates
 * would be true answers too, and are no wrong options.
 */
function namesakeSpans(info: EventInfo, ctx: Context): DaySpan[] {
  const name = /^The (.+) took place\.$/.exec(info.event.text)?.[1];
  if (name === undefined || !/\p{Lu}/u.test(name)) return [];
  const words = wordsOf(name);
  return ctx.events
    .filter((o) => {
      if (o === info) return false;
      const own = textWords(o, ctx);
      return words.every((w) => own.has(w));
    })
    .map((o) => spanOf(o.event.date));
}

/** An event's words in lower case, read once for all the questions that look for a name in it. */
const textWords = perEvent((info: EventInfo) => new Set(wordsOf(info.event.text)));

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
}
