import type { Question } from "../bank-schema.ts";
import { nameKey } from "../names.ts";
import { readSentence } from "../nlp/read-sentence.ts";
import {
  BIRTH,
  boundsALife,
  type Context,
  type EventInfo,
  LIFE_BOUND,
  neighboursInDocument,
  perContext,
  plainClause,
  sameNamed,
} from "./context.ts";
import { datePhrase } from "./date-phrase.ts";
import { explain } from "./date-questions.ts";
import { overlaps } from "./date-span.ts";
import { seededShuffle } from "./hash.ts";
import { makeQuestion } from "./make.ts";

/*
 * "What happened on 28 March 2015?" — asked only when exactly one event has that
 * date at that precision, with wrong options from nearby events of the same document
 * whose dates cannot overlap it, so exactly one option is true.
 */

/** What-happened questions for one event (zero or one). */
export function whatHappenedQuestions(info: EventInfo, ctx: Context): Question[] {
  const citation = info.citation;
  if (citation === null || citation.attributed || !info.listable) return [];
  if (info.event.date.qualifier === "about") return [];
  if ((ctx.dateCounts.get(info.dateKey) ?? 0) !== 1) return [];
  // The nearest events of the same document that cannot have happened then: an event of
  // another document's story is told apart by its topic, not by its date.
  const toldByAnswer = toldBy(info, ctx);
  const outsideLife = outsideALife(info, ctx);
  const fits = (o: EventInfo) =>
    o.listable &&
    !overlaps(o.orderSpan, info.orderSpan) &&
    o.text !== info.text &&
    !boundsALife(o, info) &&
    !toldByAnswer(o) &&
    !outsideLife(o);
  const pool = neighboursInDocument(ctx, info, fits, 6);
  // Two wrong options of one time may be one event told twice ("Pedro declared
  // independence", "Brazil became independent", both September 1822): one of each time.
  const wrong: EventInfo[] = [];
  for (const o of seededShuffle(pool, info.event.id, (o) => o.event.id)) {
    if (wrong.length === 3) break;
    if (wrong.some((w) => overlaps(w.orderSpan, o.orderSpan))) continue;
    wrong.push(o);
  }
  if (wrong.length < 2) return [];
  // An answer twice as long as every other option is picked for its length, not its date.
  const longest = Math.max(...wrong.map((o) => o.text.length));
  if (info.text.length > 80 && info.text.length > 2 * longest) return [];
  const choices = seededShuffle([info, ...wrong], `${info.event.id}:order`, (o) => o.event.id).map(
    (o) => o.text,
  );
  return [
    makeQuestion({
      type: "what-happened",
      variant: "choice",
      eventIds: [info.event.id],
      prompt: `What happened ${datePhrase(info.event.date)}?`,
      answer: info.text,
      choices,
      explanation: explain(info, ctx),
      source: citation.source,
    }),
  ];
}

/** When the documents say a person was born and died: the earliest and latest day they could act. */
type Life = { born: number; died: number };

/** The lives the documents date, by the names of the people whose birth or death they tell. */
const lives = perContext((ctx): Map<string, Life> => {
  const out = new Map<string, Life>();
  for (const e of ctx.events) {
    const text = e.event.text;
    const birth = BIRTH.test(text);
    if (!birth && !LIFE_BOUND.test(text)) continue;
    // (the one whose life it is: a person the sentence names before its verb)
    const verbAt = text.search(LIFE_BOUND);
    for (const name of e.event.entities) {
      const at = text.indexOf(name);
      if (at < 0 || at > verbAt || ctx.catalog.find(name)?.kind !== "person") continue;
      const life = out.get(name) ?? {
        born: Number.NEGATIVE_INFINITY,
        died: Number.POSITIVE_INFINITY,
      };
      if (birth) life.born = Math.max(life.born, e.orderSpan.to);
      else life.died = Math.min(life.died, e.orderSpan.from);
      out.set(name, life);
    }
  }
  return out;
});

/**
 * "What happened in 1879?" with "Albert Einstein was born" for the answer and "Einstein fled
 * Germany" among the options, or "… in 2014?" with Einstein's acts: no one acts before being
 * born or after dying, so an option about a person whose birth or death the documents date,
 * at a time outside that life, is ruled out by the calendar of that life, not by knowing
 * what happened then.
 */
function outsideALife(answer: EventInfo, ctx: Context): (option: EventInfo) => boolean {
  const known = lives(ctx);
  if (known.size === 0) return () => false;
  // (A birth or death offered at another time is no act of that life: "Cummings died" is a
  // fair wrong answer for a day after his death.)
  return (option) =>
    !LIFE_BOUND.test(option.event.text) &&
    option.event.entities.some((name) => {
      for (const [person, life] of known) {
        if (!sameNamed(person, name)) continue;
        if (answer.orderSpan.to <= life.born || answer.orderSpan.from >= life.died) return true;
      }
      return false;
    });
}

/**
 * "The U.S. treaty with Tripoli was concluded" (1805) is also true of 1795, when the U.S.
 * "successfully concluded treaties with the states of Algiers, Tunis, and Tripoli": an
 * option whose main verb the answer's sentence also has, about no name it lacks, may be
 * true at the answer's date too. The answer's verbs and names are read once, for all the
 * options weighed against it.
 */
function toldBy(answer: EventInfo, ctx: Context): (option: EventInfo) => boolean {
  const verbs = new Set(
    readSentence(answer.text, ctx.nlp)
      .tokens.filter((t) => t.pos === "VERB")
      .map((t) => t.lemma),
  );
  const keys = new Set(answer.names.map(nameKey));
  return (option) => {
    const lemma = plainClause(option, ctx)?.lemma;
    if (lemma === undefined || !verbs.has(lemma)) return false;
    const own = option.names.filter((n) => option.text.includes(n));
    return own.length > 0 && own.every((n) => keys.has(nameKey(n)) || answer.text.includes(n));
  };
}
