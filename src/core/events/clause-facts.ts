import { addDays, addMonths, dayBounds, precisionOf } from "../dates/calendar.ts";
import { findMentions, resolveMentions } from "../dates/extract.ts";
import { countValue, monthNumber } from "../dates/lexicon.ts";
import type { Direction } from "../dates/resolve.ts";
import type { DateContext, FoundDate, Mention, Qualifier, Unresolved } from "../dates/types.ts";
import { mayNamePerson } from "../entity-kind.ts";
import {
  EVENT_KINDS,
  OBJECT_VERB,
  type Parse,
  parseClauses,
  RELATIVES,
  REPORTING_VERB,
  SUBORDINATORS,
  type Unit,
} from "../nlp/clauses.ts";
import { mayBeParticiple, pastIsParticiple, pastOf } from "../nlp/inflect.ts";
import { dateTokens, readSentence } from "../nlp/read-sentence.ts";
import {
  COLLECTIVE,
  isNominal,
  isVerbal,
  type Nlp,
  POSSESSIVE,
  pluralPhrase,
  STATIVE_PASSIVE,
  TIME_UNIT,
  type Token,
} from "../nlp/tokens.ts";
import { BODY_HEAD, TITLES } from "./entities.ts";
import { agreeingArticle, asSentence, dropRestatedLength, removeDatePhrase } from "./event-text.ts";

/*
 * Which clause each date of a sentence dates, and that clause as a standalone
 * sentence. A date dates the smallest clause around it that states an event of its
 * own — the main clause, a coordinated one, an adverbial or reported clause — unless
 * something between them is a side phrase (a parenthesis, an apposition, a relative
 * clause, a participle phrase) or the date names a noun ("the Bay of Pigs Invasion of
 * 1961", "a 2010 raid"): then it dates that phrase only. The tense of the clause
 * decides which way a year-less date points from a news dateline.
 */

/**
 * Whether a clause is, or sits inside, one opened by "since" ("the first splashdown not
 * covered live since the capability began with the Gemini VI mission in 1965"): it looks
 * back from the story's time to a point before it, and the story does not move there.
 */
function sinceClause(clause: Unit, tokens: readonly Token[]): boolean {
  for (let u: Unit | null | undefined = clause; u != null; u = u.parent)
    if (u.kind === "sub" && u.marker !== null && tokens[u.marker]?.lower === "since") return true;
  return false;
}

/** One dated clause of a sentence. */
export type ClauseFact = {
  date: FoundDate;
  /** The clause as a sentence, its own date phrase removed. */
  text: string;
  /** The clause's subject as written, when it is a pronoun to resolve ("It", "They"). */
  pronoun: string | null;
  /** For a pronoun in a later clause of the sentence, the subject of an earlier one. */
  antecedent: Antecedent | null;
  /**
   * Whether an earlier clause of the same sentence has a subject: a pronoun then looks
   * back to it, never past it to the previous sentence.
   */
  earlierSubject: boolean;
  /** Whether the clause tells what happened (past or perfect): only those anchor a narrative. */
  past: boolean;
  /** What the fact was read from: a clause kind, or a participle, relative or noun phrase. */
  origin: string;
};

/**
 * A noun phrase a pronoun may stand for, its grammatical number, and how many other
 * names of its sentence could be meant instead (for "he" and "she").
 */
export type Antecedent = {
  text: string;
  plural: boolean;
  rivals?: number;
  /** Another clause's subject of the same number in its sentence, a name or not. */
  subjectRival?: "named" | "common";
};

export type SentenceAnalysis = {
  facts: ClauseFact[];
  /** Every date the sentence resolves, side phrases included (they still anchor the narrative). */
  dates: FoundDate[];
  unresolved: Unresolved[];
  /** Why dates of the sentence date no clause of it. */
  sideReasons: string[];
  /** Dates of past clauses told without their subject: no events, but the narrative's time. */
  untold: FoundDate[];
};

/** Nouns that name a stretch of time: "the summer of 1961" is a date, not a noun it modifies. */
const TIME_NOUNS =
  /^(?:spring|summer|autumn|fall|winter|end|beginning|start|middle|half|part|course|turn|years?|months?|weeks?|days?|night|morning|evening|afternoon|weekend|period|season|quarter|session|term|decade|century|era|time|dawn|close|anniversary)$/;
// ("This was long after the passage of the Fourteenth Amendment": a subject "this" or "that"
// stands for what the sentence before said, not for its subject.)
const PRONOUN_SUBJECTS = /^(?:he|she|it|they|these|those)$/;
const PLURAL_PRONOUNS = /^(?:they|these|those)$/;

/** The date expressions of a text, as the event pass reads them ("Super Tuesday" is none). */
export function mentionSpans(text: string, nlp: Nlp): Mention[] {
  const mentions = findMentions(text);
  if (mentions.length === 0) return mentions;
  const tokens = nlp.tag(text);
  return mentions.filter((m) => !namedDay(m, tokens));
}

/** The dated clauses of a sentence and all its dates. */
export function analyseSentence(sentence: string, ctx: DateContext, nlp: Nlp): SentenceAnalysis {
  const empty: SentenceAnalysis = {
    facts: [],
    dates: [],
    unresolved: [],
    sideReasons: [],
    untold: [],
  };
  let mentions = findMentions(sentence);
  if (mentions.length === 0) return empty;
  const tokens = nlp.tag(sentence);
  mentions = mentions.filter((m) => !namedDay(m, tokens));
  if (mentions.length === 0) return empty;
  const { isDate, spans: spanOf } = dateTokens(tokens, mentions);
  const parse = parseClauses(tokens, isDate);
  const home = new Map<Mention, Home>();
  let previous: { end: number; home: Home } | undefined;
  for (const m of mentions) {
    const span = spanOf.get(m);
    if (span === undefined) {
      home.set(m, { clause: null, side: "no clause" });
      previous = undefined;
      continue;
    }
    // "in the elections of 1910 and 1912", "the conservatism of the 1980s and 1990s": a date
    // joined by "and" or "or" to the one before it stands where that one stands.
    const joined =
      previous !== undefined &&
      /^(?:and|or)$/.test(tokens[previous.end]?.lower ?? "") &&
      span[0] === previous.end + 1
        ? previous.home
        : undefined;
    const h = joined ?? attach(parse, span);
    home.set(m, h);
    previous = { end: span[1], home: h };
  }
  // What is to happen ("identified three companies for the program to run through June")
  // lies ahead of the clause it hangs on; otherwise the clause's tense decides.
  const direction = (m: Mention): Direction => {
    const span = spanOf.get(m);
    const h = home.get(m);
    const inf = parse.units.find(
      (u) => u.kind === "inf" && span !== undefined && u.from <= span[0] && u.to >= span[1],
    );
    if (inf !== undefined && h?.via !== inf) return "ahead";
    // "Maryland rescheduled its primary races to June 2", "were originally planned for April
    // 28": the date something is set for lies ahead of the setting.
    const setter = h?.verbUnit?.verb;
    if (
      span !== undefined &&
      setter != null &&
      setter.to <= span[0] &&
      /^(?:to|for)$/.test(tokens[span[0] - 1]?.lower ?? "") &&
      SCHEDULING.test(tokens[setter.head]?.lemma ?? "")
    )
      return "ahead";
    const tense = h?.verbUnit?.verb?.tense ?? "none";
    if (tense === "future" || tense === "modal") return "ahead";
    // "has been postponed until Saturday": "until" names a time still to come unless the
    // clause is told in the past ("lasted until Saturday").
    if (span !== undefined && untilBefore(tokens, span) && tense !== "past") return "ahead";
    return tense === "present" ? "nearest" : "back";
  };
  // A four-digit number the passes did not read as a date may still be the sentence's
  // year ("He spent 1860 in Kentucky until December 21"): then the narrative's year is no
  // safer than a guess.
  const strayYear = tokens.some((t, i) => !isDate[i] && /^(?:1\d{3}|20\d{2})$/.test(t.text));
  const { dates, unresolved } = resolveMentions(
    sentence,
    mentions,
    strayYear ? { ...ctx, narrative: [] } : ctx,
    direction,
    (m) => home.get(m)?.side === null,
  );

  const byClause = new Map<Unit, (FoundDate & { mention: Mention })[]>();
  const sideReasons: string[] = [];
  const named: ClauseFact[] = [];
  /** The event a date's noun names ("the raid took place"), kept when there is one. */
  const nameNoun = (d: FoundDate & { mention: Mention }, bare = false): boolean => {
    const span = spanOf.get(d.mention);
    const np = span === undefined ? null : nounEvent(parse, span);
    if (np === null) return false;
    // ("… immediately after the Nazi invasion in 1941": "The Nazi invasion took place." says
    // not of what; an event told only by its noun needs a name or a complement to be one.)
    if (
      bare &&
      !/\b(?:of|against|between|by|that|which|who)\b|\p{Lu}\p{Ll}+ took place\.$/u.test(np)
    )
      return false;
    named.push({
      date: stripMention(d),
      text: np,
      pronoun: null,
      antecedent: null,
      earlierSubject: false,
      past: false,
      origin: "noun",
    });
    return true;
  };
  // Dates that tell no event here but still set the narrative's time.
  const untold: FoundDate[] = [];
  /** Dates the sentence compares with ("the first case in the United States since 2013"). */
  const compared: (FoundDate & { mention: Mention })[] = [];
  for (const d of dates) {
    const h = home.get(d.mention);
    if (h === undefined || h.clause === null || h.side !== null) {
      // "a 2010 commando raid that killed nine activists": the date names an event of its own.
      if (!(h?.side === NAMES_NOUN && nameNoun(d)))
        sideReasons.push(`“${d.text}” dates ${h?.side ?? "no clause"}, not the sentence`);
      continue;
    }
    const why =
      proVerb(tokens, h.clause) ??
      askedForDate(tokens, h.clause, spanOf.get(d.mention)) ??
      afterPhraseDate(tokens, h.clause, spanOf.get(d.mention)) ??
      notAnEventDate(d, h.clause, tokens, spanOf.get(d.mention), ctx.dateline !== null);
    if (why === COMPARISON) compared.push(d);
    if (why !== null) {
      // "sought an apology for the raid in May 2010": the noun's own event, when it names one.
      if (!((why === PERFECT_DATE || why === AFTER_PHRASE) && nameNoun(d, why === AFTER_PHRASE)))
        sideReasons.push(`“${d.text}” ${why}`);
      // ('wrote, "Last year August 8 was …" … "Exactly a year later"': what a quotation
      // tells still sets the narrative's time.)
      // ("fighting continued into 1949. … did not reach agreements until February": so does
      // how far a state went on, which the narrative has reached; an "until" may look ahead.)
      if (why === QUOTED_DATE || why === STATE_REACHED) untold.push(stripMention(d));
      continue;
    }
    const list = byClause.get(h.clause) ?? [];
    list.push(d);
    byClause.set(h.clause, list);
  }
  // "He spent 1860 in Kentucky until December 21, when he sailed for California": a "when"
  // clause set off right after a date that dates no clause is on that date, an event of it.
  // (Not one that tells how things stood then: "in 1979, when Agassi was 9 years old". Nor
  // one beside a clause the date dates, which is mostly that clause told again: "returned
  // to Earth on December 27, 1968, when their spacecraft splashed down".)
  const dating = new Set([...byClause.values()].flat());
  for (const d of dates) {
    const span = spanOf.get(d.mention);
    if (span === undefined || d.attributive || d.since || dating.has(d)) continue;
    if (tokens[span[1]]?.lower !== "," || tokens[span[1] + 1]?.lower !== "when") continue;
    const when = parse.units.find(
      (u) => u.kind === "rel" && u.from === span[1] + 1 && u.verb !== null && u.subject !== null,
    );
    if (when?.verb == null || byClause.has(when)) continue;
    const head = tokens[when.verb.head];
    const state =
      (/^(?:be|become|seem|remain)$/.test(head?.lemma ?? "") && !when.verb.passive) ||
      head?.form === "ing";
    if (!state) byClause.set(when, [d]);
  }
  // A clause with a date of its own keeps it; a simultaneous clause inside it that gives
  // another date is then an event of its own ("When X in 1960, Y in 1962").
  for (const [clause, list] of [...byClause]) {
    const direct = list.filter((d) => home.get(d.mention)?.via == null);
    if (direct.length === 0 || direct.length === list.length) continue;
    // ("declined … to $390 million in 1932, while exports fell from $2,341 million in 1929 to
    // $784 million in 1932": a side clause that gives a date of its own takes all its dates,
    // the one it shares with the clause too.)
    const givesOwn = new Map(list.map((d) => [d, oneDate([...direct, d]) === null]));
    const moving = new Set(
      list.flatMap((d) => {
        const via = home.get(d.mention)?.via;
        return via != null && givesOwn.get(d) === true ? [via] : [];
      }),
    );
    const kept = list.filter((d) => {
      const via = home.get(d.mention)?.via;
      if (via == null || (givesOwn.get(d) === false && !moving.has(via))) return true;
      if (EVENT_KINDS.has(via.kind) || eventPhrase(parse, via) !== null) {
        const moved = byClause.get(via) ?? [];
        moved.push(d);
        byClause.set(via, moved);
      } else
        sideReasons.push(
          `“${d.text}” dates ${SIDE_NAMES[via.kind] ?? "a side phrase"}, not the sentence`,
        );
      return false;
    });
    byClause.set(clause, kept);
  }
  // "Union troops shot and killed him on April 26, 1865": a bare verb joined to the predicate
  // that holds the date shares its object and its date; the event is both.
  for (const [clause, list] of [...byClause]) {
    const head = clause.parent;
    if (clause.kind !== "coord" || !clause.sharedSubject || head == null) continue;
    if (head.verb === null || head.verb.to !== clause.from || byClause.has(head)) continue;
    byClause.delete(clause);
    byClause.set(head, list);
  }
  spreadFrontedDate(parse, byClause, spanOf, isDate);
  const facts: ClauseFact[] = [];
  const owned = new Set(dates.map((d) => d.mention));
  for (const [clause, all] of [...byClause].sort((a, b) => a[0].from - b[0].from)) {
    // "85% more wildfires in 2019 than there were in 2018": the time compared with is not the
    // clause's.
    const list = all.filter(
      (d) => !comparedTime(tokens, spanOf.get(d.mention)?.[0] ?? 0, clause.from),
    );
    if (list.length === 0) continue;
    const chosen = oneDate(list) ?? mainDate(list, clause, spanOf, tokens);
    if (chosen === null) {
      sideReasons.push("two different dates in one clause");
      continue;
    }
    // "the last American to win the French Open, in 1999 and the Australian Open (2003)": an
    // item joined after the clause's date with a year of its own in brackets is not of the
    // clause's date, and the clause has no one date.
    const chosenSpan = spanOf.get(chosen.mention);
    if (
      chosenSpan !== undefined &&
      (laterItemDated(parse, clause, chosenSpan, isDate) ||
        earlierItemDated(parse, chosenSpan, isDate))
    ) {
      sideReasons.push("two different dates in one clause");
      continue;
    }
    // "introduced by Woolworths and Coles on March 4 and 5 respectively": the dates pair off
    // with a list, so no one date is the clause's ("produced in Italy and Sweden,
    // respectively" pairs places, and keeps its date).
    const dateEnd = spanOf.get(chosen.mention)?.[1];
    const listed = dateEnd !== undefined && /^(?:and|or|&)$/.test(tokens[dateEnd]?.lower ?? "");
    if (listed && tokens.slice(clause.from, clause.to).some((t) => t.lower === "respectively")) {
      sideReasons.push("“respectively” pairs the clause's dates with a list");
      continue;
    }
    const span = spanOf.get(chosen.mention);
    const noEvent = span === undefined ? null : timeOnly(tokens, clause, span);
    if (noEvent !== null) {
      sideReasons.push(noEvent);
      continue;
    }
    // "Some researchers believe that the first Russian settlement was established in the 17th
    // century": what someone believes or supposes, the text does not assert; a quiz that
    // asked it as fact would drop the hedge.
    const reporter = clause.kind === "comp" ? clause.parent?.verb : undefined;
    if (reporter != null && BELIEF.test(tokens[reporter.head]?.lemma ?? "")) {
      sideReasons.push("the clause tells what someone believes, not what happened");
      continue;
    }
    // "Based upon written agreements with the Soviet Union in 1945, the only connections …":
    // a participle of a standing relation tells no event, whatever date sits in its phrase.
    if (standingRelation(clause, tokens)) {
      sideReasons.push("the phrase tells a standing relation, not an event");
      continue;
    }
    // "it was the first case in the United States since 2013": told without the time it is
    // compared with, the clause would claim more than the text ("the first case ever").
    const lost = compared.some((c) => {
      const at = spanOf.get(c.mention);
      return (
        at !== undefined &&
        at[0] >= clause.from &&
        at[1] <= clause.to &&
        tokens.slice(Math.max(clause.from, at[0] - 9), at[0]).some(superlative)
      );
    });
    if (lost) {
      sideReasons.push("the clause compares with a time its text would lose");
      continue;
    }
    const shape = shapeOf(parse, clause, isDate);
    if (shape === null) continue;
    // "This and other failed attempts … weakened the Sui and were among the reasons …": a
    // predicate whose subject was not found would be told without one ("Were among …",
    // "Built by Shah Abbas II."). Its date still sets the narrative's time.
    if (
      shape.subject === null &&
      ((clause.kind === "coord" && clause.sharedSubject) || clause.verb?.from === clause.from)
    ) {
      sideReasons.push("the clause's subject was not found");
      const tense = (clause.verb ?? clause.parent?.verb)?.tense;
      // (Unless it may go on with a relative clause, which tells beside the story.)
      if ((tense === "past" || tense === "perfect") && clause.afterRelative !== true)
        untold.push(stripMention(chosen));
      continue;
    }
    const text = clauseText(sentence, parse, clause, shape, chosen, spanOf, owned, isDate);
    if (text === null) continue;
    const subject = shape.subject;
    const first = subject === null ? undefined : tokens[subject[0]];
    const pronoun =
      subject !== null &&
      subject[1] - subject[0] === 1 &&
      first !== undefined &&
      PRONOUN_SUBJECTS.test(first.lower) &&
      !expletive(tokens, clause)
        ? first.text
        : null;
    const subjectAt = subject?.[0] ?? clause.from;
    // ("In March, when the Soviets discovered these designs, they withdrew": a "when" clause
    // on a fronted date has a subject "they" may stand for, as an adverbial clause has.)
    const earlier = parse.units.find(
      (u) =>
        u !== clause &&
        (EVENT_KINDS.has(u.kind) ||
          (u.kind === "rel" && u.marker !== null && tokens[u.marker]?.lower === "when")) &&
        u.subject !== null &&
        u.subject[1] <= subjectAt &&
        !u.sharedSubject,
    );
    // "the Chilean Congress voted to elect Allende …, and he was sworn in": a name between
    // the earlier subject and "he" could be the one meant, so "he" stays unresolved.
    // "The Congress passed the amendment, and it became law": a noun between the earlier
    // subject and "it" (or a name before "he") could be the one meant; it stays unresolved.
    const personal = pronoun !== null && /^(?:he|she)$/i.test(pronoun);
    const between =
      earlier?.subject === null || earlier === undefined
        ? []
        : tokens.slice(earlier.subject[1], subjectAt).filter(
            (t, i) =>
              // ("… in June 1973, he lost": a month's name is no one "he" could mean.)
              !isDate[(earlier.subject?.[1] ?? 0) + i] &&
              (personal ? t.pos === "PROPN" : t.pos === "NOUN" || t.pos === "PROPN"),
          );
    const antecedent =
      pronoun === null || earlier === undefined || between.length > 0
        ? null
        : nounPhrase(sentence, tokens, earlier);
    const tense = (clause.verb ?? clause.parent?.verb)?.tense;
    facts.push({
      date: offsetDate(stripMention(chosen), tokens, spanOf.get(chosen.mention)),
      text,
      pronoun,
      antecedent,
      // "He had offers …, but in 1935 he arrived": an earlier pronoun looks back as this one does.
      earlierSubject:
        earlier?.subject != null &&
        !(
          earlier.subject[1] - earlier.subject[0] === 1 &&
          PRONOUN_SUBJECTS.test(tokens[earlier.subject[0]]?.lower ?? "")
        ),
      past: (tense === "past" || tense === "perfect") && !sinceClause(clause, tokens),
      origin: clause.gapped ? "gapped" : (eventPhrase(parse, clause)?.kind ?? clause.kind),
    });
  }
  return {
    facts: [...facts, ...named],
    dates: dates.map(stripMention),
    unresolved: unresolved.map(({ mention: _, ...u }) => u),
    sideReasons,
    untold,
  };
}

/**
 * Whether the date at `from` is a time compared with, after "than" and only words that point
 * back to the clause ("than there were in 2018", "than in 1980"); "more than 8,000 troops in
 * October" compares numbers, and its date is the clause's. Looks no further back than `floor`.
 */
function comparedTime(tokens: readonly Token[], from: number, floor: number): boolean {
  for (let k = from - 1; k >= Math.max(floor, from - 5); k--) {
    if (tokens[k]?.lower !== "than") continue;
    return tokens
      .slice(k + 1, from)
      .every((t) => /^(?:PRON|AUX|ADP|DET)$/.test(t.pos) || t.lower === "there");
  }
  return false;
}

const QUOTED_DATE = "dates what a saying quotes, not the saying";
const STATE_REACHED = "marks how far a state went on";

/** Nouns for what is reported, whose date is the reporting's. */
const REPORT_NOUN = /^(?:report|account|statement|announcement)$/;

/** Nouns that name a time a thing is set for. */
const TIME_VALUE_NOUN = /^(?:date|deadline|day|time|schedule)$/;

/** Whether a clause opened by "only" or "not until" has its auxiliary before its subject. */
function invertedAfterOnly(clause: Unit, tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? "";
  if (first !== "only" && !(first === "not" && tokens[1]?.lower === "until")) return false;
  for (let k = clause.from; k + 2 < clause.to; k++) {
    const t = tokens[k] as Token;
    if (
      t.pos === "AUX" &&
      /^(?:did|was|were|had|could|would)$/.test(t.lower) &&
      (tokens[k + 1]?.pos === "PROPN" ||
        tokens[k + 1]?.pos === "NOUN" ||
        tokens[k + 1]?.pos === "PRON")
    )
      return tokens.slice(k + 1, Math.min(clause.to, k + 6)).some((v) => v.pos === "VERB");
  }
  return false;
}

/** The plural name of a people: "Germans", "Americans", "Chinese". */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ese)$/u;

/** Verbs of likeness, which relate two things rather than tell an event. */
const LIKENESS = /^(?:parallel|resemble|mirror)$/;

const STATIVE = /^(?:have|remain|continue|stay|play|serve|hold|live|own|know|believe)$/;

/** Words that move a predicate's time past the one told before it. */
const LATER = /^(?:later|then|afterwards?|subsequently|thereafter|eventually|soon|finally|next)$/;

/** Words that move a clause's time away from a date set before it. */
const TIME_SHIFT =
  /^(?:later|then|afterwards?|subsequently|thereafter|eventually|soon|since|now|today|still|already|previously|earlier|before|after|until|till|again|next|finally|once|formerly|currently|recently|ago|meanwhile|yet)$/;

/**
 * "In 1990, Sweden defeated Korea, and Belgium defeated Panama": a date fronted before
 * the main clause's subject sets the time of the clauses joined to it by "and" or "but"
 * that have a subject of their own, a verb in the simple past, and no time of their own
 * (no date, no "later", "then", "since", no past perfect).
 */
function spreadFrontedDate<D extends { mention: Mention; qualifier: Qualifier; since: boolean }>(
  parse: Parse,
  byClause: Map<Unit, D[]>,
  spanOf: Map<Mention, [number, number]>,
  isDate: readonly boolean[],
): void {
  const { tokens, units } = parse;
  const opens = (t: Token | undefined) => t?.pos === "SCONJ" || SUBORDINATORS.test(t?.lower ?? "");
  for (const [clause, list] of [...byClause]) {
    const d = list[0];
    if (clause.kind !== "main" || clause.subject === null || list.length !== 1 || d === undefined)
      continue;
    // "By 1708, London had more than five hundred": a bound, not the time of what follows.
    if (d.qualifier === "by" || d.since) continue;
    const span = spanOf.get(d.mention);
    if (span === undefined || span[1] > clause.subject[0] || span[0] > clause.from + 1) continue;
    // "Yesterday, Sweden defeated South Korea; Belgium defeated Panama; and Tunisia lost to
    // England": main clauses listed after it, the last joined by "and", are coordinated too.
    const listed = units.filter(
      (u) => u.kind === "main" && u.parent === null && u.from > clause.from,
    );
    const last = listed[listed.length - 1];
    const clauseList = last !== undefined && /^(?:and|but)$/.test(tokens[last.from]?.lower ?? "");
    for (const u of units) {
      const joined =
        (u.parent === clause && u.kind === "coord") || (clauseList && listed.includes(u));
      if (!joined || u.sharedSubject || u.gapped) continue;
      if (u.subject === null || byClause.has(u)) continue;
      const marker = u.kind === "main" ? u.from : u.marker;
      const word = marker === null ? "" : (tokens[marker]?.lower ?? "");
      if (u.kind === "coord" ? !/^(?:and|but)$/.test(word) : u !== last && word === "and") continue;
      const v = u.verb;
      if (v === null || v.tense !== "past" || v.negated) continue;
      if (tokens.slice(v.from, v.to).some((t) => t.lemma === "have")) continue;
      // "…, and with San Martín he played a crucial role in securing Chile's independence": a
      // state or a part played lasts; the date of the event beside it does not date it.
      if (STATIVE.test(tokens[v.head]?.lemma ?? "")) continue;
      if (tokens.slice(u.from, u.to).some((t, i) => isDate[u.from + i] || TIME_SHIFT.test(t.lower)))
        continue;
      // "began as Hezbollah and the Syrian Army launched": after a subordinator with no verb
      // since, "and" joins two subjects of that clause, not two clauses.
      let k = u.from - 1;
      while (k > clause.from && !isVerbal(tokens[k]) && !opens(tokens[k])) k--;
      if (opens(tokens[k])) continue;
      byClause.set(u, [d]);
    }
  }
}

const OFFSET_UNITS: Record<string, "day" | "month" | "year"> = {
  day: "day",
  week: "day",
  month: "month",
  year: "year",
};

/**
 * "Two days before his victories on March 1", "three weeks after the vote in May": the
 * clause happened at an offset from the date, which is the anchor's. The offset is
 * applied when its unit is no finer than the date's precision; otherwise the anchor's
 * date would claim a precision the text does not give, and the date is kept as it is
 * only when no offset is written.
 */
function offsetDate(d: FoundDate, tokens: readonly Token[], span?: [number, number]): FoundDate {
  if (span === undefined) return d;
  if (d.end !== undefined) return edgeOfSpan(d, tokens, span);
  for (let j = span[0] - 1; j >= Math.max(2, span[0] - 10); j--) {
    const t = tokens[j] as Token;
    if (t.pos === "VERB" || t.pos === "AUX" || t.lower === ",") break;
    if (t.lower !== "before" && t.lower !== "after") continue;
    const unit = OFFSET_UNITS[tokens[j - 1]?.lemma ?? ""];
    const count = countValue(tokens[j - 2]?.lower ?? "");
    if (unit === undefined || count === null) break;
    const n = (t.lower === "before" ? -1 : 1) * count * (tokens[j - 1]?.lemma === "week" ? 7 : 1);
    const start = d.start;
    if (unit === "day" && d.precision === "day" && start.day !== undefined) {
      const moved = addDays({ year: start.year, month: start.month ?? 1, day: start.day }, n);
      return { ...d, start: moved };
    }
    if (unit === "month" && d.precision !== "year")
      return {
        ...d,
        start: { ...addMonths(start, n), ...(d.precision === "day" ? {} : { day: undefined }) },
      };
    if (unit === "year") return { ...d, start: { ...start, year: (start.year ?? 0) + n } };
    // A finer offset than the date ("two days before" March): the day is not known.
    return { ...d, qualifier: "about" };
  }
  return d;
}

/** Nouns for the first or last part of what they are "of": "the end of the war", "the outbreak of". */
const SPAN_EDGE = /^(?:end|close|conclusion|beginning|start|outbreak|onset|opening)$/;

/**
 * "At the end of the Iran-Iraq War of 1980–1988, Iraq emerged …": a clause timed by the
 * end (or the start) of something that lasted a span happened at the span's end (or start),
 * not throughout it.
 */
function edgeOfSpan(d: FoundDate, tokens: readonly Token[], span: [number, number]): FoundDate {
  const end = d.end;
  if (end === undefined) return d;
  for (let j = span[0] - 1; j >= Math.max(1, span[0] - 10); j--) {
    const t = tokens[j] as Token;
    // ("the beginning of the Printing Revolution in the 15th century": the span is when it
    // began, not what it began.)
    if (t.pos === "VERB" || t.pos === "AUX" || t.lower === ",") break;
    if (t.pos === "ADP" && t.lower !== "of") break;
    if (!SPAN_EDGE.test(t.lower) || tokens[j + 1]?.lower !== "of" || t.pos !== "NOUN") continue;
    const { end: _, ...rest } = d;
    const last = /^(?:end|close|conclusion)$/.test(t.lower);
    return { ...rest, start: last ? end : d.start, precision: precisionOf(last ? end : d.start) };
  }
  return d;
}

function stripMention(d: FoundDate & { mention: Mention }): FoundDate {
  const { mention: _, ...rest } = d;
  // "early on October 17": a part of a day is no coarser date; the day says it all.
  if (rest.precision === "day" && /^(?:early|mid|late)$/.test(rest.qualifier ?? ""))
    return { ...rest, qualifier: null };
  return rest;
}

type Home = {
  /** The clause the date belongs to, or null. */
  clause: Unit | null;
  /** What the date dates instead of a clause ("a relative clause"), or null when it dates the clause. */
  side: string | null;
  /** The nearest unit with a verb: its tense points the date. */
  verbUnit?: Unit | null;
  /** A clause of simultaneous time the date sits in, inside the clause it dates. */
  via?: Unit | null;
};

const SIDE_NAMES: Record<string, string> = {
  attrib: "who said it",
  rel: "a relative clause",
  part: "a participle phrase",
  inf: "an infinitive (what was to happen)",
  appos: "an apposition",
  paren: "a parenthesis",
};

/** Verbs of foreseeing: what they are said of in the passive lies at the date foreseen. */
const FORESEEING = /^(?:project|forecast|predict|envisage|envision|foresee|anticipate|expect)$/;

/** Verbs that set a date for something: a date after their "to" or "for" lies ahead of them. */
/**
 * "… and called for general elections in 1956": a date after what
 * a clause asks for may be the time of the thing asked for (the elections of 1956, agreed in
 * 1954) as readily as the asking's, so it dates neither.
 */
function askedForDate(
  tokens: readonly Token[],
  clause: Unit,
  span: [number, number] | undefined,
): string | null {
  const verb = clause.verb;
  if (span === undefined || verb === null || span[0] <= verb.to + 1) return null;
  const lemma = tokens[verb.head]?.lemma ?? "";
  // (Not "proposed a solution in August 1968", "proposed to her in October 2009": the
  // proposing is the deed; "called for" names what is wanted, to come.)
  const asking = lemma === "call" && tokens[verb.to]?.lower === "for";
  return asking && !verb.passive
    ? "dates what was asked for, or the asking: the text does not say which"
    : null;
}

/** Words of readiness, whose "for" phrase is what lies ahead ("ready for launch"). */
const READY = /^(?:ready|due|cleared|eligible|poised|bound|prepared)$/;
const SCHEDULING =
  /^(?:schedule|reschedule|plan|set|postpone|delay|move|push|slate|defer|adjourn|book|advance|pencil)$/;

/**
 * Verbs whose infinitive is an intention, a plan or a hope, not what happened. Verbs of
 * trying, failing and refusing are not among them: "tried to reach Gaza in May 2010" was
 * an attempt made in May 2010, whatever came of it.
 */
const IRREALIS =
  /^(?:plan|intend|decide|expect|schedule|hope|want|wish|aim|propose|promise|threaten|vow|pledge|prepare|seek|offer|need|mean|wait|ask|urge|demand|request|call|order|seem|appear|like|prefer|choose|design|plot|scheme)$/;

/**
 * Verbs that look ahead to what they are about ("preparing for a reelection bid in 1900",
 * "hoping for a settlement by May"): a date in what they take is that later event's. (Not
 * verbs of asking or ordering: "ordering an incursion on April 30" was the order.)
 */
const PROSPECTIVE = /^(?:prepare|plan|hope|aim|intend|expect|wish|want|anticipate)$/;

/** Participles whose subject is the event of the clause before them, not its subject. */
const RESULT_ING = /^(?:culminating in|resulting in|leading to|leading up to|giving rise to)\b/;
/**
 * -ing words that work as prepositions ("including", "regarding"), never as a participle's
 * verb; "following the election" is "after the election", not "he followed the election".
 */
const PREPOSITIONAL_ING =
  /^(?:including|excluding|regarding|concerning|considering|involving|according|pending|barring|notwithstanding|following)$/;

/** Subordinators of time that put their clause at the same time as the clause they modify. */
const SIMULTANEOUS = /^(?:when|as|while|whilst)$/;

/** A clause opened by "when", "as" or "while": what it tells is at its host clause's time. */
function simultaneous(parse: Parse, u: Unit): boolean {
  return (
    (u.kind === "sub" || u.kind === "rel") &&
    u.marker !== null &&
    SIMULTANEOUS.test(parse.tokens[u.marker]?.lower ?? "")
  );
}

/**
 * The verb a unit's infinitive would hang on: its finite verb group, or for a participle
 * phrase ("while trying to transport …") the participle itself.
 */
function governingVerb(parse: Parse, u: Unit): { head: number; to: number } | null {
  if (u.verb !== null) return { head: u.verb.head, to: u.verb.to };
  if (u.kind !== "part") return null;
  for (let i = u.from; i < u.to; i++)
    if (parse.tokens[i]?.pos === "VERB") return { head: i, to: i + 1 };
  return null;
}

/**
 * Whether a present verb agrees with its subject as a verb does: "records show", "the study
 * shows" (and not "the Atlantic Council think", where the tagger took a noun for a verb).
 */
function agrees(tokens: readonly Token[], subject: [number, number], verb: number): boolean {
  const v = tokens[verb];
  const last = tokens[subject[1] - 1];
  if (v === undefined || last === undefined) return false;
  if (v.form === "pres") return true;
  return (
    (last.pos === "NOUN" && /[^s]s$/.test(last.lower)) ||
    (last.pos === "PRON" && /^(?:they|we|i|you)$/.test(last.lower))
  );
}

/** "based on …", "located in …": a participle phrase of a standing relation, true at no one time. */
const standingRelation = (u: Unit, tokens: readonly Token[]) =>
  u.kind === "part" && STATIVE_PASSIVE.test(tokens[u.from]?.lemma ?? "");

/** The clause a date at tokens [a, b) belongs to, or the side phrase it dates. */
function attach(parse: Parse, [a, b]: [number, number]): Home {
  // "a form of Chinese shorthand based on Chinese characters in the early 1900s": a
  // participle of a standing relation ("based on", "located in") happens at no time, so a
  // date at its end goes to the clause it hangs on. ("Based upon written agreements with
  // the Soviet Union in 1945, the only connections …": not one opening the sentence, where
  // the date is its noun's.)
  const inside = parse.units.filter(
    (u) => u.from <= a && u.to >= b && !(u.from > 0 && standingRelation(u, parse.tokens)),
  );
  // "…, while Borman's crew would fly the "E" mission, a more rigorous LM test …, in early
  // 1969.": a date closing the sentence after a side clause and its apposition goes with
  // that clause, the nearest one before it (late closure), not back to the main clause.
  const last = inside[inside.length - 1];
  const closing = parse.tokens.slice(b).every((t) => t.pos === "PUNCT");
  // "Mugabe ruled Zimbabwe, serving as its first prime minister, 1980–1987; then …": a bare
  // date closing its clause after a participle phrase and a comma is the phrase's.
  const bare = parse.tokens[a - 1]?.lower === ",";
  const closesClause =
    last !== undefined && parse.tokens.slice(b, last.to).every((t) => t.pos === "PUNCT");
  if (last?.kind === "main" && bare && closesClause) {
    const part = parse.units.find((u) => u.to === a - 1 && u.parent === last && u.kind === "part");
    if (part !== undefined) inside.push(part);
  }
  if (last?.kind === "main" && closing && parse.tokens[a - 2]?.lower === ",") {
    let k = a - 2;
    for (;;) {
      const appos = parse.units.find(
        (u) => (u.kind === "appos" || u.kind === "paren") && u.to === k,
      );
      if (appos === undefined) break;
      k = appos.from - (parse.tokens[appos.from - 1]?.lower === "," ? 1 : 0);
      if (parse.tokens[appos.from]?.lower !== "," && parse.tokens[k]?.lower !== ",") break;
    }
    // ("…, where he negotiated a treaty with its ruler, Sultan Abdallah, on October 4, 1879.":
    // a relative clause with a subject and verb of its own is such a clause too.)
    const before = parse.units.find(
      (u) =>
        u.to === k &&
        u.parent === last &&
        (u.kind === "sub" ||
          u.kind === "coord" ||
          (u.kind === "rel" && u.subject !== null && u.verb !== null)),
    );
    if (before !== undefined) inside.push(before);
  }
  // "In 1349, records show the city of Mawsil suffered a massive epidemic": what records or
  // studies show now cannot be of a past year, so a date fronted before such a present
  // verb dates what they show, the reported clause told in the past.
  const head = inside[inside.length - 1];
  if (
    head?.kind === "main" &&
    head.verb?.tense === "present" &&
    REPORTING_VERB.test(parse.tokens[head.verb.head]?.lemma ?? "") &&
    head.subject !== null &&
    b <= head.subject[0] &&
    agrees(parse.tokens, head.subject, head.verb.head)
  ) {
    const reported = parse.units.find(
      (u) =>
        u.kind === "comp" &&
        u.parent === head &&
        (u.verb?.tense === "past" || u.verb?.tense === "perfect"),
    );
    if (reported !== undefined) inside.push(reported);
  }
  let unit: Unit | null = inside[inside.length - 1] ?? null;
  let side: string | null = null;
  let verbUnit: Unit | null = null;
  let via: Unit | null = null;
  for (let u = unit; u !== null; u = u.parent) {
    if (verbUnit === null && u.verb !== null) verbUnit = u;
    const word = u.marker === null ? "" : (parse.tokens[u.marker]?.lower ?? "");
    // "When Danzig became part of Prussia in 1793, Heinrich moved to Hamburg": a clause
    // of simultaneous time dates the clause it modifies too, and stays in its text; so
    // does "Upon returning from the expedition in 1954, Tarkovsky applied…".
    // A bare participle phrase in front ("Learning of the French fleet's movement in
    // August, Washington began…") is at the time of its clause too. A clause saying what
    // would or will happen is not: "…, while Borman's crew would fly … in early 1969".
    const told = u.verb === null || u.verb.tense === "past" || u.verb.tense === "perfect";
    // ("Preparing for a reelection bid in 1900, McKinley was reluctant": a participle of
    // planning or hoping dates what was planned, not its clause.)
    const bareParticiple =
      u.kind === "part" &&
      u.fronted &&
      parse.tokens[u.from]?.form === "ing" &&
      !PROSPECTIVE.test(parse.tokens[u.from]?.lemma ?? "");
    // "He left to become a student at Göttingen in 1809", "encouraged France to enter the
    // war in 1778": an infinitive right after its verb tells what the clause did; after a
    // verb of planning or hoping it tells only what was meant to happen.
    const governor = u.parent === null ? null : governingVerb(parse, u.parent);
    // ("confessed to killing his sister … in 2016": "to" with an -ing form is a preposition
    // and its gerund, a deed the clause speaks of, whose date is not the clause's.)
    const infinitive =
      u.kind === "inf" &&
      side === null &&
      parse.tokens[u.from + 1]?.form !== "ing" &&
      parse.tokens[u.from - 1]?.lower !== "," &&
      governor !== null &&
      !IRREALIS.test(parse.tokens[governor.head]?.lemma ?? "") &&
      parse.tokens
        .slice(governor.to, u.from)
        .every((t) => t.pos !== "ADP" && t.pos !== "PUNCT" && !isVerbal(t));
    if (infinitive) {
      via ??= u;
      continue;
    }
    // "released 1,500 detainees, of which at least 400 were transported to Idlib on the same
    // day": a partitive relative tells part of its clause's event, at its time.
    const partitive = u.kind === "rel" && word === "of" && told;
    // "…, when it was boarded … while trying to reach Gaza in May 2010": a phrase of
    // simultaneous time that cannot tell an event of its own (its subject is "it") is at
    // the time of the clause it sits in; "While accepting the nomination in 1928, Hoover
    // commented" still tells that Hoover accepted it in 1928.
    const transparent =
      side === null &&
      u.parent !== null &&
      (EVENT_KINDS.has(u.parent.kind) || (u.kind === "part" && simultaneous(parse, u.parent))) &&
      (partitive ||
        (simultaneous(parse, u) && told) ||
        (u.kind === "part" &&
          (/^(?:upon|on)$/.test(word) ||
            bareParticiple ||
            (SIMULTANEOUS.test(word) && eventPhrase(parse, u) === null))));
    if (transparent) {
      via ??= u;
      continue;
    }
    // "unless they pull back by the end of the month": a condition states no event.
    if (u.kind === "sub" && /^(?:if|unless|lest)$/.test(word)) {
      side ??= "a condition";
      continue;
    }
    // "published a report, saying the eruption last year has been followed by …": a date in
    // what a saying participle reports dates what was said, not the saying.
    const lead =
      u.kind === "part"
        ? parse.tokens.slice(u.from, u.from + 2).find((t) => t.pos === "VERB")
        : undefined;
    if (
      lead !== undefined &&
      lead.form === "ing" &&
      REPORTING_VERB.test(lead.lemma) &&
      (parse.tokens[a - 1]?.from ?? 0) > lead.from
    ) {
      side ??= "what was reported";
      continue;
    }
    if (EVENT_KINDS.has(u.kind) || (side === null && eventPhrase(parse, u) !== null)) {
      unit = u;
      break;
    }
    side ??=
      u.kind === "inf" && parse.tokens[u.from + 1]?.form === "ing"
        ? "a deed the clause speaks of (“to” and an -ing form)"
        : (SIDE_NAMES[u.kind] ?? null);
  }
  if (unit === null || !(EVENT_KINDS.has(unit.kind) || eventPhrase(parse, unit) !== null))
    return { clause: null, side: side ?? "no clause", verbUnit, via };
  verbUnit ??= unit;
  const subject = unit.subject !== null && !unit.sharedSubject ? unit.subject : null;
  // "The American Revolutionary War (1775–1783), also known as …, was": a parenthesis on
  // the subject dates the subject, as "The 1775–1783 war" would.
  const paren = inside.find((u) => u.kind === "paren");
  if (side === "a parenthesis" && paren !== undefined && subject !== null) {
    // "(partially declassified 1989)": a parenthesis with a verb of its own dates that verb.
    const ownVerb = parse.tokens.slice(paren.from, paren.to).some((t) => t.pos === "VERB");
    // Only a clause that says what the subject was: "Elevator to the Gallows (1958) … was
    // followed by The Lovers (1959)" is a film's year, not the date of its being followed.
    const verb = unit.verb;
    const defines = verb !== null && parse.tokens[verb.head]?.lemma === "be" && !verb.passive;
    // ("The Revolutionary War (1776–1783), the French Revolution (1789–1799), and the
    // Peninsular War (1808–1814) were watershed events": one parenthesis per item of a list
    // dates each item, and the clause has no one date.)
    const bracketed = parse.units.filter(
      (p) =>
        p.kind === "paren" &&
        p.parent === unit &&
        p.from >= unit.from &&
        p.to <= (unit.verb?.from ?? unit.to) &&
        /\d{4}/.test(
          parse.tokens
            .slice(p.from, p.to)
            .map((t) => t.text)
            .join(" "),
        ),
    );
    if (
      paren.from >= subject[0] &&
      paren.from <= subject[1] &&
      paren.parent === unit &&
      !ownVerb &&
      defines &&
      bracketed.length < 2
    )
      side = null;
  }
  if (side === null && modifiesNoun(parse.tokens, a, b)) {
    // A year naming the subject ("The 1965 war between India and Pakistan was…"), what the
    // subject is ("was the 1761 Battle of Panipat") or the time the clause happened in ("in
    // the Meiji Restoration of 1868") dates the clause; any other noun it only names.
    const verb = unit.verb;
    // ("The 1973 building was home to over 1,000 people": a state told of a thing the year
    // names is not of that year; "the 1965 war was a turning point", an event, is.)
    let head = b;
    while (/^(?:NOUN|PROPN|ADJ)$/.test(parse.tokens[head + 1]?.pos ?? "")) head++;
    // ("was home to": the tagger may read the complement into the verb group.)
    const stateOfThing =
      verb !== null &&
      (parse.tokens[verb.head]?.lemma === "be" ||
        (parse.tokens[verb.from]?.lemma === "be" && parse.tokens[verb.head]?.form === "base")) &&
      !verb.passive &&
      !eventive(parse.tokens[head]);
    // ("The U.S. Declaration of Independence of 1776 and France's 1789 Declaration …
    // stressed": items of a subject each named by their own year give the clause none.)
    const otherYear =
      subject !== null &&
      parse.tokens
        .slice(unit.from, unit.verb?.from ?? subject[1])
        .some((t, i) => (unit.from + i < a || unit.from + i >= b) && /^\d{4}$/.test(t.text));
    // ("2018 gubernatorial candidate Stacey Abrams … were mentioned as possibilities": a year
    // before a calling and a name says when the person was that, not when the clause was.)
    let role = head;
    while (role > b && parse.tokens[role]?.pos === "PROPN") role--;
    const calling = role < head && parse.tokens[role]?.pos === "NOUN";
    // ("The 1968 discovery of oil at Prudhoe Bay led to an oil boom", "the 1979 Soviet
    // invasion increased cooperation": what an event led to or caused came after it, at a
    // time the year of the event does not give.)
    const consequence =
      verb !== null && CONSEQUENCE_VERB.test(parse.tokens[verb.head]?.lemma ?? "");
    const inSubject =
      !consequence &&
      subject !== null &&
      a >= subject[0] &&
      b <= subject[1] &&
      parse.tokens.slice(subject[0], a).every((t) => t.pos !== "ADP") &&
      !stateOfThing &&
      !otherYear &&
      !calling;
    const host = hostPreposition(parse.tokens, a);
    // ("It was a day of mourning for the 1389 Battle of Kosovo": a year inside a "for" or
    // "of" phrase of the complement names that phrase's noun; "a candidate in the 2020
    // election" is in its time.)
    // ("were violations of the treaty of 1795": a year on a noun inside the complement's own
    // "of" phrase names that noun, not what the complement is.)
    const nested =
      host === null &&
      verb !== null &&
      parse.tokens[a - 1]?.lower === "of" &&
      parse.tokens.slice(verb.to, Math.max(verb.to, a - 2)).some((t) => t.pos === "ADP");
    const copular =
      verb !== null &&
      parse.tokens[verb.head]?.lemma === "be" &&
      a >= verb.to &&
      !verb.passive &&
      !nested &&
      (host === null || /^(?:in|during|at|after|before)$/.test(host.word));
    // "in the Meiji Restoration of 1868": "in" an event is a time, wherever the phrase hangs.
    // "in last year's authorizing language": a possessive date names the noun after it,
    // which is a time only if it names an event ("in last year's elections").
    let possessed = b + 1;
    while (/^(?:NOUN|ADJ|VERB)$/.test(parse.tokens[possessed + 1]?.pos ?? "")) possessed++;
    const ofEvent =
      !/^['’]s$/.test(parse.tokens[b]?.lower ?? "") || eventive(parse.tokens[possessed]);
    // ("At the Moscow Conference of 1944, Stalin had given …": fronted before the subject, a
    // named event is the clause's time as it is after the verb, and so is an event noun the
    // year is "of": "In the election of 1808, voters elected …". Not "In response to the
    // crisis of 1833": the year hangs on "to", which is no time.)
    const fronted =
      host !== null &&
      subject !== null &&
      host.at < subject[0] &&
      (parse.tokens.slice(host.at + 1, a).some((t) => t.pos === "PROPN") ||
        (parse.tokens[a - 1]?.lower === "of" && eventive(parse.tokens[a - 2])) ||
        // "In his Tuesday speech at the Council, Mitsotakis reaffirmed …", "At a Friday news
        // conference, the governor announced …": so is an event the date modifies.
        eventive(parse.tokens[nounHead(parse.tokens, b)]));
    const during =
      host !== null &&
      SIMULTANEOUS_PREPOSITIONS.test(host.word) &&
      (!host.afterNoun || eventive(parse.tokens[a - 2])) &&
      ofEvent &&
      verb !== null &&
      (host.at > verb.from || fronted);
    // "Jefferson signed the Non-Intercourse Act of 1808": an act or treaty named by its year
    // was made in that year, so signing, passing or ratifying it is dated by it.
    const document =
      host === null &&
      (unit.kind === "main" || unit.kind === "coord") &&
      parse.tokens[a - 1]?.lower === "of" &&
      DOCUMENT_NOUNS.test(parse.tokens[a - 2]?.lemma.toLowerCase() ?? "") &&
      verb !== null &&
      MAKING_VERB.test(parse.tokens[verb.head]?.lemma ?? "") &&
      !verb.passive &&
      a > verb.to;
    if (!inSubject && !copular && !during && !document) side = NAMES_NOUN;
  }
  if (unit.verb === null && !unit.gapped && eventPhrase(parse, unit) === null)
    side ??= "a phrase without a verb";
  return { clause: unit, side, verbUnit, via };
}

/**
 * A side phrase that states an event of its own, and how to make it a clause:
 * - a participle phrase at clause level, its subject the clause's ("…, subsequently
 *   volunteering for the army in 1941"; "After serving as Secretary of War … from 1838
 *   to 1840, Johnston resigned");
 * - a relative clause on a name, its subject or object the name ("…Ranjit Singh, who
 *   … in 1834 captured the city of Peshawar"; "Irma Raush, whom he married in April 1957").
 */
function eventPhrase(
  parse: Parse,
  u: Unit,
):
  | { kind: "participle"; verb: number }
  | { kind: "passive"; verb: number; fronted?: boolean }
  | { kind: "relative"; object: boolean }
  | null {
  const { tokens } = parse;
  if (u.kind === "part") {
    let k = u.from;
    if (tokens[k]?.lower === "," || tokens[k]?.pos === "CCONJ") k++;
    const lead = tokens[k];
    // ("earning him his diploma in 1960 and winning First Prize in 1961": after "and" the
    // word before is the end of the phrase before, not a noun the participle is on.)
    const afterNoun =
      isNominal(tokens[u.from - 1]) &&
      u.marker === u.from &&
      lead?.pos === "VERB" &&
      tokens[u.from]?.pos !== "CCONJ";
    if (lead?.pos === "ADP" || lead?.pos === "SCONJ") k++;
    while (tokens[k]?.pos === "ADV") k++;
    const verb = tokens[k];
    // "Apollo 7, scheduled for October 1968, would be…", "The Treaty of Paris, signed in
    // 1783, …": a passive participle after a name says what happened to the name.
    // A finite auxiliary after it ("A four-week, phased closure … will begin") makes the
    // -ed word a modifier inside a subject, not a participle phrase.
    const finiteAfter = tokens
      .slice(k + 1, u.to)
      .some(
        (t) => t.pos === "AUX" && (t.form === "modal" || t.form === "pres" || t.form === "past"),
      );
    // "The U.S. treaty with Tripoli concluded in 1805 included …": without commas too, a
    // participle right after its noun tells what happened to it (a reduced relative clause).
    // A passive participle takes no object: "Napoléon abdicated his throne" is a clause.
    const object = tokens[k + 1];
    const takesObject =
      object !== undefined &&
      (object.pos === "DET" ||
        object.pos === "NOUN" ||
        object.pos === "PROPN" ||
        (object.pos === "PRON" && /^(?:his|her|its|their|him|them)$/.test(object.lower)));
    const chained =
      tokens[u.from]?.pos === "CCONJ" &&
      parse.units.some((p) => p.kind === "part" && p.to === u.from);
    if (
      verb !== undefined &&
      mayBeParticiple(verb) &&
      !NO_PASSIVE.test(verb.lemma) &&
      (tokens[u.from - 1]?.lower === "," || isNominal(tokens[u.from - 1]) || chained) &&
      !takesObject &&
      (tokens.slice(u.from, k).every((t) => t.pos === "ADV") ||
        (chained && tokens.slice(u.from + 1, k).every((t) => t.pos === "ADV"))) &&
      !finiteAfter &&
      antecedentOf(parse, u) !== null
    )
      return { kind: "passive", verb: k };
    // "Born on December 11, 1935, in Mirati, Pranab Mukherjee began …", "Founded in 1850, the
    // firm grew": a passive participle fronted before its clause tells what happened to that
    // clause's subject.
    if (
      verb !== undefined &&
      mayBeParticiple(verb) &&
      u.fronted &&
      // ("Initially started in July 2008 by Ricardo Garcia, youtube-dl is …": an adverb
      // may come first.)
      (tokens.slice(u.from, k).every((t) => t.pos === "ADV") ||
        (chained && tokens.slice(u.from + 1, k).every((t) => t.pos === "ADV"))) &&
      !finiteAfter &&
      clauseAbove(u)?.subject != null
    )
      return { kind: "passive", verb: k, fronted: true };
    if (verb === undefined || verb.form !== "ing" || afterNoun) return null;
    // ("Preparing for a reelection bid in 1900": the date is the bid's, still to come.)
    if (PROSPECTIVE.test(verb.lemma)) return null;
    // "closing off stores, including its Poznan distribution center": "including" and its
    // kind are prepositions in -ing form; they list examples or topics, not an action.
    if (PREPOSITIONAL_ING.test(verb.lower)) return null;
    // "the Israelis decided to negotiate …, culminating in the signing …": what culminates,
    // results or leads is the clause's whole event, not its subject ("the Israelis culminated").
    if (
      RESULT_ING.test(
        tokens
          .slice(k, k + 4)
          .map((t) => t.lower)
          .join(" "),
      )
    )
      return null;
    // "…, which angered merchants and led to armed conflict, initiating the Revolution": after
    // a relative clause the participle may go on from that clause's event, not from the
    // subject's; which one is not said.
    // ("Independent Azerbaijan lasted only 23 months until the Red Army invaded it,
    // establishing the Azerbaijan SSR": so after a clause of time or reason that ends its
    // clause; the nearest subject is the likelier, but which one is not said.)
    if (
      tokens[u.from - 1]?.lower === "," &&
      parse.units.some(
        (r) =>
          (r.kind === "rel" ||
            (r.kind === "sub" &&
              r.subject !== null &&
              r.parent?.verb != null &&
              r.parent.verb.to <= r.from)) &&
          r.to === u.from - 1,
      )
    )
      return null;
    const host = clauseAbove(u);
    if (host === null || host.subject === null) return null;
    // ("There were several reasons why … in revitalizing contact": "there" only holds the
    // subject's place; it does nothing a participle could tell.)
    if (host.subject[1] - host.subject[0] === 1 && tokens[host.subject[0]]?.lower === "there")
      return null;
    return { kind: "participle", verb: k };
  }
  if (u.kind === "rel" && u.marker !== null) {
    const marker = tokens[u.marker];
    if (marker === undefined || !/^(?:who|whom|which|that)$/.test(marker.lower)) return null;
    if (antecedentOf(parse, u) === null) return null;
    const next = tokens[u.marker + 1];
    const object =
      marker.lower === "whom" ||
      (next !== undefined &&
        (next.pos === "DET" || next.pos === "PRON" || next.pos === "PROPN" || next.pos === "NOUN"));
    if (object && u.verb === null) return null;
    return { kind: "relative", object };
  }
  return null;
}

/** A participle phrase carrying on, after "and", the one ending at `at` ("… and ratified in 1784"). */
function chainedPart(
  units: readonly Unit[],
  tokens: readonly Token[],
  at: number,
): Unit | undefined {
  return units.find((p) => p.kind === "part" && p.from === at && tokens[at]?.pos === "CCONJ");
}

/**
 * Where names set off by commas from `at` run to the end of the clause (", Boulder,
 * Colorado."), or `at` itself when something else follows.
 */
function namesToEnd(tokens: readonly Token[], at: number, end: number): number {
  let k = at;
  while (k < end && (tokens[k]?.text === "," || tokens[k]?.pos === "PROPN")) k++;
  const toEnd = k >= end || /^[.!?]$/.test(tokens[k]?.text ?? "");
  return k > at + 1 && tokens[at]?.text === "," && toEnd ? k : at;
}

/** A relative clause on the noun that ends a phrase closing at `at` (", who …" right after it). */
function nestedRelative(
  units: readonly Unit[],
  tokens: readonly Token[],
  at: number,
): Unit | undefined {
  if (tokens[at]?.lower !== "," || !/^(?:NOUN|PROPN)$/.test(tokens[at - 1]?.pos ?? "")) return;
  return units.find(
    (p) =>
      p.kind === "rel" &&
      p.from === at + 1 &&
      /^(?:who|whom|whose|which)$/.test(tokens[at + 1]?.lower ?? ""),
  );
}

/**
 * A passive participle phrase with its agent right after a phrase closing at `at` (", hosted
 * by China"): it describes a noun of that phrase as readily as one before it.
 */
function nestedParticiple(
  units: readonly Unit[],
  tokens: readonly Token[],
  at: number,
): Unit | undefined {
  if (tokens[at]?.lower !== ",") return;
  const verb = tokens[at + 1];
  if (verb?.pos !== "VERB" || (verb.form !== "ed" && verb.form !== "part")) return;
  if (tokens[at + 2]?.lower !== "by") return;
  return units.find((p) => p.kind === "part" && p.from === at + 1);
}

/** Verbs of belief or conjecture, whose clause the writer does not assert. */
const BELIEF =
  /^(?:believe|think|suspect|speculate|hypothesize|hypothesise|theorize|theorise|conjecture|suppose|presume|surmise|guess|doubt)$/;

/**
 * Verbs that take no object, so have no passive: "…, coincided with the anniversary" after a
 * noun is a clause's verb, never "the Foundation was coincided with".
 */
const NO_PASSIVE =
  /^(?:coincide|happen|occur|arrive|die|exist|remain|emerge|appear|belong|consist|last|result|collapse|erupt|emigrate|vanish|disappear|expire|elapse|recur|depart|originate|persist|prevail|suffice|matter)$/;

/** The nearest clause containing a phrase (through participles in a row). */
function clauseAbove(u: Unit): Unit | null {
  for (let p = u.parent; p !== null; p = p.parent) {
    if (EVENT_KINDS.has(p.kind)) return p;
    if (p.kind !== "part") return null;
  }
  return null;
}

/** The noun phrase a relative clause is about: the name right before it. */
function antecedentOf(parse: Parse, u: Unit): [number, number] | null {
  return copularSubject(parse, u) ?? phraseAntecedent(parse, u);
}

/**
 * "Stardust is a NASA Discovery mission that was launched in 1999", "Norton was a
 * citizen of San Francisco, California, who in 1859 proclaimed himself …": a relative
 * clause on the noun phrase a form of "be" says the subject is tells what the subject
 * did, so it is about that subject ("Stardust was launched in 1999"), not about the
 * phrase's last noun.
 */
function copularSubject(parse: Parse, u: Unit): [number, number] | null {
  const { tokens, units } = parse;
  const host = u.parent;
  const verb = host?.verb;
  if (host == null || verb == null || host.subject === null) return null;
  // ("An American in Paris is a symphonic poem by the composer George Gershwin, written in
  // 1928": so is a participle set off by a comma at the end of that noun phrase.)
  const participle = u.kind === "part" && tokens[u.from - 1]?.lower === "," && u.from > verb.to;
  if (u.kind !== "rel" && !participle) return null;
  if (
    !participle &&
    (!/^(?:who|that|which)$/.test(tokens[u.from]?.lower ?? "") || u.subject !== null)
  )
    return null;
  const be = tokens[verb.head];
  if (be?.lemma !== "be" || verb.negated || verb.passive || host.subject[1] > verb.from)
    return null;
  // "It was the army that seized power": a cleft, about the phrase after "be".
  const first = tokens[host.subject[0]]?.lower ?? "";
  if (host.subject[1] - host.subject[0] === 1 && /^(?:it|this|that|there|what)$/.test(first))
    return null;
  // Only an indefinite noun phrase (with its appositions) between the verb and the relative
  // pronoun: "was a citizen of San Francisco, California, who" says what kind of thing the
  // subject is. A definite one may name what the subject describes ("The largest was the
  // Warsaw ghetto, which by 1941 housed …"), or another ("was the brother of John F.
  // Kennedy, who had himself been assassinated"), and the relative is about that.
  if (!/^(?:a|an)$/.test(tokens[verb.to]?.lower ?? "")) return null;
  // A comma there may only close the phrase, or open or sit inside an apposition.
  const inApposition = (k: number) =>
    units.some((a) => a.kind === "appos" && a.from <= k + 1 && a.to > k);
  for (let k = verb.to; k < u.from; k++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB" || t.pos === "AUX") return null;
    if (t.lower === "," && k !== u.from - 1 && !inApposition(k)) return null;
  }
  return host.subject;
}

/** Nouns that count or group what their "of" phrase names. */
const PARTITIVE =
  /^(?:series|number|group|set|pair|couple|wave|string|handful|dozen|dozens|host|majority|minority|range|variety|kind|type|sort|lot|lots|bunch|batch|collection|network|chain|flurry|spate)$/;

function phraseAntecedent(parse: Parse, u: Unit): [number, number] | null {
  // ("patented by Karl Benz in 1886 and marketed beginning in 1888": the participle after
  // "and" is about what the one before it is about.)
  const previous =
    u.kind === "part" && parse.tokens[u.from]?.pos === "CCONJ"
      ? parse.units.find((p) => p.kind === "part" && p.to === u.from)
      : undefined;
  if (previous !== undefined) return phraseAntecedent(parse, previous);
  const { tokens } = parse;
  let end = u.from;
  if (tokens[end - 1]?.lower === ",") end--;
  // "Allan Friedman, Duke University Hospital neurosurgeon in chief, who …": the name
  // before the apposition.
  const appos = parse.units.find((a) => a.kind === "appos" && a.to === end);
  if (appos !== undefined) {
    // "his son, Timur Shah, who …": when the phrase before is no name, the apposition names
    // whom the relative is about.
    const named = tokens.slice(appos.from, appos.to).filter((t) => t.pos === "PROPN").length;
    let before = appos.from - 1;
    if (tokens[before]?.lower === ",") before--;
    // "Hunter Biden, the son of Joe Biden, who served as Vice President": a name that ends
    // the apposition is the nearest, and the relative clause is about it.
    let tail = appos.to;
    while (tail > appos.from && tokens[tail - 1]?.pos === "PROPN") tail--;
    if (tail < appos.to && tokens[tail - 1]?.lower === "of") return [tail, appos.to];
    if (named > 0 && tokens[before]?.pos !== "PROPN") return [appos.from, appos.to];
    // ("the inauguration of the new U.S. President, John F. Kennedy, who was elected": a
    // title before the name is the same person's, and the name says who.)
    if (
      named === appos.to - appos.from &&
      tokens[u.from]?.lower === "who" &&
      TITLES.has(tokens[before]?.lower ?? "")
    )
      return [appos.from, appos.to];
    end = appos.from;
    if (tokens[end - 1]?.lower === ",") end--;
  }
  const phraseBefore = (stop: number): number => {
    let k = stop - 1;
    while (
      k >= 0 &&
      (tokens[k]?.pos === "PROPN" ||
        tokens[k]?.pos === "NOUN" ||
        tokens[k]?.pos === "ADJ" ||
        tokens[k]?.pos === "DET" ||
        (tokens[k]?.pos === "PRON" && POSSESSIVE.test(tokens[k]?.lower ?? "")) ||
        // "Fillmore's Santa Cruz Lectures": a possessive says whose, inside the phrase.
        (/^['’]s?$/.test(tokens[k]?.text ?? "") &&
          tokens[k]?.spaced !== true &&
          (tokens[k - 1]?.pos === "PROPN" || tokens[k - 1]?.pos === "NOUN")) ||
        (tokens[k]?.pos === "VERB" &&
          tokens[k]?.form === "ing" &&
          (tokens[k + 1]?.pos === "NOUN" ||
            (tokens[k + 1]?.pos === "ADJ" && tokens[k - 1]?.pos !== "PUNCT"))) ||
        // ("The first orbiting infrared observatory": an ordinal the tagger calls an adverb;
        // "a new political party": so between an article and a noun is any adverb it reads.)
        (tokens[k]?.pos === "ADV" &&
          tokens[k - 1]?.pos === "DET" &&
          (/^(?:first|last|second|third|only)$/.test(tokens[k]?.lower ?? "") ||
            /^(?:ADJ|NOUN)$/.test(tokens[k + 1]?.pos ?? ""))) ||
        // "a 6.4 quake that hit …", "the 1883 Korean treaty which …": a number before the
        // noun is part of its phrase.
        (tokens[k]?.pos === "NUM" &&
          (tokens[k + 1]?.pos === "NOUN" ||
            tokens[k + 1]?.pos === "ADJ" ||
            tokens[k + 1]?.pos === "PROPN")) ||
        (tokens[k]?.lower === "of" && tokens[k - 1]?.pos === "PROPN"))
    )
      k--;
    // "the French (and Spanish) territory of Louisiana": brackets between a modifier and
    // its noun are inside the phrase, which goes on before them.
    if (tokens[k]?.text === ")" && k + 1 < stop) {
      const open = tokens
        .slice(0, k)
        .map((t) => t.text)
        .lastIndexOf("(");
      if (open > 0 && k - open <= 6 && /^(?:ADJ|PROPN|NOUN)$/.test(tokens[open - 1]?.pos ?? ""))
        return phraseBefore(open);
    }
    return k + 1;
  };
  let from = phraseBefore(end);
  // "The Wabash and Erie Canal, which opened in the early 1840s": two names joined by "and"
  // under one article before one head noun are one name (not "the Erie Canal opened").
  if (
    tokens[from - 1]?.lower === "and" &&
    tokens[from]?.pos === "PROPN" &&
    tokens[from - 2]?.pos === "PROPN" &&
    /^(?:the|a|an)$/i.test(tokens[from - 3]?.lower ?? "") &&
    tokens[end - 1]?.pos === "PROPN"
  )
    from -= 3;
  // "a U.S.-led coalition air and ground war, which began": two modifiers joined by "and"
  // inside one phrase, before its head, share the head (not "Ground war began").
  if (
    tokens[from - 1]?.lower === "and" &&
    from < end - 1 &&
    /^(?:NOUN|ADJ)$/.test(tokens[from]?.pos ?? "") &&
    /^(?:NOUN|ADJ)$/.test(tokens[from - 2]?.pos ?? "") &&
    /^(?:DET|NOUN|ADJ|PROPN)$/.test(tokens[from - 3]?.pos ?? "")
  )
    from = phraseBefore(from - 1);
  // "a new series of international criminal tribunals that were established": after a noun
  // that counts or groups ("series", "number", "group"), the "of" phrase is what it counts,
  // and the whole phrase is the antecedent ("A new series of … tribunals were established").
  if (
    tokens[from - 1]?.lower === "of" &&
    PARTITIVE.test(tokens[from - 2]?.lower ?? "") &&
    tokens[from - 2]?.pos === "NOUN"
  )
    from = phraseBefore(from - 1);
  // "his dying wife in Kentucky, who succumbed": "who" is about a person, and a phrase after
  // a preposition ("in Kentucky") only says where the person before it was.
  const word = tokens[u.from]?.lower ?? "";
  // After another preposition the phrase is the one meant: "no longer an option for Leon,
  // who was forced to step down".
  if (
    /^(?:who|whom|whose)$/.test(word) &&
    tokens[from - 1]?.pos === "ADP" &&
    /^(?:in|at|near|from|on|across|throughout|around|outside|inside|within|to|into)$/.test(
      tokens[from - 1]?.lower ?? "",
    )
  ) {
    const before = phraseBefore(from - 1);
    if (before < from - 1) {
      end = from - 1;
      from = before;
    }
  }
  // "the military in Angola that succeeded FAPLA": after a place's name in a phrase of place
  // on a noun, "that" or "which" is about the whole phrase, the noun with where it is.
  if (
    /^(?:that|which)$/.test(word) &&
    /^(?:in|at|near|across|throughout|around|outside|inside|within)$/.test(
      tokens[from - 1]?.lower ?? "",
    ) &&
    from < end &&
    tokens.slice(from, end).every((t) => t.pos === "PROPN")
  ) {
    const before = phraseBefore(from - 1);
    // (The noun's head: "the military", tagged an adjective after its article, too.)
    const head = tokens[from - 2];
    const noun = head?.pos === "NOUN" || (head?.pos === "ADJ" && tokens[from - 3]?.pos === "DET");
    if (before < from - 1 && noun) from = before;
  }
  // ("the first cosmonaut from a country other than the Soviet Union or the United States,
  // who flew to space in 1978": the last of two phrases a preposition takes is no more the
  // one "who" is about than the other, or than the noun before the preposition.)
  // ("the trial of Julius and Ethel Rosenberg, who were executed": two names of people
  // joined by "and" are whom it is about together.)
  if (/^(?:who|whom|whose)$/.test(word) && /^(?:and|or)$/.test(tokens[from - 1]?.lower ?? "")) {
    // (A list with commas, "to A, B, and C, whom she divorced", is about its last item.)
    const other = phraseBefore(from - 1);
    const two = other < from - 1;
    const people =
      two &&
      tokens[from - 1]?.lower === "and" &&
      [tokens.slice(other, from - 1), tokens.slice(from, end)].every(
        (p) => p.every((t) => t.pos === "PROPN") && mayNamePerson(p.map((t) => t.text).join(" ")),
      );
    if (people) from = other;
    else if (two && tokens[other - 1]?.pos === "ADP") return null;
  }
  // "The U.S. treaty with Tripoli concluded in 1805", "a state of emergency begun …": a
  // participle written right after its noun phrase (no comma) is about the whole phrase,
  // whose head comes before its preposition.
  // ("the embargo on France and its colonies, put in place in 1798", "a group of
  // scientists, economists, and other intellectuals founded in 1968": over the items of a
  // list and the preposition that takes it, to the head.)
  // ("an agreement to outlaw war signed on August 27, 1928": right after the object of an
  // infinitive on a noun, a participle may be about that object or that noun; the text does
  // not say which.)
  if (
    u.kind === "part" &&
    end === u.from &&
    tokens[from - 1]?.pos === "VERB" &&
    tokens[from - 1]?.form === "base" &&
    tokens[from - 2]?.lower === "to" &&
    // (Only an infinitive on a noun leaves two: "agreed to reduce the tariffs set in 1930",
    // "to get the joint resolution passed", have one.)
    tokens[from - 3]?.pos === "NOUN" &&
    // (A name says which one it is, and the participle is about it: "to solve the
    // Entscheidungsproblem defined precisely by Hilbert in 1928".)
    !tokens.slice(from, end).some((t) => t.pos === "PROPN")
  )
    return null;
  if (u.kind === "part" && (end === u.from || tokens[end]?.lower === ",")) {
    // (A list counts only when a preposition takes it: "received the Medal of Science, and
    // the Legion of Honour, received last year" is about the last item.)
    let listed = false;
    let beforeList = from;
    for (;;) {
      const prev = tokens[from - 1]?.lower ?? "";
      // ("a reflight of the German-built deployable satellite flown on STS-7 in June 1983":
      // right after a common noun with a determiner of its own, with no list, the participle
      // may be about that noun or the one before its preposition; which, the text does not
      // say. "The U.S. treaty with Tripoli concluded in 1805", "a state of emergency begun"
      // have no such second noun phrase.)
      if (
        !listed &&
        end === u.from &&
        from < end &&
        /^(?:of|with|for|against|on)$/.test(prev) &&
        /^(?:a|an|the|his|her|its|their)$/.test(tokens[from]?.lower ?? "") &&
        tokens[end - 1]?.pos === "NOUN" &&
        tokens[from - 2]?.pos === "NOUN" &&
        // ("ruled in favor of a lawsuit filed by the Senate": a bare noun between two
        // prepositions makes one preposition, "in favor of", and no noun phrase.)
        tokens[from - 3]?.pos !== "ADP"
      )
        return null;
      let gap = from - 1;
      if (/^(?:and|or)$/.test(prev)) {
        if (!listed) beforeList = from;
        listed = true;
        if (tokens[gap - 1]?.lower === ",") gap--;
      } else if (/^(?:of|with|for|against|between|on)$/.test(prev)) listed = false;
      else if (!(prev === "," && listed)) break;
      const before = phraseBefore(gap);
      if (before >= gap) break;
      from = before;
    }
    if (listed) from = beforeList;
  }
  if (from >= end || !tokens.slice(from, end).some((t) => t.pos === "PROPN" || t.pos === "NOUN"))
    return null;
  // "the British East India Company, a joint stock company founded in 1600": a participle on
  // a common noun in apposition to a name is about what the name names.
  const host = parse.units.find((a) => a.kind === "appos" && a.from === from && a.to >= u.to);
  // ("the Progressive Party, a new political party created in 1912": an indefinite phrase
  // after a name and its comma is one, whether or not the parse marked it.)
  const described =
    /^(?:a|an)$/.test(tokens[from]?.lower ?? "") && tokens[from - 2]?.pos === "PROPN";
  if (
    u.kind === "part" &&
    (host !== undefined || described) &&
    !tokens.slice(from, end).some((t) => t.pos === "PROPN") &&
    tokens[from - 1]?.lower === ","
  ) {
    const named = phraseBefore(from - 1);
    if (named < from - 1 && tokens.slice(named, from - 1).some((t) => t.pos === "PROPN"))
      return [named, from - 1];
  }
  // "named for Edwin Hubble, the astronomer who discovered the expansion of the universe": a
  // "who" clause on "the" and a common noun set after a name is about the person named.
  if (
    u.kind === "rel" &&
    /^(?:who|whom)$/.test(tokens[u.from]?.lower ?? "") &&
    tokens[from]?.lower === "the" &&
    tokens[from - 1]?.lower === "," &&
    tokens[from - 2]?.pos === "PROPN" &&
    !tokens.slice(from, end).some((t) => t.pos === "PROPN")
  ) {
    let name = from - 2;
    while (tokens[name - 1]?.pos === "PROPN") name--;
    return [name, from - 1];
  }
  // "… with UNOSOM to provide humanitarian assistance, created by the Security Council": a
  // participle set off after an infinitive's unnamed object may be about the name before
  // the infinitive; which one is not said ("to negotiate the Treaty of Ghent, signed in
  // December" names what was signed).
  if (
    u.kind === "part" &&
    tokens[u.from - 1]?.lower === "," &&
    tokens[from - 1]?.pos === "VERB" &&
    tokens[from - 2]?.lower === "to" &&
    !tokens.slice(from, end).some((t) => t.pos === "PROPN") &&
    tokens.slice(0, from - 2).some((t) => t.pos === "PROPN")
  )
    return null;
  // "… by the President of the United States Donald Trump, which was made on Monday":
  // "which" is never about a person, and a title names one.
  // ("… secretary of the National Consumers League, which was founded": the body the office
  // is of ends the phrase, and "which" is about the body.)
  const office =
    tokens.slice(from, end).some((t) => TITLES.has(t.lower)) ||
    (tokens[from - 1]?.lower === "of" &&
      TITLES.has(tokens[from - 2]?.lower ?? "") &&
      !BODY_HEAD.test(tokens[end - 1]?.text ?? ""));
  if (word === "which" && office) return null;
  // "a food relief program for East Germans, which was officially announced": "which" is
  // never about people, so after a preposition whose object is a people's plural name
  // ("Germans", "Americans") it is about the phrase before the preposition.
  if (
    word === "which" &&
    PEOPLE_PLURAL.test(tokens[end - 1]?.text ?? "") &&
    tokens[end - 1]?.pos === "PROPN" &&
    tokens[from - 1]?.pos === "ADP"
  ) {
    const before = phraseBefore(from - 1);
    if (before < from - 1 && tokens.slice(before, from - 1).some((t) => t.pos === "NOUN"))
      return [before, end];
  }
  // "Inflation in Germany, which had begun to accelerate in 1922": after a common noun and a
  // preposition, "which" set off by a comma may be about the place named or about the noun
  // before it (here, inflation); which one is not said. ("the kingdom of Mali, which": after
  // "of" both are one.)
  if (
    word === "which" &&
    tokens[u.from - 1]?.lower === "," &&
    /^(?:in|at|from|on)$/.test(tokens[from - 1]?.lower ?? "") &&
    tokens.slice(from, end).every((t) => t.pos === "PROPN") &&
    // (A common noun; the tagger calls the sentence's capitalised first word a name.)
    (tokens[from - 2]?.pos === "NOUN" || from - 2 === 0)
  )
    return null;
  // "The population of Algeria, which stood at about 1.5 million in 1830": after a common
  // noun and "of" a name, "which" set off by a comma is about the whole phrase, whose head
  // is that noun (the population stood at 1.5 million, not Algeria).
  if (
    word === "which" &&
    tokens[u.from - 1]?.lower === "," &&
    tokens[from - 1]?.lower === "of" &&
    tokens[from - 2]?.pos === "NOUN" &&
    /^\p{Ll}/u.test(tokens[from - 2]?.text ?? "") &&
    tokens.slice(from, end).every((t) => t.pos === "PROPN")
  ) {
    let whole = phraseBefore(from - 1);
    if (tokens[whole - 1]?.pos === "DET") whole--;
    // (Only a phrase read whole, back to its determiner: "the new and expansionistic … kingdom
    // of Mali" is read from "expansionistic" on, and is then left about Mali.)
    if (whole < from - 1 && tokens[whole]?.pos === "DET") return [whole, end];
  }
  // "He was among the Representatives who voted against the war": the relative clause tells
  // what a group did that the subject was one of, not what all of them did.
  const before = tokens[from - 1]?.lower ?? "";
  if (
    before === "among" ||
    (before === "of" &&
      /^(?:one|some|many|few|most|several|two|three)$/.test(tokens[from - 2]?.lower ?? ""))
  )
    return null;
  return [from, end];
}

/**
 * Whether an item joined by "and" or "or" after the clause's date carries a year of its
 * own in brackets ("… the French Open, in 1999 and the Australian Open (2003)").
 */
function laterItemDated(
  parse: Parse,
  clause: Unit,
  [, end]: [number, number],
  isDate: readonly boolean[],
): boolean {
  const { tokens } = parse;
  // The conjunction right after the date, then a noun phrase, then its bracketed year.
  const and = tokens[end]?.lower === "," ? end + 1 : end;
  if (!/^(?:and|or)$/.test(tokens[and]?.lower ?? "")) return false;
  return parse.units.some((p) => {
    if (p.kind !== "paren" || p.from <= and || p.to > clause.to) return false;
    const inside = tokens.slice(p.from + 1, p.to - 1);
    // One year, not a span (a life's "(1820–1895)" says who, not when).
    const oneYear =
      inside.length === 1 && isDate[p.from + 1] === true && /^\d{4}$/.test(inside[0]?.text ?? "");
    const item = tokens.slice(and + 1, p.from).every((t) => /^(?:DET|PROPN|NOUN|ADJ)$/.test(t.pos));
    return oneYear && item && p.from > and + 1;
  });
}

/**
 * "attempts to invade Kongo in 1670 and Matamba in 1681 failed": the date after a list's
 * last item, whose earlier item has a date of its own inside an infinitive or participle
 * phrase, pairs with its item; the clause has no one date.
 */
function earlierItemDated(
  parse: Parse,
  [start]: [number, number],
  isDate: readonly boolean[],
): boolean {
  const { tokens } = parse;
  let k = start - 1;
  if (tokens[k]?.pos !== "ADP") return false;
  k--;
  const itemEnd = k;
  while (k >= 0 && /^(?:DET|PROPN|NOUN|ADJ)$/.test(tokens[k]?.pos ?? "") && !isDate[k]) k--;
  if (k === itemEnd || !/^(?:and|or)$/.test(tokens[k]?.lower ?? "")) return false;
  // (Only when the first item's phrase was read as one of its own, an infinitive or a
  // participle ending at the "and": "created the Praxinoscope in 1877 and the Théâtre
  // Optique in December 1888" is two events, which the gapped clause tells.)
  return (
    isDate[k - 1] === true &&
    parse.units.some((u) => (u.kind === "inf" || u.kind === "part") && u.to === k)
  );
}

/**
 * Why a date inside a clause still does not date the clause's event: "since 2013"
 * starts a state and "highest since 1987" compares; "until June" ends a state; a
 * negated clause says what did not happen; a clause with "would", "could" or "might"
 * states a possibility, not an event.
 */
function notAnEventDate(
  d: FoundDate,
  clause: Unit,
  tokens: readonly Token[],
  span: [number, number] | undefined,
  news: boolean,
): string | null {
  // "might hold talks with Putin on 5 March" in a report announces what may happen; "would",
  // "could" and "should" in a narrative say what did not, or not yet.
  const modal = clause.verb === null ? "" : (tokens[clause.verb.from]?.lower ?? "");
  if (clause.verb?.tense === "modal" && !(news && /^(?:may|might)$/.test(modal)))
    return "dates a possibility, not an event";
  // "Southern California in the 1920s had only recently become the center of the film
  // industry", "On Sunday teams had already begun …": a past perfect with "recently",
  // "already" or "just" after the date tells what was done before it, which only bounds it.
  // ("had already passed such a law in 1993": a date after the verb is the deed's own.)
  const perfect = clause.verb;
  if (
    perfect != null &&
    span !== undefined &&
    span[1] <= perfect.from &&
    tokens[perfect.from]?.lower === "had" &&
    tokens
      .slice(perfect.from + 1, perfect.head)
      .some((t) => /^(?:already|recently|just|previously|long)$/.test(t.lower))
  )
    return BOUND_ONLY;
  // "In the eight years between selection and launch on March 6, 2009, the mission responded
  // …": a span of time measured up to (or from) an event the date is on bounds when it
  // happened. (Not a span the dates are themselves, "in the years between 1945 and 1950".)
  if (
    span !== undefined &&
    /\b(?:in|during|over|for|within)\s+the\s+(?:\S+\s+){0,2}(?:years?|months?|weeks?|days?|decades?)\s+(?:between|before|after|since|preceding|following|leading\s+up\s+to)\s+(?:\S+\s+){0,4}\p{L}+\s+(?:on|in)$/iu.test(
      tokens
        .slice(Math.max(clause.from, span[0] - 12), span[0])
        .map((t) => t.text)
        .join(" "),
    )
  )
    return BOUND_ONLY;
  // "The Juno spacecraft, in orbit around Jupiter since 2016, has returned stunning images": a
  // phrase set off between the subject and its verb that says more than its date ("Kennedy,
  // in 1961, met Khrushchev" says only the date) dates what it tells of the subject.
  const subject = clause.subject;
  if (
    span !== undefined &&
    subject != null &&
    clause.verb != null &&
    tokens[subject[1]]?.lower === "," &&
    span[0] > subject[1] &&
    span[1] <= clause.verb.from &&
    tokens.slice(subject[1] + 1, span[0]).some((t) => /^(?:NOUN|PROPN|VERB|ADJ)$/.test(t.pos))
  )
    return "dates a phrase set off between the subject and its verb, not the sentence";
  // "troops that would have been vital to the campaign in 1777", "may have reached Iceland in
  // 1000": a modal with "have" tells what did not happen, or what only may have.
  if (
    clause.verb != null &&
    tokens[clause.verb.from]?.form === "modal" &&
    !/^(?:will|shall|'ll|’ll|wo)$/.test(modal) &&
    tokens.slice(clause.verb.from + 1, clause.verb.to).some((t) => t.lemma === "have")
  )
    return "dates what might have been, not an event";
  // "had not won a single state until Tuesday": the clause's text says what did not happen;
  // with its date removed it would say the opposite. But "did not ratify the treaty until
  // 1822" says it was ratified in 1822, and is told so (see notUntil).
  if (clause.verb?.negated === true && !(span !== undefined && notUntil(clause, tokens, span)))
    return "is in a negated clause";
  // "U.S. forces did not join their French counterparts in attacking a barrack that
  // November": a gerund a preposition takes inside a negated clause's predicate (no comma
  // sets it off) is in the negation's scope, and one opened by "without" is denied itself.
  if (clause.kind === "part" && tokens[clause.from]?.pos === "ADP") {
    const opener = tokens[clause.from]?.lower ?? "";
    const inPredicate = tokens[clause.from - 1]?.lower !== ",";
    if (opener === "without" || (inPredicate && clause.parent?.verb?.negated === true))
      return "is in a negated clause";
  }
  // "the number of delegates required to secure the nomination ahead of the convention in
  // July": a participle of need or plan with its infinitive tells what was to be, not what
  // happened.
  if (
    clause.kind === "part" &&
    /^(?:require|need|expect|intend|design|mean|suppose|schedule|plan|slate)$/.test(
      tokens[clause.from]?.lemma ?? "",
    ) &&
    tokens[clause.from + 1]?.lower === "to"
  )
    return "tells what was needed or planned, not what happened";
  // "explain whether or not he believed that the 1857 decision trumped …": what a "whether"
  // clause holds is asked, not told (a comma after it may close it).
  if (span !== undefined) {
    const before = tokens.slice(0, span[0]);
    const w = before.map((t) => t.lower).lastIndexOf("whether");
    if (w >= 0 && !before.slice(w).some((t) => /^[,;:]$/.test(t.text)))
      return "is in a question ('whether …'), not told";
  }
  // 'Lucy Fischer told NPR, "[Khan] had been released a year ago …"': a date inside the words
  // a saying quotes is theirs, not the saying's.
  if (
    span !== undefined &&
    clause.verb !== null &&
    REPORTING_VERB.test(tokens[clause.verb.head]?.lemma ?? "") &&
    tokens.slice(clause.verb.to, span[0]).filter((t) => /^["“”]$/.test(t.text)).length % 2 === 1
  )
    return QUOTED_DATE;
  // "moved the date of the presidential inauguration from March to January": after a noun
  // that is itself a time ("the date", "the deadline"), "from … to …" gives its old and new
  // values, not the time of the moving.
  if (
    span !== undefined &&
    (/^from\b/i.test(d.text) || tokens[span[0] - 1]?.lower === "from") &&
    clause.verb !== null
  ) {
    const between = tokens.slice(clause.verb.to, span[0]);
    if (between.some((t) => t.pos === "NOUN" && TIME_VALUE_NOUN.test(t.lemma)))
      return "gives the old and new value of a time, not the event's date";
  }
  if (foreseenDate(clause, tokens, span)) return "dates what was foreseen, not the foreseeing";
  // "Only after Brahe's death in 1601 did Kepler get full possession of the records": after
  // a fronted "only" or "not until" the auxiliary comes before the subject, and the date
  // bounds the clause after it ("after … 1601"), which is not told in the sentence's order.
  if (invertedAfterOnly(clause, tokens))
    return "bounds a clause told after 'only', not the clause's own date";
  // "an outcome that paralleled the Battle of Bunker Hill nearly six years earlier in June
  // 1775": a verb of likeness relates two things, and a date beside it dates the thing
  // compared, not an event.
  if (clause.verb !== null && LIKENESS.test(tokens[clause.verb.head]?.lemma ?? ""))
    return "dates what a likeness compares, not an event";
  // "the deadline currently stands at October 31": "currently", "still" or "now" with a
  // present tense tells how things stand, and the date is what they stand at.
  const group = clause.verb;
  if (
    group !== null &&
    group.tense === "present" &&
    tokens
      .slice(Math.max(clause.from, group.from - 2), group.to + 1)
      .some((t) => /^(?:currently|still|now)$/.test(t.lower))
  )
    return "dates how things stand now, not an event";
  if (span === undefined) return null;
  if (readyForDate(clause, tokens, span)) return "dates what the clause is for, not the clause";
  // "A strike by oil workers in 1937 ultimately led the government to act": a date inside a
  // subject that names an event dates that event, and "ultimately" or "eventually" before
  // the verb says that what it led to came later ("The adoption of the Constitution in 1789
  // gave the government the power to tax" is at the adoption's time).
  const verbFrom = clause.verb?.from;
  if (
    verbFrom !== undefined &&
    span[1] <= verbFrom &&
    span[0] > clause.from &&
    /^(?:ultimately|eventually|later|subsequently)$/.test(tokens[verbFrom - 1]?.lower ?? "") &&
    !tokens.slice(clause.from, verbFrom).some((t) => t.lower === "," || t.pos === "VERB") &&
    tokens.slice(clause.from, span[0]).some((t) => eventive(t))
  )
    return "dates the event its subject names, not the clause";
  // "76 villages were affected according to the NDRRMC report on Saturday": the date is the
  // report's, not when the villages were affected.
  for (let k = span[0] - 1; k >= Math.max(clause.from, span[0] - 9); k--) {
    const t = tokens[k] as Token;
    if (t.lower === "to" && tokens[k - 1]?.lower === "according")
      return "dates a report, not the clause";
    // ("By reports on Saturday, two of Khan's victims died": "by" or "in" reports is
    // "according to" them, and the date is theirs.)
    if (
      REPORT_NOUN.test(t.lemma) &&
      t.pos === "NOUN" &&
      /^(?:by|in|per|from)$/.test(tokens[k - 1]?.lower ?? "")
    )
      return "dates a report, not the clause";
    if (!/^(?:NOUN|PROPN|DET|ADJ|ADP|NUM|PART)$/.test(t.pos) || t.lower === ",") break;
  }
  // "Most prolific during the 1960s, Moreau continued to appear in films into her 80s": a
  // fronted adjective phrase says what the subject was at its date, not when the clause was.
  const subjectAt = clause.subject?.[0];
  if (subjectAt !== undefined && span[1] <= subjectAt) {
    let k = clause.from;
    while (tokens[k]?.pos === "ADV") k++;
    const lead = tokens.slice(clause.from, subjectAt);
    if (
      tokens[k]?.pos === "ADJ" &&
      k < span[0] &&
      // (the date inside the phrase: "Formerly subject to Peru, in 1776 Buenos Aires became"
      // dates the clause)
      !tokens.slice(k, span[0]).some((t) => t.text === ",") &&
      !lead.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ")
    )
      return "dates what the subject was, not the clause";
  }
  const before = tokens.slice(Math.max(0, span[0] - 3), span[0]).map((t) => t.lower);
  const prep = before[before.length - 1] ?? "";
  if (d.since || prep === "since") {
    // "the worst fall since 1987", "lows not reached since February" compare; "have been
    // under siege since 2013" tells when a state began.
    const inClause = tokens.slice(clause.from, clause.to);
    if (inClause.some(superlative)) return COMPARISON;
    return null;
  }
  if (/^(?:before|after|prior)$/.test(prep) || (before.includes("prior") && prep === "to"))
    return BOUND_ONLY;
  // "As of January 3, no evidence … has been reported": how things stood then, no event.
  if (prep === "of" && before[before.length - 2] === "as") return "says how things stood then";
  if (before.includes("than") || (before.includes("compared") && /^(?:to|with)$/.test(prep)))
    return COMPARISON;
  // "fighting continued into 1949": how far a state went on ("five months into 1942" counts
  // from the date instead).
  if (prep === "into" && !TIME_UNIT.test(before[before.length - 2] ?? "")) return STATE_REACHED;
  if (
    untilBefore(tokens, span) &&
    !(clause.verb?.negated === true && notUntil(clause, tokens, span))
  )
    return "marks the end of a state";
  // "This was long after the passage of the Fourteenth Amendment in 1868", "still without
  // power two days after the quake on January 7": a date inside an "after" or "before"
  // phrase that a long or counted gap opens dates what the clause is placed against.
  // ("exploded 73 seconds after liftoff on January 28": a gap within the day keeps it.)
  const k = /^(?:after|before)$/.test(prep)
    ? -1
    : phraseOpener(tokens, span, /^(?:after|before)$/, {
        first: 2,
        reach: 9,
        overPossessive: true,
      });
  if (k >= clause.from) {
    const gap = tokens[k - 1]?.lower ?? "";
    if (
      /^(?:long|well|days|weeks|months|years|decades|centuries|generations)$/.test(gap) &&
      // (a counted gap, "two days before … on March 1", is an offset the date is read with)
      tokens[k - 2]?.pos !== "NUM" &&
      !/^(?:a|an|few|several|some|two|three|four|five|six|seven|eight|nine|ten)$/.test(
        tokens[k - 2]?.lower ?? "",
      ) &&
      // (the date after the phrase's noun; "two days after the January 7 quake" is counted
      // from the date itself)
      tokens.slice(k + 1, span[0]).some((t) => t.pos === "NOUN")
    )
      return AFTER_PHRASE;
  }
  // "had owned and operated the canal since its construction in 1869": a date inside a
  // "since" phrase dates what the state began with, not the state.
  if (prep !== "since" && sinceAhead(tokens, span)) return "marks what a state began with";
  // "has long sought an apology for the raid in May 2010": English puts no past date on a
  // present perfect, so the date is the raid's, not the seeking's.
  // A verb in between ("…, a monitor said on Tuesday", "when the regime launched … in April")
  // has the date instead.
  const verb = clause.verb;
  if (
    verb?.tense === "perfect" &&
    /^(?:in|on|at|during)$/.test(prep) &&
    span[0] > verb.to &&
    tokens.slice(verb.to, span[0]).every((t) => t.pos !== "VERB" && t.pos !== "AUX")
  )
    return PERFECT_DATE;
  return null;
}

/**
 * Whether `word` opens the phrase the date at `span` sits in, looking back from `first`
 * tokens before it over at most `reach` tokens of a noun phrase and its prepositions, never
 * over a verb, a comma or a subordinator (with `overPossessive`, over a possessive "'s").
 */
function opensPhrase(
  tokens: readonly Token[],
  span: [number, number],
  word: RegExp,
  options: { first: number; reach: number; overPossessive: boolean },
): boolean {
  return phraseOpener(tokens, span, word, options) >= 0;
}

/** Where the word that opens the date phrase at `span` stands (see opensPhrase), or -1. */
function phraseOpener(
  tokens: readonly Token[],
  span: [number, number],
  word: RegExp,
  { first, reach, overPossessive }: { first: number; reach: number; overPossessive: boolean },
): number {
  for (let k = span[0] - first; k >= 0 && k >= span[0] - reach; k--) {
    const t = tokens[k] as Token;
    if (word.test(t.lower)) return k;
    if (overPossessive && /^['’]s$/.test(t.lower)) continue;
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ") return -1;
  }
  return -1;
}

/** Whether "since" heads the noun phrase the date at `span` sits in ("since its construction in 1869"). */
function sinceAhead(tokens: readonly Token[], span: [number, number]): boolean {
  return opensPhrase(tokens, span, /^since$/, { first: 2, reach: 9, overPossessive: true });
}

/**
 * Whether "until" or "till" opens the date phrase at `span` ("until his death in 1955",
 * "until the end of the war in 1763").
 */
function untilBefore(tokens: readonly Token[], span: [number, number]): boolean {
  return opensPhrase(tokens, span, /^(?:until|till)$/, {
    first: 1,
    reach: 9,
    overPossessive: false,
  });
}

/** Words that deny: "not" alone turns round with "until" ("did not … until 1822"). */
const NOT = /^(?:not|n't|n’t)$/;
const NEGATION = /^(?:not|n't|n’t|never|no)$/;

/**
 * "did not ratify the treaty until 1822", "was not made until November 12": a simple past
 * denied until a date says the event happened on that date ("not before"). Not a perfect
 * ("had not won until Tuesday" says nothing of Tuesday) nor "never".
 */
function notUntil(clause: Unit, tokens: readonly Token[], span: [number, number]): boolean {
  const verb = clause.verb;
  if (verb === null || !untilBefore(tokens, span)) return false;
  const group = tokens.slice(verb.from, verb.to);
  const first = group[0];
  return (
    first !== undefined &&
    (first.lemma === "do" || first.lemma === "be") &&
    first.form === "past" &&
    group.some((t) => NOT.test(t.lower)) &&
    !group.some((t) => t.lemma === "have" || t.form === "modal")
  );
}

const NAMES_NOUN = "the noun it names";
/** Verbs that tell what an event brought about, which follows it. */
const CONSEQUENCE_VERB =
  /^(?:lead|cause|result|prompt|spark|trigger|increase|decrease|inspire|encourage|provoke|fuel|spur|pave|precipitate|contribute|produce|generate|boost|strengthen|weaken|deepen|worsen)$/;
/** "the worst fall", "the first case", "the lowest turnout": a word that ranks its noun. */
const superlative = (t: Token) =>
  (t.pos === "ADJ" && /est$/.test(t.lower) && t.lower.length > 4) ||
  /^(?:most|least|first|last|only|worst|best)$/.test(t.lower);
/** "its worst fall since 1987", "more than in 1980": a time compared with, not the clause's. */
const COMPARISON = "is a comparison";
/** "After 1869, Mendeleev proposed …": a date that bounds the clause's time and gives none. */
export const BOUND_ONLY = "only bounds when the event happened";

/**
 * "asked him to submit his work on the theory of equations, which he did on 17 January
 * 1831": "did" stands for a predicate said before it, which the clause cannot tell.
 */
function proVerb(tokens: readonly Token[], clause: Unit): string | null {
  const verb = clause.verb;
  if (verb === null || verb.to - verb.from !== 1 || tokens[verb.head]?.lemma !== "do") return null;
  const next = tokens[verb.to];
  // ("did so", "did it", "which he did": nothing of its own after the verb)
  const bare = clause.kind === "rel" || /^(?:so|it|this|that|the\s+same)$/.test(next?.lower ?? "");
  return bare ? "dates a “did” that stands for a predicate said before it" : null;
}
const AFTER_PHRASE = "dates what the clause came after, not the clause";
/** Prepositions that set a clause after (or before) what they name, not at its time. */
const AFTER_LIKE =
  /^(?:after|following|before|since|until|in\s+response\s+to|in\s+the\s+wake\s+of|in\s+retaliation\s+for|prior\s+to|as\s+a\s+result\s+of)\s/i;

/**
 * "Following Texas' war of independence against Mexico in 1836, President van Buren
 * refrained …", "After Timur's death in 1793, the throne passed …": a date on the noun of
 * a fronted "after" phrase dates that noun's event; the clause came some time after it.
 * ("After 1990, …" and "In 1990, …" give the clause its time, as before.)
 */
function afterPhraseDate(
  tokens: readonly Token[],
  clause: Unit,
  span: [number, number] | undefined,
): string | null {
  if (span !== undefined && clause.verb !== null && span[0] > clause.verb.to)
    return (
      gerundPhraseDate(tokens, clause.verb.to, span) ??
      afterObjectDate(tokens, clause.verb.to, span)
    );
  if (span === undefined || clause.subject === null || span[1] > clause.subject[0]) return null;
  let from = clause.from;
  if (tokens[from]?.pos === "CCONJ") from++;
  const opening = tokens
    .slice(from, from + 5)
    .map((t) => t.lower)
    .join(" ");
  const m = AFTER_LIKE.exec(`${opening} `);
  if (m === null) return null;
  const objectFrom = from + m[0].trim().split(/\s+/).length;
  const named = tokens
    .slice(objectFrom, span[0])
    .some((t) => t.pos === "NOUN" || t.pos === "PROPN");
  // The phrase must run from the preposition to the date without a clause of its own.
  // ("After the war, in 1946, he left": a date after the phrase's comma is the clause's.)
  const verbal = tokens
    .slice(objectFrom, span[0])
    .some((t) => t.pos === "VERB" || t.pos === "AUX" || t.lower === ",");
  return named && !verbal ? AFTER_PHRASE : null;
}

/**
 * "Welles refused … after the Soviet seizure of territory … and the reincorporation of the
 * Baltic Republics in August 1940": after the verb too, a date right after the event noun
 * an "after" phrase names may be that event's ("the reincorporation … in August 1940") or
 * the clause's; which one is not written, so the clause is not dated by it.
 */
function afterObjectDate(
  tokens: readonly Token[],
  verbEnd: number,
  [a]: [number, number],
): string | null {
  let k = a - 1;
  if (tokens[k]?.pos === "ADP" && /^(?:in|on)$/.test(tokens[k]?.lower ?? "")) k--;
  if (!eventive(nounBefore(tokens, k))) return null;
  for (let j = k; j >= verbEnd && j > a - 30; j--) {
    const t = tokens[j] as Token;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "PRON") return null;
    // ("had flown twice before, on STS-7 in June 1983 and …": with no object, "before" is
    // an adverb, and opens no phrase.)
    if (
      /^(?:after|following|before)$/.test(t.lower) &&
      j < k &&
      !/^[,.;:]$/.test(tokens[j + 1]?.lower ?? "")
    )
      return AFTER_PHRASE;
  }
  return null;
}

/**
 * Whether the date is of what a clause says was foreseen, which may not have come: after a
 * passive of foreseeing ("Full independence was projected in 1996"; not "He was projected on
 * November 7 to have won", where the infinitive says what was foreseen and the date before it
 * is the foreseeing's), or in a verb group that holds such a passive before its infinitive
 * ("The state of emergency was expected to end on December 15").
 */
function foreseenDate(
  clause: Unit,
  tokens: readonly Token[],
  span: [number, number] | undefined,
): boolean {
  const verb = clause.verb;
  if (verb === null) return false;
  if (
    verb.passive &&
    FORESEEING.test(tokens[verb.head]?.lemma ?? "") &&
    span !== undefined &&
    span[0] >= verb.to &&
    !tokens
      .slice(verb.to, clause.to)
      .some((t, k, after) => t.lower === "to" && /^(?:VERB|AUX)$/.test(after[k + 1]?.pos ?? ""))
  )
    return true;
  const group = tokens.slice(verb.from, verb.head);
  return group.some(
    (t, k) =>
      FORESEEING.test(t.lemma) &&
      (t.form === "ed" || t.form === "part") &&
      group[k + 1]?.lower === "to" &&
      group.slice(0, k).some((b) => b.lemma === "be"),
  );
}

/**
 * "declared Atlantis and Magellan ready for launch on April 28": a date right after the event
 * noun that "ready for" (or "due", "cleared" … "for") takes dates that event, what the thing
 * is made ready for, still to come. ("sent to the states for ratification in late 1777" is
 * the sending's date as well.)
 */
function readyForDate(clause: Unit, tokens: readonly Token[], span: [number, number]): boolean {
  let k = span[0] - 1;
  if (/^(?:on|in|at)$/.test(tokens[k]?.lower ?? "")) k--;
  const noun = tokens[k];
  let f = k - 1;
  while (tokens[f]?.pos === "DET" || tokens[f]?.pos === "ADJ") f--;
  return (
    noun !== undefined &&
    k < span[0] - 1 &&
    // (The tagger reads "launch" after "for" as a verb.)
    (eventive(noun) || (noun.form === "base" && EVENT_NOUNS.test(noun.lemma))) &&
    tokens[f]?.lower === "for" &&
    READY.test(tokens[f - 1]?.lower ?? "") &&
    f > (clause.verb?.to ?? clause.to)
  );
}

/**
 * "worked in manufacturing jobs until retiring in 2002": a date inside an -ing phrase that
 * "until", "before", "after" or "since" opens dates that phrase's deed, the retiring; the
 * clause's own deed ran up to it or came from it, at no time the text gives.
 */
function gerundPhraseDate(
  tokens: readonly Token[],
  verbEnd: number,
  [a]: [number, number],
): string | null {
  for (let j = a - 1; j >= verbEnd && j > a - 8; j--) {
    const t = tokens[j] as Token;
    if (t.lower === "," || t.pos === "SCONJ" || t.pos === "AUX") return null;
    if (t.pos === "VERB" && t.form === "ing")
      return /^(?:until|till|before|after|since)$/.test(tokens[j - 1]?.lower ?? "")
        ? AFTER_PHRASE
        : null;
  }
  return null;
}

/** The head of the noun phrase ending at `k`: its last noun ("the reincorporation of the Baltic Republics" → "reincorporation"). */
function nounBefore(tokens: readonly Token[], k: number): Token | undefined {
  let j = k;
  while (j > 0 && tokens[j]?.pos === "PROPN") j--;
  // "of the Baltic Republics": over the "of" phrase to the noun it hangs on.
  if (j < k && tokens[j]?.pos === "DET") j--;
  if (j < k && tokens[j]?.lower === "of") j--;
  return tokens[j]?.pos === "NOUN" ? tokens[j] : tokens[k];
}
const PERFECT_DATE = "is a past date in a present-perfect clause, so it dates a noun";

/**
 * Nouns that name events. The tagger knows parts of speech, not meanings, so this is
 * the one word list the bank keeps: nouns made from verbs by their ending (invasion,
 * agreement, conference, analysis, departure, arrival, bombing) are events by their
 * form; these are the common events that are not, and THING_NOUNS below the common
 * nouns with such an ending that are no events.
 */
const EVENT_NOUNS =
  /^(?:interview|address|debate|session|raid|attack|assault|offensive|campaign|referendum|report|study|survey|census|accord|treaty|deal|ceasefire|cease-fire|truce|war|battle|siege|coup|uprising|protest|strike|massacre|earthquake|flood|hurricane|storm|tsunami|eruption|pandemic|epidemic|outbreak|crisis|summit|visit|trip|tour|speech|verdict|trial|law|act|merger|sale|launch|release|expedition|mission|operation|games|olympics|championship|cup|final|season|budget|reform|ban|sanctions|bailout|collapse|recession|shutdown|flotilla|incident|crash|fire|explosion|blast|shooting|kidnapping|hijacking|ceremony|wedding|funeral|flight|voyage|race|match|tournament|festival|fair|exhibition|rally|march|vote|poll|pact|revolt|rebellion|mutiny|riot|famine|drought|plague|fall|sack|purge|election)$/;
/** Nouns naming documents and decisions, which are made rather than happen. */
const DOCUMENT_NOUNS =
  /^(?:act|law|treaty|proclamation|declaration|constitution|accord|pact|charter|bill|report|resolution|agreement|convention|code|amendment|doctrine|plan|programme|program|article|decree|order|statute|manifesto|budget|deal|study|survey|census)$/;
const EVENT_FORM = /(?:tion|sion|ment|ance|ence|sis|ure|ing|al)$/;
/**
 * Common nouns with an event's suffix that name things, groups, places or states: "the
 * 2009 version of Friday the 13th" did not take place.
 */
const THING_NOUNS =
  /^(?:version|edition|position|nation|station|region|section|portion|population|generation|tradition|institution|organization|organisation|foundation|collection|administration|corporation|federation|association|delegation|legislation|constitution|government|department|parliament|apartment|monument|document|instrument|equipment|structure|culture|literature|nature|figure|feature|furniture|legislature|capital|official|general|rival|hospital|journal|animal|material|arsenal|tribunal|cathedral|terminal|criminal|original|individual|professional|mansion|pension|television|commission|dimension|religion|opinion|million|billion|champion|union|legion|location|function|condition|relation|reputation|audience|residence|evidence|province|presence|difference|influence|building|morning|evening|something|nothing|clothing|housing|painting|recording|offspring|sibling|darling|ceiling|basis|thesis)$/;

/** The last word of the noun phrase that begins at `k` ("news conference" → "conference",
 * "Democratic National Convention" → "Convention"). */
function nounHead(tokens: readonly Token[], k: number): number {
  if (!/^(?:NOUN|ADJ|PROPN)$/.test(tokens[k]?.pos ?? "")) return -1;
  let head = k;
  while (/^(?:NOUN|ADJ|PROPN)$/.test(tokens[head + 1]?.pos ?? "")) head++;
  return head;
}

/** Whether a noun names an event. */
function eventive(head: Token | undefined): boolean {
  if (head === undefined || (head.pos !== "NOUN" && head.pos !== "PROPN")) return false;
  const word = head.lemma;
  if (EVENT_NOUNS.test(word)) return true;
  return EVENT_FORM.test(word) && word.length > 5 && !THING_NOUNS.test(word);
}

/**
 * The event a date names inside a noun phrase, as a sentence: "a 2010 commando raid that
 * killed nine activists" → "The commando raid that killed nine activists took place.",
 * "the Bay of Pigs Invasion of 1961" → "The Bay of Pigs Invasion took place." Null when
 * the noun names no event ("the 1953 team", "the 1911 Nobel Prize").
 */
function nounEvent(parse: Parse, [a, b]: [number, number]): string | null {
  const { tokens } = parse;
  const chunk = (from: number, step: number, stop: (k: number) => boolean) => {
    let k = from;
    while (
      !stop(k) &&
      tokens[k] !== undefined &&
      /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[k]?.pos ?? "")
    )
      k += step;
    return k;
  };
  let from: number;
  let to: number;
  let head: Token | undefined;
  // The words left out of the text: the date, and a preposition that only brings it.
  let skipFrom = a;
  let bare = false;
  if (/^(?:in|on|during)$/.test(tokens[a - 1]?.lower ?? "") && tokens[a - 2]?.pos === "NOUN") {
    // "the raid in May 2010 on the Mavi Marmara": the noun before the date, and a phrase
    // after it that says which.
    from = chunk(a - 2, -1, () => false) + 1;
    if (tokens[from - 1]?.pos === "DET") from--;
    head = tokens[a - 2];
    skipFrom = a - 1;
    to = b;
    if (tokens[b]?.pos === "ADP" && /^(?:on|of|at|against)$/.test(tokens[b]?.lower ?? "")) {
      let k = b + 1;
      if (tokens[k]?.pos === "DET") k++;
      const end = chunk(k, 1, () => false);
      if (tokens.slice(k, end).some((t) => t.pos === "PROPN")) to = end;
    }
  } else if (tokens[a - 1]?.lower === "of") {
    // "… Invasion of 1961": the noun phrase before "of", back to its determiner.
    const end = a - 1;
    from = chunk(end - 1, -1, () => false) + 1;
    while (tokens[from - 2]?.pos === "PROPN" && tokens[from - 1]?.lower === "of")
      from = chunk(from - 2, -1, () => false) + 1;
    if (tokens[from - 1]?.pos === "DET") from--;
    head = tokens[end - 1];
    to = end;
  } else {
    // "a 2010 commando raid that killed nine activists", "Friday's announcement".
    let k = b;
    if (/^['’]s$/.test(tokens[k]?.lower ?? "")) k++;
    to = chunk(k, 1, (x) => tokens[x]?.pos === "NUM");
    head = tokens[to - 1];
    // "the 1729 Battle of Damghan": the name goes on through "of" and its proper nouns.
    while (tokens[to]?.lower === "of" && tokens[to + 1]?.pos === "PROPN")
      to = chunk(to + 1, 1, () => false);
    // "an 1890 massacre of Lakota men, women, and children by the U.S. Army": the series the
    // "of" phrase goes on with, and who did it.
    let series = false;
    if (tokens[a - 1]?.pos === "DET" && tokens[to - 1]?.pos !== "PROPN" && to > b) {
      for (;;) {
        let k = to;
        if (tokens[k]?.lower === ",") k++;
        if (/^(?:and|or)$/.test(tokens[k]?.lower ?? "")) k++;
        if (k === to || !/^(?:NOUN|ADJ)$/.test(tokens[k]?.pos ?? "")) break;
        to = chunk(k, 1, () => false);
        series = true;
      }
    }
    if (series && tokens[to]?.lower === "by") {
      let k = to + 1;
      if (tokens[k]?.pos === "DET") k++;
      const end = chunk(k, 1, () => false);
      if (end > k && tokens.slice(k, end).every((t) => t.pos === "PROPN")) to = end;
    }
    from = tokens[a - 1]?.pos === "DET" || tokens[a - 1]?.pos === "PRON" ? a - 1 : a;
    // "the Soviet Union’s 1979 invasion": the name whose deed it was stays, with its "’s".
    if (/^['’]s$/.test(tokens[a - 1]?.lower ?? "") && tokens[a - 2]?.pos === "PROPN") {
      from = a - 1;
      // ("Soviet", an adjective by its tag, is part of the name.)
      while (
        tokens[from - 1]?.pos === "PROPN" ||
        (tokens[from - 1]?.pos === "ADJ" && /^\p{Lu}/u.test(tokens[from - 1]?.text ?? ""))
      )
        from--;
      if (tokens[from - 1]?.pos === "DET") from--;
      // ("NASA's 2014 selection of SpaceX" takes no article before the name.)
      bare = tokens[from]?.pos !== "DET";
    }
    // "the 1980 Summer Olympic Games in Moscow": where it happened says which.
    if (
      /^(?:in|at)$/.test(tokens[to]?.lower ?? "") &&
      tokens[to + 1]?.pos === "PROPN" &&
      // (a month after "in" begins a date, not a place)
      monthNumber(tokens[to + 1]?.lower ?? "") === null
    )
      to = chunk(to + 1, 1, (x) => tokens[x]?.pos !== "PROPN");
    // A restrictive relative clause stays: "that killed nine activists".
    const rel = parse.units.find(
      (u) => u.kind === "rel" && u.from === to && tokens[to - 1]?.lower !== ",",
    );
    if (rel !== undefined) to = rel.to;
  }
  if (!eventive(head)) return null;
  // "the 2019 Atlantic hurricane season": a season, session or term comes round again; its
  // year says which one, and "when did it take place" asks only for that year.
  if (RECURRING_PERIOD.test(head?.lemma ?? "")) return null;
  // So does an event held at fixed intervals, "the 2020 United States presidential election",
  // "the Republican Party's 2008 presidential nomination",
  // "the 2018 World Cup": one of many, without its year "when did the election take place"
  // has no answer — unless a name after it says which ("the election of Warren Harding",
  // "the Summer Olympic Games in Moscow").
  const headAt = head === undefined ? -1 : tokens.indexOf(head);
  if (
    RECURRING_EVENT.test(head?.lemma ?? "") &&
    !tokens.slice(headAt + 1, to).some((t) => t.pos === "PROPN")
  )
    return null;
  // "The Embargo Act of 1807", "the Emancipation Proclamation": a document is made, signed or
  // issued; it does not "take place", and which of these the text does not say.
  // (Whose name runs on with "of": "the Declaration of Independence" is a declaration.)
  const beforeOf = tokens.slice(from, to).find((_t, i) => tokens[from + i + 1]?.lower === "of");
  if (DOCUMENT_NOUNS.test(head?.lemma ?? "") || DOCUMENT_NOUNS.test(beforeOf?.lemma ?? ""))
    return null;
  // The noun phrase must say which event: a name ("the Bay of Pigs Invasion") or a relative
  // clause ("the raid that killed nine activists"); "the mission" or "the elections" do not.
  const named = tokens
    .slice(from, to)
    .some((t, i) => t.pos === "PROPN" && t !== head && (from + i < a || from + i >= b));
  const described = parse.units.some((u) => u.kind === "rel" && u.from >= from && u.to <= to);
  if (!named && !described) return null;
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    if (k >= skipFrom && k < b) continue;
    const t = tokens[k] as Token;
    if (k === b && /^['’]s$/.test(t.lower)) continue;
    if ((t.pos === "DET" || t.pos === "PRON") && k === from) continue;
    // ("the Soviet Union’s invasion": the possessive ending joins its name.)
    if (/^['’]s$/.test(t.lower) && !t.spaced && words.length > 0) {
      words[words.length - 1] += t.text;
      continue;
    }
    // (A comma inside a series the phrase was extended over stays.)
    if (
      t.lower === "." ||
      (t.lower === "," && !/^(?:NOUN|ADJ|CCONJ)$/.test(tokens[k + 1]?.pos ?? ""))
    )
      break;
    words.push(t.text);
  }
  while (words.length > 0 && /^(?:of|and)$/.test(words[words.length - 1] ?? "")) words.pop();
  if (words.length === 0) return null;
  return asSentence(`${bare ? "" : "The "}${words.join(" ")} took place`);
}

/** Prepositions whose object is a time the clause happens in: "in the Meiji Restoration of 1868". */
const SIMULTANEOUS_PREPOSITIONS = /^(?:in|during|at|amid|amidst|throughout)$/;
/** Periods that come round again: "the 2019 Atlantic hurricane season". */
const RECURRING_PERIOD = /^(?:season|session|term|cycle|semester|year)$/;
/** Events held at fixed intervals: "the 2020 presidential election", "the 2018 World Cup". */
const RECURRING_EVENT =
  /^(?:election|census|olympics|olympiad|games|championship|cup|tournament|convention|festival|primary|caucus|nomination|race|debate)$/;
/**
 * Verbs of making whose bare participle after a passive shares its "was" ("later made into a
 * film"), besides those that must take an object (OBJECT_VERB).
 */
const MADE_THING_VERB = /^(?:make|award|grant|build|create)$/;
/** Verbs that make a document: what is signed or passed in a year is that year's act. */
const MAKING_VERB = /^(?:sign|pass|enact|ratify|adopt|approve|issue|conclude)$/;

/**
 * The preposition whose object is the noun phrase holding token `a`, and whether that
 * preposition follows a noun (then it belongs to the noun, not to the verb).
 */
function hostPreposition(
  tokens: readonly Token[],
  a: number,
): { word: string; at: number; afterNoun: boolean } | null {
  let k = a - 1;
  while (k >= 0) {
    const t = tokens[k] as Token;
    const inPhrase =
      t.pos === "DET" ||
      t.pos === "ADJ" ||
      t.pos === "NOUN" ||
      t.pos === "PROPN" ||
      t.pos === "NUM" ||
      (t.pos === "PART" && /^['’]s?$/.test(t.lower)) ||
      // ("in his Tuesday speech": a possessive is the phrase's determiner)
      (t.pos === "PRON" && POSSESSIVE.test(t.lower)) ||
      t.lower === "of";
    if (!inPhrase) break;
    k--;
  }
  const prep = tokens[k];
  if (prep === undefined || prep.pos !== "ADP") return null;
  const before = tokens[k - 1];
  return {
    word: prep.lower,
    at: k,
    afterNoun: before !== undefined && (before.pos === "NOUN" || before.pos === "PROPN"),
  };
}

/** "Invasion of 1961", "a 2010 raid", "1961's": the date names a noun rather than a time of the clause. */
/**
 * The comma opening "…, with the second completed eight months later." when the date at
 * [a, b) ends the sentence inside an absolute phrase of "with", a noun phrase and a
 * participle; null otherwise.
 */
function withPhraseBefore(tokens: readonly Token[], a: number, b: number): number | null {
  if (!/^[.!?]?$/.test(tokens[b]?.text ?? "")) return null;
  let sawParticiple = false;
  for (let k = a - 1; k > 0 && a - k <= 10; k--) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB" && (t.form === "ed" || t.form === "part")) sawParticiple = true;
    if (t.lower === "with") return sawParticiple && tokens[k - 1]?.lower === "," ? k - 1 : null;
    if (t.text === "," || t.pos === "AUX") return null;
  }
  return null;
}

function modifiesNoun(tokens: readonly Token[], a: number, b: number): boolean {
  const before = tokens[a - 1];
  const noun = tokens[a - 2];
  if (
    before?.lower === "of" &&
    (noun?.pos === "NOUN" || noun?.pos === "PROPN") &&
    !TIME_NOUNS.test(noun.lower)
  )
    return true;
  const after = tokens[b];
  if (after !== undefined && /^['’]s$/.test(after.lower)) return true;
  // "an Israeli withdrawal to June 4, 1967 borders": a date set straight before a noun, after
  // no preposition of time, says which borders; it is no time of the clause.
  if (
    a > 0 &&
    (after?.pos === "NOUN" || after?.pos === "ADJ") &&
    /^\d{4}$/.test(tokens[b - 1]?.text ?? "") &&
    b - a >= 3 &&
    !/^(?:on|in|at|by|since|until|till|from|during|after|before|of|through|between|and|or)$/.test(
      before?.lower ?? "",
    ) &&
    before?.pos !== "PUNCT"
  )
    return true;
  // "2018 gubernatorial candidate Stacey Abrams … were mentioned": a bare year opening a
  // sentence before a noun phrase is that phrase's, as after "the" ("The 2018 candidate").
  // ("2002 World Cup, we won bronze": set off by a comma, the phrase is the clause's time.)
  let end = b;
  while (/^(?:NOUN|ADJ|PROPN)$/.test(tokens[end]?.pos ?? "")) end++;
  if (
    b - a === 1 &&
    /^\d{4}$/.test(tokens[a]?.text ?? "") &&
    (a === 0 || before?.pos === "PUNCT") &&
    end > b &&
    tokens[end]?.lower !== ","
  )
    return true;
  if (/^['’]s$/.test(tokens[b - 1]?.lower ?? "")) return true;
  // ("the co-chair of Black Voices for Trump and 2012 presidential candidate, Herman Cain":
  // so after "and" joining it to a noun phrase, not to another date.)
  if (
    b - a === 1 &&
    /^\d{4}$/.test(tokens[a]?.text ?? "") &&
    before?.pos === "CCONJ" &&
    (noun?.pos === "NOUN" || noun?.pos === "PROPN") &&
    !/^\d/.test(noun.text) &&
    end > b
  )
    return true;
  // A determiner before and a noun after: "the 1965 war", "a 2010 commando raid", and with
  // an adjective or participle between them, "a planned Wednesday special".
  // ("Galois' July 14 arrest", "Lincoln's April 11 speech": a possessive is a determiner.)
  const determiner = (t: Token | undefined) =>
    t?.pos === "DET" ||
    (t?.pos === "PRON" && /^(?:his|her|its|their|our)$/.test(t.lower)) ||
    (t?.pos === "PART" && /^['’]s?$/.test(t.lower));
  const modifier = before?.pos === "ADJ" || (before?.pos === "VERB" && before.form === "ed");
  // "in 20th century American trade policy": a century written before a noun phrase, with no
  // determiner, names which policy, as "the 1965 war" names which war.
  if (
    /centur/i.test(
      tokens
        .slice(a, b)
        .map((t) => t.lower)
        .join(" "),
    ) &&
    (after?.pos === "ADJ" ||
      after?.pos === "NOUN" ||
      (after?.pos === "PROPN" && /^\p{Lu}\p{Ll}+an$/u.test(after.text)) ||
      // ("the Modern Library List of Best 20th-Century Novels": joined by its hyphen, a
      // century is the compound modifier of the word after it, a name's word too.)
      (after?.pos === "PROPN" && /-centur/i.test(tokens[b - 1]?.text ?? "")))
  )
    return true;
  return (
    (determiner(before) || (modifier && determiner(noun))) &&
    (after?.pos === "NOUN" || after?.pos === "PROPN" || after?.pos === "ADJ")
  );
}

/** "Super Tuesday", "Black Friday": a weekday inside a name is not a day of the week. */
function namedDay(m: Mention, tokens: readonly Token[]): boolean {
  const i = tokens.findIndex((t) => t.from >= m.from);
  // "the courtroom drama Night of January 16th": a day with no year after "of" and a
  // capitalised word inside the sentence that names no event is the end of a title, not a
  // time ("the night of January 16th" would be one).
  const name = tokens[i - 2];
  if (
    m.start.year === undefined &&
    m.start.day !== undefined &&
    m.relative === undefined &&
    tokens[i - 1]?.lower === "of" &&
    name !== undefined &&
    i > 2 &&
    /^\p{Lu}\p{Ll}+$/u.test(name.text) &&
    (name.pos === "PROPN" || name.pos === "NOUN") &&
    !eventive(name)
  )
    return true;
  if (m.weekday === undefined || m.start.month !== undefined || m.relative !== undefined)
    return false;
  const before = tokens[i - 1];
  // "Super Tuesday", "Good Friday" — a title-case word; "15:00 GMT Saturday" is a time.
  return (
    before !== undefined &&
    i > 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    before.pos !== "ADP" &&
    before.pos !== "DET"
  );
}

/** The one date a clause has: a single value, or the finest of dates that nest inside each other. */
function oneDate<T extends FoundDate>(list: T[]): T | null {
  const narrowest = [...list].sort((x, y) => {
    const [xa, xb] = daysOf(x);
    const [ya, yb] = daysOf(y);
    return xb - xa - (yb - ya);
  })[0];
  if (narrowest === undefined) return null;
  const [na, nb] = daysOf(narrowest);
  return list.every((d) => {
    const [a, b] = daysOf(d);
    return a <= na && b >= nb;
  })
    ? narrowest
    : null;
}

/** The first and last day a found date may denote. */
function daysOf(d: FoundDate): [number, number] {
  return [
    (dayBounds(d.start) as [number, number])[0],
    (dayBounds(d.end ?? d.start) as [number, number])[1],
  ];
}

/** Whether a date lies inside another's days. */
function within(inner: FoundDate, outer: FoundDate): boolean {
  const [a, b] = daysOf(inner);
  const [x, y] = daysOf(outer);
  return a >= x && b <= y;
}

/**
 * Of a clause's dates that do not nest, the one that dates its verb: a date fronted
 * before the subject, else the first after the verb. A later date after a noun of the
 * predicate ("convened in 1975 to investigate involvement in Chile during the 1960s")
 * dates that noun. Null when neither rule picks one date.
 */
function mainDate<T extends FoundDate & { mention: Mention }>(
  list: T[],
  clause: Unit,
  spans: Map<Mention, [number, number]>,
  tokens: readonly Token[],
): T | null {
  const at = (d: T) => spans.get(d.mention)?.[0] ?? -1;
  const sorted = [...list].sort((x, y) => at(x) - at(y));
  const verb = clause.verb;
  if (verb === null) return null;
  // "In response to the failed invasion in April 1961, Kennedy …": a date inside a fronted
  // phrase, after its noun, dates that noun; a fronted date opens its phrase ("In April 1961,").
  const embedded = (d: T): boolean => {
    // "at conferences in 1820 and 1821": a date joined to an embedded one is embedded too.
    if (tokens[at(d) - 1]?.pos === "CCONJ") {
      const joined = sorted.find((x) => (spans.get(x.mention)?.[1] ?? -1) === at(d) - 1);
      if (joined !== undefined) return embedded(joined);
    }
    let k = at(d) - 1;
    if (tokens[k]?.pos === "DET") k--;
    const head = tokens[k - 1];
    return (
      tokens[k]?.pos === "ADP" &&
      k - 1 >= clause.from &&
      (head?.pos === "NOUN" || head?.pos === "PROPN")
    );
  };
  const fronted = sorted.filter((d) => at(d) < verb.from);
  const opening = fronted.filter((d) => !embedded(d));
  // "In 2019 …, outbreaks were declared in the Philippines on February 6, Tonga on October 22
  // …": a fronted time holding all the clause's other dates, which differ among themselves,
  // frames several times the clause tells; it is no one date of the clause.
  const frame = opening[0];
  if (
    opening.length === 1 &&
    frame !== undefined &&
    list.every((d) => d === frame || within(d, frame)) &&
    list.length >= 3
  )
    return null;
  if (opening.length === 1) return opening[0] ?? null;
  // "Eight years earlier, at the 1972 Democratic National Convention, …": a date the text
  // writes out outweighs one counted from the narrative's last.
  const written = opening.filter((d) => d.provenance === "explicit");
  if (
    opening.length > 1 &&
    written.length === 1 &&
    opening.every((d) => d.provenance === "explicit" || d.provenance === "relative")
  )
    return written[0] ?? null;
  if (opening.length > 1) return null;
  const rest = sorted.filter((d) => at(d) >= verb.from);
  const [first, ...later] = rest.length > 0 ? rest : sorted;
  if (first === undefined) return null;
  const afterNoun = (d: T) => {
    let k = at(d) - 1;
    if (tokens[k]?.pos === "DET") k--;
    const prep = tokens[k];
    const head = tokens[k - 1];
    const between = tokens.slice(at(first) + 1, at(d));
    // "the attack on 5 May", "the Invasion of 1961" name a noun's time; "in Samoa on 16
    // November, in Tonga on 18 November" date the verb once per place.
    return (
      prep?.pos === "ADP" &&
      (head?.pos === "NOUN" || (head?.pos === "PROPN" && prep.lower === "of")) &&
      k - 1 > at(first) &&
      !between.some((t) => t.pos === "CCONJ")
    );
  };
  return later.every(afterNoun) ? first : null;
}

/** How to write a clause as a sentence: token ranges in order, and tokens to rewrite. */
type Shape = {
  pieces: [number, number][];
  replace: Map<number, string>;
  /** The subject's tokens, wherever they are in the sentence. */
  subject: [number, number] | null;
};

/**
 * The pieces of a clause's sentence: its own tokens (a predicate sharing a subject
 * gets the subject first; a clause missing its verb borrows the previous clause's
 * predicate; a participle phrase gets the clause's subject and a past tense; a relative
 * clause gets the name it is about).
 */
function shapeOf(parse: Parse, clause: Unit, isDate: readonly boolean[]): Shape | null {
  const { tokens, units } = parse;
  const replace = new Map<number, string>();
  // ("…; and Tunisia lost to England": the last clause of a list loses its "and" too.)
  // ("even though …": the words up to the marker open the clause with it.)
  const bodyFrom =
    clause.marker !== null && clause.marker >= clause.from && clause.kind !== "main"
      ? clause.marker + 1
      : clause.kind === "main" && clause.from > 0 && tokens[clause.from]?.pos === "CCONJ"
        ? clause.from + 1
        : clause.from;
  const phrase =
    clause.kind === "part" || clause.kind === "rel" ? eventPhrase(parse, clause) : null;
  if (phrase?.kind === "participle") {
    const subject = clauseAbove(clause)?.subject ?? null;
    if (subject === null) return null;
    const verb = tokens[phrase.verb] as Token;
    let from = phrase.verb;
    while (from > bodyFrom && tokens[from - 1]?.pos === "ADV") from--;
    // "having failed" → "failed"; "being elected" → "was elected"; "serving" → "served";
    const next = tokens[phrase.verb + 1];
    if (verb.lemma === "have" && next?.form !== null && next?.pos === "VERB")
      replace.set(phrase.verb, "");
    // "having been established in 1869" → "was established".
    else if (verb.lemma === "have" && next?.lower === "been") {
      replace.set(phrase.verb, "");
      replace.set(phrase.verb + 1, pluralPhrase(tokens, ...subject) ? "were" : "was");
    }
    // "after being completed": the tagger may give "being" itself as its lemma.
    else if (verb.lemma === "be" || verb.lower === "being")
      replace.set(phrase.verb, pluralPhrase(tokens, ...subject) ? "were" : "was");
    else replace.set(phrase.verb, pastOf(verb.lemma));
    // "before reversing course and pressing forward": a participle joined to it is told alike.
    for (const u of units) {
      if (u.kind !== "part" || u.from <= clause.from || u.to > clause.to) continue;
      let k = u.from;
      if (tokens[k]?.pos !== "CCONJ") continue;
      k++;
      while (tokens[k]?.pos === "ADV") k++;
      const more = tokens[k];
      if (more?.pos === "VERB" && more.form === "ing") replace.set(k, pastOf(more.lemma));
    }
    return { pieces: [subject, [from, clause.to]], replace, subject };
  }
  if (phrase?.kind === "passive") {
    // "William Conley, a … judge, ordered last week that absentee ballots be accepted": an
    // -ed form with a "that" clause for its object is an active verb; no passive is told.
    let next = phrase.verb + 1;
    while (next < clause.to && (isDate[next] || tokens[next]?.pos === "ADV")) next++;
    if (
      tokens[next]?.lower === "that" &&
      !/^(?:day|week|month|year|morning|afternoon|evening|night|time)$/.test(
        tokens[next + 1]?.lower ?? "",
      )
    )
      return null;
    const antecedent = (
      phrase.fronted ? clauseAbove(clause)?.subject : antecedentOf(parse, clause)
    ) as [number, number];
    replace.set(
      phrase.verb,
      `${pluralPhrase(tokens, ...antecedent) ? "were" : "was"} ${
        // "Born on …, X began": the participle loses the capital it had as the first word.
        phrase.verb === 0
          ? (tokens[0] as Token).text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())
          : (tokens[phrase.verb] as Token).text
      }`,
    );
    // "They devised a strategy, successfully implemented in 1776, to take New York City": an
    // infinitive set off after the phrase completes the noun the phrase interrupts, and goes
    // with it ("A strategy to take New York City was implemented").
    const inf = units.find(
      (u) =>
        u.kind === "inf" &&
        u.parent === clause &&
        u.to === clause.to &&
        tokens[u.from - 1]?.lower === "," &&
        tokens[u.from]?.lower === "to" &&
        !phrase.fronted &&
        tokens[antecedent[1]]?.lower === ",",
    );
    if (inf !== undefined) {
      const end = tokens[inf.to - 1]?.pos === "PUNCT" ? inf.to - 1 : inf.to;
      return {
        pieces: [antecedent, [inf.from, end], [phrase.verb, inf.from - 1]],
        replace,
        subject: antecedent,
      };
    }
    return { pieces: [antecedent, [phrase.verb, clause.to]], replace, subject: antecedent };
  }
  if (phrase?.kind === "relative") {
    const antecedent = antecedentOf(parse, clause) as [number, number];
    if (!phrase.object)
      return { pieces: [antecedent, [bodyFrom, clause.to]], replace, subject: antecedent };
    const verb = clause.verb as NonNullable<Unit["verb"]>;
    // "whom Chinggis Khan first took notice of in 1215": a preposition left with no object
    // (before another, or at the end) is where the antecedent goes ("took notice of Yelu
    // Chucai"), not right after the verb.
    let gap = verb.to;
    for (let k = verb.to; k < clause.to; k++) {
      const next = tokens[k + 1];
      if (
        tokens[k]?.pos === "ADP" &&
        !isDate[k + 1] &&
        (next === undefined || k + 1 >= clause.to || next.pos === "ADP" || next.pos === "PUNCT")
      ) {
        gap = k + 1;
        break;
      }
    }
    return {
      pieces: [[bodyFrom, gap], antecedent, [gap, clause.to]],
      replace,
      subject: clause.subject,
    };
  }
  if (clause.gapped && (clause.subject !== null || clause.remnant !== undefined)) {
    const before = units.find(
      (u) =>
        EVENT_KINDS.has(u.kind) &&
        u.verb !== null &&
        u.to >= clause.from &&
        u.from < clause.from &&
        !u.gapped,
    );
    const verb = before?.verb;
    if (verb === undefined || verb === null) return null;
    // "…, and in 1760, Montreal": the clause before's subject and verb, the new object.
    if (clause.remnant !== undefined) {
      if (before?.subject == null) return null;
      return {
        pieces: [before.subject, [verb.from, clause.remnantFor ?? verb.to], clause.remnant],
        replace,
        subject: before.subject,
      };
    }
    // "Outbreaks were declared in the Philippines on 6 February, Tonga on 22 October": after
    // a passive the remnant matches the place, not the subject; which one is not written.
    if (verb.passive || clause.subject === null) return null;
    return {
      pieces: [clause.subject, [verb.from, clause.from], [clause.subject[1], clause.to]],
      replace,
      subject: clause.subject,
    };
  }
  // "introduced land reform, designed to … reduce the power of rich landowners, many of whom
  // had advocated for war and supported Japanese expansionism": a predicate after a relative
  // clause's verb, with no comma since the relative word to close that clause, is that
  // clause's; its subject is not the one shared. (", and in 2003 served": closed.)
  const hostVerb = clause.parent?.verb;
  if (clause.sharedSubject && clause.parent?.kind === "main" && hostVerb != null) {
    let open = false;
    for (let k = hostVerb.to; k < clause.from; k++) {
      const w = tokens[k]?.lower ?? "";
      if (RELATIVES.test(w)) open = true;
      else if (w === ",") open = false;
    }
    if (open) return null;
  }
  // ("many of whom had advocated for war and supported …": a subject that is the relative
  // word itself, or some of what it stands for, is no phrase a text can say.)
  if (
    clause.sharedSubject &&
    clause.subject !== null &&
    tokens.slice(clause.subject[0], clause.subject[1]).some((t) => RELATIVES.test(t.lower))
  )
    return null;
  if (clause.sharedSubject && clause.subject !== null) {
    // "and despite punitive British bombardments did not end their practices": a phrase
    // before the predicate's verb follows it once the subject is written before them.
    const verb = clause.verb;
    const opening = tokens[bodyFrom];
    if (
      verb !== null &&
      verb.from > bodyFrom + 1 &&
      opening?.pos === "ADP" &&
      !tokens.slice(bodyFrom, verb.from).some((t) => t.text === "," || t.pos === "NUM")
    ) {
      let end = clause.to;
      while (end > verb.to && tokens[end - 1]?.pos === "PUNCT") end--;
      return {
        pieces: [clause.subject, [verb.from, end], [bodyFrom, verb.from], [end, clause.to]],
        replace,
        subject: clause.subject,
      };
    }
    // "The events were nicknamed … and later made into a film in 2012": a bare participle
    // joined to a passive shares the "were" written after their subject.
    // (over adverbs and a phrase set off: "the first constitution, known as …, was drafted")
    let be = clause.subject[1];
    for (;;) {
      const aside = parse.units.find(
        (u) => u.from === be && /^(?:part|appos|paren|rel)$/.test(u.kind) && u.to > be,
      );
      if (aside !== undefined) be = aside.to;
      else if (tokens[be]?.pos === "ADV" || tokens[be]?.text === ",") be++;
      else break;
    }
    const head = verb === null ? undefined : tokens[verb.head];
    if (
      verb !== null &&
      head !== undefined &&
      be < bodyFrom &&
      tokens[be]?.lemma === "be" &&
      /^(?:ed|part)$/.test(tokens[be + 1]?.form ?? "") &&
      verb.from === verb.head &&
      (/^(?:ed|part)$/.test(head.form ?? "") ||
        (head.form === "past" && pastIsParticiple(head.lower, head.lemma))) &&
      // (a verb that takes an object, with none after it: "surrendered after" is no passive,
      // nor is "signed off")
      (OBJECT_VERB.test(head.lemma) ||
        MADE_THING_VERB.test(head.lemma) ||
        // ("was taken into place and first signed by Delaware": a document's verbs, too.)
        MAKING_VERB.test(head.lemma)) &&
      !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[verb.to]?.pos ?? "") &&
      !/^(?:off|up|out|down|away|back)$/.test(tokens[verb.to]?.lower ?? "")
    ) {
      const first = tokens[bodyFrom] as Token;
      replace.set(bodyFrom, `${tokens[be]?.text} ${replace.get(bodyFrom) ?? first.text}`);
    }
    // ("…, and on April 12, 1990, sent a delegation", "and in the spring of 1876, made ready":
    // a time set off before the verb goes with its commas, as the date it is leaves the text.)
    const timeOnly =
      verb !== null &&
      verb.from > bodyFrom + 1 &&
      tokens[verb.from - 1]?.text === "," &&
      tokens.slice(bodyFrom, verb.from - 1).some((_, k) => isDate[bodyFrom + k]) &&
      tokens
        .slice(bodyFrom, verb.from - 1)
        .every(
          (t, k) =>
            isDate[bodyFrom + k] ||
            /^(?:ADP|DET|PUNCT)$/.test(t.pos) ||
            /^(?:spring|summer|autumn|fall|winter|early|mid|late|beginning|end|middle|start)$/.test(
              t.lower,
            ),
        );
    const from = timeOnly && verb !== null ? verb.from : bodyFrom;
    return { pieces: [clause.subject, [from, clause.to]], replace, subject: clause.subject };
  }
  // "Ranjit Singh, who invaded Khyber and in 1834 captured Peshawar": a predicate joined to a
  // relative clause's takes the relative's antecedent for its subject.
  const host = clause.parent;
  if (clause.sharedSubject && host?.kind === "rel") {
    const relative = eventPhrase(parse, host);
    const antecedent = antecedentOf(parse, host);
    if (relative?.kind === "relative" && !relative.object && antecedent !== null)
      return { pieces: [antecedent, [bodyFrom, clause.to]], replace, subject: antecedent };
  }
  return { pieces: [[bodyFrom, clause.to]], replace, subject: clause.subject };
}

/**
 * "One of the three, Guion S. Bluford, became …", "the third Black member of the class, U.S.
 * Air Force pilot Frederick D. Gregory, made …": a subject that picks its referent out of a
 * group told before ("one of", "the other", a definite "of the …") points outside the
 * sentence, while the name set off after it says who it is; the name alone is the subject.
 */
function nameForOutsideDescription(
  parse: Parse,
  clause: Unit,
  drop: boolean[],
  region: (k: number) => boolean,
): void {
  const { tokens, units } = parse;
  const subject = clause.subject;
  const verb = clause.verb;
  if (subject == null || verb == null || !region(subject[0])) return;
  const [a, b] = subject;
  if (tokens[b]?.lower !== ",") return;
  const appos = units.find((u) => u.kind === "appos" && u.from === b + 1);
  if (appos === undefined || tokens[appos.to]?.lower !== "," || appos.to + 1 !== verb.from) return;
  // (A name, with its title or calling: not "such as John Brown", which gives an example.)
  if (
    tokens[appos.to - 1]?.pos !== "PROPN" ||
    !/^(?:PROPN|NOUN)$/.test(tokens[appos.from]?.pos ?? "")
  )
    return;
  const words = tokens.slice(a, b).map((t) => t.lower);
  if (tokens[a]?.pos === "PROPN") return;
  const picked =
    (/^(?:one|another|both|each|either|neither|some|two|three|four|five|several|many|most|all|none)$/.test(
      words[0] ?? "",
    ) &&
      words[1] === "of") ||
    (words[0] === "the" && /^(?:other|latter|former)$/.test(words[1] ?? "")) ||
    words.some((w, i) => w === "of" && words[i + 1] === "the");
  if (!picked) return;
  for (let k = a; k <= b; k++) drop[k] = true;
  drop[appos.to] = true;
}

/**
 * "ASCII itself was first used commercially": a reflexive right after a noun stresses it
 * against something told before; alone, the clause says the same without it. ("that he,
 * himself, was running": so one set off by commas, with them.)
 */
function dropEmphaticReflexives(tokens: readonly Token[], clause: Unit, drop: boolean[]): void {
  for (let k = clause.from + 1; k < clause.to; k++) {
    if (!/^(?:itself|himself|herself|themselves)$/.test(tokens[k]?.lower ?? "")) continue;
    if (
      /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? "") &&
      /^(?:AUX|VERB)$/.test(tokens[k + 1]?.pos ?? "")
    )
      drop[k] = true;
    else if (
      tokens[k - 1]?.text === "," &&
      tokens[k + 1]?.text === "," &&
      /^(?:NOUN|PROPN|PRON)$/.test(tokens[k - 2]?.pos ?? "")
    ) {
      drop[k - 1] = true;
      drop[k] = true;
      drop[k + 1] = true;
    }
  }
}

/**
 * "Johnson mandated that … support ASCII, stating:", "Easterlin wrote in 2000:": a clause that
 * ends the sentence on a verb before a colon has the quotation after it for its object. A
 * participle there goes (the clause is whole without it); a finite verb there leaves the
 * clause telling nothing without the quotation, and it is no event (true).
 */
function toQuotation(
  tokens: readonly Token[],
  clause: Unit,
  region: (k: number) => boolean,
  drop: boolean[],
  isDate: readonly boolean[],
): boolean {
  let colon = clause.to;
  while (colon < tokens.length && tokens[colon]?.pos === "PUNCT" && tokens[colon]?.text !== ":")
    colon++;
  if (tokens[colon]?.text !== ":" || colon !== tokens.length - 1) return false;
  let last = clause.to - 1;
  // (Its own date may come after the verb: "wrote in 2000:".)
  const skipped = (k: number) =>
    !region(k) ||
    tokens[k]?.pos === "PUNCT" ||
    isDate[k] ||
    (tokens[k]?.pos === "ADP" && isDate[k + 1]);
  while (last >= clause.from && skipped(last)) last--;
  const verb = tokens[last];
  if (verb === undefined || verb.pos !== "VERB") return false;
  if (/ing$/.test(verb.lower) && tokens[last - 1]?.text === ",") {
    drop[last] = true;
    drop[last - 1] = true;
    return false;
  }
  return clause.verb !== null && last === clause.verb.to - 1;
}

/**
 * The clause as a standalone sentence: its pieces, without the clauses coordinated with
 * it that have their own subject, without side phrases that hold a date of their own,
 * without other dates (a date naming a noun goes with its preposition), and without its
 * own date phrase.
 */
function clauseText(
  sentence: string,
  parse: Parse,
  clause: Unit,
  shape: Shape,
  date: FoundDate & { mention: Mention },
  spanOf: Map<Mention, [number, number]>,
  dated: Set<Mention>,
  /** Whether each token is inside one of the sentence's date expressions (the spans of spanOf). */
  isDate: readonly boolean[],
): string | null {
  const { tokens, units } = parse;
  const own = spanOf.get(date.mention);
  const datedSpans = [...spanOf].filter(([m]) => dated.has(m)).map(([, s]) => s);
  const holdsDate = (u: Unit) =>
    datedSpans.some(([a, b]) => a >= u.from && b <= u.to && a !== own?.[0]);
  const deniedUntil = (u: Unit) =>
    datedSpans.some(
      ([a, b]) =>
        a >= u.from &&
        b <= u.to &&
        untilBefore(tokens, [a, b]) &&
        tokens.slice(Math.max(u.from, a - 10), a).some((t) => NEGATION.test(t.lower)),
    );
  const drop: boolean[] = new Array(tokens.length).fill(false);
  const region = (k: number) => shape.pieces.some(([a, b]) => k >= a && k < b);
  possessiveOfFirstClause(parse, clause, shape, region);
  if (toQuotation(tokens, clause, region, drop, isDate)) return null;
  dropEmphaticReflexives(tokens, clause, drop);
  nameForOutsideDescription(parse, clause, drop, region);
  // "In November 1969, as Apollo 12 astronauts … neared Earth – during which … – orbital
  // mechanics had a show in store": where dashes cut a subordinate clause off from its main
  // clause, its subordinator is read into its subject; told alone, the clause is without it.
  const opener = clause.subject?.[0];
  if (
    clause.kind === "main" &&
    opener !== undefined &&
    clause.subject != null &&
    clause.subject[1] - opener > 1 &&
    /^(?:as|when|while|once)$/.test(tokens[opener]?.lower ?? "")
  )
    drop[opener] = true;
  // "She began playing small roles in 1949, with impressive performances in … (Three Sinners,
  // 1950) and … (1954)": a "with" phrase after the verb and a comma that holds bracketed
  // dates of its own tells of other times, and goes whole.
  const verbEnd = clause.verb?.to ?? clause.to;
  for (let w = verbEnd; w < clause.to; w++) {
    if (tokens[w]?.lower !== "with" || tokens[w - 1]?.text !== "," || !region(w)) continue;
    if (own !== undefined && own[0] >= w) break;
    const bracketed = units.some(
      (u) =>
        u.kind === "paren" &&
        u.from > w &&
        u.to <= clause.to &&
        datedSpans.some(([a, b]) => a >= u.from && b <= u.to),
    );
    if (bracketed)
      for (let j = w - 1; j < clause.to; j++) if (tokens[j]?.text !== ".") drop[j] = true;
    break;
  }
  // "emerged with the Social Security Administration in 1935 and then, during World War II,
  // various wartime boards": what comes "and then" with a time of its own and no verb
  // happened later, not at the clause's date; the text ends before it.
  for (let k = verbEnd; k < clause.to - 1; k++) {
    if (tokens[k]?.lower !== "and" || tokens[k + 1]?.lower !== "then" || !region(k)) continue;
    if (own === undefined || own[0] >= k) break;
    if (tokens.slice(k + 2, clause.to).some((t) => t.pos === "VERB" || t.pos === "AUX")) break;
    // (Only with a time of its own: "took him first to Illinois and then to Wisconsin" in
    // one year tells both.)
    const ownTime = tokens[k + 2]?.text === "," || isDate.slice(k + 2, clause.to).some(Boolean);
    if (!ownTime) break;
    const from = tokens[k - 1]?.text === "," ? k - 1 : k;
    for (let j = from; j < clause.to; j++) if (tokens[j]?.text !== ".") drop[j] = true;
    break;
  }
  // "The Ottoman sultan Selim I then conquered Cairo", "was then reorganized": "then" before
  // the verb looks back to the event told before, which the text does not hold.
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (
      t.lower === "then" &&
      t.pos === "ADV" &&
      (isNominal(tokens[k - 1]) || tokens[k - 1]?.pos === "AUX") &&
      (tokens[k + 1]?.pos === "VERB" || tokens[k + 1]?.pos === "AUX")
    )
      drop[k] = true;
  }
  // "In 1907, the Japanese Government had voluntarily limited …", "since Britain had abolished
  // slavery in 1833": a past perfect dated by a point in time ("in", "on", "at") tells what
  // happened then, and told alone it is the simple past ("limited", "abolished").
  const perfect = clause.verb;
  const pointDate =
    own !== undefined &&
    (/^(?:in|on|at)$/.test(tokens[own[0] - 1]?.lower ?? "") ||
      /^(?:in|on|at)$/.test(tokens[own[0]]?.lower ?? ""));
  if (
    perfect !== null &&
    pointDate &&
    !perfect.negated &&
    tokens[perfect.from]?.lower === "had" &&
    tokens[perfect.head]?.pos === "VERB" &&
    /^(?:ed|part)$/.test(tokens[perfect.head]?.form ?? "")
  ) {
    const been = tokens.findIndex(
      (t, k) => k > perfect.from && k < perfect.head && t.lower === "been",
    );
    const between = tokens.slice(perfect.from + 1, perfect.head);
    // ("had already declared", "had long been": before the date, and told as such.)
    if (
      between.every((t) => t.pos === "ADV" || t.lower === "been") &&
      !between.some((t) =>
        /^(?:already|previously|earlier|long|just|since|recently|once|never)$/.test(t.lower),
      )
    ) {
      drop[perfect.from] = true;
      if (been < 0) shape.replace.set(perfect.head, pastOf(tokens[perfect.head]?.lemma ?? ""));
      else {
        const subject = shape.subject ?? clause.subject;
        shape.replace.set(
          been,
          subject !== null && pluralPhrase(tokens, ...subject) ? "were" : "was",
        );
      }
    }
  }
  // "The fort was built in 1587 and destroyed by fire in 1617": a bare participle after "and"
  // that can only be passive — an agent follows it, or its form is no past tense ("taken") —
  // goes on with the passive before it, whose "was" it shares, and told alone keeps it. A form
  // that is a past tense too may be a verb of its own ("was born in 1900 and moved to Paris").
  const bare = clause.verb;
  const participle = bare === null ? undefined : tokens[bare.head];
  if (
    clause.kind === "coord" &&
    clause.sharedSubject &&
    bare !== null &&
    participle !== undefined &&
    bare.from === bare.head &&
    !bare.passive &&
    tokens[bare.from - 1]?.pos === "CCONJ" &&
    (tokens[bare.head + 1]?.lower === "by" || participle.form === "part")
  ) {
    const before = parse.groups.filter((g) => g.to <= bare.from).at(-1);
    if (
      before?.passive === true &&
      // ("was tried and executed": right after it, the "was" is in the text already.)
      bare.from - 1 > before.to &&
      /^(?:was|were)$/.test(tokens[before.from]?.lower ?? "")
    )
      shape.replace.set(bare.head, `${tokens[before.from]?.lower} ${participle.text}`);
  }
  // "did not ratify … until 1822" is told "ratified …", its "until" going with the date.
  const affirmed =
    own !== undefined && clause.verb?.negated === true && notUntil(clause, tokens, own);
  if (affirmed && clause.verb !== null) {
    for (let k = clause.verb.from; k < clause.verb.to; k++) {
      const t = tokens[k] as Token;
      if (NOT.test(t.lower)) drop[k] = true;
      else if (t.lemma === "do" && k === clause.verb.from) drop[k] = true;
      else if (k === clause.verb.head && tokens[clause.verb.from]?.lemma === "do")
        shape.replace.set(k, pastOf(t.lemma));
    }
    // "The Senate, owing to an oversight, did not ratify …": what explains the delay does not
    // explain the ratifying, and goes.
    const subjectEnd = clause.subject?.[1];
    if (subjectEnd !== undefined && tokens[subjectEnd]?.lower === ",")
      for (let j = subjectEnd; j < clause.verb.from; j++) drop[j] = true;
    // "did not reach any formal agreements": the "any" the denial called for goes with it.
    for (let j = clause.verb.to; j < own[0]; j++)
      if (tokens[j]?.lower === "any" && tokens[j]?.pos === "DET") drop[j] = true;
    // The date goes, and the "until" that brought it.
    let k = own[0] - 1;
    while (k >= 0 && !/^(?:until|till)$/.test(tokens[k]?.lower ?? "")) k--;
    for (let j = Math.max(k, 0); j < own[1]; j++) drop[j] = true;
  }
  const subjectAt = clause.subject?.[0];
  // "The less radical Lucy Stone formed …": a comparison before a name, with no "than",
  // is with someone the text named before; the name alone says who.
  if (subjectAt !== undefined) {
    const [the, degree, adjective, name] = tokens.slice(subjectAt, subjectAt + 4);
    if (
      the?.lower === "the" &&
      /^(?:less|more)$/.test(degree?.lower ?? "") &&
      adjective?.pos === "ADJ" &&
      name?.pos === "PROPN" &&
      !tokens.some((t) => t.lower === "than")
    )
      for (let k = subjectAt; k < subjectAt + 3; k++) drop[k] = true;
  }
  // "Yesterday, day five of the World Cup, Sweden defeated …": a noun phrase between a
  // fronted date and the subject names the same day another way, and goes with the date.
  if (own !== undefined && subjectAt !== undefined && tokens[own[1]]?.lower === ",") {
    const close = subjectAt - 1;
    const words = tokens.slice(own[1] + 1, close);
    const first = words[0];
    if (
      close > own[1] + 1 &&
      tokens[close]?.lower === "," &&
      first !== undefined &&
      // (not "disappointed with the results," — a fronted adjective says why, not when)
      (first.pos === "NOUN" || first.pos === "DET" || first.pos === "NUM") &&
      !words.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.lower === ",")
    )
      for (let k = own[1] + 1; k <= close; k++) drop[k] = true;
  }
  for (const u of units) {
    if (u === clause || !region(u.from)) continue;
    if (own !== undefined && own[0] >= u.from && own[1] <= u.to) continue;
    if (isBelow(clause, u)) continue;
    // Side phrases stay unless they hold a date of their own; coordinated clauses with
    // their own subject are other events; an infinitive stays with its date taken out.
    // "on October 19, the same day that the fleet sailed": a relative clause on a date
    // says when, and goes with the date the text leaves out.
    const cut =
      (u.kind === "coord" && (!u.sharedSubject || u.gapped) && u.from > clause.from) ||
      // "… affirmed by a referendum in December 1991, when the Soviet Union was dissolved": a
      // "when" clause after another date says what happened at that date, and goes with it.
      (u.kind === "rel" &&
        u.marker !== null &&
        tokens[u.marker]?.lower === "when" &&
        u.verb !== null &&
        tokens[u.from - 1]?.lower === "," &&
        [...spanOf.values()].some(
          (span) => span !== own && span[1] >= u.from - 2 && span[1] <= u.from - 1,
        ) &&
        !(own !== undefined && own[0] >= u.from && own[1] <= u.to)) ||
      // "…, and in 1822, he had entered Quito and declared independence": a predicate that
      // shares another clause's subject is that clause's, not this one's.
      (u.kind === "coord" &&
        u.sharedSubject &&
        u.parent === clause &&
        u.subject !== null &&
        clause.subject !== null &&
        u.subject[0] !== clause.subject[0] &&
        u.from > clause.from) ||
      // "It won a Retrospective Hugo Award in 1996, and is also included in …": a predicate in
      // the present after one in the past tells how things stand now, which the date does not.
      (u.kind === "coord" &&
        u.sharedSubject &&
        u.parent === clause &&
        u.from > clause.from &&
        clause.verb?.tense === "past" &&
        u.verb?.tense === "present" &&
        // (an inflected present: "and adopt programs", "and spread over the island" may be
        // bare infinitives or a past spelt as its base)
        tokens[u.verb.from]?.form === "pres") ||
      // "Although Cárdenas informed the U.S. Government …, Hull dispatched a note": what is
      // conceded is another event, untimed, and the clause is told without it.
      // (Kept when the rest points into it: "Although Booth escaped capture, Union troops
      // shot and killed him".)
      (u.kind === "sub" &&
        u.parent === clause &&
        u.marker !== null &&
        /^(?:although|though|whereas)$/.test(tokens[u.marker]?.lower ?? "") &&
        ![...tokens.slice(clause.from, u.from), ...tokens.slice(u.to, clause.to)].some(
          (t) => t.pos === "PRON" && /^(?:him|her|hers|it|its|they|them|their)$/.test(t.lower),
        )) ||
      // "In 1862, Napoleon III maneuvered …, and eventually installed Maximilian": a predicate
      // that moves on in time happened later than the date says.
      (u.kind === "coord" &&
        u.sharedSubject &&
        u.parent === clause &&
        u.from > clause.from &&
        tokens.slice(u.from + 1, u.from + 3).some((t) => LATER.test(t.lower))) ||
      // What was said stays with the saying ("was informed Thursday that he would face …
      // his 2007 campaign"), its own dates taken out below: without it the saying says nothing.
      // A relative clause without "that" keeps its noun company ("a role he played until
      // 2005"): cut, it would leave "a role" alone; its date goes below.
      // What was said loses its date unless "not … until" makes the date its point
      // ("would not be ready until at least February 1969").
      (holdsDate(u) &&
        u.kind !== "inf" &&
        !(u.kind === "rel" && u.marker === null) &&
        (!reported(u, clause) || deniedUntil(u))) ||
      (u.kind === "rel" && isDate[u.from - 1] === true) ||
      // "passed to his son Zaman Shah, followed by Mahmud Shah, Shuja Shah and others": what
      // followed or preceded happened at another time, which the clause's date does not give.
      (u.kind === "part" &&
        /^(?:followed|preceded|succeeded)$/.test(tokens[u.from]?.lower ?? "") &&
        tokens[u.from + 1]?.lower === "by") ||
      // "signed in 1890 and ratified by France": a phrase carrying on one cut goes with it.
      (u.kind === "part" && tokens[u.from]?.pos === "CCONJ" && drop[u.from - 1] === true);
    if (cut) {
      for (let k = u.from; k < u.to; k++) drop[k] = true;
      // "When the Exchange lost 11 percent of its value—often referred to as …—key investors
      // sat up": dashes that close a fronted clause leave the comma that would have.
      if (tokens[u.from]?.text === "—" && closesFronted(units, u)) {
        drop[u.from] = false;
        shape.replace.set(u.from, ",");
      }
      // "Kasich, who until Tuesday had not won, won Ohio": the commas go with the phrase.
      // ("The fort, built in 1890 and rebuilt in 1920, fell": after the phrases it carries on.)
      let end = u.to;
      for (let next = chainedPart(units, tokens, end); next !== undefined; )
        [end, next] = [next.to, chainedPart(units, tokens, next.to)];
      // "…, followed by the NBS-A scale at the National Bureau of Standards, Boulder,
      // Colorado.": names set off by commas after the cut phrase, to the sentence's end, are
      // where its last noun is, and go with it.
      const names = namesToEnd(tokens, end, clause.to);
      for (let j = end; j < names; j++) drop[j] = true;
      end = names;
      // "…, which was followed by … by J. Stuart Blackton, who is considered the father of
      // American animation": a relative clause right after the cut one is on its last noun,
      // and goes with it; "…, resulting in the opening of the Six-Party Talks the following
      // year, hosted by China": left behind, a participle with its agent would describe the
      // wrong noun ("the agreement hosted by China").
      for (const nested of [nestedRelative, nestedParticiple])
        for (let next = nested(units, tokens, end); next !== undefined; ) {
          drop[end] = true;
          for (let k = next.from; k < next.to; k++) if (tokens[k]?.text !== ".") drop[k] = true;
          [end, next] = [next.to, nested(units, tokens, next.to)];
        }
      if (tokens[u.from - 1]?.lower === ",") {
        drop[u.from - 1] = true;
        if (tokens[end]?.lower === ",") drop[end] = true;
      } else if (
        // ("the so-called “Rogers Plan,” which called for …, with …": the comma written
        // inside the quotation marks stands for both; the one closing the phrase goes.)
        /^[”’"']$/.test(tokens[u.from - 1]?.text ?? "") &&
        tokens[u.from - 2]?.lower === "," &&
        tokens[end]?.lower === ","
      )
        drop[end] = true;
    }
  }
  // "Tesco sold its stores in March; and in 2015 sold HomePlus": a subject borrowed from a
  // clause cut for its own date stays.
  if (shape.subject !== null && shape.subject[1] <= clause.from)
    for (let k = shape.subject[0]; k < shape.subject[1]; k++) drop[k] = false;
  // Other dates left in the clause ("the Bandung Conference of 1955", "since 1987") go with
  // their preposition, so the text states no date but its own.
  for (const [a, b] of spanOf.values()) {
    if ((own !== undefined && a === own[0]) || !region(a) || drop[a]) continue;
    const next = tokens[b];
    const attributive =
      tokens[a - 1]?.pos === "DET" &&
      (next?.pos === "NOUN" || next?.pos === "PROPN" || next?.pos === "ADJ");
    // "the last member of the 1953 team": a year written into a noun phrase says which one
    // (a team, an election); without it the phrase points to something outside the text.
    if (attributive && b - a === 1 && /^\d{4}$/.test(tokens[a]?.text ?? "") && !eventive(next))
      continue;
    // "during the Panic of 1873", "the War of 1812": a name of one capitalised word after "the"
    // says which only with its year, which stays ("the Bandung Conference of 1955" says it
    // without).
    if (
      b - a === 1 &&
      /^\d{4}$/.test(tokens[a]?.text ?? "") &&
      tokens[a - 1]?.lower === "of" &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[a - 2]?.text ?? "") &&
      tokens[a - 3]?.lower === "the"
    )
      continue;
    // "85% more wildfires in 2019 than there were in 2018": the time compared with stays, or
    // "than there were" compares with nothing.
    if (comparedTime(tokens, a, clause.from)) continue;
    // "redrawn over 1942 and 1943": a date joined to the clause's own goes with its "and".
    if (own !== undefined && tokens[b]?.pos === "CCONJ" && b + 1 === own[0]) drop[b] = true;
    // "reports said Wednesday's quake affected …": a date in the possessive says which quake,
    // as "the" would; cut, it would leave "'s quake".
    if (/^['’]s?$/.test(next?.text ?? "") && !next?.spaced) continue;
    // "…, with the second completed eight months later.": an absolute phrase at the clause's
    // end with a time of its own tells another deed, and goes with its time.
    const absolute = withPhraseBefore(tokens, a, b);
    if (absolute !== null) {
      for (let k = absolute; k < b; k++) drop[k] = true;
      continue;
    }
    for (let k = a; k < b; k++) drop[k] = true;
    // "that January day": the day of the date goes with it.
    if (/^(?:day|morning|afternoon|evening|night)$/.test(tokens[b]?.lower ?? "")) drop[b] = true;
    if (attributive) {
      // "the site of an 1890 massacre" → "a massacre": the article agrees with the word now after it.
      const article = tokens[a - 1];
      const word = tokens[drop[b] ? b + 1 : b];
      if (article !== undefined && word !== undefined && /^an?$/i.test(article.text))
        shape.replace.set(a - 1, agreeingArticle(article.text, word.text));
      continue;
    }
    let k = a - 1;
    // "in 1779 and 1780": the other date goes with the conjunction joining it to this one.
    if (tokens[k]?.pos === "CCONJ" && (isDate[k - 1] === true || drop[k - 1])) {
      drop[k] = true;
      continue;
    }
    if (tokens[k]?.pos === "DET") k--;
    // "until at least February 1969", "by about 1800": a hedge on the date goes with it.
    if (/^(?:least|most)$/.test(tokens[k]?.lower ?? "") && tokens[k - 1]?.lower === "at") k -= 2;
    else if (
      /^(?:about|around|nearly|almost|approximately|roughly)$/.test(tokens[k]?.lower ?? "")
    ) {
      // ("Nearly 200 years later, in 1838, …": with no preposition, the hedge still goes.)
      drop[k] = true;
      k--;
    }
    if (tokens[k]?.pos === "ADP" || tokens[k]?.pos === "SCONJ") {
      for (let j = k; j < a; j++) drop[j] = true;
      const lead = tokens[k - 1];
      if (lead !== undefined && (lead.lemma === "compare" || lead.lower === "than"))
        drop[k - 1] = true;
    }
  }
  // "in the Meiji Restoration of 1868": the clause's own date names the event it happened in;
  // it goes with its "of", and the event's name stays.
  // "closed on Thursday and after", "from 1990 onwards": what opens the date's span goes
  // with it.
  // ("from 1980 onward" is a state begun then, whose date stays in the text, "onward" with it.)
  for (const [a, b] of spanOf.values()) {
    if (/^(?:onwards?|thereafter)$/.test(tokens[b]?.lower ?? "") && tokens[a - 1]?.lower !== "from")
      drop[b] = true;
    else if (
      tokens[b]?.lower === "and" &&
      /^(?:after|afterwards?|beyond|later)$/.test(tokens[b + 1]?.lower ?? "") &&
      /^(?:[,.;)]|$)/.test(tokens[b + 2]?.text ?? "")
    ) {
      drop[b] = true;
      drop[b + 1] = true;
    }
  }
  let ownDropped = false;
  // ("during the fall of 1777": "fall" before "of" and a date is the season, a time like the
  // date, not an event it dates.)
  if (
    own !== undefined &&
    tokens[own[0] - 1]?.lower === "of" &&
    eventive(tokens[own[0] - 2]) &&
    tokens[own[0] - 2]?.lower !== "fall"
  ) {
    for (let k = own[0] - 1; k < own[1]; k++) drop[k] = true;
    ownDropped = true;
  }
  // "In the November 27 deal, Turkey and Libya agreed …", "In the election of 1808, voters
  // elected …": without its date a fronted "the" phrase points at a deal or an election
  // outside the sentence; it goes whole, and the date stays the clause's.
  // "On September 13 — two days after the Court of Session ruling — he said": a phrase set
  // off right after the date says more of the date, and goes with it.
  const ofDate =
    own === undefined
      ? undefined
      : parse.units.find((u) => u.kind === "paren" && u.from === own[1]);
  if (ofDate !== undefined) {
    for (let k = ofDate.from; k < ofDate.to; k++) drop[k] = true;
    if (closesFronted(units, ofDate)) {
      drop[ofDate.from] = false;
      shape.replace.set(ofDate.from, ",");
    }
  }
  const fronted = own === undefined ? null : frontedEventPhrase(tokens, clause, own);
  if (fronted !== null) {
    for (let k = fronted[0]; k <= fronted[1]; k++) drop[k] = true;
    ownDropped = true;
  }
  // "the 13th century Mongol conquest": a date between "the" and its noun says which one;
  // "the" is the noun's, and stays when the date goes.
  // (Not after a preposition: "in the 1960s Hadid attended", "by the end of 1958 more
  // than …" end their phrase of time at the date, whatever follows without a comma.)
  // ("during the 1980s oil glut": after one, a common noun with no verb after its phrase is
  // the one the date says which of.)
  let phraseEnd = own?.[1] ?? 0;
  while (/^(?:NOUN|ADJ)$/.test(tokens[phraseEnd]?.pos ?? "")) phraseEnd++;
  const nounAfter =
    own !== undefined &&
    tokens[own[0]]?.lower === "the" &&
    (!/^(?:ADP|SCONJ)$/.test(tokens[own[0] - 1]?.pos ?? "") ||
      (tokens[own[1]]?.pos === "NOUN" &&
        /^\p{Ll}/u.test(tokens[own[1]]?.text ?? "") &&
        !/^(?:VERB|AUX)$/.test(tokens[phraseEnd]?.pos ?? ""))) &&
    /^(?:NOUN|PROPN|ADJ)$/.test(tokens[own[1]]?.pos ?? "") &&
    !isDate[own[1]];
  let text = "";
  // "… on the second session of the assembly held on 4 December 1912": a participle on a noun
  // whose only complement is the date ("held") says nothing once the date is cut; it goes too.
  if (own !== undefined && clause.verb != null && !ownDropped) {
    const p = /^(?:on|in|at|during)$/.test(tokens[own[0] - 1]?.lower ?? "") ? own[0] - 2 : -1;
    const part = tokens[p];
    if (
      part !== undefined &&
      part.pos === "VERB" &&
      mayBeParticiple(part) &&
      // (not a clause's verb: "as the major league rosters expanded on September 1")
      !units.some((u) => u.verb != null && p >= u.verb.from && p < u.verb.to) &&
      // (on the noun of a phrase after the verb, not its object: "got its guns repaired in
      // 1940" completes the verb)
      tokens.slice(clause.verb.to, p).some((t) => t.pos === "ADP") &&
      /^(?:NOUN|PROPN)$/.test(tokens[p - 1]?.pos ?? "") &&
      /^[.;!?]?$/.test(tokens[own[1]]?.text ?? "")
    )
      drop[p] = true;
  }
  let dateFrom = -1;
  let dateTo = -1;
  let prev = -2;
  for (const [a, b] of shape.pieces) {
    for (let k = a; k < b; k++) {
      if (drop[k]) continue;
      const t = tokens[k] as Token;
      const written = shape.replace.get(k) ?? t.text;
      if (written === "") continue;
      if (text.length > 0)
        text += prev === k - 1 ? sentence.slice((tokens[prev] as Token).to, t.from) : " ";
      if (own !== undefined && k === own[0] + (nounAfter ? 1 : 0)) dateFrom = text.length;
      text += written;
      if (own !== undefined && k === own[1] - 1) dateTo = text.length;
      prev = k;
    }
  }
  if (!ownDropped && dateFrom >= 0 && dateTo > dateFrom) {
    // "was not made until November 12", "have been under siege since 2013": without its
    // date the clause would say something else.
    const keep =
      own !== undefined &&
      ((untilBefore(tokens, own) && !affirmed) || tokens[own[0] - 1]?.lower === "since");
    if (!keep && !date.since) {
      text = removeDatePhrase(
        text,
        { from: dateFrom, to: dateTo },
        nounAfter,
        date.precision === "day",
      );
      text = dropRestatedLength(text, date.start.year, date.end?.year);
    }
  }
  // "Violence brought an end to colonialism in Cameroon in 1957 as well": "as well" adds to
  // what was told before the sentence; alone, the clause says the same without it.
  // ("resolved instead to refrain": "instead" answers an alternative told before.)
  const out = asSentence(
    text
      .replace(/^[\s,;:]+/, "")
      .replace(/,?\s+as well(?=[.!?]?$)/, "")
      .replace(/\s+instead(?!\s+of\b)(?=[\s,.!?]|$)/, ""),
  );
  // ("Deval Patrick … ended his on Wednesday morning", as the source wrote it: a clause that
  // ends on a determiner has lost its noun, and tells nothing. A capital "A" there is a
  // letter that says which one, "to Pad A"; and the last word is a whole word, not the end
  // of "Andalucía", which a pattern's \b cuts after its "í".)
  const last = /(?:^|[^\p{L}])(\p{L}+)[.!?]$/u.exec(out)?.[1] ?? "";
  if (!/^An?$/.test(last) && /^(?:his|its|their|our|my|your|the|a|an)$/i.test(last)) return null;
  return out.split(/\s+/).length >= 2 ? out : null;
}

/**
 * Why the clause's date makes no event, when it tells a time rather than when something
 * happened; null when it does.
 */
function timeOnly(tokens: readonly Token[], clause: Unit, own: [number, number]): string | null {
  // "made two donations to USI, in 2007 and a second recently": a date joined to an ordinal
  // ("and a second", "and the third") is the time of one of several; the clause tells them
  // all, at no one time.
  if (
    tokens[own[1]]?.lower === "and" &&
    /^(?:a|the|another)$/.test(tokens[own[1] + 1]?.lower ?? "") &&
    /^(?:second|third|fourth|fifth|last|latest|final)$/.test(tokens[own[1] + 2]?.text ?? "") &&
    // (the ordinal standing for the noun: "and the final draft was …", "and the Second
    // Continental Congress approved" begin clauses of their own)
    !/^(?:NOUN|PROPN|ADJ)$/.test(tokens[own[1] + 3]?.pos ?? "")
  )
    return "the date is one of several the clause lists";
  // "The Brexit deadline is October 31", "The meeting was on Tuesday": a date that is what
  // "be" says of the subject tells when something is, and without it nothing is left.
  let before = own[0] - 1;
  if (tokens[before]?.pos === "ADP") before--;
  if (
    clause.verb != null &&
    before === clause.verb.head &&
    tokens[before]?.lemma === "be" &&
    // ("died at 7:22 am on April 15": "am" after a time of day is no verb.)
    !/^\d/.test(tokens[before - 1]?.text ?? "") &&
    !clause.verb.passive &&
    // ("The last election in which the party appeared … was in 1984 with nominee Earl
    // Dodge": a phrase after it leaves "was with nominee Earl Dodge" no less empty.)
    (/^[.!?]?$/.test(tokens[own[1]]?.text ?? "") || tokens[own[1]]?.pos === "ADP")
  )
    return "the date is what “be” says of the subject";
  // "Friday was when, according to earlier plans, millions were to storm Area 51": a date
  // that is the subject of "was when" names a time, not an event.
  const opens =
    own[0] === clause.from || tokens.slice(clause.from, own[0]).every((t) => t.pos === "PUNCT");
  if (
    opens &&
    tokens[own[1]]?.lemma === "be" &&
    /^(?:when|the)$/.test(tokens[own[1] + 1]?.lower ?? "")
  )
    return "the date is the subject of “was when”";
  // "1945 was a turning point": a date that "be" says something of is what the clause is
  // about; without it the clause has no subject ("Was a turning point."). ("Monday saw
  // armed police searching …" tells what happened that day.)
  if (
    opens &&
    clause.verb != null &&
    clause.verb.from === own[1] &&
    tokens[clause.verb.head]?.lemma === "be" &&
    !clause.verb.passive
  )
    return "the date is the clause's subject";
  return null;
}

/**
 * "In 1944, the Kenya African Union (KAU) was founded …, and in 1947 Jomo Kenyatta assumed its
 * leadership": told alone, the second clause's "its" would stand for nothing; it is the first
 * clause's subject, a thing, when this clause's own subject is a person's full name (which
 * "its" cannot mean), and is written as that subject's possessive ("the Kenya African Union's
 * leadership").
 */
function possessiveOfFirstClause(
  parse: Parse,
  clause: Unit,
  shape: Shape,
  region: (k: number) => boolean,
): void {
  const { tokens, units } = parse;
  if (clause.kind !== "coord" || clause.sharedSubject || clause.subject === null) return;
  const first = units.find((u) => u.kind === "main" && u.from <= clause.from && u.to >= clause.to);
  if (first === undefined || first.subject === null || first.subject[1] > clause.from) return;
  const [s0, s1] = clause.subject;
  const own = tokens.slice(s0, s1);
  const person =
    own.length >= 2 &&
    own.every((t) => t.pos === "PROPN") &&
    tokens[s0 - 1]?.lower !== "the" &&
    mayNamePerson(own.map((t) => t.text).join(" "));
  if (!person) return;
  const [a, b] = first.subject;
  const words = tokens.slice(a, b);
  if (
    words.some((t) => t.pos === "PRON") ||
    !words.some((t) => t.pos === "NOUN" || t.pos === "PROPN")
  )
    return;
  const head = [...words].reverse().find((t) => t.pos === "NOUN" || t.pos === "PROPN");
  // (Only a body of people has a leadership, members or a president a person takes on: "South
  // Carolina held its primary" after "Nevada held its caucuses" is South Carolina's own.)
  if (
    head === undefined ||
    (head.pos === "NOUN" && head.lemma !== head.lower) ||
    // (a body's head noun, named or common: "the Union", "the association", "the party")
    !(
      COLLECTIVE.test(head.lower) ||
      BODY_HEAD.test(`${head.lower.charAt(0).toUpperCase()}${head.lower.slice(1)}`)
    )
  )
    return;
  const its = tokens.findIndex(
    (t, k) => k >= s1 && k < clause.to && t.lower === "its" && region(k),
  );
  if (its < 0 || tokens.slice(s1, its).some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return;
  let name = words
    .filter((_t, k) => !units.some((u) => u.kind === "paren" && a + k >= u.from && a + k < u.to))
    .map((t, k) => (k > 0 && !t.spaced ? t.text : ` ${t.text}`))
    .join("")
    .trim();
  name = name.replace(/^The\b/, "the");
  shape.replace.set(its, `${name}’s`);
}

/** Whether a dash-set phrase ends a fronted clause, whose comma its dashes stand for. */
function closesFronted(units: readonly Unit[], u: Unit): boolean {
  return units.some(
    (v) => v.kind === "sub" && v.from < u.from && (v.to === u.from || v.to === u.to),
  );
}

/**
 * The tokens from the preposition to the comma of a fronted "in the … deal," or "at the …
 * conference," phrase holding the clause's date, when it names a common noun with "the".
 */
function frontedEventPhrase(
  tokens: readonly Token[],
  clause: Unit,
  own: [number, number],
): [number, number] | null {
  const subjectAt = clause.subject?.[0];
  if (subjectAt === undefined || own[1] > subjectAt) return null;
  let k = clause.from;
  if (tokens[k]?.pos === "CCONJ") k++;
  const comma = subjectAt - 1;
  if (
    !/^(?:in|at|during)$/.test(tokens[k]?.lower ?? "") ||
    tokens[k + 1]?.lower !== "the" ||
    own[0] <= k ||
    tokens[comma]?.lower !== "," ||
    own[1] > comma
  )
    return null;
  const phrase = tokens
    .slice(k + 2, comma)
    .filter((_, i) => k + 2 + i < own[0] || k + 2 + i >= own[1]);
  return phrase.every((t) => t.pos === "NOUN" || t.pos === "ADJ" || t.lower === "of")
    ? [k, comma]
    : null;
}

/** Whether a unit is what a clause reports, directly or through other reported clauses. */
function reported(u: Unit, clause: Unit): boolean {
  if (u.kind !== "comp") return false;
  // "leading Grumman to predict that …": also through an infinitive that stays with the clause.
  for (let p: Unit | null = u; p !== null && (p.kind === "comp" || p.kind === "inf"); p = p.parent)
    if (p.parent === clause) return true;
  return false;
}

function isBelow(u: Unit, ancestor: Unit): boolean {
  for (let p = u.parent; p !== null; p = p.parent) if (p === ancestor) return true;
  return false;
}

/**
 * "It was decided to fly Apollo 8", "It is likely that…": an "it" that stands for
 * nothing, the clause's real subject coming after the verb.
 */
function expletive(tokens: readonly Token[], clause: Unit): boolean {
  const verb = clause.verb;
  if (verb === null || clause.subject === null) return false;
  if (tokens[clause.subject[0]]?.lower !== "it") return false;
  const head = tokens[verb.head];
  // ("In the 1970s, it became clear that the clocks …": so after a linking verb.)
  const copula = /^(?:be|become|seem|appear|remain|prove)$/.test(head?.lemma ?? "") || verb.passive;
  if (!copula) return false;
  for (let k = verb.to; k < Math.min(clause.to, verb.to + 4); k++) {
    const t = tokens[k];
    if (t?.lower === "to" || t?.lower === "that") return true;
  }
  return false;
}

/** Whether a subject pronoun is plural. */
function pluralPronoun(pronoun: string): boolean {
  return PLURAL_PRONOUNS.test(pronoun.toLowerCase());
}

/** The subject of a clause as an antecedent, or null when it is itself a pronoun. */
function nounPhrase(sentence: string, tokens: readonly Token[], u: Unit): Antecedent | null {
  if (u.subject === null) return null;
  const [a, b] = u.subject;
  const words = tokens.slice(a, b);
  if (words.length === 1 && words[0]?.pos === "PRON") return null;
  if (words.every((t) => t.pos === "PRON" || t.pos === "DET")) return null;
  const ofAt = words.findIndex((t, i) => i > 0 && t.pos === "ADP");
  const head = [...words.slice(0, ofAt < 0 ? words.length : ofAt)]
    .reverse()
    .find((t) => t.pos === "NOUN" || t.pos === "PROPN");
  const plural =
    words.some((t) => t.lower === "and") ||
    (head !== undefined &&
      head.pos === "NOUN" &&
      head.lemma !== head.lower &&
      /s$/.test(head.lower));
  return {
    text: sentence.slice((tokens[a] as Token).from, (tokens[b - 1] as Token).to),
    plural,
  };
}

/** The main subject of a sentence, for a pronoun opening the next one. */
export function mainSubject(sentence: string, nlp: Nlp, title = ""): Antecedent | null {
  const { tokens, isDate, parse } = readSentence(sentence, nlp);
  let main = parse.units.find((u) => u.kind === "main");
  if (main === undefined || main.subject === null) return null;
  // "One of the most influential of the parties … was the German Social Democratic Party.
  // Formed in 1875, it …": a sentence that says which name a description has gives the
  // name, and "it" stands for that.
  const verb = main.verb;
  if (verb != null && tokens[verb.head]?.lemma === "be" && !verb.passive) {
    let c = verb.to;
    if (tokens[c]?.pos === "DET") c++;
    let end = c;
    // ("the German Social Democratic Party": a capitalised adjective inside the name.)
    while (
      tokens[end]?.pos === "PROPN" ||
      (/^\p{Lu}/u.test(tokens[end]?.text ?? "") && /^(?:ADJ|NOUN)$/.test(tokens[end]?.pos ?? ""))
    )
      end++;
    const [s0, s1] = main.subject;
    if (
      end > c &&
      /^[.!?]?$/.test(tokens[end]?.text ?? "") &&
      !tokens.slice(s0, s1).some((t) => t.pos === "PROPN")
    )
      main = { ...main, subject: [verb.to, end] };
  }
  const found = nounPhrase(sentence, tokens, main);
  if (found === null) return null;
  // "Lincoln's speeches … made the position known; Republicans opposed …. They quickly
  // gained momentum": a later clause's subject of the same number could be meant as well.
  const rival = parse.units.find(
    (u) =>
      u !== main &&
      (u.kind === "main" || u.kind === "coord") &&
      !u.sharedSubject &&
      u.subject !== null &&
      // ("Republicans": a name in the plural is plural too.)
      (pluralPhrase(tokens, ...u.subject) || /s$/.test(tokens[u.subject[1] - 1]?.lower ?? "")) ===
        found.plural,
  );
  // ("…, but his health began to deteriorate. He died": a thing is no rival for "he".)
  const subjectRival =
    rival?.subject == null
      ? undefined
      : tokens[rival.subject[1] - 1]?.pos === "PROPN"
        ? "named"
        : "common";
  // "Lamar … appointed Johnston as Secretary of War. He provided for …": another person's
  // name in the sentence — a full name, or the name the document is about — makes "he"
  // ambiguous, and it stays unresolved.
  const [a, b] = main.subject as [number, number];
  const titleWords = new Set(title.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
  let others = 0;
  let placeEnd = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== "PROPN" || isDate[k] || (k >= a && k < b) || tokens[k - 1]?.pos === "PROPN")
      continue;
    let end = k;
    while (tokens[end + 1]?.pos === "PROPN") end++;
    const chunk = tokens.slice(k, end + 1);
    // "at Braunsberg, East Prussia": a name after a place and its comma locates that place.
    const afterPlace =
      (tokens[k - 1]?.pos === "ADP" && !/^(?:by|with)$/.test(tokens[k - 1]?.lower ?? "")) ||
      (tokens[k - 1]?.lower === "," && placeEnd === k - 2);
    if (afterPlace) placeEnd = end;
    // "a lifelong Roman Catholic": a name after "a" or "an" names a kind, never a person.
    let d = k - 1;
    while (tokens[d]?.pos === "ADJ") d--;
    if (/^(?:a|an)$/.test(tokens[d]?.lower ?? "")) continue;
    if (!afterPlace && (chunk.length >= 2 || chunk.some((w) => titleWords.has(w.text)))) others++;
  }
  return { ...found, rivals: others, ...(subjectRival ? { subjectRival } : {}) };
}

/**
 * A clause with a pronoun subject, the pronoun replaced by the noun phrase it stands
 * for when their number agrees ("It was rocked by fighting" → "Idlib was rocked by
 * fighting"); null when it cannot be resolved.
 */
export function resolvePronoun(
  text: string,
  pronoun: string,
  antecedent: Antecedent | null,
): string | null {
  if (antecedent === null) return null;
  if (pluralPronoun(pronoun) !== antecedent.plural) return null;
  // "… made the position known; Republicans opposed …. They gained momentum": either could be meant.
  const personal = /^(?:he|she)$/i.test(pronoun);
  if (antecedent.subjectRival === "named" || (antecedent.subjectRival === "common" && !personal))
    return null;
  // "he" and "she" stand for a person: a name without "the" ("the Chilean Congress" is none).
  if (
    personal &&
    (!/^\p{Lu}/u.test(antecedent.text) ||
      /^(?:the|a|an)\s/i.test(antecedent.text) ||
      // "Americans", "Germans": a demonym in the plural names a people, not a person.
      /^\p{Lu}\p{Ll}+(?:ans|ese)$/u.test(antecedent.text) ||
      // "Congress approved a budget …. He declared …": an institution's name is no one.
      !mayNamePerson(antecedent.text) ||
      // "Norton's public prominence faded. He reemerged": a phrase owned by a name, headed
      // by a common noun, is the thing owned, not the person.
      // ("Lincoln's wife" may be a person, "Norton's business" is not: neither is taken.)
      /^\p{Lu}[^\s]*['’]s\s(?:.*\s)?\p{Ll}[\p{L}-]*$/u.test(antecedent.text) ||
      (antecedent.rivals ?? 0) > 0)
  )
    return null;
  // "After the orbiter's maneuvering fuel ran out, it made a fiery entry": "it" may stand for
  // the owner as well as the thing owned, and which one the text does not say. (Not when
  // the owner is a person: "Dvořák's first piece … It was performed in London".)
  const owner = /^(.*?\p{L})['’]s?\s+\S/u.exec(antecedent.text)?.[1];
  if (
    !personal &&
    !pluralPronoun(pronoun) &&
    owner !== undefined &&
    !(/^\p{Lu}/u.test(owner) && !/^(?:the|a|an)\s/i.test(owner) && mayNamePerson(owner))
  )
    return null;
  const at = new RegExp(`(^|[\\s,"“(])${pronoun}(?=[\\s,])`, "i").exec(text);
  if (at === null) return null;
  // ("An American in Paris is a symphonic poem … it evokes": a name that opens with its
  // article, capitalised words after it, keeps it.)
  const phrase = /^[Aa]n?\s+\p{Lu}/u.test(antecedent.text)
    ? antecedent.text
    : antecedent.text.replace(/^(?:a|an)\s+/i, "the ");
  const start = at.index + (at[1] ?? "").length;
  // ("During a press conference, they showed …" → "…, the astronauts showed": an article
  // that opened the earlier sentence is written small inside this one.)
  const inside = /\S/.test(text.slice(0, start).replace(/["“(]/g, ""))
    ? phrase.replace(/^(The|An?)(?=\s+\p{Ll})/u, (w) => w.toLowerCase())
    : phrase;
  const replaced = `${text.slice(0, start)}${inside}${text.slice(start + pronoun.length)}`;
  return replaced.replace(/^(["“(]*)(\p{Ll})/u, (_, q: string, c: string) => q + c.toUpperCase());
}
