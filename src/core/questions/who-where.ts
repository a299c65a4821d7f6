import type { Question } from "../bank-schema.ts";
import { fromIso } from "../dates/calendar.ts";
import { isAcronym, mayNamePerson, NOT_WHERE_BEFORE_IN, namesABody } from "../entity-kind.ts";
import { nameKey } from "../names.ts";
import type { Nlp } from "../nlp/tokens.ts";
import { type Context, type EventInfo, perContext, plainClause } from "./context.ts";
import { datePhrase } from "./date-phrase.ts";
import { attribute, explain } from "./date-questions.ts";
import { type Entity, fullNameIn, sameEntityName } from "./entities.ts";
import { type Clause, introTail, participleIntro, subjectInQuestion } from "./frame.ts";
import { hashUnit, seededShuffle } from "./hash.ts";
import { distinctiveWord, nameLeak } from "./leaks.ts";
import { makeQuestion } from "./make.ts";
import { upperFirst } from "./text.ts";
import { tick } from "./work.ts";

/*
 * Who and where: an actor or a place named in the sentence becomes the answer.
 * Three shapes: the subject ("Who captured …?", "Which town gained …?"), the
 * object of an active verb ("Which city did rebels capture …?") and a place after
 * "in/at/near", after an attack "on", or after a verb of moving "to" ("Where did …?").
 * Choices come from other entities of the same kind in the bank, never another
 * spelling of the answer nor a name in the prompt.
 */

const MAX_PER_EVENT = 2;
const GROUP_TAIL = /\s+(?:rebels|forces|fighters|troops|militants|militias|units)$/;
const PLACE_WORD = "town|city|village|province|governorate|district|region|countryside|area";
const HOLDING_BEFORE = new RegExp(`\\b(?:${NOT_WHERE_BEFORE_IN})$`, "i");
const ATTACKS = "assault|attack|attacks|offensive|raid|raids|strike|strikes|bombardment|advance";
/** Verbs of moving people or things, after which "to X" says where. */
const MOTION_VERBS = new Set([
  "evacuate",
  "move",
  "transport",
  "send",
  "go",
  "flee",
  "head",
  "deport",
  "return",
  "relocate",
  "resettle",
  "exile",
  "bring",
  "take",
  "transfer",
  "march",
  "withdraw",
  "retreat",
]);

/*
 * The patterns around a name are fixed and the name is found by plain search:
 * compiling a pattern with each name in it cost more than the rest of the
 * question, once per name of the bank.
 */
const PLACE_WORD_AFTER = new RegExp(`^\\s+(?:${PLACE_WORD})`);
const THE_PLACE_OF = new RegExp(`^the\\s+(?:${PLACE_WORD})\\s+of\\s+`);
const WORD_NEXT = /^[\w'’-]/;
// ("near Dolgellau" says where a thing was not: "where?" would take the town for the place.)
const preposition = (motion: boolean) =>
  new RegExp(
    `\\s*\\b(?:in|at|inside|(?<=\\b(?:${ATTACKS})\\s)(?:on|against)${motion ? "|to|into" : ""})\\s+(?:the\\s+(?:${PLACE_WORD})\\s+of\\s+)?$`,
  );
const PREPOSITION_BEFORE = preposition(false);
const PREPOSITION_BEFORE_MOTION = preposition(true);

/** The end of `name` written at `at` in `text`, with a place word after it ("Idlib city"), or -1. */
function nameEnd(text: string, at: number, name: string): number {
  if (!text.startsWith(name, at)) return -1;
  const end = at + name.length;
  const word = PLACE_WORD_AFTER.exec(text.slice(end));
  if (word !== null && !WORD_NEXT.test(text.slice(end + word[0].length))) {
    return end + word[0].length;
  }
  return WORD_NEXT.test(text.slice(end)) ? -1 : end;
}

/** The object phrase at the start of `text` naming `name` ("the town of X", "X city"), or null. */
function objectPhrase(text: string, name: string): string | null {
  const lead = THE_PLACE_OF.exec(text);
  const after = lead === null ? -1 : nameEnd(text, lead[0].length, name);
  if (after >= 0) return text.slice(0, after);
  const end = nameEnd(text, 0, name);
  return end >= 0 ? text.slice(0, end) : null;
}

/** The leftmost "in X" (or an attack "on X", or "to X" after a verb of moving) phrase naming `name`. */
function placePhrase(
  text: string,
  name: string,
  motion: boolean,
): { index: number; length: number } | null {
  const before = motion ? PREPOSITION_BEFORE_MOTION : PREPOSITION_BEFORE;
  let best: { index: number; length: number } | null = null;
  for (let at = text.indexOf(name); at >= 0 && name.length > 0; at = text.indexOf(name, at + 1)) {
    const end = nameEnd(text, at, name);
    if (end < 0) continue;
    const m = before.exec(text.slice(0, at));
    if (m !== null && (best === null || m.index < best.index)) {
      best = { index: m.index, length: end - m.index };
    }
  }
  return best;
}

/** Whether a predicate's words hold a verb of their own: an infinitive, a gerund or participle, a relative. */
function nestedVerb(words: string, nlp: Nlp, passive: boolean): boolean {
  if (words.trim().length === 0) return false;
  const tokens = nlp.tag(words);
  return tokens.some(
    (t, k) =>
      // A passive clause's predicate opens with its own participle ("captured by …").
      (t.pos === "VERB" &&
        !(passive && k === 0) &&
        (t.form === "base" || t.form === "ing" || t.form === "ed" || t.form === "part")) ||
      (k > 0 && /^(?:who|which|that|whom|whose)$/.test(t.lower) && t.pos !== "DET"),
  );
}

type Ask = {
  type: "who" | "where";
  prompt: string;
  spelling: string;
  entity: Entity;
  variant: string;
};

function findSpelling(
  names: readonly string[],
  text: string,
  ctx: Context,
): { spelling: string; entity: Entity } | null {
  for (const name of names) {
    if (text === name) {
      const entity = ctx.catalog.find(name);
      if (entity) return { spelling: name, entity };
    }
  }
  return null;
}

function placeNoun(entity: Entity): string {
  return entity.noun ?? "place";
}

/**
 * "In 1833, who settled permanently in Frankfurt?", "who was taken ill?", "who departed for
 * Jordan?": a short predicate with no object that names nothing but places tells a deed
 * many people did that year, and "who" has many right answers. A role held ("who was mayor of Paris") is one
 * person's at a time, and stays.
 */
function fitsMany(predicate: string, clause: Clause, ctx: Context): boolean {
  const words = predicate.trim().split(/\s+/);
  // "In 1846, who was elected to the United States House of Representatives?": a body
  // that many are elected or admitted to each year does not make one of them.
  if (
    /^(?:elect|admit|draft|promote)$/.test(clause.lemma) &&
    /^(?:was|were)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+to\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*$/u.test(
      predicate.trim(),
    ) &&
    !ORDINAL.test(predicate)
  )
    return true;
  if (words.length > 5) return false;
  // ("won an unprecedented third term", "held his first fireside chat": a count or a first
  // of its kind makes the deed one; so does a place taken as the object, "captured the city
  // of Peshawar", where "settled in Frankfurt" only locates it.)
  if (ORDINAL.test(predicate)) return false;
  // (A thing made or done to, "built a fort at Madras", is one deed at one place; "settled
  // in Frankfurt", "was born in Paris", "fled into exile" take no object.)
  if (
    clause.aux === null &&
    /^(?:a|an|the|his|her|its|their|all|some|two|three|\d+)$/i.test(words[1] ?? "")
  )
    return false;
  if (clause.lemma === "be" && /^(?:was|were)\s+(?:the\s+)?\p{Ll}+\s+of\b/u.test(predicate.trim()))
    return false;
  for (const m of predicate.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu)) {
    const entity = ctx.catalog.find(m[0]);
    if (entity === null || entity === undefined || entity.kind !== "place") return false;
    const before = predicate.slice(0, m.index).trimEnd();
    if (!/\b(?:in|at|to|for|from|into|near|across|through|and|,)$/i.test(before)) return false;
  }
  return true;
}

const ORDINAL =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|unprecedented)\b/i;

function subjectAsk(names: readonly string[], clause: Clause, ctx: Context): Ask | null {
  const bare = clause.subject.replace(/^the\s+/i, "").replace(GROUP_TAIL, "");
  const found = findSpelling(names, bare, ctx);
  if (found === null) return null;
  // "Who was born?": a predicate with nothing after its verb does not say which event.
  if (clause.rest.split(/\s+/).filter((w) => w.length > 2).length < 2) return null;
  const kind = found.entity.kind;
  if (kind !== "person" && kind !== "group" && kind !== "place") return null;
  // "Who held its primary?" of a state: a name whose kind the documents leave unclear is not
  // asked, nor a surname two people share ("Johnston").
  if (found.entity.confidence < MIN_OPTION_CONFIDENCE || found.entity.ambiguous) return null;
  const predicate =
    clause.aux !== null
      ? `${clause.aux} ${clause.rest}`
      : clause.modal !== null
        ? `${clause.modal} ${clause.base} ${clause.rest}`
        : // "By 1965, Fillmore had come to acknowledge": "who had come", not "who come".
          clause.perfect !== null
          ? `${clause.perfect} ${clause.perfectRest}`
          : `${clause.verb} ${clause.rest}`;
  const tail = introTail(clause, ctx.lower);
  const who = kind === "person" || kind === "group";
  // "In 1600, who was founded …?": a body that something was done to, or that is described,
  // is no "who"; a body is asked about by what it did.
  if (kind === "group" && clause.aux !== null) return null;
  // "Which place was lost?": a place is asked as the subject only when the documents say
  // what sort of place it is ("which town fell?").
  if (!who && found.entity.noun === null) return null;
  // "Who issued its Declaration?", "who announced it will close …": "who" is referred back
  // to as he, she or they, so an "it" or "its" that stood for the subject stands for nothing.
  if (who && /\b(?:it|its|itself)\b/i.test(predicate)) return null;
  if (who && fitsMany(predicate, clause, ctx)) return null;
  const wh = who ? "who" : `which ${placeNoun(found.entity)}`;
  return {
    type: who ? "who" : "where",
    prompt: `${wh}${participleIntro(clause)} ${predicate.trim()}${tail}`,
    spelling: found.spelling,
    entity: found.entity,
    variant: `subject:${found.spelling}`,
  };
}

function objectAsk(names: readonly string[], clause: Clause, ctx: Context): Ask | null {
  if (clause.aux !== null) return null;
  for (const name of names) {
    const phrase = objectPhrase(clause.restBase, name);
    if (phrase === null) continue;
    const entity = ctx.catalog.find(name);
    if (entity?.kind !== "place" || entity.noun === null) return null;
    if (entity.confidence < MIN_OPTION_CONFIDENCE) return null;
    let after = clause.restBase.slice(phrase.length);
    // "captured Idlib city and managed to …": ask about the first verb only. A
    // coordinated predicate is the one place where `restBase` differs from `rest`.
    const coordinated = /^\s*and\s+(\S+)/.exec(after)?.[1];
    if (
      coordinated !== undefined &&
      coordinated !== /^\s*and\s+(\S+)/.exec(clause.rest.slice(phrase.length))?.[1]
    )
      after = "";
    else if (/^\s*(?:and\b|,)/.test(after)) return null;
    const tail = introTail(clause, ctx.lower);
    const verb = `${clause.modal ?? "did"} ${subjectInQuestion(clause, ctx.lower)} ${clause.base}`;
    return {
      type: "where",
      prompt: `which ${placeNoun(entity)} ${verb}${after}${tail}`,
      spelling: name,
      entity,
      variant: `object:${name}`,
    };
  }
  return null;
}

function locativeAsk(names: readonly string[], clause: Clause, ctx: Context): Ask | null {
  // A place inside reported speech belongs to what was said, not to the saying.
  if (clause.speech) return null;
  const source = clause.aux === null ? clause.restBase : clause.rest;
  // "in X", an attack "on X", and where people were moved "to X" all answer "where".
  const motion = MOTION_VERBS.has(clause.lemma);
  for (const name of names) {
    const m = placePhrase(source, name, motion);
    // "a stake in TNK-BP", "appeared in Cry Wolf": "in" names a holding or a work, not a place.
    if (m && HOLDING_BEFORE.test(source.slice(0, m.index))) continue;
    // A place in a list ("in Zabadani and Madaya"), or with another name or a bracket after
    // it ("in Guangzhou (Canton), China"), cannot be lifted out alone.
    if (!m || /^\s*(?:and\b|or\b|,|\/|\()/.test(source.slice(m.index + m.length))) continue;
    if (/(?:,|\band|\bor|\beither|\/)\s*$/.test(source.slice(0, m.index))) continue;
    // "invaded Delhi in India": a place after a place locates that one; "where" is already
    // answered in the prompt.
    // ("from Kandahar to Kabul" names two ends, not one place inside another.)
    const located =
      /(?<!\b(?:from|to|in|at|of|near|into|between|and)\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u.exec(
        source.slice(0, m.index),
      )?.[1];
    // (Whatever kind the catalog gives the first name, unless it acts: "met Smith in Paris"
    // and "attacked the Taliban in Kandahar" are where the deed was.)
    // ("performed with Frank Sinatra at Carnegie Hall": a full name the catalog has no kind
    // for may still be a person's.)
    const locatedKind = located === undefined ? undefined : ctx.catalog.find(located)?.kind;
    const person =
      locatedKind === "person" ||
      (locatedKind !== "place" && /\s/.test(located ?? "") && mayNamePerson(located ?? ""));
    if (located !== undefined && !person && locatedKind !== "group") continue;
    // "launched a campaign against the national capital at Philadelphia": the place names
    // the target, which "where" would ask as the place the campaign was launched.
    if (
      /\bagainst\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*$/u.test(
        source.slice(0, m.index),
      )
    )
      continue;
    // "presented an ultimatum … shortly after the Confederate retreat at Antietam": a place
    // on the noun of a phrase of time locates that other event, not the clause's.
    if (
      /\b(?:after|before|following|during|since|until|amid|upon)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*$/iu.test(
        source.slice(0, m.index),
      )
    )
      continue;
    // "agreed to meet in Geneva", "the talks that opened in Doha": the place belongs to
    // a verb inside the predicate, not to the clause's own verb.
    if (nestedVerb(source.slice(0, m.index), ctx.nlp, clause.aux !== null)) continue;
    const entity = ctx.catalog.find(name);
    if (entity?.kind !== "place" || entity.confidence < MIN_OPTION_CONFIDENCE) continue;
    // "in Coron waters": the name modifies the noun after it, which cut out would dangle.
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(source.slice(m.index + m.length))?.[1];
    if (next !== undefined && ctx.nlp.tag(`${name} ${next}`).at(-1)?.pos === "NOUN") continue;
    const rest = `${source.slice(0, m.index)}${source.slice(m.index + m.length)}`
      .replace(/\s{2,}/g, " ")
      .replace(/[\s,;:]+$/, "")
      .trim();
    if (rest.length === 0 && clause.aux !== null) continue;
    // "with a visit to France where he introduced aikido": a relative "where" on the place
    // stays behind when the place goes, and the question would ask "where … where".
    if (/\bwhere\b/i.test(rest)) continue;
    // "In 1831, where did a cholera epidemic break out?", "where did multilateral talks
    // commence?": with no name and nothing definite in it, the event happened in many places,
    // and the question has as many right answers.
    const subject = subjectInQuestion(clause, ctx.lower);
    if (
      !/\p{Lu}/u.test(`${subject} ${rest}`) &&
      !/^(?:the|this|that|these|those|his|her|its|their)\b/i.test(subject)
    )
      continue;
    const tail = introTail(clause, ctx.lower);
    // "transferred the capital from Kandahar to Kabul": with its starting point left in, a
    // destination is asked as one ("To which city …?"); "where … from Kandahar" asks neither.
    const destination =
      /^\s*to\b/i.test(source.slice(m.index, m.index + m.length)) && /\bfrom\b/i.test(rest);
    if (destination && entity.noun === null) continue;
    const wh = destination ? `to which ${placeNoun(entity)}` : "where";
    const body =
      clause.aux !== null
        ? `${wh} ${clause.aux} ${subject} ${rest}${tail}`
        : `${wh} ${clause.modal ?? "did"} ${subject} ${clause.base}${rest ? ` ${rest}` : ""}${tail}`;
    return { type: "where", prompt: body, spelling: name, entity, variant: `in:${name}` };
  }
  return null;
}

/** The keys of the distinctive words of an entity's spellings, computed once per entity. */
const distinctiveKeys = new WeakMap<Entity, Set<string>>();

function wordsOf(e: Entity): Set<string> {
  let words = distinctiveKeys.get(e);
  if (words === undefined) {
    words = new Set(
      e.spellings
        .map((s) => distinctiveWord(s))
        .filter((w): w is string => w !== null)
        .map(nameKey),
    );
    distinctiveKeys.set(e, words);
  }
  return words;
}

function sharesWord(a: Entity, b: Entity): boolean {
  const wa = wordsOf(a);
  return [...wordsOf(b)].some((w) => wa.has(w));
}

/** Whether `short` is `long` cut to some of its words, or its initials ("U.S." of "United States"). */
function shortFor(short: string, long: string): boolean {
  const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const s = words(short);
  const l = words(long);
  if (s.length > 0 && s.length < l.length && s.every((w) => l.includes(w))) return true;
  const letters = short.replace(/[^\p{Lu}]/gu, "");
  const initials = long
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return letters.length >= 2 && letters === short.replace(/[.\s]/g, "") && letters === initials;
}

/**
 * Whether two entities may be one under two names: a spelling in common, a shared
 * distinctive word, or one name cut short or to initials ("Lincoln" for "Abraham
 * Lincoln", "U.S." for "United States").
 */
function oneName(a: Entity, b: Entity): boolean {
  if (a.spellings.some((s) => b.spellings.some((t) => sameEntityName(s, t)))) return true;
  if (sharesWord(a, b)) return true;
  return a.spellings.some((s) => b.spellings.some((t) => shortFor(s, t) || shortFor(t, s)));
}

/** Head nouns that make a name a group's ("Texas Army", "Syrian Democratic Forces"). */
const GROUP_HEAD =
  /\b(?:army|armies|forces?|party|front|brigades?|regiment|militia|movement|council|government|navy|corps)$/i;

/** The lead a name's kind must have over the others (entity-kind.ts votes) to be an option. */
const MIN_OPTION_CONFIDENCE = 3;

/** How many candidate entities of each group (same noun, other) one question considers at most. */
const POOL = 64;

/**
 * Up to POOL entities of a name-sorted list that pass `keep`: all of them in a
 * small bank, a window starting at a place the seed decides in a large one, so
 * the cost of one question does not grow with the number of entities.
 */
function pool(list: readonly Entity[], keep: (e: Entity) => boolean, seed: string): Entity[] {
  const out: Entity[] = [];
  const start = list.length <= POOL ? 0 : Math.floor(hashUnit(seed, "pool") * list.length);
  let k = 0;
  for (; k < list.length && out.length < POOL && k < POOL * 4; k++) {
    const e = list[(start + k) % list.length];
    if (e !== undefined && keep(e)) out.push(e);
  }
  tick(k);
  return out;
}

const wordCount = (name: string) => name.split(/\s+/).length;
/** How far from an event a person's dated deeds may lie and still make a plausible option. */
const ERA_YEARS = 40;
/** The same for a group, which outlives its members: a people, a dynasty, an army. */
const GROUP_ERA_YEARS = 100;

/** The names that stand in the subject of some event's clause: who the documents show acting. */
const actorsOf = perContext((ctx) => {
  const found = new Set<string>();
  for (const info of ctx.events) {
    const subject = plainClause(info, ctx)?.subject;
    if (subject !== undefined) for (const n of ctx.namesIn(subject)) found.add(n);
  }
  return found;
});

/**
 * Three wrong options of the answer's kind named in the question's own documents:
 * people for a person, groups for a group, places (the same kind of place first:
 * towns for a town) for a place. Never another spelling of the answer, a name
 * sharing its distinctive word, or a name the prompt gives.
 */
function distractors(
  entity: Entity,
  prompt: string,
  sentence: string,
  ctx: Context,
  seed: string,
  docs: readonly string[],
  [first, last]: [number, number],
): Entity[] {
  const noun = entity.noun;
  const sameNoun: Entity[] = [];
  const rest: Entity[] = [];
  for (const doc of docs) {
    if (noun !== null)
      sameNoun.push(
        ...pool(ctx.catalog.inDocument(doc, entity.kind, noun), (e) => e !== entity, seed),
      );
    // A place is offered only among places of its own sort (towns for a town): a country
    // among cities gives itself away ("which place was given the status of a kingdom?").
    if (entity.kind !== "place")
      rest.push(
        ...pool(ctx.catalog.inDocument(doc, entity.kind), (e) => e !== entity, `${seed}:rest`),
      );
  }
  const ordered = [
    ...seededShuffle([...new Set(sameNoun)], seed, (e) => e.name),
    ...seededShuffle([...new Set(rest)], seed, (e) => e.name),
  ];
  // "Elsa" among "Albert Einstein" and "Alexis de Tocqueville": a bare first name or
  // surname stands out among full names, as the answer's would.
  const fullAnswer = entity.kind === "person" && wordCount(entity.fullName ?? entity.name) > 1;
  // "Russians" or "Iraqi" offered for what the Census Bureau or the Security Council did: a
  // body is offered among bodies, and a people or a country among its own sort.
  const body = entity.kind === "group" && isBody(entity);
  // Checked lazily: the costly tests run only until three options are found.
  const out: Entity[] = [];
  for (const e of ordered) {
    if (out.length >= 3) break;
    // "Emergencies" offered as an actor: only names whose kind the documents make clear.
    if (e.confidence < MIN_OPTION_CONFIDENCE) continue;
    if (fullAnswer && wordCount(e.name) === 1) continue;
    if (entity.kind === "group" && isBody(e) !== body) continue;
    // "U.S. Government", "U.S. Navy" and "U.S. Senate": bodies named after one state are parts
    // of one whole, and what one did the whole did; one of them at most.
    if (entity.kind === "group" && [entity, ...out].some((o) => sameOwner(o.name, e.name)))
      continue;
    // "Alexis de Tocqueville" for who acted in 1933: a person the documents only show a
    // lifetime away from the event could not have done it; nor could "Iranian Safavids" (1501)
    // or "Russians" (1722) what was done in the 7th century, a group shown only centuries away.
    const years = e.years;
    const era =
      entity.kind === "person" ? ERA_YEARS : entity.kind === "group" ? GROUP_ERA_YEARS : null;
    if (era !== null && years !== undefined)
      if (years[1] < first - era || years[0] > last + era) continue;
    // ("much as had Alexis de Tocqueville" in a 1921 event, "married Eliza Griffin": a person
    // the documents never show doing anything is no plausible doer.)
    if (entity.kind === "person" && !e.spellings.some((s) => actorsOf(ctx).has(s))) continue;
    // Neither the answer nor an option already chosen under another name ("Congress" beside
    // "U.S. Congress").
    if ([entity, ...out].some((o) => oneName(e, o))) continue;
    if (nameLeak(prompt, e.spellings) !== null) continue;
    // A name the event's own sentence gives has a part in the event: not a wrong answer.
    if (nameLeak(sentence, e.spellings) !== null) continue;
    out.push(e);
  }
  return out;
}

/** Whether two names of bodies open with the same owner ("U.S. Senate", "U.S. Navy"). */
function sameOwner(a: string, b: string): boolean {
  const first = (n: string) => (/\s/.test(n) ? n.split(/\s+/)[0] : undefined);
  return first(a) !== undefined && first(a) === first(b);
}

/** Whether each entity is a body (isBody), decided once: options are weighed in every question. */
const bodies = new WeakMap<Entity, boolean>();

/**
 * Whether a group is a body by its words; an acronym by the name it stands for when the
 * documents spell it out ("USSR", "Soviet Union").
 */
function isBody(e: Entity): boolean {
  let body = bodies.get(e);
  if (body === undefined) {
    const long = e.spellings.filter((s) => !isAcronym(s));
    body = long.length > 0 ? long.some(namesABody) : e.spellings.some(namesABody);
    bodies.set(e, body);
  }
  return body;
}

/** Who and where questions for one event (at most two). */
export function whoWhereQuestions(info: EventInfo, ctx: Context): Question[] {
  const citation = info.citation;
  if (citation === null) return [];
  const clause = plainClause(info, ctx);
  if (clause === null) return [];
  // Longest names first: a name inside a longer one ("Idlib" in "Idlib Governorate") must not win.
  const names = [...info.names].sort((a, b) => b.length - a.length);
  const asks = [
    subjectAsk(names, clause, ctx),
    objectAsk(names, clause, ctx),
    locativeAsk(names, clause, ctx),
  ]
    .filter((a): a is Ask => a !== null)
    .slice(0, MAX_PER_EVENT);
  return asks.map((ask) => {
    const prompt = attribute(info, `${upperFirst(datePhrase(info.event.date))}, ${ask.prompt}?`);
    // "Johnston" among full names stands out: the answer is the person's full name.
    const key = fullNameIn(ask.entity, info.docs, ctx.catalog) ?? ask.spelling;
    // "Johnston" written out as "Albert Sidney Johnston": the surname the text had is right too.
    const written = info.event.entities[info.names.indexOf(ask.spelling)];
    const surname = written !== ask.spelling ? written : undefined;
    const accepted = [
      ask.spelling,
      ...ask.entity.spellings,
      ...(surname !== undefined ? [surname] : []),
      ...(ask.variant.startsWith("subject:") && clause.abbreviation ? [clause.abbreviation] : []),
    ]
      .filter((s, i, all) => s !== key && all.indexOf(s) === i)
      // "Texas Army" grouped with "Texas" names the army, not the place "where" asks for.
      .filter((s) => ask.type !== "where" || !GROUP_HEAD.test(s));
    const wrong = distractors(
      ask.entity,
      prompt,
      info.event.text,
      ctx,
      `${info.event.id}:${ask.variant}`,
      // The cited document first, then the others that tell the same event.
      [...new Set([citation.source.doc, ...info.event.sources.map((s) => s.doc)])],
      [
        fromIso(info.event.date.start).year,
        fromIso(info.event.date.end ?? info.event.date.start).year,
      ],
    );
    const choices =
      wrong.length >= 2
        ? [key, ...wrong.map((e) => e.name)].sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : 1))
        : undefined;
    return makeQuestion({
      type: ask.type,
      variant: ask.variant,
      eventIds: [info.event.id],
      prompt,
      answer: key,
      ...(accepted.length > 0 ? { accepted } : {}),
      ...(choices ? { choices } : {}),
      explanation: explain(info, ctx),
      source: citation.source,
    });
  });
}
