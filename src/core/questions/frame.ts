import { REPORTING_VERB, SUBORDINATORS, type Unit } from "../nlp/clauses.ts";
import { LINKING } from "../nlp/discourse.ts";
import { readSentence } from "../nlp/read-sentence.ts";
import { isVerbal, type Nlp, pluralPhrase, type Token } from "../nlp/tokens.ts";
import { closeUpPunctuation } from "../punctuation.ts";
import { HEDGES } from "./numbers.ts";

/*
 * The parts of an event's sentence a question is built from, read from the tagger
 * and the clause parse rather than cut out of the string: what comes before the
 * subject, the subject, the verb group and what follows it. Templates then make
 * questions that are grammatical by construction ("When did {subject} {base verb}
 * {rest}?", "When was {subject} {participle} {rest}?"). A sentence without a clear
 * subject and finite verb, or with a negated one, has no frame: it is asked about
 * only in ways that quote it whole.
 */

/** A parsed clause. `rest` ends where the clause's own content ends. */
export type Clause = {
  /** A fronted phrase without a verb ("after four days of fighting"), written at the end of a question. */
  intro: string | null;
  /** Whether the intro is a participle phrase ("Supported by …"), which keeps its comma. */
  introIsParticiple: boolean;
  subject: string;
  /** Whether the subject opens with a proper noun: it keeps its capital mid-question. */
  subjectIsName: boolean;
  /** An abbreviation written after the subject: "Hayat Tahrir al-Sham (HTS)" → "HTS". */
  abbreviation: string | null;
  /** "was"/"were" for passive or copular clauses, otherwise null. */
  aux: string | null;
  /** "will", "may", … for a clause about what is to happen; its verb is then `base`. */
  modal: string | null;
  /** The finite verb as written (past tense), or the auxiliary of a passive or copular clause. */
  verb: string;
  /** Base form of the verb for "did" questions (active clauses only). */
  base: string;
  /** The main verb's lemma, also for passive clauses ("was evacuated" → "evacuate"). */
  lemma: string;
  /** Whether the verb reports speech or findings ("said", "reported"). */
  speech: boolean;
  /** What follows the verb (after the auxiliary for passive and copular clauses). */
  rest: string;
  /** `rest` with predicates coordinated with the main one in base form ("… and manage to …"). */
  restBase: string;
  /** "has"/"have"/"had" when the verb group is a perfect ("have been clashing"), else null. */
  perfect: string | null;
  /** What follows the perfect auxiliary to the end of the clause ("been clashing with …"). */
  perfectRest: string;
};

const PRONOUN_SUBJECT = /^(?:it|they|he|she|this|these|those|that|there|one|we|i|you|its)$/i;

/** A fronted word that links to the sentence before, not a phrase a question can end on. */
const FRONTED_LINK = new RegExp(
  `^(?:${LINKING}|meanwhile|then|also|again|later|eventually|finally|subsequently|instead)\\b`,
  "i",
);
/** Adverbs before a verb that change which event it names: a first meeting is not any meeting. */
const KEPT_ADVERBS = /^(?:first|last|formally|officially|unanimously|jointly|publicly|secretly)$/;

/** The clause of an event's sentence, or null when it has no clear subject and finite verb. */
export function clauseFrame(text: string, nlp: Nlp): Clause | null {
  const sentence = text.trim().replace(/[.!]+$/, "");
  if (sentence.length === 0 || /^["“‘'(]/.test(sentence) || sentence.includes("?")) return null;
  const { tokens, isDate, parse } = readSentence(sentence, nlp);
  const main = parse.units.find((u) => u.kind === "main");
  if (main === undefined || main.verb === null || main.subject === null) return null;
  const verb = main.verb;
  if (verb.negated) return null;
  let [s0, s1] = main.subject;
  // "Over one million U.S. soldiers staged …": a hedge on the subject's number is the
  // subject's, not a phrase fronted before it.
  const lead = tokens
    .slice(main.from, s0)
    .map((t) => t.lower)
    .join(" ");
  if (lead !== "" && tokens[s0]?.pos === "NUM" && lead.replace(HEDGES, "") === "") s0 = main.from;
  const first = tokens[s0] as Token;
  if (s1 - s0 === 1 && PRONOUN_SUBJECT.test(first.text)) return null;
  const slice = (a: number, b: number) =>
    a >= b
      ? ""
      : closeUpPunctuation(sentence.slice((tokens[a] as Token).from, (tokens[b - 1] as Token).to));

  // Before the subject: a fronted phrase ("After four days of fighting,") moves to the end of
  // a question; a fronted clause with a verb of its own is left out.
  let intro: string | null = null;
  let introIsParticiple = false;
  if (s0 > main.from) {
    const lead = tokens.slice(main.from, s0);
    // "When Madero, who had been declared president, failed …, revolt broke out": a
    // subordinator right before the subject makes its verb the fronted clause's, not the main one.
    const leadEnd = lead.filter((t) => t.text !== ",").at(-1);
    // ("So, the company decided": a "so" that links to what came before is no subordinator.)
    if (
      leadEnd !== undefined &&
      leadEnd.lower !== "so" &&
      (leadEnd.pos === "SCONJ" || SUBORDINATORS.test(leadEnd.lower))
    )
      return null;
    // A clause of its own before the subject ("When talks failed,"); a gerund after a
    // preposition ("after four days of fighting") is a noun and makes none.
    const fronted = parse.units.filter((u) => u !== main && u.from >= main.from && u.from < s0);
    const hasVerb = fronted.length > 0;
    const words = slice(main.from, s0).replace(/[\s,]+$/, "");
    if (!hasVerb && words.length > 0 && !FRONTED_LINK.test(words)) intro = words;
    else if (
      lead[0]?.pos === "VERB" &&
      fronted.length === 1 &&
      fronted[0]?.kind === "part" &&
      fronted[0].from === main.from
    )
      intro = words;
    introIsParticiple = intro !== null && lead[0]?.pos === "VERB";
    // "On Thursday, the delegations of Cyprus, Greece and Israel met": a noun phrase
    // right before the subject, after a comma, is part of it (a list), not a fronted phrase.
    const segments: Token[][] = [[]];
    for (const t of lead) {
      if (t.text === ",") segments.push([]);
      else segments[segments.length - 1]?.push(t);
    }
    const last = segments.filter((g) => g.length > 0).at(-1);
    const opener = last?.[0];
    if (
      opener !== undefined &&
      segments.filter((g) => g.length > 0).length > 1 &&
      (opener.pos === "DET" || opener.pos === "NOUN" || opener.pos === "PROPN") &&
      // … and the subject is a list's tail ("Greece and Israel"), which it begins.
      tokens.slice(s0, s1).some((t) => t.pos === "CCONJ") &&
      !(last ?? []).every((t) => isDate[tokens.indexOf(t)])
    )
      return null;
    // A fronted clause is left out; a pronoun after it may point into it ("When Kennedy ran,
    // one of his key issues …"), and the question would then stand on nothing.
    if (hasVerb && intro === null) {
      const after = tokens.slice(s0, main.to);
      if (
        after.some(
          (t) =>
            t.pos === "PRON" && /^(?:he|she|him|his|her|they|them|their|it|its)$/.test(t.lower),
        )
      )
        return null;
    }
  }

  // "…, the United Nations, and the Organization of American States had continued": a
  // subject after ", and" is the tail of a list whose head the parse did not reach.
  if (s0 - 2 >= main.from && tokens[s0 - 1]?.pos === "CCONJ" && tokens[s0 - 2]?.text === ",")
    return null;

  // "The commando raid that killed nine activists … took place": a relative clause written
  // without a comma says which one the subject is, so it stays with it; so does a participle
  // phrase ("paper used for writing became widespread": not all paper).
  const restrictive = parse.units.find(
    (u) =>
      (u.kind === "rel" || u.kind === "part") &&
      u.parent === main &&
      u.from === s1 &&
      tokens[s1 - 1]?.text !== "," &&
      u.to <= verb.from,
  );
  const subjectEnd = restrictive?.to ?? s1;
  let subject = slice(s0, subjectEnd).replace(/[\s,]+$/, "");
  let abbreviation: string | null = null;
  const abbr = /^(.*\S)\s+\(([^()]+)\)$/.exec(subject);
  if (abbr?.[1] && abbr[2]) {
    subject = abbr[1];
    abbreviation = abbr[2];
  }
  if (/\([^)]*$|^[^(]*\)/.test(subject)) return null;
  // "The final Christian stronghold, Acre, fell": a description that a name in apposition
  // says which of is asked by the name ("When did Acre fall?"); alone it points outside.
  const named = parse.units.find(
    (u) =>
      u.kind === "appos" &&
      u.from === subjectEnd + 1 &&
      tokens[subjectEnd]?.text === "," &&
      u.to <= verb.from &&
      tokens.slice(u.from, u.to).every((t) => t.pos === "PROPN" || t.text === "-"),
  );
  let nameFirst = false;
  if (named !== undefined && tokens[subjectEnd - 1]?.pos === "NOUN") {
    subject = slice(named.from, named.to);
    nameFirst = true;
  }
  // "The Christian resistance, led by King Javanshir, was suppressed": a common noun (not a
  // name) is told which one by the agent a participle names; asked without it
  // ("When was the Christian resistance suppressed?"), it points outside the question.
  const agentPhrase = parse.units.find(
    (u) =>
      u.kind === "part" &&
      u.from === subjectEnd + 1 &&
      tokens[subjectEnd]?.text === "," &&
      tokens[u.to]?.text === "," &&
      u.to < verb.from &&
      u.to - u.from <= 8 &&
      /^(?:ed|part|past)$/.test(tokens[u.from]?.form ?? "") &&
      tokens[u.from + 1]?.lower === "by" &&
      tokens.slice(u.from + 2, u.to).some((t) => t.pos === "PROPN"),
  );
  if (
    !nameFirst &&
    agentPhrase !== undefined &&
    tokens[s0]?.lower === "the" &&
    tokens[subjectEnd - 1]?.pos === "NOUN"
  )
    subject = `${subject} ${slice(agentPhrase.from, agentPhrase.to)}`;

  const group = tokens.slice(verb.from, verb.to);
  const head = tokens[verb.head] as Token;
  const firstVerb = group[0] as Token;
  let aux: string | null = null;
  let modal: string | null = null;
  let verbText: string;
  let base: string;
  let restFrom = verb.to;
  if (
    firstVerb.form === "modal" &&
    /^(?:will|shall|may|might|can|'ll|’ll)$/i.test(firstVerb.lower)
  ) {
    // "will close": the question keeps the modal ("When will two plants close?").
    modal = firstVerb.lower.replace(/^['’]ll$/, "will");
    verbText = head.text;
    base = head.lemma;
    if (head.pos !== "VERB") return null;
  } else if (firstVerb.form === "modal" || verb.tense === "future") {
    // "would", "is due to be published": no past question says what is only to happen.
    return null;
  } else if (
    verb.passive ||
    (head.lemma === "be" && head.pos === "AUX") ||
    // "André Deutsch was working for Nicholson & Watson": a progressive keeps its "was"
    // ("When was … working …?", "who was working …?"), as a passive does.
    (head.pos === "VERB" &&
      head.form === "ing" &&
      firstVerb.lemma === "be" &&
      verb.head > verb.from)
  ) {
    // "was put in place", "has been captured": asked as "When was … put in place?"; "has
    // been", "are": the past form that agrees with the subject.
    aux = pastOfBe(group, tokens, s0, s1);
    verbText = aux;
    base = aux;
    if (verb.passive || head.form === "ing") {
      restFrom = verb.head;
      // "was first published": an adverb that says which time stays here too ("When was
      // news of the discovery first published?"); dropped, a first publication becomes any.
      const kept = group.findIndex((t) => t.pos === "ADV" && KEPT_ADVERBS.test(t.lower));
      if (kept >= 0 && verb.from + kept < verb.head) restFrom = verb.from + kept;
    }
  } else if (head.pos === "VERB") {
    verbText = head.text;
    base = head.lemma;
    // "Dr Lewis-Jones first met Mr Lowe": an adverb before the verb that says which time or
    // in what standing it happened stays ("When did … first meet …?"); dropped, a first
    // meeting becomes any meeting.
    const kept = tokens
      .slice(subjectEnd, verb.from)
      .filter((t) => t.pos === "ADV" && KEPT_ADVERBS.test(t.lower))
      .map((t) => t.text)
      .join(" ");
    if (kept !== "") {
      verbText = `${kept} ${verbText}`;
      base = `${kept} ${base}`;
    }
  } else return null;

  // What follows the verb, to the end of the clause's own content: its coordinated
  // predicates stay (in base form for "did" questions), side clauses after a comma go.
  const children = parse.units.filter((u) => u.parent === main);
  // Side clauses hang off the main clause or off a predicate coordinated with it.
  const within = (u: Unit): boolean => {
    for (let p = u.parent; p !== null && p !== undefined; p = p.parent) {
      if (p === main) return true;
      if (!(p.kind === "coord" && p.sharedSubject)) return false;
    }
    return false;
  };
  const descendants = parse.units.filter((u) => u !== main && within(u));
  const cut = (k: number): Unit | undefined =>
    descendants.find(
      (u) =>
        k >= u.from &&
        k < u.to &&
        ((u.kind === "coord" && !u.sharedSubject) ||
          // "was released in 2018 and has been out on license": a predicate joined in another
          // tense is not what the date dates, and asked with it reads "was … released and has".
          (u.kind === "coord" &&
            u.verb !== null &&
            main.verb !== null &&
            u.verb.tense !== main.verb.tense &&
            /^(?:past|perfect|present)$/.test(u.verb.tense)) ||
          // An adverbial clause ("as Hezbollah launched …", "because …") is an adjunct.
          u.kind === "sub" ||
          ((u.kind === "rel" || u.kind === "part" || u.kind === "comp") &&
            tokens[u.from - 1]?.lower === ",")),
    );
  let end = main.to;
  for (let k = restFrom; k < main.to; k++) {
    if (cut(k) !== undefined || aside(tokens, k, main.to)) {
      end = k;
      break;
    }
  }
  // "was forced to resign and went into exile": an active past joined to a passive cannot
  // share its "was" ("When was Díaz forced to resign and went …?"), wherever it hangs.
  const activeAfterPassive = parse.units.find(
    (u) =>
      u.kind === "coord" &&
      u.from > restFrom &&
      u.from < end &&
      u.verb !== null &&
      verb.passive &&
      u.verb.from === u.verb.head &&
      tokens[u.verb.head]?.form === "past",
  );
  if (activeAfterPassive !== undefined) end = activeAfterPassive.from;
  // "served as the government until it became de jure on 1 March 1781": without its
  // bound the clause would be asked about a time it does not state.
  const bound = parse.units.some(
    (u) =>
      u.kind === "sub" &&
      u.from >= end &&
      u.to <= main.to &&
      u.marker !== null &&
      /^(?:until|till|since)$/.test(tokens[u.marker]?.lower ?? ""),
  );
  if (bound) return null;
  // What a cut leaves at the end — a comma, a conjunction whose other half went, a
  // preposition whose object was a date — is not part of the clause's content.
  while (
    end > restFrom &&
    (/^[,.;:!?—]$/.test(tokens[end - 1]?.text ?? "") ||
      tokens[end - 1]?.pos === "CCONJ" ||
      // (not the particle of a phrasal verb: "the war broke out (when …)", "to drive the
      // Portuguese out(, and …)", after its object)
      (tokens[end - 1]?.pos === "ADP" &&
        end - 1 !== verb.head + 1 &&
        !(
          /^(?:out|up|down|off|away|back)$/.test(tokens[end - 1]?.lower ?? "") &&
          /^(?:NOUN|PROPN|PRON)$/.test(tokens[end - 2]?.pos ?? "") &&
          /^[,.;:!?]$/.test(tokens[end]?.text ?? ".")
        )) ||
      tokens[end - 1]?.pos === "DET")
  )
    end--;
  // "to address structural (and financial challenges)", "the days of liberalism were (over)",
  // "a deal whereby(, on October 29, …)": a cut that leaves an adjective without its noun, a
  // verb without its complement or a subordinator without its clause leaves no question.
  const last = tokens[end - 1];
  if (
    end > restFrom &&
    end < main.to &&
    last !== undefined &&
    ((last.pos === "ADJ" && tokens[end]?.pos === "CCONJ") ||
      last.pos === "AUX" ||
      last.pos === "SCONJ" ||
      last.lower === "whereby")
  )
    return null;
  // "declared that if the USSR did not withdraw its forces(, the United States would …)": a
  // clause fronted inside a "that" clause ends at a comma before that clause's own subject
  // and verb; a cut there leaves the reported clause without its main clause.
  if (
    end < main.to &&
    tokens
      .slice(restFrom, end)
      .some(
        (t, i) =>
          t.lower === "that" &&
          /^(?:if|unless|when|once|although|though|because|while|after|before|since)$/.test(
            tokens[restFrom + i + 1]?.lower ?? "",
          ),
      )
  )
    return null;
  let rest = slice(restFrom, end);
  // "The first person born in Africa to fly in space was Patrick Baudry (France)": a
  // description the copula says is a name says who that name is, and the question is about
  // the name ("When was Patrick Baudry the first person born in Africa to fly in space?").
  let specified = false;
  if (
    aux !== null &&
    !verb.passive &&
    head.lemma === "be" &&
    head.pos === "AUX" &&
    /^the\s/i.test(subject) &&
    headedByCommonNoun(tokens.slice(s0, subjectEnd)) &&
    end > restFrom &&
    tokens[restFrom]?.pos === "PROPN"
  ) {
    const name = slice(restFrom, end).replace(/\s*\([^()]*\)$/, "");
    if (/^(?:\p{Lu}[\p{L}'’.-]*\s?)+$/u.test(name)) {
      rest = `${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
      subject = name;
      abbreviation = null;
      specified = true;
    }
  }
  // "…, said Dr. Michael Jhung": a saying whose words are outside the clause asks nothing.
  if (rest.length === 0 && REPORTING_VERB.test(head.lemma) && !verb.passive) return null;
  // "have been clashing …", "has controlled …": the perfect, for asking "since when".
  const perfect =
    /^(?:has|have|had)$/.test(firstVerb.lower) && modal === null ? firstVerb.lower : null;
  const perfectRest = perfect === null ? "" : slice(verb.from + 1, end);
  let restBase = rest;
  if (aux === null && modal === null) {
    // "… captured Idlib and besieged Kafriya" → "… capture Idlib and besiege Kafriya".
    const shared = children.filter((u) => u.kind === "coord" && u.sharedSubject && u.verb !== null);
    let out = "";
    let at = restFrom;
    // Where a passive coordinated with the main verb begins, the question stops.
    let cut: number | null = null;
    for (const u of shared) {
      const g = u.verb;
      if (g === null || g.from < restFrom || g.from >= end) continue;
      const h = tokens[g.head] as Token;
      if (h.pos !== "VERB" || !isVerbal(tokens[g.from])) continue;
      const before = `${slice(at, g.from)}${slice(at, g.from).length > 0 ? " " : ""}`;
      if (g.from < g.head) {
        // "… died in 1715 and was succeeded by his brother" → "… die and be succeeded by":
        // only the first auxiliary takes the base form; one without a base form has no frame.
        const first = tokens[g.from] as Token;
        // ("… died of a natural cause and was buried at …": "did" takes no "be", and "When did
        // Durrani die … and be buried …?" is no English; the question asks the first predicate.)
        if (first.lemma === "be") {
          cut = g.from;
          break;
        }
        const base = first.lemma === "have" ? first.lemma : null;
        if (base === null) return null;
        out += `${before}${base} ${slice(g.from + 1, g.head + 1)}`;
      } else out += `${before}${h.lemma}`;
      at = g.head + 1;
      if (g.head + 1 < end) out += (tokens[g.head + 1] as Token).spaced ? " " : "";
    }
    if (cut !== null)
      restBase = `${out}${slice(at, cut)}`
        .replace(/[\s,]*\b(?:and|but|then)\s*$/i, "")
        .replace(/\s{2,}/g, " ")
        .trim();
    else if (at > restFrom) restBase = `${out}${slice(at, end)}`.replace(/\s{2,}/g, " ").trim();
  }
  return {
    intro,
    introIsParticiple,
    subject,
    // A capital that opens the sentence says nothing: the tagger reads "Mobs", "Hostilities" there as names.
    subjectIsName:
      specified ||
      nameFirst ||
      (first.pos === "PROPN" && s0 > 0) ||
      /^\p{Lu}{2,}/u.test(first.text),
    abbreviation,
    aux,
    modal,
    verb: verbText,
    base,
    lemma: head.lemma,
    speech: REPORTING_VERB.test(head.lemma),
    rest,
    restBase,
    perfect,
    perfectRest,
  };
}

/** Whether a noun phrase's head, before any phrase after it, is a common noun ("the first person born in Africa"). */
function headedByCommonNoun(phrase: readonly Token[]): boolean {
  for (const t of phrase) {
    if (t.pos === "NOUN") return true;
    if (t.pos === "ADP" || t.pos === "VERB" || t.pos === "PART") return false;
  }
  return false;
}

/**
 * Whether the clause's own content ends at token `k`: a semicolon, colon or spaced dash,
 * or a comma that opens an aside with a verb of its own (", a war monitor said",
 * ", a victory in a town that was …") rather than the next item of a list.
 */
function aside(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k] as Token;
  // ("defeated Panama 3 – 0": a dash between numbers joins a score or a range.)
  const joinsNumbers = tokens[k - 1]?.pos === "NUM" && tokens[k + 1]?.pos === "NUM";
  if (
    t.text === ";" ||
    t.text === ":" ||
    ((t.text === "—" || t.text === "–") && t.spaced && !joinsNumbers)
  )
    return true;
  if (t.text !== ",") return false;
  // "returned in January 1804, to a more settled period which saw …": a phrase a preposition
  // opens after the comma, running to the clause's end, is an adjunct the question can do
  // without. (", with a servant, an illegitimate daughter": one set off inside goes on.)
  const opener = tokens[k + 1];
  if (
    opener?.pos === "ADP" &&
    !/^(?:of|than|as)$/.test(opener.lower) &&
    !tokens.slice(k + 1, end).some((u) => u.text === "," || u.text === ";") &&
    // ("lead, with the recovery of European producers, to overproduction": the comma that
    // closes such a phrase set off inside the clause opens the rest of it.)
    !tokens.slice(0, k).some((u, j) => u.text === "," && tokens[j + 1]?.pos === "ADP")
  )
    return true;
  for (let j = k + 1; j < end; j++) {
    const u = tokens[j] as Token;
    if (u.text === "," || u.text === ";") return false;
    // ", an illegitimate daughter who was born …": the verb belongs to a relative clause
    // inside a noun phrase that continues the predicate.
    if (/^(?:who|whom|whose|which|that)$/.test(u.lower)) return false;
    // ", and Richard O'Brien to North Africa and concluded": an "and" after words of its own
    // ends a list the comma was part of; the verb after it is a predicate of the clause.
    if (u.pos === "CCONJ" && j > k + 1) return false;
    // (", the granting of promised land titles": an -ing form after an article is a noun.)
    if (u.pos === "VERB" && u.form === "ing" && tokens[j - 1]?.pos === "DET") continue;
    if (u.pos === "VERB" || (u.pos === "AUX" && u.form !== null)) return true;
  }
  return false;
}

/**
 * "was" or "were" for a question: the source's own when its verb says one ("White
 * Venezuelans were aided"), else the one that agrees with the subject at [from, to).
 */
function pastOfBe(
  group: readonly Token[],
  tokens: readonly Token[],
  from: number,
  to: number,
): string {
  return (
    group.find((t) => /^(?:was|were)$/i.test(t.text))?.lower ??
    (pluralPhrase(tokens, from, to) ? "were" : "was")
  );
}

/** The subject written inside a question: a name keeps its capital, a common noun does not. */
export function subjectInQuestion(clause: Clause, lower: (text: string) => string): string {
  const subject = clause.subjectIsName ? clause.subject : lower(clause.subject);
  // "When did John Locke, a doctor and educator who …, publish …?": an apposition set off
  // after the name is closed by its comma before the verb.
  const closed =
    (subject.match(/,/g) ?? []).length === 1 && /,\s+(?:a|an|the)\s/.test(subject)
      ? `${subject},`
      : subject;
  const participle = participleIntro(clause);
  return participle === "" ? closed : `${closed.replace(/,$/, "")}${participle}`;
}

/**
 * A fronted participle phrase set off after the subject it is about, the one place in a
 * question where it still reads as about the subject: "When did Rand, born and educated in
 * Russia, move to the United States?" (at the end it would dangle).
 */
export function participleIntro(clause: Clause): string {
  if (clause.intro === null || !clause.introIsParticiple) return "";
  // (It opens with its verb, never a name: "Meeting in Costa Rica" → "meeting in Costa Rica".)
  return `, ${clause.intro.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())},`;
}

/** The intro written at the end of a question (" after …"); a participle goes after the subject. */
export function introTail(clause: Clause, lower: (text: string) => string): string {
  if (clause.intro === null || clause.introIsParticiple) return "";
  // "… the Second United Front—unifying the GMD and the CCP against Japan during the
  // so-called Xian Incident?": after a participle phrase or a phrase set off by a dash the
  // intro would be read as that phrase's; the question is asked without it.
  if (/[—–]|,\s+\p{Ll}+ing\b/u.test(clause.rest)) return "";
  return ` ${lower(clause.intro)}`;
}
