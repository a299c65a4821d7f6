import { pastToBase } from "./verbs.ts";

/*
 * Whether a name is a place or an actor (a person or a group), from the words
 * inside it ("Idlib Governorate", "al-Nusra Front", "President Assad") and from how
 * the sentences that mention it use it ("in X", "the towns of X and Y" vs "X said",
 * "attacked by X"). Each clue is a vote; a name with no clear majority is unknown,
 * and callers then ask neither "who" nor "where" about it.
 */

/** What a name denotes. */
export type EntityKind = "place" | "actor" | "unknown";

/** Votes for each reading of a name, with how often it was mentioned and how often as an adjective. */
type EntityScores = { place: number; actor: number; modifier: number; mentions: number };

const PLACE_WORDS =
  /\b(?:town|towns|city|cities|village|villages|province|governorate|district|county|region|airport|airbase|base|camp|hill|hills|mount|mountain|mountains|river|lake|sea|valley|road|highway|street|square|bridge|crossing|port|island|islands|desert|plain|border|neighbourhood|neighborhood|quarter|gulf|strait|peninsula|heights|plateau|canal|dam|castle|fort|palace|prison|countryside|suburb|suburbs|oasis|bay|coast|forest|park|station|capital)\b/i;

const ACTOR_WORDS =
  /\b(?:fronts?|army|armies|party|parties|forces|force|committees?|councils?|unions?|brigades?|regiments?|corps|divisions?|movements?|organi[sz]ations?|alliances?|coalitions?|governments?|ministry|ministries|observatory|crescent|cross|programme|program|nations|guards?|legions?|battalions?|militias?|groups?|agency|agencies|commissions?|court|parliament|congress|league|federation|associations?|institute|company|network|authority|administration|police|navy|jaysh|jaish|liwa|katibat|kataib|kata'ib|saraya|harakat|jabhat|ahrar|ansar|hay'at|mujahideen|fighters|rebels|militants|troops|scouts)\b/i;

const TITLES =
  /^(?:president|king|queen|prince|princess|general|gen\.|maj\.|major|colonel|col\.|lieutenant|lt\.|captain|capt\.|commander|sheikh|shaykh|dr\.?|mr\.?|mrs\.?|ms\.?|sir|pope|emperor|sultan|minister|prime minister|imam|ayatollah|senator|governor|mayor)\s/i;

function before(words: string): RegExp {
  return new RegExp(`\\b(?:${words})\\s+(?:the\\s+)?$`, "i");
}

const PLACE_BEFORE = before(
  "in|at|near|into|inside|outside|around|across|towards|toward|through|within|throughout|en route to|(?:west|east|north|south|northwest|northeast|southwest|southeast|outskirts|siege|battle|capture|evacuation|residents|people|fall|recapture) of",
);
const WEAK_PLACE_BEFORE = before("to|from|reached|entered|left");
const PLACE_NOUN_OF = before(
  "(?:town|towns|city|cities|village|villages|province|provinces|district|governorate|region|capital|settlement|settlements|enclave|area|suburb|country|countries)\\s+of",
);

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’‐-]*|al-\p{Lu}[\p{L}'’‐-]*|of|the)$/u;

/**
 * Names listed before this one share its clue word ("to Zabadani and Madaya",
 * "al-Zabadani/Madaya"): drop the names and connectors just before the mention.
 * Null when there is no list to drop.
 */
function beforeList(text: string): string | null {
  const tokens = text
    .replace(/\//g, " / ")
    .split(/\s+/)
    .filter((t) => t.length > 0);
  let i = tokens.length;
  let sawConnector = false;
  let sawName = false;
  while (i > 0) {
    const t = tokens[i - 1] ?? "";
    if (t === "and" || t === "/" || t === ",") sawConnector = true;
    else if ((t === "of" || t === "the") && !/^\p{Lu}/u.test(tokens[i - 2] ?? "")) break;
    else if (NAME_WORD.test(t.replace(/,$/, ""))) {
      if (t.endsWith(",")) sawConnector = true;
      if (t !== "the" && t !== "of") sawName = true;
    } else break;
    i--;
  }
  if (!sawConnector || !sawName) return null;
  return `${tokens.slice(0, i).join(" ")} `;
}
const PLACE_AFTER =
  /^\s+(?:city|town|province|provinces|governorate|district|region|countryside|airport|area|village|villages|towns)\b/i;
/** A lower-case word right after the name: the name may be an adjective ("Cypriot pounds"). */
const MODIFIER_AFTER =
  /^\s+(?!(?:and|or|of|in|on|at|to|for|from|with|by|as|was|were|is|are|has|have|had|said|says|who|which|that|would|will|could|may|might|also|then)\b)([a-z][a-z-]+)\b/;
const PLACE_APPOSITION =
  /^,\s+(?:a|the)\s+(?:\w+\s+){0,2}(?:town|city|village|province|region|country)\b/i;

const HOLDING_BEFORE =
  /\b(?:stakes?|invest(?:ed|ment|ments)?|shares|interests?|role|part|participated|involved)\s+in\s+(?:the\s+)?$/i;
const ACTOR_BEFORE = before("by|according to|led by|backed by|supported by");
const WEAK_ACTOR_BEFORE = /\b(?:with|against|between)\s+(?:the\s+)?$/i;
const SPEECH_AFTER =
  /^\s+(?:said|says|reported|reports|announced|announces|told|claimed|claims|stated|warned|denied|condemned|accused|confirmed|demanded|agreed|signed|threatened|declared|vowed|urged)\b/i;
const ACTOR_AFTER =
  /^\s+(?:fighters|forces|troops|militants|members|leader|leaders|commander|commanders|spokesman|spokeswoman|negotiators|delegation|officials|official|units|positions|spokesperson|rebels)\b/i;

const LETTER_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_AFTER = /^[\p{L}\p{N}]/u;

/**
 * Where a name occurs in a sentence as a whole word (no letter or digit either side).
 * A pattern built per name would do the same, but compiling one with Unicode classes
 * costs about a millisecond, which for thousands of names dominates building a bank.
 */
function wordMatches(name: string, sentence: string): number[] {
  const out: number[] = [];
  if (name.length === 0) return out;
  let from = 0;
  for (;;) {
    const at = sentence.indexOf(name, from);
    if (at < 0) return out;
    const end = at + name.length;
    if (
      !LETTER_BEFORE.test(sentence.slice(Math.max(0, at - 2), at)) &&
      !LETTER_AFTER.test(sentence.slice(end, end + 2))
    ) {
      out.push(at);
      from = end;
    } else from = at + 1;
  }
}

/** Votes for place and actor from one sentence's uses of the name. */
function contextVotes(name: string, sentence: string): EntityScores {
  const votes = { place: 0, actor: 0, modifier: 0, mentions: 0 };
  for (const index of wordMatches(name, sentence)) {
    votes.mentions += 1;
    const direct = sentence.slice(Math.max(0, index - 80), index);
    const listed = beforeList(direct);
    const clue = (pattern: RegExp) =>
      pattern.test(direct) || (listed !== null && pattern.test(listed));
    const end = index + name.length;
    const after = sentence.slice(end, end + 60);
    const holding = HOLDING_BEFORE.test(direct);
    if (holding) {
      // "a stake in X", "invested in X": a company or holding, not a place.
    } else if (clue(PLACE_NOUN_OF)) votes.place += 3;
    else if (clue(PLACE_BEFORE)) votes.place += 2;
    else if (clue(WEAK_PLACE_BEFORE)) votes.place += 0.5;
    if (PLACE_AFTER.test(after) || PLACE_APPOSITION.test(after)) votes.place += 2;
    if (clue(ACTOR_BEFORE)) votes.actor += 2;
    else if (WEAK_ACTOR_BEFORE.test(direct)) votes.actor += 0.5;
    const next = MODIFIER_AFTER.exec(after)?.[1];
    if (
      next !== undefined &&
      pastToBase(next) === null &&
      !PLACE_AFTER.test(after) &&
      !ACTOR_AFTER.test(after)
    ) {
      votes.modifier += 1;
    }
    if (SPEECH_AFTER.test(after)) votes.actor += 3;
    else if (ACTOR_AFTER.test(after)) votes.actor += 1;
    else {
      // The subject of an action verb is usually someone acting, though places "fall" and "gain renown" too.
      const next = /^\s+(?:\([^)]*\)\s+)?([a-z]+)\b/.exec(after)?.[1];
      if (next !== undefined && pastToBase(next) !== null && !/^(?:was|were)$/.test(next)) {
        votes.actor += 0.5;
      }
    }
  }
  return votes;
}

/** Votes from the name itself: "X Governorate" is a place, "X Front" and "President X" are actors. */
function nameVotes(name: string): { place: number; actor: number } {
  const words = name.replace(/\([^)]*\)/g, " ").trim();
  // An acronym ("NDF", "SOHR") almost always names an organisation.
  const acronym = /^\p{Lu}{2,6}$/u.test(words) ? 2 : 0;
  return {
    place: PLACE_WORDS.test(words) ? 4 : 0,
    actor: (ACTOR_WORDS.test(words) ? 4 : 0) + (TITLES.test(words) ? 4 : 0) + acronym,
  };
}

/** Place and actor votes of a name given the sentences that mention it. */
export function entityKindScores(name: string, contexts: string[]): EntityScores {
  const total = { ...nameVotes(name), modifier: 0, mentions: 0 };
  for (const sentence of contexts) {
    if (!sentence.includes(name)) continue;
    const v = contextVotes(name, sentence);
    total.place += v.place;
    total.actor += v.actor;
    total.modifier += v.modifier;
    total.mentions += v.mentions;
  }
  return total;
}

/**
 * The kind the scores point to: a clear majority (twice the other, at least 2), or
 * unknown. A name used mostly as an adjective ("Cypriot pounds") is unknown: it
 * would make a poor answer or option.
 */
export function kindFromScores(scores: EntityScores): EntityKind {
  if (scores.mentions >= 2 && scores.modifier * 2 >= scores.mentions) return "unknown";
  if (scores.place >= 2 && scores.place >= scores.actor * 2) return "place";
  if (scores.actor >= 2 && scores.actor >= scores.place * 2) return "actor";
  return "unknown";
}

/** Classify a name as a place, an actor (person or group), or unknown, from its words and contexts. */
export function entityKind(name: string, contexts: string[]): EntityKind {
  return kindFromScores(entityKindScores(name, contexts));
}
