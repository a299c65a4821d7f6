import type { BankEvent } from "../bank-schema.ts";
import { fromIso } from "../dates/calendar.ts";
import {
  addScores,
  type EntityKind,
  entityKindScores,
  headWordScores,
  kindConfidence,
  kindFromScores,
  noScores,
  type PastVerbTest,
  speakingHead,
} from "../entity-kind.ts";
import { NAME_PARTICLES } from "../events/entities.ts";
import { keySimilarity, looseNameKey, nameKey, nameKeys, nameSimilarity } from "../names.ts";
import { textMemo } from "../text-memo.ts";
import { nameFinder } from "./name-finder.ts";
import { escapeRegExp } from "./text.ts";
import { tick } from "./work.ts";

/*
 * The people, groups and places of a bank. Spellings of one name across events
 * and documents (al-Fu'ah, Fu'ah, Foua) form one entity, so an answer accepts
 * them all and a distractor is never another spelling of the answer. Each entity
 * gets a kind from entity-kind.ts over every sentence that mentions it.
 */

/** One named thing in the bank. */
export type Entity = {
  /** The spelling used most often. */
  name: string;
  spellings: string[];
  kind: EntityKind;
  /** How clearly the documents show the kind (see kindConfidence): options need a clear one. */
  confidence: number;
  /** What a place is called in the documents ("town", "city", "province"), if they say. */
  noun: string | null;
  /** The documents whose events name it: options come from the question's own documents. */
  docs: ReadonlySet<string>;
  /** The first and last years of the events that name it, when they are dated. */
  years?: [number, number];
  /** For a surname, the one person of the same documents whose full name ends with it. */
  fullName?: string;
  /** A surname two people of the same documents share ("Johnston"): it says neither. */
  ambiguous?: boolean;
};

/** All entities of a bank with lookup by spelling. */
export type EntityCatalog = {
  entities: Entity[];
  /**
   * The entities one document names of one kind (and, when given, called by one noun such
   * as "town"), sorted by name.
   */
  inDocument(doc: string, kind: EntityKind, noun?: string): readonly Entity[];
  find(name: string): Entity | undefined;
};

const PLACE_NOUNS =
  "town|city|village|province|governorate|district|region|country|capital|island|airport|camp|hill";

/** Words that only say what type of thing a name is ("Front", "city"), not which one. */
const TYPE_WORDS = new Set([
  "the",
  "of",
  "army",
  "front",
  "forces",
  "force",
  "party",
  "group",
  "city",
  "town",
  "province",
  "district",
  "governorate",
  "village",
  "region",
  "rebels",
  "fighters",
  "militants",
  "troops",
  "movement",
  "brigade",
  "brigades",
  "committee",
  "council",
]);

/**
 * Words that say what kind of thing a name is rather than which one: the type
 * words, and the words many names share ("National", "Syrian", "Republic").
 */
export const GENERIC_NAME_WORDS = new Set([
  ...TYPE_WORDS,
  "national",
  "islamic",
  "republic",
  "united",
  "state",
  "states",
  "arab",
  "people",
  "popular",
  "free",
  "democratic",
  "international",
  "government",
  "regime",
  "syrian",
  "russian",
  "iranian",
  "turkish",
  "american",
  "british",
  "french",
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "great",
  "new",
  "saint",
]);

/** A name without its type words ("al-Nusra Front" → "al-Nusra", "Idlib city" → "Idlib"). */
function entityCore(name: string): string {
  return coreMemo(name);
}

const coreMemo = textMemo(computeCore, 20_000);

function computeCore(name: string): string {
  const kept = name
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    // "Mexico City", "Kansas City": a city named with its capital after its country or
    // state is another place than the bare name ("Idlib city" is Idlib).
    .filter(
      (w, i) => w.length > 0 && (!TYPE_WORDS.has(w.toLowerCase()) || (w === "City" && i > 0)),
    );
  return kept.length > 0 ? kept.join(" ") : name.trim();
}

/** Whether one name ends with the other's words, which are distinctive ("Tahrir al-Sham" in "Hayat Tahrir al-Sham"). */
function namedBySuffix(long: string, short: string): boolean {
  if (!nameKey(long).endsWith(nameKey(short))) return false;
  const lw = long.split(/\s+/);
  const sw = short.split(/\s+/);
  if (sw.length < 2 || sw.length >= lw.length) return false;
  const tail = lw.slice(lw.length - sw.length).join(" ");
  const core = entityCore(short);
  return (
    nameKey(tail) === nameKey(short) && core.split(/\s+/).length >= 2 && nameKey(core).length >= 6
  );
}

/** The keys a name is compared by: folded, loose, and the loose key of its core. */
export type NameKeys = { key: string; loose: string; coreLoose: string };

/**
 * Keys of the names and prompt windows compared while a bank is built, remembered
 * in one bounded cache so that a comparison costs two lookups instead of a dozen.
 */
const keysOf = textMemo((name: string): NameKeys => {
  const { key, loose } = nameKeys(name);
  // Most names have no type word: their core is the name itself, with the same keys.
  const core = computeCore(name);
  return { key, loose, coreLoose: core === name ? loose : nameKeys(core).loose };
}, 50_000);

/** The keys `sameEntityKeys` compares a name by (remembered). */
export function entityKeys(name: string): NameKeys {
  return keysOf(name);
}

/** Whether two spellings are the same name for catalog purposes (variants, type words aside). */
export function sameEntityName(a: string, b: string): boolean {
  return sameEntityKeys(a, keysOf(a), b, keysOf(b));
}

/** `sameEntityName` for names whose keys (`entityKeys`) are at hand, as in loops over windows. */
export function sameEntityKeys(a: string, x: NameKeys, b: string, y: NameKeys): boolean {
  tick();
  // Most pairs share no first letter of the whole name or of its core; then only a suffix can match.
  if (x.loose[0] !== y.loose[0] && x.coreLoose[0] !== y.coreLoose[0]) {
    const na = x.key;
    const nb = y.key;
    if (!(na.length > nb.length ? na.endsWith(nb) : nb.endsWith(na))) return false;
    return namedBySuffix(a, b) || namedBySuffix(b, a);
  }
  // ("Richard Nixon" and "Richardson" are alike letter by letter: names of different numbers
  // of words are one only by key, core or suffix, never by likeness.)
  const words = (n: string) => n.trim().split(/\s+/).length;
  if (x.key === y.key) return true;
  if (words(a) === words(b) && keySimilarity(x.key, x.loose, y.key, y.loose) >= 0.9) return true;
  if (x.coreLoose.length >= 4 && x.coreLoose === y.coreLoose) return true;
  return namedBySuffix(a, b) || namedBySuffix(b, a);
}

// ("the capital of Alabama" is a city of Alabama, which is no capital: "capital of" names
// what the place holds, not what it is.)
const NOUN_OF_BEFORE = new RegExp(`\\b(?:the|a)\\s+(?!capital\\b)(${PLACE_NOUNS})\\s+of\\s+$`, "i");
const NOUN_APPOSITION_AFTER = new RegExp(
  `^,\\s+(?:a|the)\\s+(?:\\w+\\s+){0,2}(${PLACE_NOUNS})\\b`,
  "i",
);
const OWN_NOUN = new RegExp(`\\b(${PLACE_NOUNS})$`, "i");
const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);
const asciiLower = (t: string) => t.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * The place nouns a sentence gives a name: "the town of X" and "X, a small town".
 * An ASCII name is found by plain search (case aside) and the fixed patterns are
 * tried around it, since compiling a pattern per name costs more than the search;
 * other names go through a pattern of their own.
 */
function placeNounsIn(spelling: string, sentence: string): string[] {
  const out: string[] = [];
  if (/[^\x20-\x7e]/.test(spelling) || spelling.length === 0) {
    const s = escapeRegExp(spelling);
    for (const p of [
      new RegExp(`\\b(?:the|a)\\s+(${PLACE_NOUNS})\\s+of\\s+${s}\\b`, "gi"),
      new RegExp(`\\b${s},\\s+(?:a|the)\\s+(?:\\w+\\s+){0,2}(${PLACE_NOUNS})\\b`, "gi"),
    ]) {
      for (const m of sentence.matchAll(p)) out.push(m[1] ?? "");
    }
    return out;
  }
  const hay = asciiLower(sentence);
  const needle = asciiLower(spelling);
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (isWordChar(sentence[end - 1]) !== isWordChar(sentence[end])) {
      const m = NOUN_OF_BEFORE.exec(sentence.slice(0, at));
      if (m) out.push(m[1] ?? "");
    }
    if (isWordChar(sentence[at - 1]) !== isWordChar(sentence[at])) {
      const m = NOUN_APPOSITION_AFTER.exec(sentence.slice(end));
      if (m) out.push(m[1] ?? "");
    }
  }
  return out;
}

function placeNoun(spellings: string[], mentioning: (name: string) => string[]): string | null {
  const counts = new Map<string, number>();
  for (const spelling of spellings) {
    for (const sentence of mentioning(spelling)) {
      for (const found of placeNounsIn(spelling, sentence)) {
        const noun = found.toLowerCase();
        counts.set(noun, (counts.get(noun) ?? 0) + 1);
      }
    }
    const own = OWN_NOUN.exec(spelling);
    if (own?.[1]) counts.set(own[1].toLowerCase(), (counts.get(own[1].toLowerCase()) ?? 0) + 2);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best?.[0] ?? null;
}

/** Split texts into rough sentences for context votes. */
export function roughSentences(texts: string[]): string[] {
  // Not after initials and dotted abbreviations ("the U.S.S. Ticonderoga", "John F. Kennedy"):
  // the words before a name are its clues.
  return texts
    .flatMap((t) => t.split(/(?<=[.!?])(?<!(?:^|[\s(])(?:\p{Lu}\.)+)\s+|\n+/u))
    .filter((s) => s.trim().length > 0);
}

/** Names compared by similarity with each name: this many on each side in each sorted order. */
const SIMILARITY_WINDOW = 12;
/**
 * A parenthesis right after a name (to its close, or to the sentence's end when a rough split
 * cut it at "c."), or ", also known as …" after it.
 */
const ALIAS_AFTER =
  /\s\(([^()]*)(?:\)|$)|,\s+(?:also|better|commonly|popularly|formerly)\s+(?:known as|called)\s+["“]?([^,.;()"”]+)/gu;
/** A part of that parenthesis naming the same thing: "Latin: …", "also known as …". */
const ALIAS_PART =
  /^\s*(?:\p{Lu}\p{Ll}+:|(?:(?:also|better|commonly|formerly)\s+)?(?:known as|called))\s+["“]?([^"”]+?)["”]?\s*$/u;
/** A group with this many spellings takes no more by similarity alone: a name is rarely written more ways. */
const MAX_SIMILAR_SPELLINGS = 16;

/**
 * Whether two similar names are spellings of one: transliterations (Kafriya, Kefraya,
 * Kefriya) keep the consonants and the number of syllables, and vary the vowels, y, w
 * and h. "Chile" and "China" differ in a consonant, "Mahmud" and "Muhammad" in syllables.
 */
function sameSkeleton(a: string, b: string): boolean {
  const la = looseNameKey(a);
  const lb = looseNameKey(b);
  const consonants = (k: string) => k.replace(/[aeiouyhw\s'’-]/g, "");
  const syllables = (k: string) => (k.match(/[aeiouy]+/g) ?? []).length;
  return consonants(la) === consonants(lb) && syllables(la) === syllables(lb);
}

/**
 * Whether two similar-looking names may be spellings of one entity: the numbers in
 * them agree (Brigade 5 is not Brigade 6), and names of as many words agree word by
 * word (Kafr Nabl ~ Kafr Nubl, but Siege of Homs is not Siege of Hama, though the
 * whole strings are as alike as Kafriya and Kefraya).
 */
function compatibleSpellings(a: string, b: string): boolean {
  const digits = (n: string) => (n.match(/\d+/g) ?? []).join(" ");
  if (digits(a) !== digits(b)) return false;
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  // "al-Nusra" and "al Nusra" are one name written two ways; "Germans" and "German SS" are
  // alike only once their words run together: names of different lengths must agree exactly.
  if (wa.length !== wb.length) return lengthsAgree(a, b);
  if (wa.length < 2) return true;
  return wa.every((w, i) => {
    const v = wb[i] ?? "";
    return nameKey(w) === nameKey(v) || nameSimilarity(w, v) >= 0.8;
  });
}

type Group = { index: number; spellings: string[] };

/**
 * A group found by loose key only if its spellings have as many words as the name, or the
 * same exact key: the loose key runs words together ("Germans", "German SS" → "germans").
 */
function sameLength(
  group: Group | undefined,
  name: string,
  part: (name: string) => string = (n) => n,
): Group | undefined {
  const own = part(name);
  return group?.spellings.every((s) => lengthsAgree(part(s), own)) ? group : undefined;
}

/** Names of as many words, or of different lengths whose exact keys agree ("al-Nusra", "al Nusra"). */
function lengthsAgree(a: string, b: string): boolean {
  return a.split(/\s+/).length === b.split(/\s+/).length || nameKey(a) === nameKey(b);
}

/**
 * For each name (by index), the names near it in two orders of their loose keys:
 * as written, and first letter then the rest reversed (so a variant that differs
 * early in the name is still near). Spelling variants of one name sort close
 * together; comparing each name with a bounded window of neighbours instead of
 * every name with the same first letter keeps grouping linear in the number of names.
 */
function similarityNeighbours(names: readonly string[]): number[][] {
  const keyed = (key: (loose: string) => string) =>
    names
      .map((n, i) => ({ k: key(looseNameKey(n)), i }))
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
      .map((x) => x.i);
  const orders = [keyed((k) => k), keyed((k) => (k[0] ?? "") + [...k.slice(1)].reverse().join(""))];
  const out: number[][] = names.map(() => []);
  for (const order of orders) {
    order.forEach((i, pos) => {
      const list = out[i] ?? [];
      const from = Math.max(0, pos - SIMILARITY_WINDOW);
      const to = Math.min(order.length - 1, pos + SIMILARITY_WINDOW);
      for (let p = from; p <= to; p++) if (p !== pos) list.push(order[p] ?? i);
    });
  }
  return out;
}

const SURNAME_PARTICLE = new RegExp(`^(?:y|${NAME_PARTICLES})$`);

/**
 * "Einstein" after "Albert Einstein": a one-word name that ends a person's full name in
 * the same document is how English refers back to that person, so it is a person as
 * clearly as the full name is (the two stay apart as answers: a surname is no distractor
 * for its own full name). Names of one word are few, so this is a lookup per name.
 */
function inheritSurnames(entities: Entity[]): void {
  // Full names, of people or of what may be people ("Joseph E. Johnston" named only once).
  const people = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.kind !== "person" && e.kind !== "other") continue;
    for (const spelling of e.spellings) {
      const words = spelling.split(/\s+/);
      // "Louis XV of France": what follows "of" is a realm, not a surname; "Black Voices for
      // Trump" names a body, whose last word is someone else's. Only a particle ("Ludwig van
      // Beethoven") is written in lower case inside a person's name.
      const before = words[words.length - 2] ?? "";
      if (words.length < 2 || (/^\p{Ll}/u.test(before) && !SURNAME_PARTICLE.test(before))) continue;
      const last = words[words.length - 1] ?? "";
      people.set(last, [...(people.get(last) ?? []), e]);
    }
  }
  for (const e of entities) {
    if (/\s/.test(e.name)) continue;
    const found = (people.get(e.name) ?? []).filter(
      (p) => p !== e && [...p.docs].some((d) => e.docs.has(d)),
    );
    // "Franklin Roosevelt" and "Franklin D. Roosevelt" are one person: a middle initial added
    // or left out makes no other name. The fuller spelling stands for both.
    const bare = (p: Entity) => p.name.replace(/\s\p{Lu}\.(?=\s)/gu, "");
    const full = found.filter(
      (p) => !found.some((q) => q !== p && bare(q) === bare(p) && q.name.length > p.name.length),
    );
    // Two people of that surname ("John Adams", "Samuel Adams"): which one is not said.
    if (full.length > 1) e.ambiguous = true;
    // "Brown was born in Connecticut" beside "John Brown": a surname read as a person makes
    // the one full name it ends a person too, however few cues that name had of its own.
    const person = full[0];
    if (
      full.length !== 1 ||
      person === undefined ||
      !(person.kind === "person" || (person.kind === "other" && e.kind === "person"))
    )
      continue;
    e.fullName = person.name;
    const own = e.kind === "person" ? e.confidence : 0;
    e.kind = "person";
    e.confidence = Math.max(own, person.confidence);
  }
}

/**
 * The full name of a surname's person where the documents at hand name that person:
 * "Johnson" is Boris Johnson in a news report and Andrew Johnson in a history chapter,
 * and "Baker" the drummer only in the story that names Ginger Baker.
 */
export function fullNameIn(
  entity: Entity | undefined,
  docs: ReadonlySet<string>,
  catalog: EntityCatalog,
): string | undefined {
  const full = entity?.kind === "person" ? entity.fullName : undefined;
  const holder = full === undefined ? undefined : catalog.find(full);
  return holder !== undefined && ![...holder.docs].some((d) => docs.has(d)) ? undefined : full;
}

/**
 * "Farabundo Martí National Liberation Front (FMLN)": an abbreviation of the name in another
 * language (Frente … de Liberación Nacional) has the name's initials in another order. Written
 * in brackets right after the name, it is that name when its first letter opens the name and
 * each of its letters (three or more) is the initial of a word of it.
 */
function translatedInitials(abbr: string, name: string): boolean {
  const letters = abbr.replace(/[^\p{Lu}]/gu, "");
  const initials = name.split(/\s+/).map((w) => (w[0] ?? "").toUpperCase());
  if (letters.length < 3 || letters.length > initials.length || initials[0] !== letters[0])
    return false;
  const left = [...initials];
  for (const l of letters) {
    const at = left.indexOf(l);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/**
 * Whether an abbreviation can stand for a name: its letters are, in order, initials of the
 * name's words or its capitals, starting with the first ("HTS" for "Hayat Tahrir al-Sham",
 * "NATO" for "North Atlantic Treaty Organization"); "NFP" (Notes from Poland) is not "Poland".
 */
export function initialsOf(abbr: string, name: string): boolean {
  const letters = abbr.replace(/[^\p{Lu}]/gu, "");
  const marks = [...name.matchAll(/(?<![\p{L}'’])\p{L}|\p{Lu}/gu)].map((m) => m[0].toUpperCase());
  if (letters.length === 0 || marks[0] !== letters[0]) return false;
  let k = 0;
  for (const mark of marks) if (mark === letters[k]) k++;
  return k === letters.length;
}

/** The smallest span of years holding both. */
const widen = (a: [number, number], b: [number, number]): [number, number] => [
  Math.min(a[0], b[0]),
  Math.max(a[1], b[1]),
];

/**
 * Build the entity catalog of a bank from its events' entity lists and the documents'
 * sentences; `sentenceDocs`, when given, says which document each sentence is from.
 */
export function buildCatalog(
  events: BankEvent[],
  sentences: string[],
  isPastVerb: PastVerbTest,
  sentenceDocs?: readonly (string | undefined)[],
): EntityCatalog {
  const mentions = new Map<string, number>();
  const docsOf = new Map<string, Set<string>>();
  const yearsOf = new Map<string, [number, number]>();
  for (const event of events) {
    for (const name of event.entities) {
      const n = name.trim();
      if (n.length === 0) continue;
      mentions.set(n, (mentions.get(n) ?? 0) + 1);
      const docs = docsOf.get(n) ?? new Set<string>();
      for (const s of event.sources) docs.add(s.doc);
      docsOf.set(n, docs);
      const year = fromIso(event.date.start).year;
      const span = yearsOf.get(n);
      yearsOf.set(n, span === undefined ? [year, year] : widen(span, [year, year]));
    }
  }
  const names = [...mentions.keys()].sort();
  const position = new Map(names.map((n, i) => [n, i]));
  // Sentences indexed by their words, so finding a name's sentences does not scan them all.
  const byWord = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    for (const w of new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const mentionedAt = (name: string): number[] => {
    const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const rarest = words.reduce<number[] | undefined>((best, w) => {
      const list = byWord.get(w) ?? [];
      return best === undefined || list.length < best.length ? list : best;
    }, undefined);
    tick(rarest?.length ?? 0);
    return (rarest ?? []).filter((i) => (sentences[i] ?? "").includes(name));
  };
  const mentioning = (name: string): string[] => mentionedAt(name).map((i) => sentences[i] ?? "");
  // Names the text itself says are one: each is linked to the other both ways.
  const sameAs = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = sameAs.get(x);
      if (list === undefined) sameAs.set(x, [y]);
      else if (!list.includes(y)) list.push(y);
    }
  };
  /** The known name that ends the text (up to eight words), other than `not`. */
  const nameEnding = (text: string, not: string, fits: (name: string) => boolean) => {
    const words = text.slice(-100).split(/\s+/);
    for (let k = 1; k <= Math.min(8, words.length); k++) {
      const name = words.slice(words.length - k).join(" ");
      if (known.has(name) && name !== not && fits(name)) return name;
    }
    return undefined;
  };
  const known = new Set(names);
  // "Hayat Tahrir al-Sham (HTS)": an abbreviation written after a name is that name.
  const abbreviated = new Set<string>();
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(/\s\((\p{Lu}[\p{Lu}\d-]{1,7})\)/gu)) {
      const abbr = m[1] ?? "";
      if (abbreviated.has(abbr)) continue;
      const name = nameEnding(
        sentence.slice(0, m.index),
        abbr,
        (n) => initialsOf(abbr, n) || translatedInitials(abbr, n),
      );
      if (name === undefined) continue;
      abbreviated.add(abbr);
      link(abbr, name);
    }
    // "Jerome (…; Latin: Eusebius Sophronius Hieronymus; …)", "Isfahan, also known as
    // Esfahan": a name the text gives as another's name in a language, or as what it is
    // also known as, is that name.
    for (const m of sentence.matchAll(ALIAS_AFTER)) {
      const others =
        m[1] !== undefined ? m[1].split(";").map((part) => ALIAS_PART.exec(part)?.[1]) : [m[2]];
      for (const other of others) {
        const alias = other?.trim().replace(/^the\s+/, "");
        if (alias === undefined || !known.has(alias)) continue;
        const name = nameEnding(sentence.slice(0, m.index), alias, () => true);
        if (name !== undefined) link(alias, name);
      }
    }
  }
  // Names are grouped through indexes on their keys, so grouping stays fast for large banks;
  // other names are compared by similarity only with their neighbours in sorted key order.
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byCore = new Map<string, Group>();
  const bySuffix = new Map<string, Group>();
  const byLoose = new Map<string, Group>();
  const groupOf: (Group | undefined)[] = names.map(() => undefined);
  const near = similarityNeighbours(names);
  const suffixKeys = (name: string) => {
    const words = name.split(/\s+/);
    const out: string[] = [];
    for (let k = 2; k < words.length; k++) {
      const tail = words.slice(words.length - k).join(" ");
      const core = entityCore(tail);
      if (core.split(/\s+/).length >= 2 && nameKey(core).length >= 6) out.push(nameKey(tail));
    }
    return out;
  };
  const coreKey = (name: string) => {
    const c = looseNameKey(entityCore(name));
    return c.length >= 4 ? c : null;
  };
  /**
   * The earliest group among the neighbours' whose every spelling is the same name
   * as this one. Requiring all spellings (not any) stops chains of near-misses
   * (Kafura ~ Kafuma ~ Kafama …) from merging many different names into one entity,
   * and keeps the spellings of an entity few, so that checking an answer against
   * them costs the same in a large bank as in a small one.
   */
  const similarGroup = (i: number, name: string): Group | undefined => {
    const candidates = [
      ...new Set((near[i] ?? []).map((j) => groupOf[j]).filter((g) => g !== undefined)),
    ].sort((a, b) => a.index - b.index);
    tick(candidates.length);
    return candidates.find(
      (g) =>
        g.spellings.length < MAX_SIMILAR_SPELLINGS &&
        g.spellings.every(
          (s) => sameEntityName(s, name) && compatibleSpellings(s, name) && sameSkeleton(s, name),
        ),
    );
  };
  // "the People's Republic of China (PRC) and the Republic of China (ROC)": names the text
  // gives different abbreviations are different entities, however one ends the other.
  const abbreviations = new Map<string, string>();
  for (const [name, others] of sameAs) {
    const abbr = others.find((n) => /^\p{Lu}{2,}$/u.test(n));
    if (abbr !== undefined) abbreviations.set(nameKey(name), abbr);
  }
  const abbreviation = (name: string) => abbreviations.get(nameKey(name));
  const apart = (g: Group | undefined, name: string) => {
    const own = abbreviation(name);
    return (
      g !== undefined &&
      own !== undefined &&
      g.spellings.some((s) => {
        const other = abbreviation(s);
        return (other !== undefined && other !== own) || (s !== own && !initialsOf(own, s));
      })
    );
  };
  const bySuffixOf = (name: string, key: string) => {
    const g =
      bySuffix.get(key) ??
      suffixKeys(name)
        .map((k) => byKey.get(k))
        .find((x) => x !== undefined);
    return apart(g, name) ? undefined : g;
  };
  names.forEach((name, i) => {
    const key = nameKey(name);
    const core = coreKey(name);
    const loose = looseNameKey(name);
    let group =
      byKey.get(key) ??
      (core !== null && !apart(byCore.get(core), name)
        ? sameLength(byCore.get(core), name, entityCore)
        : undefined) ??
      bySuffixOf(name, key) ??
      (sameAs.get(name) ?? []).map((n) => byKey.get(nameKey(n))).find((g) => g !== undefined) ??
      (loose.length > 0 ? sameLength(byLoose.get(loose), name) : undefined) ??
      similarGroup(i, name);
    if (group === undefined) {
      group = { index: groups.length, spellings: [] };
      groups.push(group);
    }
    group.spellings.push(name);
    groupOf[i] = group;
    byKey.set(key, group);
    if (core !== null && !byCore.has(core)) byCore.set(core, group);
    for (const k of suffixKeys(name)) if (!bySuffix.has(k)) bySuffix.set(k, group);
    if (loose.length > 0 && !byLoose.has(loose)) byLoose.set(loose, group);
  });
  // For each name, the longer names that contain it, in name order, found in one pass.
  const finder = nameFinder(names);
  const containing: number[][] = names.map(() => []);
  names.forEach((name, j) => {
    for (const i of finder.within(name)) if (i !== j) containing[i]?.push(j);
  });
  // Votes of a head word alone in each document, counted once for all the names it ends:
  // only the documents that name the entity in full go on by its head ("Brown" in a story
  // of John Brown; another document's "Brown" may be anyone).
  const byHead = new Map<string, Map<string, ReturnType<typeof noScores>>>();
  const headVotes = (head: string, docs: ReadonlySet<string>) => {
    let perDoc = byHead.get(head);
    if (perDoc === undefined) {
      perDoc = new Map();
      const inDoc = new Map<string, string[]>();
      for (const i of mentionedAt(head)) {
        const doc = sentenceDocs?.[i];
        if (doc === undefined) continue;
        const list = inDoc.get(doc);
        if (list) list.push(sentences[i] ?? "");
        else inDoc.set(doc, [sentences[i] ?? ""]);
      }
      for (const [doc, list] of inDoc) perDoc.set(doc, headWordScores(head, list, isPastVerb));
      byHead.set(head, perDoc);
    }
    const total = noScores();
    for (const doc of docs) {
      const votes = perDoc.get(doc);
      if (votes !== undefined) addScores(total, votes);
    }
    return total;
  };
  const entities: Entity[] = groups.map((g) => {
    const spellings = [...g.spellings].sort(
      (a, b) =>
        (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || b.length - a.length || (a < b ? -1 : 1),
    );
    const total = noScores();
    const byHeads = noScores();
    const docs = new Set<string>();
    let years: [number, number] | undefined;
    for (const spelling of spellings) {
      for (const d of docsOf.get(spelling) ?? []) docs.add(d);
      const span = yearsOf.get(spelling);
      if (span !== undefined) years = years === undefined ? span : widen(years, span);
      // Mentions inside a longer name ("Darayya" in "Saraya Darayya") say nothing about this one.
      const longer = (containing[position.get(spelling) ?? -1] ?? []).map((j) => names[j] ?? "");
      const related = mentioning(spelling).map((s) =>
        longer.reduce((t, n) => t.split(n).join("…"), s),
      );
      addScores(total, entityKindScores(spelling, related, isPastVerb));
      const head = speakingHead(spelling);
      // (A head that is itself a spelling of this entity is counted as one already.)
      if (head !== null && !spellings.includes(head))
        addScores(byHeads, headVotes(head, docsOf.get(spelling) ?? new Set()));
    }
    // What the head alone does decides only a name its own mentions leave unclear: "Ciudad
    // Bolívar", a city "in" which things happen, is no person for what "Bolívar" did.
    if (kindFromScores(total) === "other") addScores(total, byHeads);
    // "District" cut from "District 6-4A", "Army" at a sentence's start: a word that only
    // says what kind of thing a name is names nothing on its own.
    const generic = spellings.every((sp) => TYPE_WORDS.has(sp.toLowerCase()));
    let kind = generic ? "other" : kindFromScores(total);
    let noun = kind === "place" ? placeNoun(spellings, mentioning) : null;
    // "the United States signed …, held twelve trials" and "across the United States": a
    // country acts as well as locates, and the more its documents say, the nearer its votes
    // come to a tie. One they call a country, a city or a town, with more votes as a place
    // than as an actor, is a place that acts.
    if (
      kind === "other" &&
      !generic &&
      total.place >= 2 &&
      total.place > total.actor &&
      total.place > total.event &&
      total.craft === 0
    ) {
      noun = placeNoun(spellings, mentioning);
      if (noun !== null) kind = "place";
    }
    const confidence = kindConfidence(total, kind);
    return {
      name: spellings[0] ?? "",
      spellings,
      kind,
      noun,
      confidence,
      docs,
      ...(years !== undefined ? { years } : {}),
    };
  });
  inheritSurnames(entities);
  const index = new Map<string, Entity>();
  for (const e of entities) for (const s of e.spellings) index.set(s, e);
  const byKind = new Map<string, Entity[]>();
  const kindKey = (kind: EntityKind, noun?: string) =>
    noun === undefined ? kind : `${kind}\u0000${noun}`;
  for (const e of [...entities].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    for (const key of [kindKey(e.kind), ...(e.noun !== null ? [kindKey(e.kind, e.noun)] : [])]) {
      const list = byKind.get(key);
      if (list) list.push(e);
      else byKind.set(key, [e]);
    }
  }
  const byDoc = new Map<string, Entity[]>();
  for (const [key, list] of byKind) {
    for (const e of list) {
      for (const d of e.docs) {
        const k = `${d}\u0000${key}`;
        const l = byDoc.get(k);
        if (l) l.push(e);
        else byDoc.set(k, [e]);
      }
    }
  }
  return {
    entities,
    inDocument: (doc, kind, noun) => byDoc.get(`${doc}\u0000${kindKey(kind, noun)}`) ?? [],
    find: (name) =>
      index.get(name.trim()) ??
      entities.find((e) => e.spellings.some((s) => sameEntityName(s, name))),
  };
}
