import { mayNamePerson } from "../entity-kind.ts";
import { BODY_HEAD, NAME_PARTICLES, NAMED_KIND, SEAT_FROM, TITLES } from "../events/entities.ts";
import { readSentence } from "../nlp/read-sentence.ts";
import { firstWordLowered, type Nlp, pluralNoun } from "../nlp/tokens.ts";
import { textMemo } from "../text-memo.ts";
import type { EventInfo } from "./context.ts";
import { type Entity, type EntityCatalog, fullNameIn, initialsOf } from "./entities.ts";
import { wordIndex } from "./text.ts";

/*
 * People named in full: a story calls a person by one name once it has named them,
 * but a question is read on its own, so its first mention is written out.
 */

/** What joins a name to the word before it ("Abraham Lincoln" holds no "Lincoln" of its own). */
const JOINS_BEFORE = /[\p{L}\p{N}'’-]/u;
/** What joins a name to the word after it. */
const JOINS_AFTER = /[\p{L}\p{N}-]/u;

/** Where a name is first written as a word of its own from `from` on; -1 if nowhere. */
const nameIndex = (text: string, name: string, from = 0): number =>
  wordIndex(text, name, from, JOINS_BEFORE, JOINS_AFTER);

/**
 * Words of the names of bodies, causes and programmes, which no person's name holds: the
 * head nouns of bodies the entity reader splits an office by, and a few more.
 */
const BODY_WORD = (word: string) =>
  BODY_HEAD.test(word) ||
  /^(?:Coalition|Alliance|Foundation|Fund|Group|Network|Center|Centre|Trust|Campaign|Project|Equality|Rights|Watch|Program|Programme|Force)$/.test(
    word,
  ) ||
  // ("Democratic Federal Yugoslavia", "People's Republic": the words of a state's form.)
  /^(?:Democratic|Federal|Federated|Socialist|People['’]s|Republic|Kingdom|Empire|Union|United|Islamic|Commonwealth|Confederate|Provisional)$/.test(
    word,
  );

/**
 * Words that open a sentence or stand before a name without being part of it, and the
 * words that say which part of a place ("Eastern Europe" is no Mr Europe's full name).
 */
const NOT_A_FIRST_NAME =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|the|in|on|at|after|before|when|while|during|since|by|for|from|with|as|although|but|and|a|an|this|that|these|those|his|her|its|their|under|then|both|of|to|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The full names ("Cordell Hull", "Yuen Ren Chao") a text writes, by their last word. */
const fullNamesOf = textMemo((text: string): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(
    // ("Juan Martínez de Ampiés", "Ludwig van Beethoven": a particle may stand before the surname.)
    // ("C.L. Gammon": initials may be written together.)
    /(?<![\p{L}\p{N}'’.-])((?:\p{Lu}[\p{Ll}'’-]+|(?:\p{Lu}\.)+)(?:[ \t]+(?:\p{Lu}[\p{Ll}'’-]+|(?:\p{Lu}\.)+)){0,2})(?:[ \t]+(de|da|del|della|di|du|dos|das|van|von|der|den))?[ \t]+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-]|[ \t]+\p{Lu})/gu,
  )) {
    const words = (m[1] ?? "").split(/\s+/);
    // ("Secretary of State Cordell Hull": an office's words are no part of the name.)
    const office = (w: string) =>
      NOT_A_FIRST_NAME.test(w.toLowerCase()) || TITLES.has(w.toLowerCase()) || BODY_HEAD.test(w);
    while (words.length > 0 && office(words[0] ?? "")) words.shift();
    // ("a French-born American", "Microsoft's Kinect": a word made with "-born" describes, and
    // a possessive says whose; neither is part of a name.)
    if (words.some((w) => /-\p{Ll}|['’]s$/u.test(w))) continue;
    // ("Senator from Minnesota Amy Klobuchar": the seat's place is no part of the name.)
    if (SEAT_FROM.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)))
      words.splice(0, words.length - 1);
    if (words.length === 0) continue;
    const particle = m[2] === undefined ? "" : `${m[2]} `;
    const last = m[3] ?? "";
    const set = out.get(last) ?? new Set<string>();
    set.add(`${words.join(" ")} ${particle}${last}`);
    out.set(last, set);
  }
  return out;
}, 256);

/**
 * "Mission Specialists N. Jan Davis" → "N. Jan Davis": a capitalised plural common noun
 * before a name is the title of several people, no word of one person's name. The words
 * after it, or null when the name does not open with such a title.
 */
export function afterPluralTitle(name: string, nlp: Nlp): string | null {
  const space = name.search(/\s/);
  if (space < 0) return null;
  const first = name.slice(0, space);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(first) || !pluralNoun(first, nlp)) return null;
  return name.slice(space).trim();
}

/** Whether a name's first word, read in lower case, is still a noun or a name ("don" is a verb). */
function mayOpenAName(name: string, nlp: Nlp): boolean {
  const first = firstWordLowered(name, nlp);
  if (first === undefined || /^(?:NOUN|PROPN|ADJ)$/.test(first.pos)) return true;
  // ("mohamed" is read as a verb only by its ending; no verb is known by that name.)
  return first.pos === "VERB" && first.form === "ed" && first.lemma === first.lower;
}

/** How often a surname alone comes before a full name for it to be someone else's. */
const OTHER_PERSON_USES = 3;

/**
 * The one full name the texts write for a surname, if there is exactly one — and no text
 * calls someone by the surname alone before writing that name: a story names a person in
 * full, then shortens. "Wilson agreed and immediately sent 200,000 American troops", told
 * five times before "his second wife Edith Wilson", is another Wilson.
 */
function namedInFull(surname: string, texts: readonly string[]): string | undefined {
  const found = new Set<string>();
  for (const t of texts) {
    const names = fullNamesOf(t).get(surname);
    if (names === undefined) continue;
    const firstFull = Math.min(...[...names].map((n) => t.indexOf(n)).filter((i) => i >= 0));
    // (Not the title line, and not once or twice: a section may go on from one that named
    // the person, "it made Douglas's popular sovereignty …" before "Stephen Douglas".)
    const body = t.indexOf("\n");
    let before = 0;
    for (let at = nameIndex(t, surname); at >= 0; at = nameIndex(t, surname, at + 1)) {
      if (at >= firstFull) break;
      if (at > body && ![...names].some((n) => t.slice(0, at + surname.length).endsWith(n)))
        before++;
    }
    if (before >= OTHER_PERSON_USES) return undefined;
    for (const n of names) found.add(n);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The full names a text writes (`fullNamesOf`), by their first word. */
const fullNamesByFirst = textMemo((text: string): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const set of fullNamesOf(text).values())
    for (const n of set) {
      const first = n.split(" ")[0] ?? "";
      const list = out.get(first);
      if (list === undefined) out.set(first, [n]);
      else list.push(n);
    }
  return out;
}, 256);

/** Where a name is first written as a word of its own from `from` on; Infinity if nowhere. */
function firstUse(text: string, name: string, from: number): number {
  const at = nameIndex(text, name, Math.max(0, from));
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}

/** A name with a particle: "Osama bin Laden", "Ludwig van Beethoven". */
const PARTICLE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t]+\\p{Lu}[\\p{Ll}'’-]+)?(?:[ \\t]+(?:${NAME_PARTICLES}))+[ \\t]+\\p{Lu}[\\p{Ll}'’-]+(?![\\p{L}'’-])`,
  "gu",
);

/**
 * Names with a particle, which the full names above leave out. Not in quotations, which
 * keep the speaker's spelling ("Usama bin Ladin") beside the writer's.
 */
const particleNamesOf = textMemo(
  (text: string): string[] =>
    [...text.replace(/"[^"\n]*"|“[^”\n]*”/g, " ").matchAll(PARTICLE_NAME)].map((m) =>
      m[0].replace(/\s+/g, " ").replace(/['’]s?$/, ""),
    ),
  256,
);

/**
 * "Osama was killed in 2011" → "Osama bin Laden …": a story calls a person by first name
 * when the surname is shared ("Hamza bin Laden, son of Osama bin Laden"). The one name
 * with a particle the texts write that begins with it — unless some full name ends with
 * it, which makes it a surname. (Only names with a particle: "Timur" is the conqueror's
 * whole name, not the first of Timur Shah's.)
 */
function namedInFullFrom(
  first: string,
  texts: readonly string[],
  isPerson: (name: string) => boolean,
): string | undefined {
  const found = new Set<string>();
  for (const t of texts) {
    const names = fullNamesOf(t);
    if (names.has(first)) return undefined;
    for (const n of particleNamesOf(t)) if (n.split(" ")[0] === first) found.add(n);
    // "Dan Billow … Dan began his career": a story that names a person in full and then
    // by first name alone, never by the first name before the full one.
    // (A person's name, by the catalog: not "Truman Doctrine", "Soviet Union", "Black Thursday".)
    const body = t.indexOf("\n");
    for (const n of fullNamesByFirst(t).get(first) ?? []) {
      if (n.split(" ").length > 3 || n.split(" ").some(BODY_WORD) || !isPerson(n)) continue;
      const at = t.indexOf(n, body);
      if (at >= 0 && firstUse(t, first, body) >= at) found.add(n);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The full name a surname or first name stands for when the catalog knows none, read from
 * its own documents. "Hull" after "Secretary of State Cordell Hull", named in a sentence
 * with no date: the one full name its documents write for it, unless it names a place, a
 * group or an event ("the United States Apollo program": what stands before it is no first
 * name). "Daniel" in a biography of Daniel Bernoulli, whose family shares his surname: the
 * first name of the person a document's title names is that person.
 */
function fullNameFromDocuments(
  name: string,
  entity: Entity | undefined,
  catalog: EntityCatalog,
  docTexts: readonly string[],
  acting = false,
): string | undefined {
  // (a surname read as a place on one weak clue, "the Harris Treaty", where the prompt has it
  // act, "Harris arrived in Shimoda", and the documents name a person "Townsend Harris")
  const weakPlace = entity?.kind === "place" && entity.confidence < 2 && acting;
  if (
    !BODY_HEAD.test(name) &&
    (entity === undefined ||
      entity.kind === "other" ||
      entity.kind === "person" ||
      weakPlace ||
      // (a surname whose reading as a group rests on one clue: "the Chao family")
      (entity.kind === "group" && entity.confidence < 2))
  ) {
    const found = namedInFull(name, docTexts);
    const given =
      found === undefined ? undefined : catalog.find(found.slice(0, -name.length).trim());
    // A person's name, not a body's: "the legislature of Marriage Equality Coalition
    // Taiwan" was no full name of Taiwan.
    const person =
      entity?.kind === "person" ||
      (found !== undefined &&
        !found.split(/\s+/).some(BODY_WORD) &&
        (!weakPlace || mayNamePerson(found)));
    if (found !== undefined && person && (given === undefined || given.kind === "person"))
      return found;
  }
  if (entity?.kind === "place") return undefined;
  if (entity === undefined || entity.kind === "other" || entity.kind === "person") {
    const full = namedInFullFrom(name, docTexts, (n) => catalog.find(n)?.kind === "person");
    if (full !== undefined) return full;
  }
  return (
    docTexts.map(nameTitle).find((title) => title?.split(/\s+/)[0] === name) ??
    // ("Huxley" in "Aldous Huxley", whose family the text names too: a biography's surname
    // alone is its subject's.)
    (entity === undefined || entity.kind === "person" || entity.kind === "other"
      ? titleWithSurname(name, docTexts)
      : undefined)
  );
}

/**
 * The names the texts spell out with their abbreviation, "Civil Works Administration (CWA)"
 * or "WWE (World Wrestling Entertainment)", by abbreviation, with whether "the" came before.
 */
// (Words of one line: "American Football Conference\n\nThe American Football Conference (AFC)"
// is a title line, then the name.)
const NAME_WORDS =
  "\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+(?:(?:of|for|and|the|on|in|to)[^\\S\\n]+)*\\p{Lu}[\\p{L}'’-]*){1,7}";
/** "the Civil Works Administration (CWA)" */
const NAME_THEN_ABBREVIATION = new RegExp(
  `(\\bthe\\s+)?(${NAME_WORDS})\\s+\\((\\p{Lu}{2,6})\\)`,
  "gu",
);
/** "a multinational force (MNF)": a common noun phrase given its abbreviation. */
const COMMON_THEN_ABBREVIATION =
  /\b(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+\((\p{Lu}{2,6})\)/gu;
/** "WWE (World Wrestling Entertainment)" */
const ABBREVIATION_THEN_NAME = new RegExp(`\\b(\\p{Lu}{2,6})\\s+\\((${NAME_WORDS})\\)`, "gu");

const abbreviationsOf = textMemo((text: string): Map<string, { name: string; the: boolean }> => {
  const out = new Map<string, { name: string; the: boolean }>();
  for (const m of text.matchAll(NAME_THEN_ABBREVIATION)) {
    const [, the, name = "", abbr = ""] = m;
    // ("the United States Department of Defense (DOD)": the abbreviation may name only the
    // last words; they are the name.)
    const parts = name.split(/\s+/);
    for (let k = 0; k < parts.length; k++) {
      const tail = parts.slice(k).join(" ");
      // (Its last word's initial is the abbreviation's last letter, or the word before a kind
      // of document the abbreviation leaves out, "Intermediate-Range Nuclear Forces Treaty
      // (INF)": "Forces Brigade of the Angolan Armed Forces" holds F, A, A in order, but
      // "FAA" is Forças Armadas Angolanas.)
      const initial = (back: number) => (parts[parts.length - back] ?? "").charAt(0).toUpperCase();
      const lastLetter = abbr.charAt(abbr.length - 1);
      const ends =
        initial(1) === lastLetter ||
        (NAMED_KIND.test((parts[parts.length - 1] ?? "").toLowerCase()) &&
          initial(2) === lastLetter);
      if (initialsOf(abbr, tail) && ends) {
        out.set(abbr, { name: tail, the: the !== undefined || k > 0 });
        break;
      }
    }
  }
  // ("a multinational force (MNF)": its letters in order, each word's first among them.)
  for (const m of text.matchAll(COMMON_THEN_ABBREVIATION)) {
    const [, name = "", abbr = ""] = m;
    if (!out.has(abbr) && lettersOf(abbr, name)) out.set(abbr, { name, the: true });
  }
  for (const m of text.matchAll(ABBREVIATION_THEN_NAME)) {
    const [, abbr = "", name = ""] = m;
    if (initialsOf(abbr, name) && !out.has(abbr)) out.set(abbr, { name, the: false });
  }
  return out;
}, 256);

/** Whether an abbreviation's letters are a common noun phrase's, in order, from its first letter, with every word's first letter among them. */
function lettersOf(abbr: string, name: string): boolean {
  const words = name.split(/\s+/);
  const letters = abbr.toLowerCase();
  if (!words.every((w) => letters.includes(w[0] ?? "")) || letters[0] !== name[0]) return false;
  let k = 0;
  for (const c of name) if (c === letters[k]) k++;
  return k === letters.length;
}

/**
 * "the CWA, founded in early 1933" → "the Civil Works Administration, founded …": read on
 * its own, a question spells out an abbreviation its documents define. Null when none do,
 * or the text already spells it out.
 */
function spelledOut(
  text: string,
  abbr: string,
  docTexts: readonly string[],
  nlp: Nlp,
): { text: string; name: string } | null {
  const found = new Set<string>();
  let the = false;
  for (const t of docTexts) {
    const entry = abbreviationsOf(t).get(abbr);
    if (entry === undefined) continue;
    found.add(entry.name);
    the ||= entry.the;
  }
  const name = [...found][0];
  if (found.size !== 1 || name === undefined || text.includes(name)) return null;
  const at = nameIndex(text, abbr);
  if (at < 0) return null;
  const before = text.slice(0, at);
  // ("SCAP deemed …" → "The Supreme Command of Allied Powers deemed …": a body named with
  // "the" keeps it where its abbreviation stood alone.)
  // Not after another determiner ("Marine Traffic's AIS database"), nor where the name
  // modifies a noun after it ("PLO officials" → "Palestine Liberation Organization officials").
  const end = at + abbr.length;
  const next = readSentence(text, nlp).tokens.find((t) => t.from >= end);
  const article =
    the &&
    !/(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s)\s+$/i.test(before) &&
    !(next?.pos === "NOUN" && /^\s+\p{Ll}/u.test(text.slice(end)));
  const written = article ? (before.trim() === "" ? `The ${name}` : `the ${name}`) : name;
  return { text: `${before}${written}${text.slice(end)}`, name };
}

/**
 * The names a text writes as a head word with "of" or "for" and capitalised words ("the
 * Partnership for Peace", "the Articles of Confederation"), by head word; read once per text,
 * overlapping ones too ("Bank of Partnership for Peace" holds both).
 */
const longFormsOf = textMemo((text: string): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(
    /(?<![\p{L}])(?=(\p{Lu}\p{Ll}+)(\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*))/gu,
  )) {
    const head = m[1] ?? "";
    const set = out.get(head) ?? new Set<string>();
    set.add(`${head}${m[2] ?? ""}`);
    out.set(head, set);
  }
  return out;
}, 256);

/**
 * "the Partnership" → "the Partnership for Peace": after "the", a capitalised word that in
 * lower case is a common noun stands for the one name its documents write with it and "of"
 * or "for" ("the Partnership for Peace"); null when they write none or several, or when the
 * word is a generic head of bodies ("the Army" is not "the Army of the Potomac").
 */
function headWordName(
  text: string,
  name: string,
  docTexts: readonly string[],
  nlp: Nlp,
): { text: string; name: string } | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || BODY_HEAD.test(name)) return null;
  const at = nameIndex(text, name);
  if (at < 0 || !/\bthe\s+$/i.test(text.slice(0, at))) return null;
  // (Already the head of the long name here: "the Partnership for Peace".)
  if (/^\s+(?:of|for)\s+\p{Lu}/u.test(text.slice(at + name.length))) return null;
  if (firstWordLowered(name, nlp)?.pos !== "NOUN") return null;
  const found = new Set(docTexts.flatMap((t) => [...(longFormsOf(t).get(name) ?? [])]));
  const full = [...found][0];
  if (found.size !== 1 || full === undefined) return null;
  return {
    text: `${text.slice(0, at)}${full}${text.slice(at + name.length)}`,
    name: full,
  };
}

/**
 * A document's title line when it reads as a name of two to four capitalised words. (Of the
 * line alone: "Azerbaijan", then a heading "History", is no "Azerbaijan History".)
 */
function nameTitle(text: string): string | undefined {
  return /^(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,3})\n/u.exec(text)?.[1];
}

/** The one person's name its documents' titles give that ends with the surname ("Aldous Huxley"). */
function titleWithSurname(surname: string, docTexts: readonly string[]): string | undefined {
  const titles = new Set(
    docTexts.map(nameTitle).filter((t): t is string => t?.endsWith(` ${surname}`) === true),
  );
  return titles.size === 1 ? [...titles][0] : undefined;
}

/** A name written as an abbreviation ("CWA", "AFC"), which `withFullNames` may spell out. */
export const isAbbreviation = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name);

/**
 * "Debret returned to France" → "Jean-Baptiste Debret returned to France": a story calls a
 * person by surname once it has named them, but a question is read on its own, so its
 * first mention of a surname the catalog ties to one person's full name is written in full.
 */
export function withFullNames(
  text: string,
  entities: readonly string[],
  catalog: EntityCatalog,
  docs: ReadonlySet<string>,
  docTexts: readonly string[],
  nlp: Nlp,
  abbreviations = true,
): Pick<EventInfo, "promptText" | "names"> {
  let out = text;
  const names = [...entities];
  for (const [i, name] of entities.entries()) {
    if (/\s/.test(name)) continue;
    if (isAbbreviation(name)) {
      if (!abbreviations) continue;
      const written = spelledOut(out, name, docTexts, nlp);
      if (written !== null) {
        out = written.text;
        names[i] = written.name;
      }
      continue;
    }
    // "Russia joined the Partnership" → "the Partnership for Peace": a body a story has named
    // in full, then by its head word alone.
    const body = headWordName(out, name, docTexts, nlp);
    if (body !== null) {
      out = body.text;
      names[i] = body.name;
      continue;
    }
    const entity = catalog.find(name);
    // "Huxley" in the article "Aldous Huxley", whose family has several: the surname alone,
    // in a biography, is its subject's.
    const titled = entity?.ambiguous === true ? titleWithSurname(name, docTexts) : undefined;
    if (entity?.ambiguous === true && titled === undefined) continue;
    let full = titled ?? fullNameIn(entity, docs, catalog);
    if (full === undefined && entity?.kind === "person" && entity.fullName !== undefined) continue;
    // (Whether the name opens the prompt and something follows it: it acts there.)
    const acting = out.startsWith(`${name} `) && /^\p{Ll}/u.test(out.slice(name.length + 1));
    // "filled with Communists" is no surname of the "Chinese Communists" the text names
    // elsewhere: a plural common noun in capitals names a group, not a person — unless the
    // full name is a person's ("Prats" after "General Carlos Prats", "Harris").
    if (full === undefined && pluralNoun(name, nlp)) {
      const found = fullNameFromDocuments(name, entity, catalog, docTexts, acting);
      const kind = found === undefined ? undefined : catalog.find(found)?.kind;
      if (found === undefined || !mayNamePerson(found) || (kind !== undefined && kind !== "person"))
        continue;
      full = found;
    }
    full ??= fullNameFromDocuments(name, entity, catalog, docTexts, acting);
    if (full === undefined) continue;
    // ("Mission Specialists N. Jan Davis": the title of several people is no part of a name.)
    const named = afterPluralTitle(full, nlp);
    if (named !== null && /\s/.test(named)) full = named;
    if (out.includes(full)) continue;
    const at = nameIndex(out, name);
    if (at < 0) continue;
    let before = out.slice(0, at);
    // "Mr. Sarkozy" → "Nicolas Sarkozy": an honorific stands in for the first name.
    const honorific = /(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr|Mme|M)\.?\s+$/.exec(before);
    if (honorific !== null)
      before = before.slice(0, honorific.index + (honorific[0].startsWith(" ") ? 1 : 0));
    // A capitalised word before it, other than the text's first, makes it part of a name;
    // "the senior Johnston" is another of the family.
    else if (
      /\S\s+\p{Lu}[\p{L}.]*\s+$/u.test(before) ||
      /\b(?:the|a|an)\s+(?:\S+\s+)?$/i.test(before)
    )
      continue;
    // "Don Imus' syndicated radio show" opening the text reads "Don" as the verb "don": a
    // first name that is also a common word stays out of a sentence's first place.
    if (before.trim() === "" && !mayOpenAName(full, nlp)) continue;
    // "the massacre of Lakota men": a name before a plural noun modifies it, and names no
    // one whose full name could be written ("Oglala Lakota men").
    const after = at + name.length;
    if (/^\s+\p{Ll}/u.test(out.slice(after))) {
      const next = readSentence(out, nlp).tokens.find((t) => t.from > after);
      if (next?.pos === "NOUN" && next.lemma !== next.lower) continue;
    }
    const written = `${before}${full}${out.slice(after)}`;
    // "Qaboos bin Said's overthrew …" read "Said" as the verb "say": a name written out must
    // still read as a name, or the question would be built on another sentence.
    const from = before.length;
    if (
      readSentence(written, nlp).tokens.some(
        (t) => t.from >= from && t.to <= from + full.length && t.pos === "VERB",
      )
    )
      continue;
    out = written;
    names[i] = full;
  }
  return { promptText: out, names };
}
