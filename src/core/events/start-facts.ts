import type { FoundDate } from "../dates/types.ts";
import { extractEntities } from "./entities.ts";

/*
 * When a state of affairs began ("The siege began … in March 2015"; "the towns
 * … have been under siege since 2013") is one fact however it is worded, so two
 * such statements about the same thing are compared even when their wording has
 * little in common. The thing is a topic noun plus the names it concerns: the
 * names in its "of" phrase, else in the sentence, plus the document title's names
 * when the title is about that topic ("Siege of al-Fu'ah and Kafriya"), plus the
 * previous sentence's names when the sentence has too few of its own.
 */

const TOPICS =
  "siege|war|battle|blockade|occupation|uprising|revolution|revolt|rebellion|insurgency|protests?|strike|conflict|campaign|offensive|ceasefire|cease-fire|truce|crisis|famine|epidemic|pandemic|outbreak|reign|rule|construction|trial|investigation|negotiations|talks|evacuations?|boycott|lockdown|curfew";
const BEGAN = new RegExp(
  `\\b(?:the\\s+|a\\s+|its\\s+|their\\s+)?(${TOPICS})(?:\\s+(?:of|on|in|against)\\s+([^,.;]+?))?\\s+(?:began|begun|started|broke\\s+out|erupted|commenced|was\\s+(?:launched|imposed|declared))\\b`,
  "i",
);
const SINCE = new RegExp(`\\b(?:under|at|in)\\s+(?:a\\s+)?(${TOPICS})\\s+since\\b`, "i");

/** The begun thing: a topic word and the names it concerns. */
export type StartFact = { topic: string; names: string[] };

/** The start fact a dated sentence states, if it states one. */
export function startFact(
  sentence: string,
  date: FoundDate,
  context: { title: string; previousNames: string[] },
): StartFact | null {
  const began = BEGAN.exec(sentence);
  const since = date.since ? SINCE.exec(sentence) : null;
  const match = began ?? since;
  if (match === null) return null;
  const topic = (match[1] ?? "").toLowerCase().replace(/s$/, "").replace("cease-fire", "ceasefire");
  const complement = began?.[2];
  let names = complement !== undefined ? extractEntities(complement) : [];
  if (names.length === 0) names = extractEntities(sentence);
  if (new RegExp(`\\b${topic}`, "i").test(context.title)) {
    names = [...names, ...extractEntities(context.title)];
  }
  if (names.length < 2) names = [...names, ...context.previousNames];
  return { topic, names };
}
