import type { BankEvent } from "../bank-schema.ts";
import { type EntityKind, entityKindScores, kindFromScores } from "../entity-kind.ts";
import { looseNameKey, nameKey, sameName } from "../names.ts";
import { escapeRegExp } from "./text.ts";

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
  /** What a place is called in the documents ("town", "city", "province"), if they say. */
  noun: string | null;
};

/** All entities of a bank with lookup by spelling. */
export type EntityCatalog = {
  entities: Entity[];
  find(name: string): Entity | undefined;
};

const PLACE_NOUNS =
  "town|city|village|province|governorate|district|region|country|capital|island|airport|camp|hill";

/** Words that say what kind of thing a name is rather than which one. */
export const GENERIC_NAME_WORDS = new Set([
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
  "national",
  "islamic",
  "republic",
  "united",
  "state",
  "states",
  "arab",
  "committee",
  "council",
  "movement",
  "brigade",
  "brigades",
  "people",
  "popular",
  "free",
  "democratic",
  "international",
  "government",
  "regime",
  "rebels",
  "fighters",
  "militants",
  "troops",
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

const coreCache = new Map<string, string>();

/** A name without its type words ("al-Nusra Front" → "al-Nusra", "Idlib city" → "Idlib"). */
export function entityCore(name: string): string {
  const hit = coreCache.get(name);
  if (hit !== undefined) return hit;
  if (coreCache.size >= 20_000) coreCache.clear();
  const core = computeCore(name);
  coreCache.set(name, core);
  return core;
}

function computeCore(name: string): string {
  const kept = name
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !TYPE_WORDS.has(w.toLowerCase()));
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

/** Whether two spellings are the same name for catalog purposes (variants, type words aside). */
export function sameEntityName(a: string, b: string): boolean {
  const ka = looseNameKey(a);
  const kb = looseNameKey(b);
  const ca = looseNameKey(entityCore(a));
  const cb = looseNameKey(entityCore(b));
  // Most pairs share no first letter of the whole name or of its core; then only a suffix can match.
  if (ka[0] !== kb[0] && ca[0] !== cb[0]) {
    const na = nameKey(a);
    const nb = nameKey(b);
    if (!(na.length > nb.length ? na.endsWith(nb) : nb.endsWith(na))) return false;
    return namedBySuffix(a, b) || namedBySuffix(b, a);
  }
  if (nameKey(a) === nameKey(b) || sameName(a, b)) return true;
  if (ca.length >= 4 && ca === cb) return true;
  return namedBySuffix(a, b) || namedBySuffix(b, a);
}

function placeNoun(spellings: string[], mentioning: (name: string) => string[]): string | null {
  const counts = new Map<string, number>();
  for (const spelling of spellings) {
    const sentences = mentioning(spelling);
    const s = escapeRegExp(spelling);
    const patterns = [
      new RegExp(`\\b(?:the|a)\\s+(${PLACE_NOUNS})\\s+of\\s+${s}\\b`, "gi"),
      new RegExp(`\\b${s},\\s+(?:a|the)\\s+(?:\\w+\\s+){0,2}(${PLACE_NOUNS})\\b`, "gi"),
    ];
    for (const sentence of sentences) {
      for (const p of patterns) {
        for (const m of sentence.matchAll(p)) {
          const noun = (m[1] ?? "").toLowerCase();
          counts.set(noun, (counts.get(noun) ?? 0) + 1);
        }
      }
    }
    const own = new RegExp(`\\b(${PLACE_NOUNS})$`, "i").exec(spelling);
    if (own?.[1]) counts.set(own[1].toLowerCase(), (counts.get(own[1].toLowerCase()) ?? 0) + 2);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best?.[0] ?? null;
}

/** Split texts into rough sentences for context votes. */
export function roughSentences(texts: string[]): string[] {
  return texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim().length > 0);
}

/** Build the entity catalog of a bank from its events' entity lists and the documents' sentences. */
export function buildCatalog(events: BankEvent[], sentences: string[]): EntityCatalog {
  const mentions = new Map<string, number>();
  for (const event of events) {
    for (const name of event.entities) {
      const n = name.trim();
      if (n.length > 0) mentions.set(n, (mentions.get(n) ?? 0) + 1);
    }
  }
  const names = [...mentions.keys()].sort();
  // Sentences indexed by their words, so finding a name's sentences does not scan them all.
  const byWord = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    for (const w of new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const mentioning = (name: string): string[] => {
    const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const rarest = words.reduce<number[] | undefined>((best, w) => {
      const list = byWord.get(w) ?? [];
      return best === undefined || list.length < best.length ? list : best;
    }, undefined);
    return (rarest ?? []).map((i) => sentences[i] ?? "").filter((s) => s.includes(name));
  };
  // "Hayat Tahrir al-Sham (HTS)": an abbreviation written after a name is that name.
  const abbreviations = new Map<string, string>();
  const known = new Set(names);
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(/\s\((\p{Lu}[\p{Lu}\d-]{1,7})\)/gu)) {
      const abbr = m[1] ?? "";
      const words = sentence.slice(Math.max(0, m.index - 100), m.index).split(/\s+/);
      for (let k = 1; k <= Math.min(8, words.length); k++) {
        const name = words.slice(words.length - k).join(" ");
        if (known.has(name) && abbr !== name && !abbreviations.has(abbr))
          abbreviations.set(abbr, name);
      }
    }
  }
  const expansions = new Map([...abbreviations.entries()].map(([abbr, full]) => [full, abbr]));
  // Names are grouped through indexes on their keys, so grouping stays fast for large banks;
  // only names with the same first letter are compared by similarity.
  const groups: { spellings: string[] }[] = [];
  const byKey = new Map<string, { spellings: string[] }>();
  const byCore = new Map<string, { spellings: string[] }>();
  const bySuffix = new Map<string, { spellings: string[] }>();
  const byFirst = new Map<string, { spellings: string[] }[]>();
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
  for (const name of names) {
    const key = nameKey(name);
    const core = coreKey(name);
    const abbreviated = abbreviations.get(name);
    const expands = expansions.get(name);
    let group =
      byKey.get(key) ??
      (core !== null ? byCore.get(core) : undefined) ??
      bySuffix.get(key) ??
      suffixKeys(name)
        .map((k) => byKey.get(k))
        .find((g) => g !== undefined) ??
      (abbreviated !== undefined ? byKey.get(nameKey(abbreviated)) : undefined) ??
      (expands !== undefined ? byKey.get(nameKey(expands)) : undefined) ??
      byFirst
        .get(looseNameKey(name)[0] ?? "")
        ?.find((g) => g.spellings.some((s) => sameEntityName(s, name)));
    if (group === undefined) {
      group = { spellings: [] };
      groups.push(group);
    }
    group.spellings.push(name);
    byKey.set(key, group);
    if (core !== null && !byCore.has(core)) byCore.set(core, group);
    for (const k of suffixKeys(name)) if (!bySuffix.has(k)) bySuffix.set(k, group);
    const first = looseNameKey(name)[0] ?? "";
    const list = byFirst.get(first) ?? [];
    if (!list.includes(group)) list.push(group);
    byFirst.set(first, list);
  }
  const entities: Entity[] = groups.map((g) => {
    const spellings = [...g.spellings].sort(
      (a, b) =>
        (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || b.length - a.length || (a < b ? -1 : 1),
    );
    const total = { place: 0, actor: 0, modifier: 0, mentions: 0 };
    for (const spelling of spellings) {
      // Mentions inside a longer name ("Darayya" in "Saraya Darayya") say nothing about this one.
      const longer = names.filter((n) => n !== spelling && n.includes(spelling));
      const related = mentioning(spelling).map((s) =>
        longer.reduce((t, n) => t.split(n).join("…"), s),
      );
      const v = entityKindScores(spelling, related);
      total.place += v.place;
      total.actor += v.actor;
      total.modifier += v.modifier;
      total.mentions += v.mentions;
    }
    const kind = kindFromScores(total);
    return {
      name: spellings[0] ?? "",
      spellings,
      kind,
      noun: kind === "place" ? placeNoun(spellings, mentioning) : null,
    };
  });
  const index = new Map<string, Entity>();
  for (const e of entities) for (const s of e.spellings) index.set(s, e);
  return {
    entities,
    find: (name) =>
      index.get(name.trim()) ??
      entities.find((e) => e.spellings.some((s) => sameEntityName(s, name))),
  };
}
