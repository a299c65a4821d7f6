import type { Question } from "../bank-schema.ts";
import { nameKey } from "../names.ts";
import { readSentence } from "../nlp/read-sentence.ts";
import {
  boundsALife,
  type Context,
  type EventInfo,
  neighboursInDocument,
  plainClause,
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
  const fits = (o: EventInfo) =>
    o.listable &&
    !overlaps(o.orderSpan, info.orderSpan) &&
    o.text !== info.text &&
    !boundsALife(o, info) &&
    !toldByAnswer(o);
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
