import { NAMED_KIND } from "../events/entities.ts";
import { type Parse, REPORTING_VERB, thatDeterminer, type Unit } from "../nlp/clauses.ts";
import { CONNECTIVE } from "../nlp/discourse.ts";
import { readSentence } from "../nlp/read-sentence.ts";
import {
  COLLECTIVE,
  firstWordLowered,
  isNominal,
  isVerbal,
  type Nlp,
  TIME_UNIT,
  type Token,
} from "../nlp/tokens.ts";
import { upperFirst } from "./text.ts";

/*
 * Whether a sentence asserts that something happened, and whether it can be read
 * without the sentences around it — the test a
 * question built from it must pass, since a learner sees it alone. Words that
 * point back to something said before make it depend on its context:
 *   - a personal pronoun with no noun before it in the sentence ("he was appointed");
 *   - a demonstrative ("this cease-fire", "these plans", "in light of this");
 *   - "the same", "the latter", "the former", "another", "such";
 *   - a definite singular description of common nouns alone ("the city", "the new
 *     government", "the program"): "the" marks one thing already known, and nothing in
 *     the sentence says which — unlike "the city of Aleppo", "the Syrian army", "the
 *     town that …" (a plural such as "the rebels" may name a group by its members);
 *   - an opening connective that answers a previous sentence ("However,", "Instead,").
 * The reasons are English grammar (definiteness and reference), not the seed texts.
 */

const PERSONAL =
  /^(?:he|she|him|his|her|hers|they|them|their|theirs|it|its|himself|herself|themselves|itself)$/;
/** Verbs whose infinitive complement is intended or expected, not done. */
const IRREALIS =
  /^(?:expect|plan|schedule|intend|propose|hope|aim|want|seek|try|attempt|threaten|promise|vow|set|due|slate)$/;
const DEMONSTRATIVE = /^(?:this|these|those|such)$/;
/** Verbs whose left-out complement is one said before: "concurred" (with it), "refused" (it). */
const NULL_COMPLEMENT =
  /^(?:concur|agree|approve|object|refuse|comply|consent|acquiesce|relent|accept|decline|insist|retaliate|reciprocate|follow|respond|reply|oblige|succeed|fail)$/;
/** Adjectives that place their noun after one said before: "the subsequent hurricane". */
const ANAPHORIC_ADJECTIVE = /^(?:subsequent|aforementioned|ensuing|abovementioned)$/;
/**
 * Nouns whose content is a deed or a claim ("a promise to free the slaves"): with only a
 * possessive before them and nothing after that gives it, the content was told before.
 */
const CONTENT_NOUN =
  /^(?:promise|pledge|vow|threat|ultimatum|plan|proposal|demand|request|offer|warning|intention)$/;
/** What gives such a noun its content after it: an infinitive, a clause, a phrase, a colon. */
const CONTENT_AFTER = /^(?:to|that|of|for|on|against|:)$/;
/** Verbs whose object is the subject of the infinitive after it: "ordered the army to withdraw". */
const OBJECT_CONTROL =
  /^(?:ask|tell|order|command|force|urge|allow|permit|persuade|invite|require|instruct|encourage|compel|oblige|authorize|authorise|direct|advise|beg|forbid|enable|summon|call)$/;
/** Offices written before "of" ("Rector of the university", "Chairman of the board"). */
const OFFICE =
  /^(?:rector|president|chairman|chairwoman|chair|director|governor|secretary|minister|head|chief|dean|mayor|commander|leader|member|professor|provost|chancellor|principal|captain|manager|editor)$/;
/** Plural pronouns, which stand for several things or for a body of people. */
const PLURAL_PRONOUN = /^(?:they|them|their|theirs|themselves)$/;
const FIRST_OR_SECOND_PERSON =
  /^(?:i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|yourselves)$/;
/** Prepositions of place and time: a name after one ("In Berlin, he …") is no person a pronoun can mean. */
const LOCATIVE =
  /^(?:in|at|from|to|into|near|across|inside|outside|throughout|toward|towards|during|since|until)$/;
/** Verbs of saying that tell nothing without the words said ("said", "told CNN"). */
const SAYING = /^(?:say|tell|add|explain|comment|remark|recall)$/;
/** Additive words, which presuppose that the same was said of something before. */
const ADDITIVE = /^(?:also|too|again|likewise|similarly)$/;
const CONNECTIVE_PHRASE =
  /^\s*["“]?((?:all told|in practice|in fact|in addition|in turn|as a result|in the end|at the same time|by then|after that|in return|even so|in any case|as such|that said|in contrast|by contrast|on the other hand|in the same way|in response|in reply|in retaliation|as a consequence|in consequence|because of this|because of that|for this reason|to this end|(?:not\s+)?coincidentally|not surprisingly|unsurprisingly|predictably|ironically))\s*,/i;
/** Adjectives of regions that hold many countries: "the African nation" says not which. */
const REGION_ADJECTIVE =
  /^(?:African|Asian|European|Arab|Latin|Caribbean|Balkan|Nordic|Scandinavian|Baltic|Andean|Central|Southeast|Middle)$/;
/** Nouns for one of a region's many members ("the African nation", "the Arab leader"). */
const ONE_OF_MANY = /^(?:nation|country|state|kingdom|republic|island|city|capital|leader|ruler)$/;
const BACKWARD = /^(?:same|latter|former|aforementioned|above|following|resulting|ensuing)$/;

/** Whether a sentence's first word, read in lower case, is still a noun or an adjective (a name). */
function firstIsName(text: string, nlp: Nlp): boolean {
  const first = firstWordLowered(text, nlp);
  return (
    first !== undefined &&
    (first.pos === "NOUN" || first.pos === "PROPN" || first.pos === "ADJ") &&
    first.lemma === first.lower
  );
}

/** Nouns for works, which their titles name. */
const WORK_NOUNS =
  /^(?:music|piece|work|book|novel|film|movie|song|album|play|painting|poem|symphony|opera|composition|score|recording|essay|article|paper|report|study|sculpture|show|series)$/;

/** Kinds of place, whose plural with "the" points to places said before. */
const PLACE_KINDS = /^(?:island|town|village|city|province)$/;

/** Whether a noun after "the" is made specific by what follows it ("of Aleppo", "Aleppo", "that …"). */
function specifiedAfter(tokens: readonly Token[], k: number, finite: ReadonlySet<number>): boolean {
  const next = tokens[k];
  if (next === undefined) return false;
  if (next.pos === "PROPN" || next.pos === "NUM") return true;
  if (/^(?:of|that|which|who|whom|whose|where|when|known|called|named)$/.test(next.lower))
    return true;
  // "the harbor at Tokyo Bay", "the capital in Damascus": a named place says which.
  if (
    next.pos === "ADP" &&
    (tokens[k + 1]?.pos === "PROPN" ||
      (tokens[k + 1]?.pos === "DET" && tokens[k + 2]?.pos === "PROPN"))
  )
    return true;
  // "the road linking Fu'ah and Kafriya", "the agreement signed in Astana": a participle says
  // which — unless it is the clause's own verb ("the family returned to Moscow").
  if (
    next.pos === "VERB" &&
    (next.form === "ing" || next.form === "ed" || next.form === "part") &&
    !finite.has(k)
  )
    return true;
  // "the decision to withdraw": an infinitive says which decision; after a verb of command
  // ("commanded the prince to return") it is that verb's, and says nothing about the noun.
  let det = k - 1;
  while (det >= 0 && tokens[det]?.lower !== "the") det--;
  if (OBJECT_CONTROL.test(tokens[det - 1]?.lemma ?? "")) return false;
  return next.lower === "to" && tokens[k + 1]?.pos === "VERB";
}

/**
 * The reason a sentence does not assert that something happened — its main verb is
 * negated ("did not ratify") or hedged by a modal other than "will" ("may not earn",
 * "would be") — or null when it asserts it.
 */
function unasserted(parse: Parse, tokens: readonly Token[]): string | null {
  const main = parse.units.find((u) => u.kind === "main");
  const verb = main?.verb;
  if (verb === null || verb === undefined) return "the sentence has no main verb";
  if (verb.negated) return "the main verb is negated";
  const first = tokens[verb.from];
  // "will close", "may not earn": what is to happen, or may, has not happened yet.
  if (first?.form === "modal") return `the main verb is hedged by “${first.text}”`;
  const head = tokens[verb.head];
  // "The House of Representatives concurred.": verbs like these leave out what they are
  // about only when it was said before (definite null complement), so it is outside.
  if (
    NULL_COMPLEMENT.test(head?.lemma ?? "") &&
    tokens
      .slice(verb.to, main?.to ?? tokens.length)
      .every((t) => t.pos === "PUNCT" || t.pos === "ADV" || t.pos === "CCONJ")
  )
    return `“${head?.text}” leaves out what it is about`;
  // "The order was dated 5 May": the date a document bears is no event of its own.
  if (head?.lemma === "date" || head?.lower === "dated") return "a document's date is no event";
  // "was expected to end", "planned to meet": the verb's complement is only intended.
  // The group may end before "to" ("was expected | to end") or run through it ("planned to meet").
  for (let k = verb.from; k <= Math.min(verb.to, tokens.length - 2); k++) {
    const t = tokens[k] as Token;
    // "The Senate was to meet Monday": "be to" is what was arranged, not what happened.
    if (
      (IRREALIS.test(t.lemma) ||
        IRREALIS.test(t.lower.replace(/d$/, "")) ||
        (t.lemma === "be" && k === verb.from)) &&
      tokens[k + 1]?.lower === "to" &&
      tokens[k + 2]?.pos === "VERB"
    )
      return `“${t.text} to …” says what was intended, not what happened`;
  }
  // "(requested that) Congress declare war": a bare base form after its subject is what
  // was asked for, not what happened.
  if (verb.from === verb.head && head?.form === "base" && verb.from > 0) {
    const subject = tokens[verb.from - 1];
    if (
      subject !== undefined &&
      (subject.pos === "PROPN" || subject.pos === "NOUN") &&
      subject.lemma === subject.lower
    )
      return "the bare verb says what was asked for, not what happened";
  }
  // "A loophole allows Sunday opening", "The building is home to …": the present tense
  // states how things are, not what happened; what someone says is still an event.
  if (verb.tense === "present" && head !== undefined && !REPORTING_VERB.test(head.lemma))
    return "the main verb states how things are, not what happened";
  return null;
}

/**
 * Whether prompts can be built from an event's text: it stands alone as it is, or once
 * a description its document's title names is written out (see withTitle).
 */
export function promptable(text: string, title: string, nlp: Nlp): boolean {
  if (dependence(text, nlp) === null) return true;
  const named = withTitle(text, title, nlp);
  return named !== text && dependence(named, nlp) === null;
}

/** The reason a sentence depends on its context, or null when it stands alone. */
export function dependence(text: string, nlp: Nlp): string | null {
  return findDependence(text, nlp)?.reason ?? null;
}

const DEPENDENT_OPENING =
  /^["“]?(?:he|she|it|they|this|these|those|that|there|its|his|her|their|its|such|both|neither|either|the latter|the former|the same)\b/i;

/** Whether a sentence opens without words that point outside it. */
export function standsAlone(text: string): boolean {
  return !DEPENDENT_OPENING.test(text.trim());
}

/**
 * Why a question may not be built on a sentence, or null when it may: what `dependence`
 * finds, or, stricter for a sentence read out of its story, an opening word that points
 * outside it ("Both …", "Its …").
 */
export function whyNotAlone(text: string, nlp: Nlp): string | null {
  return dependence(text, nlp) ?? (standsAlone(text) ? null : "the sentence does not stand alone");
}

/** What makes a sentence depend on its context; a definite description also gives its span and head. */
type Dependence = { reason: string; span?: [number, number]; head?: string };

function findDependence(text: string, nlp: Nlp): Dependence | null {
  const { tokens, parse } = readSentence(text, nlp);
  const claim = unasserted(parse, tokens);
  if (claim !== null) return { reason: claim };
  const main = parse.units.find((u) => u.kind === "main");
  // "Mr Lowe said of his Antarctic adventure.", "Evana Roth told CNN.": a saying whose
  // words were cut away says nothing.
  const said = main?.verb == null ? undefined : tokens[main.verb.head];
  if (
    said !== undefined &&
    SAYING.test(said.lemma) &&
    !parse.units.some((u) => u.kind === "comp" && u.parent === main) &&
    !/["“”]/.test(text)
  )
    return { reason: "it says someone spoke, not what was said" };
  // "Held numerous meetings leading up to the elections": a clause cut from its subject.
  // ("Was joined by the Lumleian lectures": so a passive cut from the noun it was said of.)
  if (
    main !== undefined &&
    main.subject === null &&
    (tokens[main.from]?.pos === "VERB" ||
      (tokens[main.from]?.pos === "AUX" && main.verb !== null && main.verb.from === main.from))
  )
    return { reason: "the sentence has no subject" };
  const first = tokens.find((t) => t.pos !== "PUNCT");
  if (
    first !== undefined &&
    (((CONNECTIVE.test(first.lower) ||
      // "First, came Comet Hyakutake": a step of a list the sentences around it go on with.
      /^(?:first|firstly|second|secondly|third|thirdly|next|lastly)$/.test(first.lower)) &&
      tokens[tokens.indexOf(first) + 1]?.text === ",") ||
      // "But a tragedy …", "Yet by 1993 …", "Finally, …": a sentence opened by a coordinator or by "finally"
      // continues the one before it.
      /^(?:but|yet|and|or|so|finally)$/.test(first.lower))
  )
    return { reason: `opens with “${first.text}”, which answers an earlier sentence` };
  const finiteAt = new Set(parse.units.flatMap((u) => (u.verb === null ? [] : [u.verb.from])));
  // "All told,", "In return,": a phrase that answers an earlier sentence.
  const opening = CONNECTIVE_PHRASE.exec(text)?.[1];
  if (opening !== undefined)
    return { reason: `opens with “${opening}”, which answers an earlier sentence` };
  // "The Bartholins defined l'anthropologie as follows.": what it announces comes after it.
  if (/\b(?:as follows|the following)\s*[.:]?\s*$/i.test(text))
    return { reason: "it announces what a later sentence says" };
  // "The southern two allied against Goguryeo", "only 2,700 were reported to have survived":
  // a subject that is a number without its noun counts things an earlier sentence named.
  const subject = main?.subject;
  if (subject != null) {
    const words = tokens.slice(subject[0], subject[1]);
    const bare =
      words.some((w) => w.pos === "NUM") &&
      words.every((w) => /^(?:DET|ADJ|ADV|NUM)$/.test(w.pos)) &&
      !words.some((w) => /^(?:\d{4}s?|\d+%)$/.test(w.text));
    if (bare)
      return {
        reason: `“${text.slice(words[0]?.from ?? 0, words[words.length - 1]?.to ?? 0)}” counts what the sentence does not name`,
      };
    // "All were crucified in Nagasaki", "Both signed": a quantifier alone as the subject
    // stands for people or things an earlier sentence named.
    const only = words.filter((w) => w.pos !== "PUNCT");
    if (
      only.length === 1 &&
      /^(?:all|both|each|some|many|most|none|several|others|few|either|neither)$/.test(
        only[0]?.lower ?? "",
      )
    )
      return { reason: `“${only[0]?.text}” stands for what an earlier sentence named` };
  }
  let opener: boolean | undefined;
  const pluralOpener = () => {
    if (opener === undefined) {
      const first = firstWordLowered(text, nlp);
      opener =
        tokens[0]?.pos === "PROPN" &&
        first?.pos === "NOUN" &&
        first.lemma !== first.lower &&
        /s$/.test(first.lower);
    }
    return opener;
  };
  let nounSeen = false;
  /** A name that is not a modifier of a common noun: what "he" or "her" can stand for. */
  let personSeen = false;
  /** A noun or name that is not a plural: what "its" can stand for. */
  let singularSeen = false;
  let nameSeen = false;
  /** Nouns before the current token outside the subject of its own clause. */
  let otherNounSeen = false;
  let otherNameSeen = false;
  let place = false;
  let placeNamed = false;
  /** Something "they" can stand for: a plural, a list joined by "and", a body of people. */
  let pluralSeen = false;
  /** The same, outside the subject of the clause the current token is in. */
  let otherPluralSeen = false;
  /** The same, outside phrases of time and place. */
  let actorsSeen = false;
  // Words inside quotation marks are someone's own; outside them "we" and "you" are the
  // writer's or speaker's, whom the sentence does not name.
  let quoted = false;
  // ("more … than", "less radical than": a comparison the sentence completes itself.)
  const comparesWithThan = tokens.some((x) => x.lower === "than");
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === "“" || (t.text === '"' && !quoted)) quoted = true;
    else if (t.text === "”" || t.text === '"') quoted = false;
    // ("Selim I", "World War I": a capital I after a name is its numeral.)
    const numeral = t.text === "I" && tokens[k - 1]?.pos === "PROPN";
    if (t.pos === "PRON" && !quoted && !numeral && FIRST_OR_SECOND_PERSON.test(t.lower))
      return { reason: `“${t.text}” is the writer or speaker, whom the sentence does not name` };
    // ("in The Philosophy of Grammar he …": "of" inside a name goes on with the name.)
    const nameOf = t.lower === "of" && tokens[k - 1]?.pos === "PROPN";
    // (a common noun heading a phrase of time or place: "in the congressional elections")
    const placeHead = place && t.pos === "NOUN";
    if (nameOf) {
      // keeps `place` as it was
    } else if (t.pos === "ADP") place = LOCATIVE.test(t.lower);
    else if (t.pos !== "DET" && t.pos !== "PROPN" && t.pos !== "ADJ") place = false;
    const clause = innermostClause(parse.units, k);
    const inSubject = clause?.subject != null && k >= clause.subject[0] && k < clause.subject[1];
    if (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "NUM") {
      nounSeen = true;
      // "Inspectors" opening the sentence is tagged a name; read in lower case it is a plural.
      const plural =
        (t.pos === "NOUN" && t.lemma !== t.lower && /s$/.test(t.lower)) ||
        (t.pos === "PROPN" && k === 0 && /s$/.test(t.lower) && !firstIsName(text, nlp));
      if (!plural) singularSeen = true;
      if (theyCanMean(t, tokens[k + 1], plural)) {
        pluralSeen = true;
        if (!inSubject) otherPluralSeen = true;
        if (!placeHead) actorsSeen = true;
      }
      if (!inSubject) otherNounSeen = true;
    }
    // The tagger calls any capitalised first word a name; "Reentering" is none. A name
    // after a preposition of place or time ("In Berlin, he …") is no one "he" can mean.
    if (t.pos === "PROPN" && place) placeNamed = true;
    if (t.pos === "PROPN" && !place && (k > 0 || firstIsName(text, nlp))) {
      nameSeen = true;
      // ("the Smithsonian museum featured her jeans": a name before a common noun modifies
      // it, and is no one "her" can mean.)
      // ("The government of Burundi announced his death": a name after "of" that says whose
      // body of people it is names a country or a people, not a person.)
      const ofBody = tokens[k - 1]?.lower === "of" && COLLECTIVE.test(tokens[k - 2]?.lemma ?? "");
      if (!(tokens[k + 1]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "")) && !ofBody)
        personSeen = true;
      if (!inSubject) otherNameSeen = true;
    }
    // "he", "his", "she", "her" stand for a person, whom only a name before them can be
    // ("Reentering politics, he …" names no one); "it", "they" may stand for any noun.
    const personal = /^(?:he|him|his|himself|she|her|hers|herself)$/.test(t.lower);
    if (t.pos === "PRON" && PERSONAL.test(t.lower) && !(personal ? personSeen : nounSeen))
      return { reason: `“${t.text}” refers to someone or something outside the sentence` };
    if (/^(?:and|or|&)$/.test(t.lower) && isNominal(tokens[k - 1]) && nounSeen) {
      pluralSeen = true;
      actorsSeen = true;
    }
    // "Cortese gave birth to their second son": "their" stands for several, or for a body of
    // people; one person named before it is not what it means.
    if (t.pos === "PRON" && PLURAL_PRONOUN.test(t.lower) && !pluralSeen)
      return { reason: `“${t.text}” refers to people or things outside the sentence` };
    // "In the congressional elections, they gained control": a subject "they" does what the
    // elections or the villages a phrase of time or place names cannot.
    if (t.pos === "PRON" && t.lower === "they" && isVerbal(tokens[k + 1]) && !actorsSeen)
      return { reason: `“${t.text}” refers to people or things outside the sentence` };
    // "Padalecki proposed to her": an object pronoun is not its own clause's subject
    // ("her" before a noun is a possessive, "told her father", and may be).
    if (
      t.pos === "PRON" &&
      t.lower === "her" &&
      (tokens[k - 1]?.pos === "VERB" || tokens[k - 1]?.pos === "ADP") &&
      !isNominal(tokens[k + 1]) &&
      tokens[k + 1]?.pos !== "ADJ" &&
      !otherNameSeen
    )
      return { reason: `“${t.text}” refers to someone outside the sentence` };
    // "inspectors returned to its Moscow offices": "its" stands for one thing, never for a plural.
    if (t.pos === "PRON" && /^(?:its|itself)$/.test(t.lower) && !singularSeen)
      return { reason: `“${t.text}” refers to something outside the sentence` };
    // "Brockhaus published it": an object pronoun is never its own clause's subject, so
    // with no other noun before it, what it stands for is outside the sentence.
    if (
      t.pos === "PRON" &&
      /^(?:it|them|him)$/.test(t.lower) &&
      (tokens[k - 1]?.pos === "VERB" || tokens[k - 1]?.pos === "ADP") &&
      !isVerbal(tokens[k + 1]) && // "announced it would continue": the subject of a clause
      !(t.lower === "him" ? otherNameSeen : t.lower === "them" ? otherPluralSeen : otherNounSeen)
    )
      return { reason: `“${t.text}” refers to something outside the sentence` };
    if (
      (DEMONSTRATIVE.test(t.lower) && (t.pos === "DET" || t.pos === "PRON" || t.pos === "ADJ")) ||
      // ("found that response unacceptable": tagged a conjunction, "that" is a determiner.)
      thatDeterminer(tokens, k)
    )
      return { reason: `“${t.text}” points to something outside the sentence` };
    // "The first one appeared in London": "one" after an article or adjective stands for a
    // noun said before ("of" after it says what: "the first one of its kind").
    if (
      /^ones?$/.test(t.lower) &&
      !tokens.slice(0, k).some((x) => x.pos === "NOUN" || x.pos === "PROPN") &&
      (tokens[k - 1]?.pos === "ADJ" || tokens[k - 1]?.pos === "DET") &&
      !isNominal(tokens[k + 1]) &&
      tokens[k + 1]?.lower !== "of"
    )
      return {
        reason: `“${tokens[k - 1]?.text} ${t.text}” stands for something outside the sentence`,
      };
    // "More protests and strikes crippled Chile": "more" with no "than" counts on top of
    // what was said before.
    if (
      t.lower === "more" &&
      (t.pos === "ADJ" || t.pos === "DET") &&
      tokens[k + 1]?.pos === "NOUN" &&
      !comparesWithThan
    )
      return { reason: "“more” counts on top of an earlier mention" };
    // "The less radical Lucy Stone formed the AWSA": less (or more) radical than someone the
    // sentence does not name.
    if (
      /^(?:less|more)$/.test(t.lower) &&
      tokens[k - 1]?.lower === "the" &&
      tokens[k + 1]?.pos === "ADJ" &&
      isNominal(tokens[k + 2]) &&
      !comparesWithThan
    )
      return {
        reason: `“${t.text} ${tokens[k + 1]?.text}” compares with something outside the sentence`,
      };
    if (ANAPHORIC_ADJECTIVE.test(t.lower))
      return { reason: `“${t.text}” points to an earlier mention` };
    if (t.lower === "another" && t.pos === "DET")
      return { reason: "“another” points to an earlier mention" };
    // "Lincoln made good on his promise": which promise the sentence does not say.
    if (
      /^(?:his|her|its|their)$/.test(t.lower) &&
      tokens[k + 1]?.pos === "NOUN" &&
      CONTENT_NOUN.test(tokens[k + 1]?.lemma ?? "") &&
      !/^['’]s?$/.test(tokens[k + 2]?.text ?? "") &&
      !CONTENT_AFTER.test(tokens[k + 2]?.lower ?? "")
    )
      return {
        reason: `“${t.text} ${tokens[k + 1]?.text}” is not said in the sentence`,
        span: [t.from, tokens[k + 1]?.to ?? t.to],
      };
    // "both men": the two said before ("both Kennedy and Khrushchev" names them).
    if (t.lower === "both" && tokens[k + 1]?.pos === "NOUN")
      return { reason: "“both” points to an earlier mention" };
    // "a similar government order": similar to one said before, unless "similar to" says which.
    if (t.lower === "similar" && t.pos === "ADJ" && tokens[k + 1]?.lower !== "to")
      return { reason: "“similar” points to an earlier mention" };
    // "Minorca also surrendered", "left again": an additive word says the same happened
    // before, to something the sentence does not name ("also known as" only names).
    // Inside a side phrase ("…, later also sending Wayne") the earlier one is in the sentence.
    if (
      ADDITIVE.test(t.lower) &&
      t.pos === "ADV" &&
      !/^(?:known|called)$/.test(tokens[k + 1]?.lower ?? "") &&
      innermostUnit(parse.units, k)?.kind === "main" &&
      !sameVerbBefore(tokens, k)
    )
      return { reason: `“${t.text}” points to an earlier mention` };
    // "announced that it would no longer do so": "do so" stands for a deed said before.
    if (t.lower === "so" && /^(?:do|does|did|doing|done)$/.test(tokens[k - 1]?.lower ?? ""))
      return { reason: "“do so” stands for a deed outside the sentence" };
    // "died there": a place said before; "there was" (existential) points nowhere.
    if (t.lower === "there" && tokens[k + 1]?.lemma !== "be" && tokens[k - 1]?.pos !== "ADP")
      return { reason: "“there” points to a place outside the sentence" };
    // "the capital of the province": a description inside another's "of" phrase is
    // read through the outer one, which says what it is about.
    if (t.lower !== "the") continue;
    // "had a major impact on the second half of the month", "at the end of the year": a
    // time named by its unit alone is the time of the story around the sentence.
    const unit = tokens[k + 1];
    if (
      unit !== undefined &&
      /^(?:month|week|year|decade|season|summer|winter|spring|autumn)$/.test(unit.text) &&
      !/^(?:of|when|that|in|before|after|following|ahead|\d.*)$/i.test(
        tokens[k + 2]?.lower ?? "",
      ) &&
      !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? "")
    )
      return {
        reason: `“the ${unit.text}” is not said in the sentence`,
        span: [t.from, unit.to],
        head: unit.lower,
      };
    // ("parts of the territory", "a member of the team": after an indefinite or a bare noun
    // the inner description must say which itself.)
    // ("Representatives of the two nations met": a plural opening the sentence is no name,
    // though tagged as one for its capital; it says no more which nations than they do.)
    if (
      tokens[k - 1]?.lower === "of" &&
      definiteBefore(tokens, k - 1, () => firstWordLowered(text, nlp)?.pos === "NOUN") &&
      !(k === 2 && pluralOpener())
    )
      continue;
    const next = tokens[k + 1];
    // "X reached an agreement with Y … the former's forces": two names before it are its choice.
    const names = tokens.slice(0, k).filter((x) => x.pos === "PROPN").length;
    if (next !== undefined && /^(?:former|latter)$/.test(next.lower) && names >= 2) continue;
    if (next !== undefined && BACKWARD.test(next.lower))
      return { reason: `“the ${next.text}” points to an earlier mention` };
    // "the next NASA mission": next after one said before (unless a span of time, "the next
    // day", "the next five decades", counted from the sentence's own date).
    if (
      next !== undefined &&
      /^(?:next|previous|preceding)$/.test(next.lower) &&
      ![2, 3].some((d) => TIME_UNIT.test(tokens[k + d]?.lower ?? ""))
    )
      return { reason: `“the ${next.text}” points to an earlier mention` };
    // "the two sides": a number of things already counted, unless what follows says which.
    // "… besiege Kafriya and al-Fu'ah, … trapped in the two settlements" counts a list said before.
    const listBefore = tokens
      .slice(1, k)
      .some((x, i) => x.lower === "and" && isNominal(tokens[i]) && isNominal(tokens[i + 2]));
    if (next?.pos === "NUM" && !/^\d/.test(next.text) && !listBefore) {
      const noun = tokens[k + 2];
      if (
        noun?.pos === "NOUN" &&
        !/^\p{Lu}/u.test(tokens[k + 3]?.text ?? "") &&
        !specifiedAfter(tokens, k + 3, finiteAt)
      )
        return {
          reason: `“${text.slice(t.from, noun.to)}” is not said in the sentence`,
          span: [t.from, noun.to],
          head: noun.lemma,
        };
    }
    // "the new government": lower-case modifiers and a common noun, nothing after that says which.
    // "the 75 m (250 ft) ship": a measure before the noun does not say which ship.
    const start = afterMeasure(tokens, k + 1);
    // "the term sociology", "the word 'sociology'": a word named right after says which.
    const named = tokens[start + 1];
    if (
      /^(?:term|word|name|phrase|expression|label)$/.test(tokens[start]?.lower ?? "") &&
      (named?.pos === "NOUN" || named?.pos === "PROPN" || /^["“‘']$/.test(named?.text ?? ""))
    )
      continue;
    // "Congress revised the Act", "the Treaty was ratified": a kind of document or body
    // written with a capital stands for one named before (which act?), unless the sentence
    // names it ("the Immigration Act of 1924 … the Act").
    const kind = tokens[start];
    if (
      start === k + 1 &&
      kind !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(kind.text) &&
      NAMED_KIND.test(kind.lower) &&
      !/^\p{Lu}/u.test(tokens[start + 1]?.text ?? "") &&
      tokens[start + 1]?.lower !== "of" &&
      !tokens.slice(0, k).some((x) => x.lower === kind.lower)
    )
      return {
        reason: `“${text.slice(t.from, kind.to)}” is not said in the sentence`,
        span: [t.from, kind.to],
        head: kind.lower,
      };
    let j = start;
    // "the African nation": the adjective of a region names no one of its many nations.
    const region =
      REGION_ADJECTIVE.test(tokens[start]?.text ?? "") &&
      ONE_OF_MANY.test(tokens[start + 1]?.lower ?? "");
    if (region) j++;
    while (j < tokens.length && (tokens[j]?.pos === "ADJ" || tokens[j]?.pos === "NOUN")) {
      if (/^\p{Lu}/u.test(tokens[j]?.text ?? "")) break;
      j++;
    }
    if (region && j === start + 1) continue;
    // ("won the competition overall": an adjective after the noun is no head.)
    while (j - 1 > start && tokens[j - 1]?.pos === "ADJ" && tokens[j - 2]?.pos === "NOUN") j--;
    const head = tokens[j - 1];
    if (j === start || head?.pos !== "NOUN") continue;
    // A plural ("the rebels", "the protesters") can name a group by what its members are; a
    // singular ("the town", "the program") names one thing, which must have been said, and so
    // does a plural of places ("annexed the islands", "the two towns"): which ones?
    // (Not after the names it stands for, joined by "and": "people from Fu'ah and Kafriya
    // left the towns".)
    const namesBefore = tokens
      .slice(1, k)
      .some(
        (x, i) => x.lower === "and" && tokens[i]?.pos === "PROPN" && tokens[i + 2]?.pos === "PROPN",
      );
    if (head.lemma !== head.lower && (!PLACE_KINDS.test(head.lemma) || namesBefore)) continue;
    if (/^\p{Lu}/u.test(tokens[j]?.text ?? "") && tokens[j]?.pos !== "PUNCT") continue;
    // "recorded the music in Carnegie Hall": a work ("the music", "the novel") is named by its
    // title; where it was played or printed does not say which it was.
    // ("the first feature film in Buenos Aires": a first or a last says which.)
    const work =
      WORK_NOUNS.test(head.lemma) &&
      !/^(?:of|called|named|entitled|titled|["“‘'])$/.test(tokens[j]?.lower ?? "") &&
      !tokens
        .slice(k + 1, j)
        .some((x) => /^(?:first|second|third|last|only|latest|earliest|\p{L}+est)$/u.test(x.lower));
    if (!work && specifiedAfter(tokens, j, finiteAt)) continue;
    // The same noun named earlier in the sentence ("a convoy … the convoy") is not outside it.
    const earlier = tokens.slice(0, k).some((t) => t.lemma === head.lemma && t.pos === "NOUN");
    if (!earlier)
      return {
        reason: `“${text.slice(t.from, head.to)}” is not said in the sentence`,
        span: [t.from, head.to],
        head: head.lemma,
      };
  }
  // "Rescuers ended their work", "Peace was agreed": a sentence that names no one and
  // nowhere says what happened but not to whom or where; out of its story it is no event.
  if (!nameSeen && !placeNamed) return { reason: "the sentence names no one and nowhere" };
  return null;
}

/**
 * Whether a noun, name or number (`plural` when read as a plural) is something "they" can
 * stand for: several things, a body of people ("Congress reconvened after their break",
 * "the Thai Raksa Chart Party … their candidate"), a count — but never a measure of time
 * ("Minutes before the committee voted to refer them").
 */
function theyCanMean(t: Token, next: Token | undefined, plural: boolean): boolean {
  if (TIME_UNIT.test(t.lower)) return false;
  if (t.pos === "NUM") return !/^\d{4}$/.test(t.text) && !TIME_UNIT.test(next?.lower ?? "");
  return (
    plural ||
    (t.pos === "NOUN" && t.lemma !== t.lower) ||
    COLLECTIVE.test(t.lower) ||
    (t.pos === "PROPN" && /[^s]s$/.test(t.lower))
  );
}

/**
 * The index after a measure that opens a noun phrase ("75 m", "75 m (250 ft)"), or `at`
 * when there is none. A four-digit number is a year, which is a date, not a measure.
 */
function afterMeasure(tokens: readonly Token[], at: number): number {
  const num = tokens[at];
  const unit = tokens[at + 1];
  if (num?.pos !== "NUM" || !/^\d/.test(num.text) || /^\d{4}$/.test(num.text)) return at;
  if (unit?.pos !== "NOUN" || unit.lemma !== unit.lower) return at;
  let j = at + 2;
  if (tokens[j]?.text === "(") {
    const close = tokens.findIndex((t, i) => i > j && t.text === ")");
    if (close > j && close - j <= 4) j = close + 1;
  }
  return j;
}

/** Whether the noun phrase ending before token `of` is definite ("the capital", "Idlib's", a name). */
function definiteBefore(
  tokens: readonly Token[],
  of: number,
  commonOpener: () => boolean,
): boolean {
  let j = of - 1;
  // ("News of the discovery was published": a bare common noun opening the sentence, read
  // as a name for its capital, is no more definite than "a member of the team".)
  if (j === 0 && tokens[0]?.pos === "PROPN" && commonOpener()) return false;
  // "served as Rector of the university": an office, capitalised or not, says no more
  // which university than "a member of the team" says which team.
  if (tokens[j]?.pos === "PROPN" && !OFFICE.test(tokens[j]?.lower ?? "")) return true;
  if (tokens[j]?.pos === "PROPN") j--;
  while (
    j >= 0 &&
    (tokens[j]?.pos === "NOUN" || tokens[j]?.pos === "ADJ" || tokens[j]?.pos === "NUM")
  )
    j--;
  const det = tokens[j];
  if (det === undefined || j === of - 1) return true;
  if (det.pos === "PROPN" || /^['’]s$/.test(det.lower)) return true;
  return /^(?:the|this|that|these|those|his|her|its|their|our|my|your)$/.test(det.lower);
}

/**
 * Whether the verb an additive word goes with was said before it in the sentence
 * ("civilians were evacuated …, in return for two others also being evacuated").
 */
function sameVerbBefore(tokens: readonly Token[], k: number): boolean {
  const verb = tokens.slice(k + 1, k + 4).find((t) => t.pos === "VERB");
  return (
    verb !== undefined && tokens.slice(0, k).some((t) => t.pos === "VERB" && t.lemma === verb.lemma)
  );
}

/** The smallest unit that holds token `k` (of those `keep` accepts). */
function innermostUnit(
  units: readonly Unit[],
  k: number,
  keep: (u: Unit) => boolean = () => true,
): Unit | null {
  let best: Unit | null = null;
  for (const u of units)
    if (
      keep(u) &&
      u.from <= k &&
      k < u.to &&
      (best === null || u.to - u.from < best.to - best.from)
    )
      best = u;
  return best;
}

/** The smallest clause with a subject that holds token `k`. */
function innermostClause(units: readonly Unit[], k: number): Unit | null {
  return innermostUnit(units, k, (u) => u.subject !== null);
}

/** Small words a name's title case leaves in lower case ("Siege of al-Fu'ah and Kafriya"). */
const TITLE_FUNCTION_WORD = /^(?:of|the|and|in|on|at|for|to|a|an|de|del|la|le|von|van|der)$/;

/**
 * The sentence with a definite description the document's title names written out:
 * in “Siege of al-Fu'ah and Kafriya”, “The siege began …” is “The siege of al-Fu'ah and
 * Kafriya began …”; in “American Revolutionary War”, “Spain joined the war” is “Spain
 * joined the American Revolutionary War”. The title is what the whole document is
 * about, so its head noun, said with "the", refers to it. Unchanged when no
 * description matches the title's head.
 */
export function withTitle(text: string, title: string, nlp: Nlp): string {
  const words = title
    .replace(/\([^)]*\)/g, " ")
    .replace(/[:–—-]\s.*$/, "")
    .trim()
    .split(/\s+/);
  if (words.length < 2) return text;
  // Only a title that is a name ("Siege of al-Fu'ah and Kafriya", "American Revolutionary
  // War") can stand for "the siege": a headline is a sentence ("Scientology defector
  // arrested after attempting to leave organization"), and written in for "the
  // organization" it makes nonsense.
  const nameLike = words.every(
    (w) =>
      /^\p{Lu}/u.test(w) ||
      /^\p{Ll}{1,3}-\p{Lu}/u.test(w) ||
      TITLE_FUNCTION_WORD.test(w) ||
      /^\d{3,4}$/.test(w),
  );
  // ("On the Move: The Transportation Revolution": a title that opens with a preposition is
  // a phrase, and names nothing "the move" could stand for.)
  const tags = nlp.tag(words.join(" "));
  const preposition = (k: number) => tags[k]?.pos === "ADP";
  if (!nameLike || preposition(0)) return text;
  let out = text;
  for (let round = 0; round < 2; round++) {
    const found = findDependence(out, nlp);
    if (found?.span === undefined || found.head === undefined) return out;
    const [from, to] = found.span;
    const head = found.head.toLowerCase();
    const firstWord = (words[0] ?? "").toLowerCase();
    const lastWord = (words[words.length - 1] ?? "").toLowerCase();
    let named: string;
    // "Siege of al-Fu'ah and Kafriya": the head comes first and takes a lower-case letter.
    if (
      firstWord === head &&
      /^\p{Lu}\p{Ll}/u.test(words[0] ?? "") &&
      / of /.test(` ${words.join(" ")} `)
    )
      named = `${head}${title
        .replace(/\([^)]*\)/g, "")
        .trim()
        .slice((words[0] ?? "").length)}`;
    // "American Revolutionary War": a proper name ending in the head keeps its capitals.
    // ("The History of Sociology" is a history, "Science and Technology for Today's World"
    // science: after a preposition, the last word is not the head.)
    else if (lastWord === head && !tags.some((_, k) => preposition(k)))
      named = words.filter((w, i) => i > 0 || !/^the$/i.test(w)).join(" ");
    // "The Immigration Act of 1924": a capitalised head inside the name, "of" after it.
    else if (words.some((w, i) => w === upperFirst(head) && words[i + 1]?.toLowerCase() === "of"))
      named = words.filter((w, i) => i > 0 || !/^the$/i.test(w)).join(" ");
    else return out;
    const article = out.slice(from, from + 3);
    out = `${out.slice(0, from)}${article} ${named}${out.slice(to)}`;
  }
  return out;
}

/**
 * "Lincoln made good on his promise and signed the Emancipation Proclamation" → "Lincoln
 * signed the Emancipation Proclamation": of two predicates of one subject joined by "and",
 * the one holding what leans on the story may be left out of a prompt when the other,
 * with the subject, stands alone. The text with it left out, or null.
 */
export function withoutLeaningPredicate(text: string, nlp: Nlp): string | null {
  const found = findDependence(text, nlp);
  if (found?.span === undefined) return null;
  const { tokens, parse } = readSentence(text, nlp);
  const main = parse.units.find((u) => u.kind === "main");
  if (main?.verb == null || main.subject === null) return null;
  const second = parse.units.find(
    (u) =>
      u.kind === "coord" &&
      u.sharedSubject &&
      u.parent === main &&
      u.marker !== null &&
      u.verb !== null &&
      tokens[u.marker]?.lower === "and" &&
      tokens[u.marker - 1]?.lower !== ",",
  );
  const and = second?.marker;
  if (second === undefined || and == null || second.verb === null) return null;
  const first = main.verb;
  // Each predicate has words of its own after its verb ("caught and executed him" shares
  // one object), and the second runs to the sentence's end.
  if (first.to >= and || second.verb.to >= tokens.length - 1 || second.to < tokens.length - 1)
    return null;
  // The first predicate holds no clause of its own, whose "and" this might be ("the outbreak
  // that had infected 4,200 and killed 62").
  if (parse.units.some((u) => u !== second && u.from > first.from && u.from < and)) return null;
  const at = (k: number) => tokens[k]?.from ?? text.length;
  // What is kept says what was done: its verb has words after it ("and won, beating …" has
  // only a comma).
  const saysWhat = (verbEnd: number) => /^[\p{L}\p{N}]/u.test(tokens[verbEnd]?.text ?? "");
  const [from, to] = found.span;
  let candidate: string | null = null;
  if (from >= at(first.from) && to <= at(and) && saysWhat(second.verb.to))
    candidate = `${text.slice(0, at(first.from))}${text.slice(at(and + 1))}`;
  else if (from > at(and) && saysWhat(first.to)) {
    const stop = /[.!?]$/.test(text.trim()) ? text.trim().slice(-1) : "";
    candidate = `${text.slice(0, at(and)).replace(/[\s,]+$/, "")}${stop}`;
  }
  return candidate !== null && whyNotAlone(candidate, nlp) === null ? candidate : null;
}
