import { CALENDAR } from "./events/entities.ts";

/*
 * What a name denotes — a person, a group (organisation, army, party, company), a
 * place, an event (a battle, a treaty, an operation) or something else — from the
 * head word of the name ("Idlib Governorate", "Bay of Pigs Invasion", "Battle of the
 * Chesapeake", "President Assad") and from how the sentences that mention it use it
 * ("in X", "the towns of X and Y" vs "X said", "attacked by X", "X said he …").
 * Each clue is a vote; a name with no clear majority is "other", and callers then
 * ask neither "who" nor "where" about it nor offer it as an option.
 */

/** What a name denotes. */
export type EntityKind = "person" | "group" | "place" | "event" | "other";

/** Votes for each reading of a name, with how often it was mentioned and how often as an adjective. */
type EntityScores = {
  place: number;
  actor: number;
  person: number;
  group: number;
  event: number;
  modifier: number;
  /** Votes for a vessel or craft ("the U.S.S. Ticonderoga"): it acts, but is no one. */
  craft: number;
  mentions: number;
};

/** Whether a word is a verb in the past tense ("captured", "took"); the caller's tagger decides. */
export type PastVerbTest = (word: string) => boolean;

const PLACE_WORDS =
  /\b(?:town|towns|city|cities|village|villages|province|governorate|district|county|region|airport|airbase|base|camp|hill|hills|mount|mountain|mountains|river|lake|sea|valley|road|highway|street|square|bridge|crossing|port|island|islands|desert|plain|border|neighbourhood|neighborhood|quarter|gulf|strait|peninsula|heights|plateau|canal|dam|castle|fort|palace|prison|countryside|suburb|suburbs|oasis|bay|coast|forest|park|station|capital)\b/i;

const ACTOR_WORDS =
  /\b(?:fronts?|army|armies|party|parties|forces|force|committees?|councils?|unions?|brigades?|regiments?|corps|divisions?|movements?|organi[sz]ations?|alliances?|coalitions?|governments?|ministry|ministries|observatory|crescent|cross|programme|program|nations|guards?|legions?|battalions?|militias?|groups?|agency|agencies|commissions?|court|parliament|congress|senate|bureaus?|departments?|boards?|league|federation|associations?|institute|company|network|authority|administration|police|navy|jaysh|jaish|liwa|katibat|kataib|kata'ib|saraya|harakat|jabhat|ahrar|ansar|hay'at|mujahideen|fighters|rebels|militants|troops|scouts)\b/i;

const TITLES =
  /^(?:president|king|queen|prince|princess|general|gen\.|maj\.|major|colonel|col\.|lieutenant|lt\.|captain|capt\.|commander|sheikh|shaykh|dr\.?|mr\.?|mrs\.?|ms\.?|sir|pope|emperor|sultan|minister|prime minister|imam|ayatollah|senator|governor|mayor)\s/i;

function before(words: string): RegExp {
  return new RegExp(`\\b(?:${words})\\s+(?:the\\s+)?$`, "i");
}

/** What a ship's or aircraft's name follows: "the U.S.S. Ticonderoga", "the steamer Maine". */
const CRAFT_BEFORE =
  /(?:\b(?:U\.S\.S\.|USS|HMS|H\.M\.S\.|RMS|SS|MV|M\/V|HMAS|HMCS|INS)|\b(?:the\s+)?(?:ship|vessel|frigate|steamer|steamship|battleship|cruiser|schooner|sloop|warship|gunboat|submarine|destroyer|carrier|tanker|freighter|liner|yacht|spacecraft|airship|aircraft))\s+$/;

const PLACE_BEFORE = before(
  "(?:in|of)\\s+(?:modern-day|present-day|today['’]s|what is now|what is today)|in|at|near|into|inside|outside|around|across|towards|toward|through|within|throughout|en route to|(?:west|east|north|south|northwest|northeast|southwest|southeast|outskirts|siege|battle|capture|evacuation|residents|people|fall|recapture) of",
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
    // ("in August, Washington began": a month or weekday is a time, not a name in a list.)
    else if (NAME_WORD.test(t.replace(/,$/, "")) && !CALENDAR.test(t.replace(/,$/, ""))) {
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

/**
 * Words after which "in X" need not say where: a holding ("a stake in X", "invested in X"),
 * a part ("a role in X"), a performance ("starred in X", "appeared in X": a film, a show),
 * a field or category ("a degree in X", "the championship in Duo Interpretation"), or a
 * phrasal verb whose particle it is ("drove in Daniel Nava").
 * Some of these take places too ("the championship in Budapest"), so the "in" is no
 * evidence either way.
 */
export const NOT_WHERE_BEFORE_IN =
  "stakes?|invest(?:ed|ment|ments)?|shares|interests?|roles?|parts?|participated|involved|appear(?:s|ed|ing)?|starr(?:ed|ing)|stars|co-starred|acted|featured|cast|degrees?|diplomas?|doctorates?|ph\\.?\\s?d\\.?|master['’]?s|bachelor['’]?s|lectured|lectures|taught|teaches|experts?|specialists?|major(?:s|ed)?|championships?|competitions?|contests?|tournaments?|events?|" +
  // "drove in Daniel Nava", "sworn in": "in" as the particle of a phrasal verb.
  "drive|drives|drove|driven|driving|brought|bring|sworn|swore|ushered|roped|called|filled|handed|phased|weighed|chipped|pitched|cashed";
const HOLDING_BEFORE = new RegExp(`\\b(?:${NOT_WHERE_BEFORE_IN})\\s+in\\s+(?:the\\s+)?$`, "i");
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

const EVENT_BEFORE =
  /\b(?:during|throughout|following|amid|in the aftermath of|in the wake of)\s+the\s+$/i;
/**
 * "The war began", "the siege ended": a beginning or end with nothing begun after it. "Washington
 * began moving his army", "she started a company": someone begins something.
 */
const EVENT_AFTER =
  /^\s+(?:(?:began|begun|begins|ended|ends|started)(?!\s+(?:to|the|a|an|his|her|its|their|[a-z]+ing)\b)|took place|broke out|lasted|was fought|was signed|was launched|was held)\b/i;
const PERSON_BEFORE =
  /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|President|General|Gen|King|Queen|Senator|Sen|Governor|Gov|Pope|Prince|Princess|Emperor|Colonel|Col|Captain|Capt|Admiral|Adm|Commodore|Sheikh|Lord|Lady|Rep|Judge|Justice)\.?\s+$/;
/**
 * A noun for a person's kin or calling written before the name: "the painter Jean-Baptiste
 * Debret", "his father Heinrich", "the French novelist …". Only people have these.
 */
const ROLES =
  "father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|painter|poet|writer|author|novelist|playwright|composer|musician|singer|actor|actress|philosopher|scientist|physicist|chemist|mathematician|astronomer|historian|economist|architect|sculptor|journalist|explorer|inventor|engineer|lawyer|diplomat|politician|merchant|banker|priest|bishop|monk|teacher|professor|student|surgeon|astronaut|cosmonaut|athlete|chairman|chairwoman|founder|ruler";
const ROLE_BEFORE = new RegExp(
  `(?:^|\\b(?:the|his|her|their|its|a|an)\\s+)(?:[\\p{L}-]+\\s+)?(?:${ROLES})\\s+$`,
  "iu",
);
/** ", the current chief operating officer": an apposition naming an office only people hold. */
const ROLE_AFTER = new RegExp(
  `^,\\s+(?:the|a|an|his|her|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${ROLES}|officer|executive|president|director|minister|secretary|governor|senator|ambassador|spokesman|spokeswoman|CEO)\\b`,
  "u",
);
/**
 * "Kenyatta became the country's prime minister", "Adams was elected president": an
 * office only a person holds, said of the name by a linking verb.
 */
const ROLE_PREDICATE = new RegExp(
  `^\\s+(?:became|was|is|served as|was (?:elected|appointed|named|made|crowned|sworn in as))\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(?:[\\p{L}]+['’]s\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${ROLES}|president|prime minister|premier|king|queen|emperor|empress|tsar|czar|chancellor|governor|senator|ambassador|pope)\\b(?!['’])`,
  "u",
);
const PERSON_AFTER =
  /^(?:['’]s\s+(?:wife|husband|son|daughter|father|mother|brother|sister|death|birth|widow|family|life|childhood|presidency|administration|cabinet)\b|,\s+who\b|\s+(?:was born|died|married)\b|\s+\(born\b)/i;
const GROUP_AFTER =
  /^(?:\s+(?:fighters|forces|troops|militants|members|units|positions|commanders|leaders|leadership|spokesman|spokeswoman|spokesperson|were|are|have)\b|,\s+which\b|\s+[a-z]+\s+(?:its|their)\b)/i;
/**
 * "The party changed its name", "Kennedy took his oath": a possessive right after the verb
 * of which the name is the subject is most often the name's own, and says what it is
 * ("Kenyatta assumed its leadership" is the rarer other case). Further on, it may be anyone's
 * ("They viewed Brown as a terrorist bent on destroying their civilization").
 */
const OWN_PERSON_AFTER = /^\s+[a-z]+\s+(?:his|her)\b/;

/** Votes for each kind from one sentence's uses of the name. */
function contextVotes(name: string, sentence: string, isPastVerb: PastVerbTest): EntityScores {
  const votes = noScores();
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
      // "a stake in X", "starred in X": a holding, a film, a field; no sign of a place.
    } else if (clue(PLACE_NOUN_OF)) votes.place += 3;
    else if (clue(PLACE_BEFORE)) votes.place += 2;
    else if (clue(WEAK_PLACE_BEFORE)) votes.place += 0.5;
    if (PLACE_AFTER.test(after) || PLACE_APPOSITION.test(after)) votes.place += 2;
    if (EVENT_BEFORE.test(direct) || EVENT_AFTER.test(after)) votes.event += 2;
    if (CRAFT_BEFORE.test(direct)) votes.craft += 1;
    if (PERSON_BEFORE.test(direct)) votes.person += 3;
    else if (ROLE_BEFORE.test(direct)) {
      votes.person += 2;
      votes.actor += 1;
    }
    if (PERSON_AFTER.test(after) || ROLE_PREDICATE.test(after)) votes.person += 2;
    else if (ROLE_AFTER.test(after)) {
      votes.person += 2;
      votes.actor += 1;
    }

    if (GROUP_AFTER.test(after)) votes.group += 1;
    else if (OWN_PERSON_AFTER.test(after)) votes.person += 1;
    if (/\bthe\s+$/i.test(direct)) votes.group += 1;
    if (clue(ACTOR_BEFORE)) votes.actor += 2;
    else if (WEAK_ACTOR_BEFORE.test(direct)) votes.actor += 0.5;
    const next = MODIFIER_AFTER.exec(after)?.[1];
    if (
      next !== undefined &&
      !isPastVerb(next) &&
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
      if (next !== undefined && isPastVerb(next) && !/^(?:was|were)$/.test(next)) {
        votes.actor += 0.5;
      }
    }
  }
  return votes;
}

const EVENT_HEADS =
  /^(?:battle|battles|war|wars|invasion|offensive|operation|siege|treaty|agreement|accords?|conference|crisis|revolution|massacre|act|election|elections|campaign|uprising|ceasefire|truce|summit|olympics|games|rebellion|coup|bombing|earthquake|incident|affair|mission|project|plan|expedition|raid|strike|protests?|riots?|declaration|convention|reform|articles|constitution|proclamation|charter|bill|law|amendment|statute|decree|manifesto|referendum|pact|negotiations|talks|process|initiative|doctrine|crusade|dynasty|era|period|age)$/i;

/** Words written before a name that say what it is: "Operation Mongoose", "Mount Hermon", "President Lincoln". */
const CLASSIFIER_FIRST: [RegExp, keyof EntityScores][] = [
  [/^(?:operation|battle|siege|treaty|war|expedition|project|mission)$/i, "event"],
  [/^(?:mount|lake|cape|fort|camp|port|saint|st\.?|river|gulf|bay|isle|mt\.?)$/i, "place"],
];

/**
 * The head of a name, the noun that says what it is: the word before "of" ("Battle
 * of the Chesapeake" → Battle, "University of Texas" → University), unless the name
 * ends in a type word of its own ("Bay of Pigs Invasion" → Invasion); else the last word.
 */
function headWord(words: string): string {
  const list = words.split(/\s+/);
  const last = list[list.length - 1] ?? "";
  const of = list.findIndex((w, i) => i > 0 && w.toLowerCase() === "of");
  if (of < 0 || EVENT_HEADS.test(last) || PLACE_WORDS.test(last) || ACTOR_WORDS.test(last))
    return last;
  return list[of - 1] ?? last;
}

/**
 * Whether a name's own words say it is a body — an organisation, an army, a party, a court
 * ("Census Bureau", "United Nations Security Council", "Red Army") — rather than a people,
 * a country or a following that acts ("Russians", "Allies", "United States").
 */
export function namesABody(name: string): boolean {
  const words = name.replace(/\([^)]*\)/g, " ").trim();
  // (An acronym, "CNT", "SS", almost always names an organisation, as nameVotes counts it.)
  return kindByWords(words)?.kind === "group" || isAcronym(words);
}

/** Whether a name is an acronym in capitals ("NDF", "SOHR", "USSR"). */
export function isAcronym(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name);
}

/**
 * Whether a name could be a person's by its own words: "Queen Anne's War", "The Seven
 * Years' War", "Lake Erie" or "the Dutch East India Company" cannot, whatever follows them.
 */
export function mayNamePerson(name: string): boolean {
  const words = name.replace(/\([^)]*\)/g, " ").trim();
  // ("STS-41B", "Apollo 11", "Vostok 1": a name with a number in it is a code or a craft.)
  return !/^the\s/i.test(words) && !/\d/.test(words) && kindByWords(words) === null;
}

/**
 * What a name's own words say it is, and how strongly: its head word ("Battle of the
 * Chesapeake", "Idlib Governorate", "Nusra Front") or, when the head says nothing, a
 * classifier before it ("Operation Mongoose", "Mount Hermon"). Null when they say nothing.
 */
function kindByWords(words: string): { kind: "event" | "place" | "group"; weight: number } | null {
  const head = headWord(words);
  const multi = /\s/.test(words);
  if (EVENT_HEADS.test(head) && multi) return { kind: "event", weight: 6 };
  if (PLACE_WORDS.test(head)) return { kind: "place", weight: 4 };
  if (ACTOR_WORDS.test(head)) return { kind: "group", weight: 4 };
  if (EVENT_HEADS.test(head) || !multi) return null;
  const first = words.split(/\s+/)[0] ?? "";
  for (const [pattern, kind] of CLASSIFIER_FIRST)
    if (pattern.test(first)) return { kind: kind as "event" | "place", weight: 6 };
  return null;
}

/** Votes from the name itself: its head word, a title or classifier before it, an acronym. */
function nameVotes(name: string): Omit<EntityScores, "modifier" | "craft" | "mentions"> {
  const words = name.replace(/\([^)]*\)/g, " ").trim();
  const votes = { place: 0, actor: 0, person: 0, group: 0, event: 0 };
  const typed = kindByWords(words);
  if (typed?.kind === "group") {
    votes.actor += typed.weight;
    votes.group += typed.weight;
  } else if (typed !== null) votes[typed.kind] += typed.weight;
  if (TITLES.test(words)) {
    votes.actor += 4;
    votes.person += 4;
  }
  // An acronym ("NDF", "SOHR") almost always names an organisation.
  if (isAcronym(words)) {
    votes.actor += 2;
    votes.group += 2;
  }
  return votes;
}

/** Votes for each kind of a name given the sentences that mention it. */
export function entityKindScores(
  name: string,
  contexts: string[],
  isPastVerb: PastVerbTest,
): EntityScores {
  const total = { ...nameVotes(name), modifier: 0, craft: 0, mentions: 0 };
  for (const sentence of contexts) {
    if (!sentence.includes(name)) continue;
    addScores(total, contextVotes(name, sentence, isPastVerb));
  }
  return total;
}

/**
 * The head word whose use alone speaks for a name of several capitalised words ("Jomo
 * Kenyatta" … "Kenyatta became the country's prime minister", "Great Britain" …
 * "Britain"), or null. An English name is headed by its last word, and a text that has
 * named someone or something in full goes on by that head, so what the head alone is
 * shown doing is what the name is. Only a name whose own words say nothing of its kind
 * has one (not "Red Army", whose head "Army" is any army).
 */
export function speakingHead(name: string): string | null {
  const words = name.split(/\s+/);
  if (
    words.length < 2 ||
    !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) ||
    kindByWords(name) !== null ||
    TITLES.test(name)
  )
    return null;
  return words[words.length - 1] ?? null;
}

/**
 * Votes from the sentences that use a head word alone (see speakingHead). A head written
 * after a capitalised word or "the", or before a capitalised word, belongs to another name
 * or is a common noun, and says nothing.
 */
export function headWordScores(
  head: string,
  contexts: string[],
  isPastVerb: PastVerbTest,
): EntityScores {
  const total = noScores();
  for (const sentence of contexts) {
    let masked = sentence;
    for (const at of wordMatches(head, sentence).reverse()) {
      const before = sentence.slice(Math.max(0, at - 40), at);
      const after = sentence.slice(at + head.length, at + head.length + 40);
      if (/(?:\p{Lu}[\p{L}.'’-]*|\b[Tt]he)\s+$/u.test(before) || /^\s+\p{Lu}/u.test(after))
        masked = `${masked.slice(0, at)}…${masked.slice(at + head.length)}`;
    }
    if (masked.includes(head)) addScores(total, contextVotes(head, masked, isPastVerb));
  }
  return total;
}

/** An empty tally, for callers that add up the scores of several spellings. */
export function noScores(): EntityScores {
  return { place: 0, actor: 0, person: 0, group: 0, event: 0, modifier: 0, craft: 0, mentions: 0 };
}

/** Add the scores of one spelling to a tally. */
export function addScores(total: EntityScores, more: EntityScores): void {
  for (const k of Object.keys(total) as (keyof EntityScores)[]) total[k] += more[k];
}

/**
 * The kind the scores point to: a clear majority (twice the other, at least 2), or
 * "other". A name used mostly as an adjective ("Cypriot pounds") is "other": it
 * would make a poor answer or option. An actor is a person or a group by the cues
 * for each: people are "he" or "she", are born and die, have titles; groups take
 * "the", have members and spokesmen, and their names carry a type word. An actor
 * with no sign of either (a country that "said") is "other".
 */
export function kindFromScores(scores: EntityScores): EntityKind {
  if (scores.mentions >= 2 && scores.modifier * 2 >= scores.mentions) return "other";
  // A ship named once as one is a ship wherever it "left" or "arrived".
  if (scores.craft > 0) return "other";
  const rival = Math.max(scores.place, scores.actor);
  if (scores.event >= 2 && scores.event >= rival * 2) return "event";
  // (A name that "was born", "served as President", is a person whatever "in" it follows once.)
  const acting = Math.max(scores.actor, scores.person);
  if (scores.place >= 2 && scores.place >= acting * 2 && scores.place > scores.event)
    return "place";
  if (
    scores.actor + scores.person >= 2 &&
    scores.actor + scores.person >= scores.place * 2 &&
    scores.actor >= scores.event
  )
    // An actor with no sign of being either ("Iran said …") is not offered as one.
    return scores.person > scores.group ? "person" : scores.group > 0 ? "group" : "other";
  return "other";
}

/**
 * How clearly the scores point to a kind: the winning score's lead over the runner-up
 * (for a person or a group, the actor score's lead and that of person over group or
 * group over person, whichever is smaller). Options are only names read with confidence.
 */
export function kindConfidence(scores: EntityScores, kind: EntityKind): number {
  const { place, actor, person, group, event } = scores;
  switch (kind) {
    case "place":
      return place - Math.max(actor, event);
    case "event":
      return event - Math.max(place, actor);
    case "person":
      return Math.min(actor + person - Math.max(place, event), person - group);
    case "group":
      return Math.min(actor + group - Math.max(place, event), group - person);
    default:
      return 0;
  }
}

/** Classify a name as a person, group, place, event or other, from its words and contexts. */
export function entityKind(name: string, contexts: string[], isPastVerb: PastVerbTest): EntityKind {
  return kindFromScores(entityKindScores(name, contexts, isPastVerb));
}
