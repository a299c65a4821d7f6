import { readSentence } from "../nlp/read-sentence.ts";
import type { Token } from "../nlp/tokens.ts";
import { type EventInfo, neighboursInDocument, perEvent, plainClause } from "./context.ts";
import { overlaps } from "./date-span.ts";

/*
 * "When was the U.S. treaty with Tripoli concluded?" has two answers in a history of the
 * Barbary Wars that also says the United States "concluded treaties with the states of
 * Algiers, Tunis, and Tripoli" ten years earlier: a date question needs its deed to be
 * told once.
 */

/** How far along the document's timeline another telling is looked for. */
const STEPS = 40;

const thing = (t: Token | undefined) => t?.pos === "NOUN" || t?.pos === "PROPN";

/** Runs of names ("London Naval Conference"), lower-cased, over the tokens `keep` admits. */
function nameRuns(tokens: readonly Token[], keep: (k: number) => boolean): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  tokens.forEach((t, k) => {
    if (t.pos === "PROPN" && keep(k)) run.push(t.lower);
    else if (run.length > 0) {
      runs.push(run.join(" "));
      run = [];
    }
  });
  if (run.length > 0) runs.push(run.join(" "));
  return runs;
}

/** "Arthur Schopenhauer's father": a name that owns the noun after it is not who acted. */
const possessor = (tokens: readonly Token[], k: number) => {
  let j = k;
  while (tokens[j + 1]?.pos === "PROPN") j++;
  return /^['’]s?$/.test(tokens[j + 1]?.lower ?? "");
};

/** The lemmas of the nouns and names of an event's text, and its runs of names. */
const thingsOf = perEvent((info, ctx) => {
  const { tokens } = readSentence(info.text, ctx.nlp);
  return {
    things: new Set(tokens.filter(thing).map((t) => t.lemma.toLowerCase())),
    runs: nameRuns(tokens, () => true),
  };
});

/**
 * The deeds an event's text asserts: for its main clause and each predicate joined to it,
 * the verb's lemma with the nouns and names of the clause's own words and subject. What a
 * relative clause or a participle mentions ("…, joining Leulumoega District Hospital,
 * which returned to normal on Friday") is told at no time of this event.
 */
const deedsOf = perEvent((info, ctx) => {
  const { tokens, parse } = readSentence(info.text, ctx.nlp);
  const out: { lemma: string; things: Set<string>; runs: string[] }[] = [];
  for (const u of parse.units) {
    if ((u.kind !== "main" && u.kind !== "coord") || u.verb === null) continue;
    const inner = parse.units.filter(
      (c) => c !== u && c.from >= u.from && c.to <= u.to && c.kind !== "coord",
    );
    const own = (k: number) =>
      (k >= u.from && k < u.to && !inner.some((c) => k >= c.from && k < c.to)) ||
      (u.subject !== null && k >= u.subject[0] && k < u.subject[1]);
    const counts = (k: number) => own(k) && !possessor(tokens, k);
    const things = new Set<string>();
    tokens.forEach((t, k) => {
      if (thing(t) && counts(k)) things.add(t.lemma.toLowerCase());
    });
    out.push({ lemma: tokens[u.verb.head]?.lemma ?? "", things, runs: nameRuns(tokens, counts) });
  }
  return out;
});

/**
 * Whether the event's document asserts its deed at another time too: another event of it,
 * at a time apart, whose main clause or a predicate joined to it has the event's main verb,
 * every noun of the event's text and each of its names whole.
 */
export const toldAtAnotherTime = perEvent((info: EventInfo, ctx): boolean => {
  const lemma = plainClause(info, ctx)?.lemma;
  const { things, runs } = thingsOf(info, ctx);
  if (lemma === undefined || things.size === 0) return false;
  // ("the London Conference" is not "the London Naval Conference": a name is found whole.)
  const within = (run: string, theirs: string[]) =>
    theirs.some((x) => ` ${x} `.includes(` ${run} `));
  const other = neighboursInDocument(
    ctx,
    info,
    (o) =>
      o !== info &&
      !overlaps(o.span, info.span) &&
      deedsOf(o, ctx).some(
        (d) =>
          d.lemma === lemma &&
          [...things].every((t) => d.things.has(t)) &&
          runs.every((r) => within(r, d.runs)),
      ),
    1,
    STEPS,
  );
  return other.length > 0;
});
