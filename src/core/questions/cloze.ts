import type { Question } from "../bank-schema.ts";
import { FULL_MONTH_RE, monthNumber } from "../dates/lexicon.ts";
import { mayNamePerson } from "../entity-kind.ts";
import { nameKey } from "../names.ts";
import { mainTense } from "../nlp/read-sentence.ts";
import { quoted, withFinalStop } from "../punctuation.ts";
import { textMemo } from "../text-memo.ts";
import { type Context, type EventInfo, perEvent, plainClause, plainText } from "./context.ts";
import { datePhrase } from "./date-phrase.ts";
import { explain, startOfState } from "./date-questions.ts";
import { entityKeys, GENERIC_NAME_WORDS, initialsOf, sameEntityKeys } from "./entities.ts";
import { afterPluralTitle } from "./full-names.ts";
import { seededShuffle } from "./hash.ts";
import { makeQuestion } from "./make.ts";
import { parseQuantity } from "./numbers.ts";
import { escapeRegExp, replaceWords, upperFirst } from "./text.ts";
import { wordWindows } from "./windows.ts";

/*
 * Cloze: the event sentence, dated, with one key phrase blanked: a name or a
 * number that occurs once in it, so the rest of the sentence cannot give it away.
 */

const BLANK = "_____";
const FULL_MONTH = new RegExp(FULL_MONTH_RE);
const MAX_PER_EVENT = 2;
/** A longer sentence is a reading task, not a recall one: judges called such clozes unwieldy. */
const MAX_WORDS = 40;

type Blank = { phrase: string; accepted: string[]; isNumber: boolean };

/** "William Christian Bullitt" → ["William Bullitt"]; none for two words or a suffix ("Jr."). */
function withoutMiddleNames(name: string): string[] {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  if (words.length < 3 || /^(?:Jr|Sr|II|III|IV)\.?$/.test(last)) return [];
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return [];
  return [`${words[0]} ${last}`];
}

/** The sentence as the cloze shows it: dated unless the date is disputed, attributed if needed. */
export const clozeSentence = perEvent((info: EventInfo, ctx: Context): string => {
  const text = plainText(info, ctx);
  // "Born and educated in Russia, in 1926 Rand moved to the _____.": a date written before a
  // fronted participle would date the participle ("In 1926, born and educated in Russia, …"),
  // and one at the end may date the last clause; right before the subject it is the clause's.
  const clause = plainClause(info, ctx);
  const intro = clause?.introIsParticiple === true ? clause.intro : null;
  // ("From 1848, until independence, France administered …": the start of a state stays one.)
  const when = startOfState(info, ctx)
    ? datePhrase(info.event.date).replace(/^(?:in|on)\b/, "from")
    : datePhrase(info.event.date);
  if (intro && text.startsWith(`${intro}, `))
    return withFinalStop(`${intro}, ${when} ${text.slice(intro.length + 2)}`);
  return withFinalStop(`${upperFirst(when)}, ${ctx.lower(text)}`);
});

/** A sentence's windows, kept while its names are counted one after the other. */
const sentenceWindows = textMemo((sentence: string) =>
  wordWindows(sentence.split(/[\s,;:.()“”"]+/).filter((w) => w.length > 0)),
);

/** How many separate places in a sentence name the entity (any spelling). */
function mentionCount(sentence: string, spellings: string[]): number {
  const windows = sentenceWindows(sentence);
  const hits: number[] = [];
  let widest = 1;
  for (const spelling of spellings) {
    const size = spelling.split(/\s+/).length;
    widest = Math.max(widest, size);
    const own = entityKeys(spelling);
    windows.of(size).forEach((window, i) => {
      if (sameEntityKeys(window, entityKeys(window), spelling, own)) hits.push(i);
    });
  }
  hits.sort((a, b) => a - b);
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const h of hits) {
    if (h - last >= widest) count++;
    last = h;
  }
  return count;
}

/** Whether a name is another one with a head noun after it ("Texas" → "Texas Army"). */
function qualifiedBy(longer: string, name: string): boolean {
  if (!longer.startsWith(`${name} `)) return false;
  const rest = longer.slice(name.length + 1);
  return (
    !/^(?:of|de|del|da|do|du|von|van|al|el|la|le|\()/i.test(rest) && rest.split(/\s+/).length <= 2
  );
}

function blanks(info: EventInfo, sentence: string, ctx: Context): Blank[] {
  const out: Blank[] = [];
  const present = ctx.namesIn(sentence);
  for (const name of info.names) {
    const at = sentence.indexOf(name);
    if (at < 0) continue;
    // "Senator John McCain (R-AZ)", "Notes from Poland (NFP)": a label in brackets after a
    // name only restates it, and blanked it asks for a code, not a fact.
    if (
      sentence[at - 1] === "(" &&
      sentence[at + name.length] === ")" &&
      /\p{Lu}[\p{L}.]*\s*$/u.test(sentence.slice(0, at - 1))
    )
      continue;
    // "in Cape Canaveral, Florida", "in Wuhan, China, an industrial hub": a name after a
    // place and its comma that closes the phrase only locates that place, and the place
    // before it gives it away (not so in a list, "Britain, France, and Israel").
    const entity = ctx.catalog.find(name);
    if (
      entity?.kind !== "person" &&
      entity?.kind !== "group" &&
      /\b(?:in|at|near|from|like)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s*$/u.test(
        sentence.slice(0, at),
      ) &&
      // (", an industrial and commercial hub": an apposition on the place closes it too.)
      /^\s*(?:[.;)]|,\s*(?:where|which|when|in|on|at|for|a|an)\b|$)/.test(
        sentence.slice(at + name.length),
      )
    )
      continue;
    // "Edward Lodewijk ‘Eddie’ Van Halen": a name followed by a nickname in quotes and more of
    // the name is only its first part; blanked, it asks for given names, not for who.
    if (/^\s+[‘“"']\p{Lu}[\p{L}.-]*[’”"']\s+\p{Lu}/u.test(sentence.slice(at + name.length)))
      continue;
    // ("Guion S. “Guy” Bluford": the nickname itself, quoted between parts of the name, is no
    // one's name alone; blanked, it asks what friends called him.)
    if (
      /\p{Lu}[\p{L}.'’-]*\s+[‘“"']$/u.test(sentence.slice(0, at)) &&
      /^[’”"']\s+\p{Lu}/u.test(sentence.slice(at + name.length))
    )
      continue;
    // "cutting off Cornwallis' escape": a blank before a bare apostrophe reads "_____' escape"
    // and tells that the name ends in "s".
    if (/^['’](?!s\b)/.test(sentence.slice(at + name.length))) continue;
    // "Mission Specialists N. Jan Davis": a plural common noun before a name is the title of
    // several people, no part of one person's name; blanked, the title is asked with it.
    // ("Articles of Confederation", "Trades Union Congress" are names of their own: only a
    // person's name after the plural makes it a title.)
    const holder = afterPluralTitle(name, ctx.nlp);
    if (
      holder !== null &&
      (/^\p{Lu}\./u.test(holder) || ctx.catalog.find(holder)?.kind === "person")
    )
      continue;
    // "Science, Vol. 266, No. 5192": a word cut short before a number is a label (volume,
    // number), no name; blanked, it asks how a word is abbreviated.
    if (/^\.\s*\d/.test(sentence.slice(at + name.length)) && !/\s/.test(name)) continue;
    // "issued its Declaration": after a possessive the name is a common noun's capital, and
    // "its _____" asks for wording.
    if (/\b(?:its|his|her|their)\s+$/i.test(sentence.slice(0, at))) continue;
    // "The World as Will and Representation (Die Welt als Wille und _____)": a name's other
    // form in brackets repeats the name before it, which gives the blank away.
    if (otherFormInBrackets(sentence, at)) continue;
    // "on the Iberian Peninsula (today's Portugal and Spain)": what brackets hold is an aside
    // to the event; blanked, it asks the aside, not what happened.
    if (insideBrackets(sentence, at)) continue;
    const spellings = entity?.spellings ?? [name];
    const others = present.filter((o) => o !== name && !spellings.includes(o));
    // A blank that swallows part of another name, or a name written twice, would be ambiguous.
    if (mentionCount(sentence, [...spellings, name]) !== 1) continue;
    // ("Mexico" found only inside "Mexico City" is no other name: the blank takes it whole.)
    const rest = sentence.split(name).join(" _ ");
    if (others.some((o) => o.includes(name) || (name.includes(o) && rest.includes(o)))) continue;
    if (out.some((b) => nameKey(b.phrase) === nameKey(name))) continue;
    // "Microsoft Corp. broke sales records": a full stop followed by a lower-case word ends
    // an abbreviation in the name, and goes into the blank with it ("_____ broke", not "_____. broke").
    const abbreviated = /^\.\s+\p{Ll}/u.test(sentence.slice(at + name.length));
    const phrase = abbreviated ? `${name}.` : name;
    // "Cornwallis moved his army", written out as "Charles Cornwallis": the surname the text
    // had is right too.
    const written = info.event.entities[info.names.indexOf(name)];
    const accepted = [
      // ("took up farming in Texas": "Texas Army" names something else, which "Texas"
      // only qualifies; "United States of America" is the same name written out.)
      ...spellings.filter((s) => s !== phrase && !qualifiedBy(s, phrase)),
      ...(abbreviated ? [name] : []),
      ...(written !== undefined && written !== name ? [written] : []),
      // ("William Christian Bullitt": a person is named as well by first name and surname.)
      ...(entity?.kind === "person" ||
      (entity?.kind !== "place" && entity?.kind !== "group" && mayNamePerson(phrase))
        ? withoutMiddleNames(phrase)
        : []),
    ];
    out.push({ phrase, accepted: [...new Set(accepted)], isNumber: false });
  }
  for (const m of sentence.matchAll(/(?<![\w,.-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,-]|\.\d)/g)) {
    const phrase = m[1] ?? "";
    const value = parseQuantity(phrase);
    if (value === null) continue;
    if (/^\d{4}$/.test(phrase) && value.low >= 1000 && value.low <= 2999) continue; // a year
    // Part of a date, also of a range ("From 5 to 6 December").
    const around = sentence.slice(Math.max(0, m.index - 12), m.index + phrase.length + 20);
    if (FULL_MONTH.test(around)) continue;
    if (sentence.split(new RegExp(`(?<![\\d,])${escapeRegExp(phrase)}(?![\\d,])`)).length !== 2)
      continue;
    // "lost from 30,000 to 50,000 inhabitants", "between 500,000 and one million": one end of a
    // range of counts is not a fact of its own; blanked, the other end all but gives it.
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const after = sentence.slice(m.index + phrase.length, m.index + phrase.length + 40);
    if (
      /(?:\b(?:from|between)\s+[\d,.]+\s+(?:to|and)|\d\s+to)\s+$/i.test(before) ||
      /^\s+(?:to|and)\s+(?:[\d,.]+|one|two|three)\b/i.test(after) ||
      /\d\s*[–-]\s*$/.test(before) ||
      /^\s*[–-]\s*\d/.test(after)
    )
      continue;
    out.push({ phrase, accepted: [], isNumber: true });
  }
  return out;
}

/** Whether position `at` is inside round brackets opened before it and not yet closed. */
function insideBrackets(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf("(", at);
  return open >= 0 && sentence.lastIndexOf(")", at) < open && sentence.indexOf(")", at) > at;
}

/**
 * Whether position `at` is inside brackets that give another form of the name just before
 * them: a bracket that opens with a capital right after a capitalised word and lists
 * nothing ("(Die Welt als Wille und Vorstellung)", "(Frente de Acción Popular or FRAP)").
 */
function otherFormInBrackets(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const open = before.lastIndexOf("(");
  if (open < before.lastIndexOf(")") || open < 0) return false;
  const close = sentence.indexOf(")", at);
  const inside = sentence.slice(open + 1, close < 0 ? undefined : close);
  return (
    /\p{Lu}[\p{L}'’.-]*\s*$/u.test(sentence.slice(0, open)) &&
    /^\p{Lu}/u.test(inside) &&
    !inside.includes(",")
  );
}

/**
 * Whether the document's title names what the blank asks for ("Cuba" in "The Cuban Missile
 * Crisis", "Padalecki" in "Jared Padalecki"): the title is what the learner is studying, so
 * the blank asks for nothing they have to know. Every word of the name that says which
 * (not "of", not "United") begins a word of the title.
 */
function namedByTitle(name: string, title: string): boolean {
  const titleWords = title.toLowerCase().split(/[^\p{L}'’]+/u);
  const words = name
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter((w) => w.length >= 4 && !GENERIC_NAME_WORDS.has(w));
  return words.length > 0 && words.every((w) => titleWords.some((t) => t.startsWith(w)));
}

/**
 * Whether a name modifies the common noun after it ("Union troops", "the American
 * tribute", "the Punjab region"): blanking a modifier asks for wording the noun and the
 * rest of the sentence mostly give away, not for who or where.
 */
function attributive(sentence: string, name: string, ctx: Context): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  const after = /^\s+([\p{Ll}][\p{L}'’-]*)(?:\s+(\S+))?/u.exec(sentence.slice(at + name.length));
  if (after === null) return false;
  const tokens = ctx.nlp.tag(`${name} ${after[1]}${after[2] ? ` ${after[2]}` : ""}`);
  const next = tokens[name.split(/\s+/).length];
  return next?.pos === "NOUN" && next.text === after[1];
}

const FUNCTION_WORDS =
  /^(?:was|were|been|being|with|that|this|these|those|from|into|onto|their|they|them|have|has|had|then|than|when|what|which|who|whom|whose|where|after|before|also)$/i;

/** Words of four letters or more, other than function words, in a text. */
function contextWords(text: string): number {
  return (text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.test(w)).length;
}

/** How many events starting in an event's time are compared with it at most. */
const TWIN_WINDOW = 64;

/** The names of other events inside this one's time whose clause has the same verb and voice. */
function namesOfSameDeed(info: EventInfo, ctx: Context): string[] {
  const own = plainClause(info, ctx);
  if (own === null) return [];
  const out: string[] = [];
  const { timeline } = ctx;
  // The timeline is sorted by start: the first event starting with this one is at or before
  // its own place.
  let lo = info.rank;
  while (lo > 0 && (timeline[lo - 1] as EventInfo).span.from >= info.span.from) lo--;
  for (let k = lo; k < timeline.length && k < lo + TWIN_WINDOW; k++) {
    const o = timeline[k] as EventInfo;
    if (o.span.from > info.span.to) break;
    if (o === info || o.span.to > info.span.to) continue;
    const other = plainClause(o, ctx);
    if (other !== null && other.lemma === own.lemma && (other.aux === null) === (own.aux === null))
      out.push(...o.names);
  }
  return out;
}

/** A blank right after a capitalised word and a number, not a month and its year. */
function numberInName(blanked: string): boolean {
  const m = /\b(\p{Lu}[\p{L}'’.-]*)\s+\d+\s+_____/u.exec(blanked);
  return m !== null && monthNumber(m[1] ?? "") === null;
}

/** The points of the compass, each with its opposite. */
const OPPOSITE_POINT: Record<string, string> = {
  North: "South",
  South: "North",
  East: "West",
  West: "East",
};

/**
 * Whether the rest of the sentence names the blank another way: "_____, known as Ladislas
 * Starevich" (the other name it is known by), "U.S. President … by the _____ federal
 * government" (its initials, for "United States").
 */
function givenAway(blanked: string, answer: string): boolean {
  if (
    /_____[,)]?\s+\(?(?:also\s+|better\s+|later\s+|now\s+)?(?:known|called|nicknamed|dubbed|styled|renamed)\s+(?:as\s+)?\p{Lu}/u.test(
      blanked,
    ) ||
    // ("Władysław Starewicz, known as _____"; "an area known as _____" gives no other name.)
    /\p{Lu}[\p{L}.'’-]*,?\s+\(?(?:also\s+|better\s+)?(?:known|called|nicknamed|dubbed)\s+(?:as\s+)?_____/u.test(
      blanked,
    )
  )
    return true;
  // "the North and _____ signed": a point of the compass beside its opposite names it.
  const opposite = OPPOSITE_POINT[answer];
  if (
    opposite !== undefined &&
    new RegExp(`\\b${opposite}\\s+(?:and|or)\\s+_____|_____\\s+(?:and|or)\\s+${opposite}\\b`).test(
      blanked,
    )
  )
    return true;
  // "U.S." or "US" for "United States": one initial for each capitalised word of the name.
  const words = answer.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words < 2) return false;
  return (blanked.match(/(?<![\p{L}.])(?:\p{Lu}\.?){2,}(?![\p{L}])/gu) ?? []).some(
    (abbr) => abbr.replace(/\./g, "").length === words && initialsOf(abbr, answer),
  );
}

/** Cloze questions for one event (at most two). */
export function clozeQuestions(info: EventInfo, ctx: Context): Question[] {
  const citation = info.citation;
  if (citation === null) return [];
  // "Croatia followed in May.": a text too short to lose its date keeps it, and dated in
  // front as well it would say the date twice ("In May 1990, _____ followed in May.").
  const plain = plainText(info, ctx);
  const own = info.event.dateText ?? "";
  if (own !== "" && plain.includes(own)) return [];
  const sentence = clozeSentence(info, ctx);
  if (sentence.split(/\s+/).length > MAX_WORDS) return [];
  // "El Apóstol was a 1917 Argentine animated film": a date inside the noun after "was" says
  // which thing, not when the clause held; put in front ("In 1917, El Apóstol was a(n) _____
  // film") it would limit the clause to that year.
  const copular = plainClause(info, ctx);
  if (
    copular?.lemma === "be" &&
    own !== "" &&
    new RegExp(
      `\\b(?:was|were|is|are)\\s+(?:a|an|the)\\s+${escapeRegExp(own)}\\s+\\p{L}`,
      "iu",
    ).test(citation.source.quote)
  )
    return [];
  // "In March 2011, Discovery has already been retired": a date before a present perfect.
  if (mainTense(info.event.text, ctx.nlp) === "perfect") return [];
  // "In 1729, the _____ took place.": an event named by its noun says nothing but its name,
  // so a blank in the name leaves the date as the only clue.
  if (/\btook place$/i.test(plain)) return [];
  const title = ctx.titles.get(citation.source.doc) ?? "";
  const candidates = blanks(info, sentence, ctx).filter(
    (b) => b.isNumber || (!attributive(sentence, b.phrase, ctx) && !namedByTitle(b.phrase, title)),
  );
  // "In 1933, the _____ was ratified": when the bank tells another event within the key's
  // time with the same verb, done by or to a name of the same head ("the Twenty-First
  // Amendment"), the blank has two right answers.
  const twins = namesOfSameDeed(info, ctx);
  const head = (name: string) => name.split(/\s+/).at(-1) ?? "";
  const names = seededShuffle(
    candidates.filter(
      (b) => !b.isNumber && !twins.some((n) => n !== b.phrase && head(n) === head(b.phrase)),
    ),
    info.event.id,
    (b) => b.phrase,
  );
  const numbers = seededShuffle(
    candidates.filter((b) => b.isNumber),
    info.event.id,
    (b) => b.phrase,
  );
  // "New _____" (York), "_____ 8 astronauts" (Apollo): a blank inside a longer name asks for
  // part of a name, which the rest of the name gives away.
  // "Panama 3 – _____": half of a score or a range asks for a number the other half frames.
  const splitsName = (blanked: string) =>
    /(?<![“"]|^)\b\p{Lu}[\p{L}'’.-]*\s+_____/u.test(blanked) ||
    // ("De La Fuente's Rocky 101 _____ political action committee": a number inside a name;
    // "in August 1781 _____" is a date before it.)
    numberInName(blanked) ||
    /_____\s+(?:\d|\p{Lu})/u.test(blanked) ||
    /\d\s*[–—-]\s*_____|_____\s*[–—-]\s*\d/u.test(blanked) ||
    // "by about 22:_____": a part of a clock time or a decimal.
    /\d[:.]_____|_____[:.]\d/u.test(blanked) ||
    // "Confessions of an _____": a name takes no "a" or "an"; after a capitalised word and
    // "of", the blank is the rest of a title.
    /\p{Lu}[\p{L}'’-]*\s+of\s+an?\s+_____/u.test(blanked) ||
    // "born _____ (Али́са Зиновьевна Розенбаум)", "the _____ (ROC)", "_____ (now Guyana)":
    // brackets right after a blank gloss what it stands for, in another script, spelling,
    // short form or name; a phrase opened by a preposition ("(along with Joel Hanrahan)")
    // adds to the sentence instead.
    /_____\s*\((?!(?:along|in|of|with|for|at|on|from|by|including|as|to|under)\b)/u.test(blanked);
  // "the Free and _____ held", "the _____ and Equal Elections Foundation held": one article
  // over a word, "and" and a name is one name ("the Free and Equal Elections Foundation").
  const splitsJoinedName = (blanked: string, phrase: string) =>
    (/\s/.test(phrase) && /\bthe\s+\p{Lu}[\p{L}'’-]*\s+and\s+_____/u.test(blanked)) ||
    (!/\s/.test(phrase) &&
      /\bthe\s+_____\s+and\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*/u.test(blanked));
  const picked = [...names, ...numbers]
    .map((b) => ({ ...b, blanked: replaceWords(sentence, b.phrase, BLANK) }))
    .filter(
      (b) =>
        !splitsName(b.blanked) &&
        !splitsJoinedName(b.blanked, b.phrase) &&
        !givenAway(b.blanked, b.phrase),
    )
    // "In 1759, _____ was born.": with the blank and the date taken out, a sentence needs two
    // words of its own to point to one answer; one ("born", "died") fits countless people.
    .filter((b) => contextWords(replaceWords(plain, b.phrase, BLANK)) >= 2)
    .slice(0, MAX_PER_EVENT);
  return picked.map((b) => {
    // "was an _____ animated film": the article agrees with the answer and tells whether it
    // opens with a vowel; "a(n)" asks the same without the clue.
    const blanked = b.blanked.replace(/\b([Aa])n?(\s+_____)/g, "$1(n)$2");
    const lead = citation.attributed
      ? `According to “${citation.title}”, fill in the blank`
      : "Fill in the blank";
    return makeQuestion({
      type: "cloze",
      variant: b.phrase,
      eventIds: [info.event.id],
      prompt: `${lead}: ${quoted(blanked)}`,
      answer: b.phrase,
      ...(b.accepted.length > 0 ? { accepted: b.accepted } : {}),
      explanation: explain(info, ctx),
      source: citation.source,
      ...(b.isNumber ? { tolerance: 0 } : {}),
    });
  });
}
