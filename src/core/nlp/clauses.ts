import { mayBeParticiple, pastIsParticiple } from "./inflect.ts";
import { isNominal, POSSESSIVE, TIME_UNIT, type Token } from "./tokens.ts";
import { type VerbGroup, verbGroups } from "./verb-groups.ts";

/*
 * A shallow parse of one sentence into clauses and side phrases, from part-of-
 * speech tags alone. It finds what a date can belong to:
 * - clauses that state an event: the main clause of each independent segment
 *   (split at ";", ":" and dashes), a coordinated clause ("…, and in May, Apollo
 *   10 flew…"), a coordinated predicate sharing the subject ("…, rejoined al-Nusra
 *   in October 2016"), an adverbial clause with its own subject ("When Kennedy ran
 *   for president in 1960"), a reported clause ("said that rebels captured…");
 * - side phrases that a date inside dates on their own: parentheses, appositions
 *   ("China, the country's main financier since 2009,"), relative clauses ("who
 *   until Tuesday had not won"), participle phrases ("a goal proposed in 1961",
 *   "after canceling a rally on Friday").
 * Every pass is a linear scan, so the cost grows with the sentence's length only.
 */

export type UnitKind =
  | "main"
  | "coord"
  | "sub"
  | "comp"
  | "rel"
  | "part"
  | "inf"
  | "appos"
  | "paren"
  /** "…, said Dr. Michael Jhung on Friday": who said the clause, after it. */
  | "attrib";

/** Clause kinds that state an event of their own. */
export const EVENT_KINDS: ReadonlySet<UnitKind> = new Set(["main", "coord", "sub", "comp"]);

export type Unit = {
  kind: UnitKind;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** The token opening the unit (conjunction, subordinator, relative pronoun, bracket), if any. */
  marker: number | null;
  /** The unit's finite verb group (clauses only). */
  verb: VerbGroup | null;
  /** Token range of the subject; for a predicate sharing a subject, the shared one. */
  subject: [number, number] | null;
  /** Whether the subject is borrowed from the clause this one is coordinated with. */
  sharedSubject: boolean;
  /** The smallest unit containing this one. */
  parent: Unit | null;
  /** Whether the unit comes before the subject of its parent (a fronted adverbial). */
  fronted: boolean;
  /**
   * A clause whose verb is left out, to be read from the clause before it ("India
   * accepted the ceasefire on September 21 and Pakistan on September 22"); its subject
   * is set. When the subject and the verb are both left out ("the British took Quebec
   * in 1759, and in 1760, Montreal"), `remnant` is the object that stands for the clause.
   */
  gapped: boolean;
  remnant?: [number, number];
  /**
   * Where the phrase a remnant that opens with a preposition stands for begins in the
   * clause before ("used WMDs against Iranian forces …, and against the Kurds in 1988").
   */
  remnantFor?: number;
  /**
   * A predicate after a relative clause at the end of its clause ("the Amendment, which
   * banned alcohol, and resulted in Prohibition"): whether it goes on with the relative
   * clause or with the clause's subject is not said, so it has no subject.
   */
  afterRelative?: boolean;
};

export type Parse = { tokens: readonly Token[]; units: Unit[]; groups: VerbGroup[] };

/** Subordinating words that open an adverbial clause, whatever the tagger calls them. */
export const SUBORDINATORS =
  /^(?:after|before|since|until|till|when|whenever|while|whilst|as|because|although|though|whereas|if|unless|once|so|lest)$/;
/** Prepositions after which an -ing verb makes a participle phrase. */
const GERUND_PREPOSITIONS =
  /^(?:after|before|since|while|whilst|upon|on|by|without|despite|in|through|following|when)$/;
export const RELATIVES = /^(?:who|whom|whose|which)$/;
/** Subordinators that are never prepositions: what follows them is always a clause of their own. */
const CLAUSE_OPENER =
  /^(?:when|whenever|while|whilst|because|although|though|whereas|if|unless|lest)$/;
/** Pronouns that can only be a subject: after a noun they begin a clause of their own. */
const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i|you)$/;
/** The conjunctions that close a list: "A, B, and C", "A or B". */
const LIST_JOINER = /^(?:and|or)$/;
/** Quantifiers that stand for a plural noun before them: ", all selected in 1978,". */
const FLOATING_QUANTIFIER = /^(?:all|both|each|most|many|several)$/;
const PREDETERMINER = /^(?:all|both|half)$/;
/** Words that open a clause whose subject comes next: "what Scali reported", "that Rome sent". */
const RELATIVE_WORD = /^(?:what|whatever|who|whom|which|that)$/;
/** Verbs of naming, whose passive keeps the name as its complement ("an orbiter called Juno"). */
const NAMING_VERB = /^(?:dub|call|name|nickname|title|entitle|term|label|christen)$/;
/** Verbs of telling after which "how" opens the clause told ("details how …"). */
const TELLING =
  /^(?:say|tell|explain|describe|detail|recount|recall|show|reveal|report|write|note|learn|discover|know|remember)$/;
/**
 * Verbs that must take an object in the active: with none after them, an -ed form is
 * their passive participle ("the children killed at the bombing", "the list sent to the
 * department").
 */
export const OBJECT_VERB =
  /^(?:kill|injure|wound|murder|assassinate|execute|behead|arrest|detain|capture|kidnap|abduct|torture|imprison|jail|deport|expel|evacuate|displace|sentence|convict|elect|appoint|found|establish|construct|ratify|bury|destroy|damage|sell|cede|grant|transfer|purchase|buy|annex|send|give|hand|deliver|award|lend|ship|mail|forward|present|assign|entrust|leak|base|publish)$/;

/**
 * Verbs that take a to-infinitive with no object between ("decided to fly"). Another verb's
 * -ed form before "to" and a verb ("measures designed to punish") is its passive participle:
 * in the active an object would come first ("designed them to punish").
 */
const CATENATIVE =
  /^(?:decide|agree|refuse|try|attempt|promise|want|plan|fail|threaten|offer|manage|continue|start|begin|hope|vow|pledge|seek|choose|vote|prepare|intend|expect|aim|wish|arrange|learn|need|tend|claim|pretend|appear|seem|volunteer|hesitate|struggle|strive|resolve|swear|afford|neglect|forget|remember|like|love|hate|prefer|cease|proceed|opt|move|push|campaign|fight|work|wait|return|go|come|hurry|rush)$/;
/** Verbs that take a reported clause without "that": "Memorial says inspectors returned…". */
export const REPORTING_VERB =
  /^(?:say|report|claim|believe|think|announce|tell|know|confirm|deny|add|note|insist|suggest|argue|warn|show|reveal|admit|explain|write|fear|estimate|find|learn|hear|feel|acknowledge|allege|assert|indicate|state|declare|predict|recall|realize|realise|discover|conclude|testify|maintain)$/;
/** Verbs that report what someone said ("…, police revealed"), not what they found out. */
const SAYING =
  /^(?:say|report|reveal|announce|claim|confirm|deny|add|state|tell|note|explain|write|allege|insist|warn|declare|testify|admit|acknowledge)$/;
/** Verbs of saying written after the words said, before their subject ("…, said the minister"). */
const INVERTED_SAYING = /^(?:say|add|explain|write|note)$/;
const COORDINATORS = /^(?:and|but|or|yet|nor)$/;
/** Parts of a day a date may say which of ("the night of 9 July 1934"). */
const TIME_OF_DAY = /^(?:night|morning|evening|afternoon|day|eve|dawn)$/;
const DASH = /^(?:—|–|--)$/;

/**
 * "found that response unacceptable and …": a noun and an adjective after "that" with no
 * verb, then a conjunction or the end, make "that" their determiner, whatever its tag.
 */
export function thatDeterminer(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.lower === "that" &&
    tokens[i + 1]?.pos === "NOUN" &&
    tokens[i + 2]?.pos === "ADJ" &&
    /^(?:PUNCT|CCONJ)$/.test(tokens[i + 3]?.pos ?? "PUNCT")
  );
}

/** Parse a tagged sentence; `isDate` flags tokens inside date expressions. */
export function parseClauses(tokens: readonly Token[], dates: readonly boolean[]): Parse {
  // "published in 2010 and 2011 indicates": an "and" or "or" between two dates joins the
  // dates, not two clauses; the parse reads it as part of the date.
  const isDate = dates.map(
    (d, i) => d || (tokens[i]?.pos === "CCONJ" && dates[i - 1] === true && dates[i + 1] === true),
  );
  // Short quotations, opening and closing mark: "the repeal of “don't ask, don't tell”",
  // "proclaimed himself "Norton I, Emperor of the United States"".
  const quotations: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^["“]$/.test(tokens[i]?.text ?? "")) continue;
    const close = tokens.findIndex((u, j) => j > i && /^["”]$/.test(u.text));
    if (close < 0) break;
    if (close - i <= 20) quotations.push([i, close]);
    i = close;
  }
  // After a preposition or a determiner a quotation is a title, a noun: the verbs inside it
  // head no clause of the sentence. A comma inside any short one is the quotation's, and
  // ends no phrase of the sentence.
  const titled = new Array<boolean>(tokens.length).fill(false);
  const quoted = new Array<boolean>(tokens.length).fill(false);
  for (const [open, close] of quotations) {
    const before = tokens[open - 1];
    const title = (before?.pos === "ADP" || before?.pos === "DET") && close - open <= 12;
    for (let j = open + 1; j < close; j++) {
      quoted[j] = true;
      if (title) titled[j] = true;
    }
  }
  const groups = verbGroups(tokens, isDate).filter((g) => !titled[g.from]);
  const groupAt = new Map<number, VerbGroup>();
  const groupEnd = new Map<number, VerbGroup>();
  for (const g of groups) {
    groupAt.set(g.from, g);
    if (!groupEnd.has(g.to)) groupEnd.set(g.to, g);
  }
  const units: Unit[] = [];
  /** Commas that close a phrase set off right after a conjunction ("and, in 1921, returned"). */
  const interrupterEnds = new Set<number>();
  const n = tokens.length;
  const tok = (i: number) => tokens[i];
  const lower = (i: number) => tokens[i]?.lower ?? "";

  // Brackets: a parenthesis is a side phrase; its contents are skipped by the other passes.
  const depth: number[] = new Array(n).fill(0);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = lower(i);
    if (t === "(" || t === "[") stack.push(i);
    depth[i] = stack.length;
    if ((t === ")" || t === "]") && stack.length > 0) {
      const open = stack.pop() as number;
      if (stack.length === 0) units.push(unit("paren", open, i + 1, open));
    }
  }
  // "an undeclared war—or what historians refer to as the Quasi-War—from 1796 to 1800": a
  // pair of em dashes sets off a side phrase as brackets do.
  const dashes = tokens.flatMap((t, i) => (t.text === "—" && depth[i] === 0 ? [i] : []));
  for (let p = 0; p + 1 < dashes.length; p += 2) {
    const open = dashes[p] as number;
    const close = dashes[p + 1] as number;
    if (close - open < 2) continue;
    for (let k = open; k <= close; k++) depth[k] = (depth[k] ?? 0) + 1;
    units.push(unit("paren", open, close + 1, open));
  }
  const top = (i: number) => depth[i] === 0 && !(lower(i) === ")" || lower(i) === "]");

  /**
   * "a film titled Bob Lazar: Area 51 & Flying Saucers": a colon inside a name that a verb
   * of naming introduces joins its title and subtitle.
   */
  function inTitle(i: number): boolean {
    let k = i - 1;
    while (k > 0 && (tok(k)?.pos === "PROPN" || tok(k)?.pos === "NUM")) k--;
    return (
      k < i - 1 &&
      NAMING_VERB.test(tok(k)?.lemma ?? "") &&
      /^\p{Lu}/u.test(tok(i + 1)?.text ?? "") &&
      tok(i + 1)?.spaced === true
    );
  }

  // Segments: independent clauses joined by ";", ":" or a dash.
  const segments: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (!top(i)) continue;
    const t = lower(i);
    // "1 – 0", "1990 – 1995": a dash between numbers joins them.
    const joinsNumbers = tok(i - 1)?.pos === "NUM" && tok(i + 1)?.pos === "NUM";
    if (t === ":" && inTitle(i)) continue;
    if (t === ";" || t === ":" || (DASH.test(t) && tok(i)?.spaced && !joinsNumbers)) {
      if (i > start) segments.push([start, i]);
      start = i + 1;
    }
  }
  if (start < n) segments.push([start, n]);

  // Finiteness of a bare past or base form: a clause has one finite verb, so an -ed form
  // after a noun when the clause already has its verb, or before the clause's verb, is a participle.
  const finite = new Map<VerbGroup, boolean>();
  for (const [s, e] of segments)
    decideFiniteness(tokens, isDate, groups, groupAt, s, e, top, finite);
  const isFiniteGroup = (g: VerbGroup | undefined) => g !== undefined && finite.get(g) === true;
  /** "on September 13, 1993": a comma inside a date, not one that ends a phrase. */
  const dateComma = (k: number) =>
    lower(k) === "," && isDate[k] === true && isDate[k - 1] === true && isDate[k + 1] === true;
  /**
   * "the country's harsh, institutionalized system": a comma between two adjectives of one
   * noun joins them, as "and" would; it ends no phrase.
   */
  const adjectiveComma = (k: number) => {
    if (lower(k) !== "," || tok(k - 1)?.pos !== "ADJ") return false;
    let j = k + 1;
    while (
      j < k + 4 &&
      (tok(j)?.pos === "ADJ" || (tok(j)?.pos === "VERB" && tok(j)?.form === "ed"))
    )
      j++;
    return j > k + 1 && tok(j)?.pos === "NOUN";
  };
  /** The first token from `k` (before `end`) that is not an adverb. */
  const pastAdverbs = (k: number, end: number) => {
    let v = k;
    while (v < end && tok(v)?.pos === "ADV") v++;
    return v;
  };

  for (const [s, e] of segments) {
    const main = unit("main", s, e, null);
    units.push(main);
    for (let i = s; i < e; i++) {
      if (!top(i) || isDate[i]) continue;
      const t = tok(i) as Token;
      const prev = tok(i - 1);
      const next = tok(i + 1);
      const w = t.lower;
      // "…, police revealed on Saturday.", "…, officials said Monday.": a short subject and a
      // verb of saying closing the sentence tell who reported the clause; a date there is
      // the saying's.
      if (w === "," && i > s && trailingAttribution(i + 1, e)) {
        units.push(unit("attrib", i, e, i));
        break;
      }
      // Relative clauses: "who …", "which …", ", where …", "in which …".
      if (
        (RELATIVES.test(w) && (t.pos === "PRON" || t.pos === "DET") && i > s) ||
        (w === "that" &&
          (t.pos === "PRON" || t.pos === "DET" || t.pos === "SCONJ") &&
          !reporterBefore(i, s) &&
          isNominal(prev) &&
          // "informed Thursday that …": after a date, only a noun ("the day that …") takes one.
          (!isDate[i - 1] || prev?.pos === "NOUN") &&
          finiteSoon(i + 1, e)) ||
        // ("However, when the Exchange lost …": after an opening adverb, no relative.)
        ((w === "where" || w === "when") &&
          prev?.lower === "," &&
          i > s + 1 &&
          !(i === s + 2 && tok(s)?.pos === "ADV")) ||
        // "an AU summit where on Sunday Presidents Buhari and Talon signed …": "where" right
        // after a noun, with a verb soon after it, opens a clause about the place.
        (w === "where" && isNominal(prev) && !isDate[i - 1] && i > s + 1 && finiteSoon(i + 1, e))
      ) {
        const from = tok(i - 1)?.pos === "ADP" && RELATIVES.test(w) ? i - 1 : i;
        units.push(unit("rel", from, endOfSide(i + 1, e, from, true), from));
        continue;
      }
      // "the territories it had occupied in 1967", "the day he died": a subject pronoun and a
      // finite verb right after a common noun make a relative clause without "that".
      // (After a name only once the clause has its verb: "an incensed Booth changed his plans".)
      const contactVerb = contactVerbAt(tokens, i);
      if (
        contactVerb > 0 &&
        (subjectPronounAfterNoun(tokens, i) || verbOfStretch(i, s)) &&
        isFiniteGroup(groupAt.get(contactVerb)) &&
        !isFronted(i, s) &&
        !reporterBefore(i, s)
      ) {
        units.push(unit("rel", i, endOfSide(i + 1, e, i, true), null));
        continue;
      }
      // Reported clauses: "said that …", "says inspectors returned …".
      // "Agassi details how his father made him play a match": after a verb of telling,
      // "how" opens the clause told, as "that" does.
      if (
        w === "how" &&
        i > s &&
        TELLING.test(tok(groupEnd.get(i)?.head ?? -1)?.lemma ?? "") &&
        clauseFollows(i + 1, e)
      ) {
        units.push(unit("comp", i, e, i));
        continue;
      }
      // ("The longest spaceflight up to that time ended": after a preposition, "that" before a
      // noun is its determiner; a preposition opens no "that" clause with a bare noun.)
      if (
        w === "that" &&
        t.pos === "SCONJ" &&
        i > s &&
        !thatDeterminer(tokens, i) &&
        !(tok(i - 1)?.pos === "ADP" && next?.pos === "NOUN") &&
        // ("a compromise similar to that Jamaican slaveholders made …": after a preposition
        // "that" is the pronoun the clause after it is about; a preposition takes no "that"
        // clause, save the compound ones, "in that", "except that".)
        !(tok(i - 1)?.pos === "ADP" && !/^(?:in|except|save|but|given|now)$/.test(lower(i - 1)))
      ) {
        units.push(unit("comp", i, e, i));
        continue;
      }
      const reporter = groupEnd.get(i);
      if (
        reporter !== undefined &&
        isFiniteGroup(reporter) &&
        REPORTING_VERB.test(tok(reporter.head)?.lemma ?? "") &&
        (isNominal(t) || t.pos === "DET") &&
        clauseFollows(i, e)
      ) {
        // "told CNN in August she thought …": the one told, and when, come before the
        // reported clause, which starts at its own subject.
        units.push(unit("comp", reportedSubject(i, e), e, null));
      }
      // Adverbial clauses and participle phrases opened by a subordinator.
      if (SUBORDINATORS.test(w) && t.pos !== "ADV" && t.pos !== "ADJ" && t.pos !== "NOUN") {
        if (next?.form === "ing" && GERUND_PREPOSITIONS.test(w)) {
          units.push(partFrom(i, s, e));
          continue;
        }
        if (clauseFollows(i + 1, e)) {
          const fronted = isFronted(i, s);
          const body = pastSetOff(i + 1, e);
          // ("re-charter it, even though its charter …": "even" opens the clause with it.)
          const from = lower(i - 1) === "even" && i - 1 > s ? i - 1 : i;
          units.push(unit("sub", from, fronted ? endOfFronted(body, e) : endOfSide(body, e, i), i));
          continue;
        }
      } else if ((w === "when" || w === "while") && clauseFollows(i + 1, e)) {
        const fronted = isFronted(i, s);
        const body = pastSetOff(i + 1, e);
        units.push(unit("sub", i, fronted ? endOfFronted(body, e) : endOfSide(body, e, i), i));
        continue;
      } else if (
        t.pos === "ADP" &&
        (GERUND_PREPOSITIONS.test(w) || (w === "than" && lower(i - 1) === "rather")) &&
        next?.form === "ing"
      ) {
        // ("Rather than accepting Joseph Bonaparte, most people … rebelled": what was not done.)
        units.push(partFrom(i, s, e));
        continue;
      }
      // ", then in 1968 disbanded": "then" after a comma joins a predicate of the clause's
      // subject as "and" does (but "Jefferson, then U.S. minister" names a former office).
      if (w === "then" && prev?.lower === ",") {
        // Its verb, after a phrase of time, is a past form however the first pass read it.
        let k = i + 1;
        while (k < e && (isDate[k] || tok(k)?.pos === "ADP" || tok(k)?.pos === "ADV")) k++;
        const verb = groupAt.get(k);
        if (verb !== undefined && tok(verb.head)?.form === "ed") finite.set(verb, true);
        const coord = coordination(i, e);
        if (coord?.sharedSubject) {
          units.push(coord);
          continue;
        }
      }
      // Coordination of clauses or predicates.
      if (t.pos === "CCONJ" && COORDINATORS.test(w)) {
        // A bare predicate inside a relative clause is the clause's own ("who was born and died").
        // But "who invaded Khyber and in 1834 captured Peshawar": a predicate with a date of
        // its own is an event of its own.
        // So is "who was born in 1803 and died in 1862", each with a date of its own, and
        // "that collected samples in deep space and landed on Earth on January 15, 2006":
        // the date of the second predicate is not the first one's.
        const rel = units.find((u) => u.kind === "rel" && u.from < i && i < u.to);
        const dated =
          isDate[i + 1] ||
          (tok(i + 1)?.pos === "ADP" && isDate[i + 2]) ||
          (rel !== undefined &&
            isDate.slice(i + 1, nextCoordinator(i + 1, rel.to)).some(Boolean) &&
            // ("who was born and died the same year": a bare verb before "and" shares the date.)
            !groups.some((g) => g.from > rel.from && g.to === i));
        if (!dated && predicateAhead(i, e) && rel !== undefined) continue;
        // "the decision to remain in the United States and apply for citizenship": a bare base
        // form after an infinitive is another infinitive, not a predicate of the clause.
        const infinitive = units.find((u) => u.kind === "inf" && u.to === i);
        const bare = groupAt.get(i + 1);
        if (infinitive !== undefined && bare !== undefined && tok(bare.from)?.form === "base") {
          finite.set(bare, false);
          const to = nextCoordinator(bare.to, e);
          // The clause the infinitive ends, and any ending with it, now end after this one.
          for (const u of units) if (u.to === i && u.from <= infinitive.from) u.to = to;
          i = to - 1;
          continue;
        }
        const coord = coordination(i, e) ?? gapping(i, e);
        if (coord !== null) {
          units.push(coord);
          // ("and, in 1921, returned": the phrase set off after it is read as the clause's.)
          const close = nextComma(i + 2, e);
          if (interrupterEnds.has(close)) i = close;
          continue;
        }
        // "earning him his diploma in 1960 and winning First Prize in 1961": participles in a row.
        let k = i + 1;
        while (tok(k)?.pos === "ADV" && k < e) k++;
        const h = groupAt.get(k);
        if (
          h !== undefined &&
          tok(h.head)?.form === "ing" &&
          !isFiniteGroup(h) &&
          previousGroupIsIng(i)
        ) {
          units.push(unit("part", i, endOfSide(h.to, e, k), i));
          i = h.to - 1;
          continue;
        }
      }
      if (w === "," && i > s) {
        const gap = gapping(i, e);
        if (gap !== null) {
          units.push(gap);
          continue;
        }
      }
      // ", rejoined al-Nusra in October 2016, left again in January 2017": predicates in a list.
      const g = groupAt.get(i);
      if (
        g !== undefined &&
        isFiniteGroup(g) &&
        prev?.lower === "," &&
        !interrupterEnds.has(i - 1) &&
        tok(g.from)?.pos === "VERB" &&
        finiteBefore(i - 1) &&
        !subjectSinceCoordinator(i)
      ) {
        // "…, said Dr. Michael Jhung on Friday": a verb of saying before its subject says who
        // reported the clause; its date is the saying's.
        if (INVERTED_SAYING.test(tok(g.head)?.lemma ?? "")) {
          units.push(unit("attrib", i - 1, nextListItem(g.to, e), i - 1));
          i = g.to - 1;
          continue;
        }
        const u = unit("coord", i - 1, nextListItem(g.to, e), i - 1);
        u.sharedSubject = true;
        units.push(u);
        i = g.to - 1;
        continue;
      }
      // "serving his third term after first being elected in 2005": an -ing clause after a
      // preposition of time is an adjunct with a time of its own, when a date is in it.
      if (g !== undefined && !isFiniteGroup(g) && tok(g.from)?.form === "ing") {
        let p = i - 1;
        // ("after first being elected": "first" here is an adverb, though tagged otherwise.)
        while (p > s && (tok(p)?.pos === "ADV" || lower(p) === "first")) p--;
        const end = endOfSide(g.to, e, p);
        if (
          p > s &&
          /^(?:after|before|since|upon)$/.test(lower(p)) &&
          isDate.slice(g.to, end).some(Boolean)
        ) {
          units.push(unit("part", p, end, p));
          i = g.to - 1;
          continue;
        }
      }
      // "part of the U.S. Army until transferred to NASA in December 1958": a past participle
      // right after a subordinator is a clause with its subject left out, with a time of its
      // own when a date is in it.
      if (
        g !== undefined &&
        !isFiniteGroup(g) &&
        g.from === g.head &&
        i - 1 > s &&
        /^(?:until|till|once|when|while|if|unless|though|although|after|before)$/.test(
          lower(i - 1),
        ) &&
        mayBeParticiple(tok(g.head) as Token) &&
        // ("although given its financial straits in 1905": "given" is a preposition there.)
        !/^(?:given|granted|provided|considering)$/.test(lower(g.head))
      ) {
        const end = endOfSide(g.to, e, i - 1);
        if (isDate.slice(g.to, end).some(Boolean)) {
          units.push(unit("part", i - 1, end, i - 1));
          i = g.to - 1;
          continue;
        }
      }
      // Participle phrases: ", killing 40 people", ", supported by Turkey", "a goal proposed in 1961".
      if (t.lower === "," && tok(i + 1)?.pos === "ADV") {
        // ", subsequently volunteering for the army": the adverb opens the phrase.
        let k = i + 1;
        while (tok(k)?.pos === "ADV" && k < e) k++;
        const h = groupAt.get(k);
        if (h !== undefined && !isFiniteGroup(h) && tok(h.head)?.form === "ing") {
          units.push(unit("part", i + 1, endOfSide(h.to, e, i + 1), i + 1));
          i = h.to - 1;
          continue;
        }
      }
      if (g !== undefined && !isFiniteGroup(g) && tok(g.from)?.pos === "VERB") {
        // ("his decision made the previous day", ", built in 1890,", "a conference held with
        // …": a past that is its participle too, read as no tense here, is the participle.)
        const h = tok(g.head);
        const form = h?.form === "past" && pastIsParticiple(h.lower, h.lemma) ? "part" : h?.form;
        // ", originally constructed in 1940": an adverb between the comma and the participle.
        // ('a poem, "Pikes Peak", first published in …': so after a quoted title's comma.)
        // ("For the other four, all selected as astronauts in 1978, STS-41C …": a quantifier
        // that stands for the noun before may open the phrase.)
        const quantified = FLOATING_QUANTIFIER.test(prev?.lower ?? "");
        const afterComma =
          (prev?.lower === "," && !interrupterEnds.has(i - 1)) ||
          ((prev?.pos === "ADV" || quantified) &&
            tok(i - 2)?.lower === "," &&
            (i - 2 > s || /^[”"’']$/.test(tok(i - 3)?.text ?? "")));
        // ("Israel gained territory formerly granted to the Arabs in 1947": an adverb may come
        // between when the clause has had its verb; "Trump formally claimed" is that verb.)
        const hadVerb = verbBefore(i, s);
        // ("dropped to lows not reached since February": a negation may stand between too.)
        const negated = /^(?:not|never)$/.test(prev?.lower ?? "");
        const nounAt =
          ((prev?.pos === "ADV" && /ly$/.test(prev.lower)) || negated) && hadVerb ? i - 2 : i - 1;
        // ("that the trade embargo imposed on Iraq in 1990 remained in place": after "that", a
        // noun and an -ed word are the clause's subject and verb only if no verb follows for
        // the clause; one that does makes the -ed word a participle on the noun.)
        const afterNoun = isNominal(tok(nounAt)) && !isDate[nounAt] && !relativeSubjectBefore(i, s);
        const clauseVerb =
          afterNoun || !isNominal(tok(nounAt)) || isDate[nounAt] ? -1 : verbOfItsOwnAfter(g.to, e);
        const edAfterNoun = afterNoun || clauseVerb >= 0;
        // "a four-week, phased closure": after a comma inside a noun phrase it is an adjective.
        const adjective =
          afterComma &&
          (tok(i - 2)?.pos === "ADJ" ||
            (tok(i - 2)?.pos === "NOUN" && tok(i - 3)?.pos === "DET" && i - 3 === s)) &&
          (tok(g.to)?.pos === "NOUN" || tok(g.to)?.pos === "PROPN");
        // ("Initially started in July 2008 by …, youtube-dl is": an adverb may open it.)
        const opening = i === s || (i === s + 1 && prev?.pos === "ADV" && /ly$/.test(prev.lower));
        if (
          (form === "ing" || form === "ed" || form === "part") &&
          (afterComma || opening) &&
          !adjective
        ) {
          const part = partFrom(i, s, e);
          // (", originally called …,": the adverb before it is the phrase's; so is ", all".)
          if (
            (prev?.pos === "ADV" || quantified) &&
            prev?.lower !== "," &&
            (tok(i - 2)?.lower === "," || i - 1 === s)
          )
            part.from = i - 1;
          units.push(part);
          i = g.to - 1;
          continue;
        }
        // "an invasion of India beginning in March 1944 was called off": an -ing form right
        // after a noun, before a preposition, is a participle phrase on that noun.
        // "came into effect beginning on 12 April" is the clause's own time, unless the clause
        // has another ("… beginning in March 1944 was called off … in July 1944").
        const startsTime = /^(?:begin|start)$/.test(tok(g.head)?.lemma ?? "");
        // ("members of the generation reaching maturity in the 1960s struggled": before the
        // clause's verb, an -ing form after a common noun with a date in its phrase is one with
        // its object too; after a name or an adjective it modifies the noun next, "the
        // American whaling industry".)
        const reducedIng =
          form === "ing" &&
          afterNoun &&
          (tok(g.to)?.pos === "ADP" ||
            (!verbBefore(i, s) && i > s + 1 && prev?.pos === "NOUN" && datedBeforeVerb(g.to, e))) &&
          (!startsTime || isDate.some((d, k) => d && k > g.to + 3 && k < e));
        // "a program dubbed "Zrínyi 2026" in 2017": a participle that only names its noun
        // (dubbed, called, named) stays inside the noun phrase; what follows is the clause's.
        const naming = NAMING_VERB.test(tok(g.head)?.lemma ?? "");
        // "She had a play produced on Broadway in 1935": after the object of "have" or "get"
        // the participle completes that verb (she caused it); its phrase is the clause's.
        const causer = verbOfObjectBefore(tokens, groups, i, s);
        const caused =
          causer !== undefined &&
          /^(?:have|get)$/.test(tok(causer.head)?.lemma ?? "") &&
          isFiniteGroup(causer);
        if (
          (((form === "ed" || form === "part") && edAfterNoun) || reducedIng) &&
          !naming &&
          !caused
        ) {
          const from = negated ? i - 1 : i;
          units.push(
            unit("part", from, clauseVerb >= 0 ? clauseVerb : endOfSide(g.to, e, i), from),
          );
          i = g.to - 1;
          continue;
        }
      }
      // "…murdered by the guards, his battered corpse found hanging in a latrine the next
      // morning": after a complete clause and its comma, a noun phrase opened by a possessive
      // and a participle with no object after it is an absolute phrase beside the clause.
      const absolute = prev?.lower === "," ? absoluteParticiple(tokens, groupAt, i - 1) : undefined;
      if (absolute !== undefined && finite.get(absolute) === false && verbBefore(i, s, true)) {
        let k = absolute.to;
        while (k < e && lower(k) !== "," && lower(k) !== "." && lower(k) !== ";") k++;
        units.push(unit("part", i, k, i));
        i = k - 1;
        continue;
      }
      // "…, with laws banning illegal migrants expected next month": "with" and a noun with
      // a participle of its own after a comma is a phrase beside the clause, not its object.
      // (Not after a participle set off by commas, "The plan, announced in January, with …":
      // that is no verb of the clause.)
      if (w === "with" && prev?.lower === "," && verbBefore(i, s, true)) {
        let k = i + 1;
        while (k < e && k < i + 20 && lower(k) !== "," && lower(k) !== ".") k++;
        const participle = groups.find(
          (x) =>
            x.from > i + 1 &&
            x.to <= k &&
            x.from === x.head &&
            /^(?:ed|part)$/.test(tok(x.head)?.form ?? "") &&
            isNominal(tok(x.from - 1)),
        );
        if (participle !== undefined && (k >= e || lower(k) === "," || lower(k) === ".")) {
          units.push(unit("part", i, k, i));
          i = k - 1;
          continue;
        }
      }
      // Infinitives: "decided in August to fly Apollo 8 in December" — what is to happen.
      // "to forcibly establish": an adverb may split the infinitive.
      let v = i + 1;
      while (tok(v)?.pos === "ADV" && v < i + 3) v++;
      if (w === "to" && t.pos === "PART" && g === undefined && groupAt.has(v)) {
        const h = groupAt.get(v) as VerbGroup;
        units.push(unit("inf", i, endOfSide(h.to, e, v), i));
        i = h.to - 1;
        continue;
      }
      // Apposition: "China, the country's main financier since 2009, had …".
      // ("In Asia, the Company, …", "In 2011, during a round of talks, the Council, …": the
      // comma closing a fronted phrase of time or place opens none.)
      // ("The third Black member of the class of 1978, U.S. Air Force pilot Frederick D.
      // Gregory, made …": a date after a noun's "of" is part of that noun phrase, and the comma
      // after it may open an apposition as after any noun.)
      let dateFrom = i - 1;
      while (dateFrom > s && isDate[dateFrom - 1]) dateFrom--;
      const nounsDate = isDate[i - 1] === true && ofNounBefore(dateFrom);
      if (
        w === "," &&
        isNominal(prev) &&
        prev?.pos !== "PRON" &&
        (!isDate[i - 1] || nounsDate) &&
        !closesFrontedPhrase(s, i)
      ) {
        const appos = apposition(i, e) ?? resumptive(i, e, s);
        if (appos !== null) units.push(appos);
      }
    }
  }

  const nested = nest(units);
  for (const u of nested) if (u.kind !== "paren" && u.kind !== "appos") describeClause(u, nested);
  shareSubjectAcrossSemicolons(nested);
  return { tokens, units: nested, groups };

  /**
   * "Tesco sold its Thai stores in March; announced leaving … in February; and in 2015 sold
   * its South Korean chain": a part after a semicolon with no subject of its own goes on
   * with the subject of the part before it.
   */
  function shareSubjectAcrossSemicolons(all: Unit[]): void {
    let previous: Unit | null = null;
    for (const u of all) {
      if (u.kind !== "main") continue;
      if (u.subject === null && previous?.subject != null && lower(u.from - 1) === ";") {
        u.subject = previous.subject;
        u.sharedSubject = true;
        for (const c of all)
          if (c.parent === u && c.kind === "coord" && c.sharedSubject && c.subject === null)
            c.subject = previous.subject;
      }
      previous = u;
    }
  }

  /** Find a clause's finite verb and subject, and mark the side phrases fronted before it. */
  function describeClause(u: Unit, all: Unit[]): void {
    const children = all.filter((c) => c.parent === u);
    const childAt = (k: number) => children.find((c) => k >= c.from && k < c.to);
    const bodyFrom = u.marker !== null && u.marker >= u.from ? u.marker + 1 : u.from;
    for (let k = bodyFrom; k < u.to; k++) {
      const c = childAt(k);
      if (c !== undefined) {
        k = c.to - 1;
        continue;
      }
      const g = groupAt.get(k);
      if (g !== undefined && isFiniteGroup(g)) {
        u.verb = g;
        break;
      }
    }
    if (u.verb === null) return;
    if (u.sharedSubject) {
      const siblings = all.filter(
        (c) => c.parent === u.parent && c.kind === "coord" && c.to <= u.from && !c.sharedSubject,
      );
      // "Peace was restored only when Henry IV succeeded to the throne, converted to
      // Catholicism, and issued the Edict": after its clause's verb, a subordinate clause
      // whose predicates go on in a list lends the last of them its subject.
      const host = u.parent;
      const sub = all.find(
        (c) =>
          c.parent === host &&
          c.kind === "sub" &&
          c.to <= u.from &&
          c.subject !== null &&
          host?.verb != null &&
          host.verb.to <= c.from &&
          lower(c.to) === "," &&
          all
            .filter((x) => x.parent === host && x.from > c.to && x.to <= u.from)
            .every((x) => x.kind === "part") &&
          tokens.slice(c.to, u.from).filter((t) => t.text === ",").length >= 2,
      );
      // "The second agreement promised that neither the North nor the South would join …, and
      // called for general elections in 1956": after a comma, a past predicate that cannot go
      // on from the reported clause's tense ("would join") goes on from the clause that
      // reports it, whose tense it shares.
      const reporter = host?.kind === "comp" ? host.parent : null;
      const outer =
        reporter != null &&
        host?.verb != null &&
        reporter.verb != null &&
        lower(u.from - 1) === "," &&
        host.verb.tense !== u.verb.tense &&
        reporter.verb.tense === u.verb.tense
          ? reporter
          : null;
      // "the Eighteenth Amendment, which banned the sale of alcohol, and resulted in
      // Prohibition": a predicate right after a relative clause set off by commas at the end
      // of its clause most often goes on with the relative clause, the nearest clause open
      // before it, but may go on with the clause's own subject: whose it is stays unsaid.
      const relative = all.find(
        (c) =>
          c.parent === host &&
          c.kind === "rel" &&
          c.marker !== null &&
          /^(?:which|who)$/.test(lower(c.marker)) &&
          lower(c.marker - 1) === "," &&
          host?.verb != null &&
          host.verb.to <= c.from &&
          (c.to === u.from || (c.to === u.from - 1 && lower(c.to) === ",")),
      );
      if (relative !== undefined && outer === null && sub === undefined) {
        u.subject = null;
        u.afterRelative = true;
        return;
      }
      const from = outer ?? sub ?? siblings[siblings.length - 1] ?? u.parent;
      u.subject = from?.subject ?? null;
      return;
    }
    let k = u.verb.from - 1;
    while (k >= bodyFrom && tok(k)?.pos === "ADV") k--;
    // "mayor John Tory on Tuesday suggested": a phrase of time between subject and verb.
    if (isDate[k] === true) {
      let d = k;
      while (d > bodyFrom && isDate[d - 1]) d--;
      if (
        tok(d - 1)?.pos === "ADP" &&
        /^(?:on|in|at|during|by)$/.test(lower(d - 1)) &&
        isNominal(tok(d - 2))
      )
        k = d - 2;
    }
    const side = (c: Unit | undefined) =>
      c !== undefined &&
      (c.kind === "appos" || c.kind === "rel" || c.kind === "part" || c.kind === "paren");
    // "The Pasha of Tripoli, Yusuf Qaramanli, citing late payments, demanded …": step over
    // the side phrases (and their commas) that interrupt subject and verb; so too a clause
    // set off by commas ("The Barbary States, although they did not capture …, began").
    const interrupts = (c: Unit | undefined) =>
      side(c) || (c?.kind === "sub" && c.from > bodyFrom && lower(c.from - 1) === ",");
    for (;;) {
      // ("…or "together save lives," began": a closing quotation mark after the comma.)
      if (/^["”’]$/.test(lower(k)) && lower(k - 1) === ",") k--;
      if (lower(k) === "," && interrupts(childAt(k - 1))) k--;
      const c = childAt(k);
      if (!interrupts(c)) {
        // "The Senate, owing to an oversight, did not ratify": a prepositional phrase set
        // off by commas, with no verb of its own, interrupts subject and verb as well.
        const open = lower(k) === "," ? commaPhraseStart(k, bodyFrom) : null;
        if (open === null) break;
        k = open - 1;
        continue;
      }
      k = (c as Unit).from - 1;
      if (lower(k) === ",") k--;
    }
    const end = k + 1;
    /** A gerund used as a noun: "-ing" at the start or after a noun, adjective or article. */
    const gerundNoun = (g: number) => {
      const t = tok(g);
      const before = tok(g - 1);
      return (
        t?.pos === "VERB" &&
        t.form === "ing" &&
        (g === bodyFrom || isNominal(before) || before?.pos === "ADJ" || before?.pos === "DET")
      );
    };
    // Commas inside the subject, once a serial ", and" shows it is a list.
    let seriesComma: number | null = null;
    while (k >= bodyFrom) {
      const c = childAt(k);
      if (side(c)) {
        if ((c as Unit).from <= bodyFrom) break;
        k = (c as Unit).from - 1;
        continue;
      }
      if (isDate[k]) {
        // "The 1965 war": a year between a determiner and its noun is part of the subject.
        let d = k;
        while (d > bodyFrom && isDate[d - 1]) d--;
        // ("Lincoln's 1858 speeches": after a possessive too.)
        const possessive = tok(d - 1)?.pos === "PART" && /^['’]s?$/.test(lower(d - 1));
        if ((tok(d - 1)?.pos === "DET" || possessive) && k + 1 < end) {
          k = d - 1;
          continue;
        }
        // ("the class of 1978": so is a date after a noun's "of".)
        if (ofNounBefore(d)) {
          k = d - 2;
          continue;
        }
        break;
      }
      if (c !== undefined) break;
      const t = tok(k) as Token;
      // "Portuguese, Spanish, and Dutch traders": a series whose last comma comes before "and".
      const item = isNominal(tok(k - 1)) || tok(k - 1)?.pos === "ADJ";
      if (
        t.lower === "," &&
        item &&
        !isDate[k - 1] &&
        (seriesComma !== null ||
          LIST_JOINER.test(lower(k + 1)) ||
          listAfterOf(k, end) ||
          // "Higuchi, her mother and her sister abandoned": one comma, then "and", no other.
          (tok(k - 1)?.pos === "PROPN" &&
            childAt(k - 1) === undefined &&
            !afterPreposition(k - 1) &&
            joinedListAfter(k, end))) &&
        k < end - 1
      ) {
        seriesComma = k;
        k--;
        continue;
      }
      const np =
        isNominal(t) ||
        (LIST_JOINER.test(t.lower) && lower(k - 1) === "," && isNominal(tok(k + 1))) ||
        // "a combined army", "the planned movement": a participle after a determiner.
        (t.pos === "VERB" && (t.form === "ed" || t.form === "ing") && tok(k - 1)?.pos === "DET") ||
        // "The Democratic nominating convention": between a modifier and its noun.
        (t.pos === "VERB" &&
          (t.form === "ed" || t.form === "ing") &&
          k + 1 < end &&
          tok(k + 1)?.pos === "NOUN" &&
          (tok(k - 1)?.pos === "ADJ" || tok(k - 1)?.pos === "PROPN")) ||
        // "the most rarefied ranks": a degree adverb between them.
        (t.pos === "VERB" &&
          (t.form === "ed" || t.form === "ing") &&
          tok(k - 1)?.pos === "ADV" &&
          tok(k - 2)?.pos === "DET") ||
        (t.pos === "ADV" && tok(k - 1)?.pos === "DET" && tok(k + 1)?.pos === "VERB") ||
        // "a convoy of buses carrying evacuees": a participle between a noun and its
        // object modifies the noun (a reduced relative clause).
        (t.pos === "VERB" &&
          (t.form === "ing" || t.form === "ed") &&
          k + 1 < end &&
          isNominal(tok(k - 1)) &&
          (isNominal(tok(k + 1)) || tok(k + 1)?.pos === "DET" || tok(k + 1)?.pos === "ADP")) ||
        t.pos === "DET" ||
        t.pos === "ADJ" ||
        // "the Far Eastern squadron", "the very first convoy": an adverb after a determiner
        // modifies what follows it inside the noun phrase.
        (t.pos === "ADV" && tok(k - 1)?.pos === "DET" && isNominal(tok(k + 1))) ||
        (t.pos === "ADV" &&
          (tok(k - 1)?.pos === "DET" || POSSESSIVE.test(lower(k - 1))) &&
          tok(k + 1)?.pos === "ADJ") ||
        (t.pos === "PART" && /^['’]s?$/.test(t.lower)) ||
        // "four “de-escalation zones” were established": quotation marks inside the subject.
        (t.pos === "PUNCT" && /^["“”‘’]$/.test(t.text)) ||
        (t.pos === "ADP" && k > bodyFrom && !isDate[k + 1]) ||
        (t.lower === "and" && isNominal(tok(k - 1))) ||
        // ("Secker & Warburg": an ampersand joins the names of one firm.)
        (t.lower === "&" && tok(k - 1)?.pos === "PROPN" && tok(k + 1)?.pos === "PROPN") ||
        // ("Tensions between the People's Republic of China (PRC) and the Republic of China
        // (ROC) resulted": a bracketed abbreviation before "and" closes a noun phrase too.)
        (t.lower === "and" &&
          childAt(k - 1)?.kind === "paren" &&
          isNominal(tok((childAt(k - 1) as Unit).from - 1))) ||
        // "At least seven people", "nearly 500 men": a hedge on the count is part of the subject.
        (t.pos === "ADV" && tok(k + 1)?.pos === "NUM" && k + 1 < end) ||
        (t.lower === "at" && /^(?:least|most)$/.test(lower(k + 1)) && tok(k + 2)?.pos === "NUM") ||
        // "Rebel shelling and sniper fire killed …": a gerund joined to a noun is a noun too.
        (t.lower === "and" && gerundNoun(k - 1) && isNominal(tok(k + 1))) ||
        (gerundNoun(k) && lower(k + 1) === "and" && isNominal(tok(k + 2)) && k + 2 < end) ||
        (t.lower === "." && t.to - t.from === 1 && tok(k - 1)?.pos === "PROPN") ||
        // "enslaved as well as free Black people": "as well as" joins nouns as "and" does.
        (/^(?:as|well)$/.test(t.lower) &&
          [k - 2, k - 1, k].some(
            (a) => lower(a) === "as" && lower(a + 1) === "well" && lower(a + 2) === "as",
          )) ||
        // "the U.S.–U.K. relationship", "the Israel–Hamas war": a dash joining two names.
        (DASH.test(t.lower) &&
          !t.spaced &&
          tok(k - 1)?.pos === "PROPN" &&
          tok(k + 1)?.pos === "PROPN");
      if (!np) break;
      k--;
    }
    // "In the morning, soldiers, police, and firemen": a fronted phrase before the first item.
    if (seriesComma !== null && k === bodyFrom && tok(k)?.pos === "ADP") {
      let first = k + 1;
      while (first < end && lower(first) !== ",") first++;
      k = first;
    }
    if (k + 1 < end) u.subject = [k + 1, end];
    for (const c of children) if (u.subject !== null && c.to <= u.subject[0]) c.fronted = true;
  }

  function unit(kind: UnitKind, from: number, to: number, marker: number | null): Unit {
    return {
      kind,
      from,
      to: Math.max(to, from + 1),
      marker,
      verb: null,
      subject: null,
      sharedSubject: false,
      parent: null,
      fronted: false,
      gapped: false,
    };
  }

  /**
   * "… and Pakistan on September 22", "…, another two in 2012": after a complete clause, a
   * subject and a dated phrase with no verb repeat the first clause's verb.
   */
  function gapping(i: number, end: number): Unit | null {
    if (!finiteBefore(i)) return null;
    // ("NEOC reported a 95% rate on December 24, and the last death on December 26": a comma
    // may close the first date.)
    const closedDate = lower(i - 1) === "," && isDate[i - 2] === true && LIST_JOINER.test(lower(i));
    if (!isDate[i - 1] && !closedDate) return objectGapping(i, end);
    // The parallel is "X verb … on D1 and Y on D2": the conjunction follows a date.
    // "… adorns the banknote, becoming the third woman on one, after Empress Jingū in 1881
    // and Murasaki Shikibu in 2000": past a comma the date is a side phrase's, and what
    // follows "and" goes on that phrase's list, not on the clause.
    for (let c = i - 1; c >= 0; c--) {
      const g = groupAt.get(c);
      if (g !== undefined && isFiniteGroup(g)) break;
      if (lower(c) === "," && !isDate[c] && !isDate[c - 1]) return null;
    }
    const pp = prepositionRemnant(i, end);
    if (pp !== null) return pp;
    let k = i + 1;
    const np = k;
    // (One determiner to a noun phrase, "all the" and the like aside: "another his sister" is
    // two phrases, the first with its noun left out.)
    while (
      k < end &&
      !isDate[k] &&
      phraseWord(k) &&
      !(
        k > np &&
        tok(k - 1)?.pos === "DET" &&
        !PREDETERMINER.test(lower(k - 1)) &&
        (tok(k)?.pos === "DET" || POSSESSIVE.test(lower(k)))
      )
    )
      k++;
    // ("and the last death during the state of emergency on December 26": the remnant's own
    // phrases of place or time come with it.)
    if (k > np) k = pastPlacePhrases(k, end, np + 12);
    if (k === np || tok(k)?.pos !== "ADP" || !isDate[k + 1]) return null;
    // ("co-founded the al-Ahali group in 1932, a significant political organisation in the
    // 1930s and 1940s": after a bare comma an indefinite noun phrase describes what came
    // before, an apposition; the subject of a gapped clause is one already known.)
    if (lower(i) === "," && /^(?:a|an)$/.test(lower(np))) return null;
    const d = pastDates(k + 1, end);
    const rest = tok(d)?.lower;
    if (d < end && rest !== "," && rest !== "." && rest !== ";") return null;
    const u = unit("coord", i, d, i);
    u.gapped = true;
    // "Reynaud created the Praxinoscope in 1877 and the Théâtre Optique in December 1888":
    // a remnant stands for the part of the clause it is written like. Shaped as the object
    // (a determiner before it) and not as the subject (a bare name), it is a new object of
    // the same subject and verb; otherwise ("India accepted the ceasefire on September 21
    // and Pakistan on September 22") it is a new subject.
    // Shaped like both or like neither ("Pakistan joined SEATO in 1954 and the Baghdad Pact
    // in 1955"), which one it stands for is not written: no clause is split off, and the
    // sentence keeps both dates.
    const role = remnantRole(i, np);
    if (role === null) return null;
    if (role === "object") u.remnant = [np, k];
    else u.subject = [np, k];
    return u;
  }

  /**
   * "used WMDs against Iranian forces during his war with Iran in the 1980s, and against the
   * Kurds in northern Iraq in 1988": a remnant that opens with the preposition of a phrase of
   * the clause before (after its verb) stands for that phrase, with its own date; the
   * subject, the verb and what comes between are the clause before's.
   */
  function prepositionRemnant(i: number, end: number): Unit | null {
    const np = i + 1;
    if (tok(np)?.pos !== "ADP" || isDate[np + 1] || !LIST_JOINER.test(lower(i))) return null;
    let v = i - 1;
    while (v >= 0 && !(groupAt.has(v) && isFiniteGroup(groupAt.get(v)))) v--;
    const verb = groupAt.get(v);
    if (verb === undefined || verb.passive) return null;
    let parallel = -1;
    for (let k = verb.to; k < i; k++) {
      if (groupAt.has(k)) return null;
      if (lower(k) === lower(np) && !isDate[k + 1]) {
        parallel = k;
        break;
      }
    }
    if (parallel < 0) return null;
    const k = pastPlacePhrases(np, end, np + 12);
    if (tok(k)?.pos !== "ADP" || !isDate[k + 1]) return null;
    const d = pastDates(k + 1, end);
    if (d < end && !/^(?:[,.;—–]|-)$/.test(lower(d))) return null;
    // ("… in 1988—a time when the United States supported him": what a dash sets after the
    // date goes with it.)
    const u = unit("coord", i, /^[—–]$/.test(lower(d)) ? end : d, i);
    u.gapped = true;
    u.remnant = [np, k];
    u.remnantFor = parallel;
    return u;
  }

  /**
   * Past the phrases of place or time from `k` on, each a preposition and a noun phrase with
   * no date, up to `limit`: where a gapped remnant's own words end, before its date.
   */
  function pastPlacePhrases(k: number, end: number, limit: number): number {
    while (k < end && k < limit && tok(k)?.pos === "ADP" && !isDate[k + 1]) {
      let j = k + 1;
      while (j < end && !isDate[j] && phraseWord(j)) j++;
      if (j === k + 1) break;
      k = j;
    }
    return k;
  }

  /** Past the date's tokens from `k` on. */
  function pastDates(k: number, end: number): number {
    while (k < end && isDate[k]) k++;
    return k;
  }

  /** Whether the token at `k` may be part of a noun phrase: a noun, name, determiner or adjective. */
  function phraseWord(k: number): boolean {
    return isNominal(tok(k)) || tok(k)?.pos === "DET" || tok(k)?.pos === "ADJ";
  }

  /**
   * How a noun phrase opens, for parallels: with a determiner, with a name, a pronoun (which
   * no remnant but a pronoun parallels: "she discovered polonium in July and radium in
   * December"), or otherwise.
   */
  function npShape(k: number): "det" | "name" | "pron" | "other" {
    const t = tok(k);
    if (t?.pos === "DET") return "det";
    if (t?.pos === "PRON") return "pron";
    return t?.pos === "PROPN" ? "name" : "other";
  }

  /**
   * Which part of the clause before `i` the remnant at `np` is written like: the active
   * verb's object (a determiner before both, or a name before both), or its subject. It may
   * also be written like the noun of a phrase right before the first date ("obtained patents
   * in Scotland on 27 March, and Ireland on 23 April"), which no clause here retells; and
   * shaped like two parts, or like none, it stands for no part the text decides.
   */
  function remnantRole(i: number, np: number): "object" | "subject" | null {
    let v = i - 1;
    while (v >= 0 && !(groupAt.has(v) && isFiniteGroup(groupAt.get(v)))) v--;
    const verb = groupAt.get(v);
    if (verb === undefined) return null;
    // ("Ueshiba is known to have studied X in Tokyo in 1901, Y in Sakai from 1903": the
    // remnant goes with the nearer verb, which has no tense and no subject of its own here.)
    for (let k = verb.to; k < i; k++) if (groupAt.has(k)) return null;
    const npBefore = (k: number): number => {
      while (k > 0 && phraseWord(k - 1)) k--;
      return k;
    };
    const shape = npShape(np);
    const s = npBefore(verb.from);
    const asSubject = s !== verb.from && shape === npShape(s);
    if (verb.passive) return asSubject ? "subject" : null;
    const hasObject = isNominal(tok(verb.to)) || tok(verb.to)?.pos === "DET";
    const asObject = hasObject && shape === npShape(verb.to);
    let d = i - 1;
    while (d > verb.to && !isDate[d]) d--;
    while (d > verb.to && isDate[d - 1]) d--;
    const focus = tok(d - 1)?.pos === "ADP" ? npBefore(d - 1) : d - 1;
    const asPhrase =
      focus < d - 1 && focus > verb.to && tok(focus - 1)?.pos === "ADP" && shape === npShape(focus);
    if (asPhrase) return null;
    if (asObject && !asSubject) return "object";
    if (asSubject && !asObject) return "subject";
    // ("Two more plants will close in 2008, another two in 2012": with nothing but the date
    // after the verb, the subject is all that is left to stand for, unless it is a pronoun.)
    // (An adverb or a predicate adjective may come between: "became independent in 1960".)
    let a = verb.to;
    while (a < d && (tok(a)?.pos === "ADV" || tok(a)?.pos === "ADJ")) a++;
    const dateRightAfter = d === a || (d === a + 1 && tok(a)?.pos === "ADP");
    if (dateRightAfter && s !== verb.from && npShape(s) !== "pron") return "subject";
    return null;
  }

  /**
   * "In 1759, the British took Quebec, and in 1760, Montreal": after a clause whose verb
   * takes an object, "and", a date of its own and a noun phrase that ends the sentence
   * repeat the clause's subject and verb with a new object.
   */
  function objectGapping(i: number, end: number): Unit | null {
    if (!LIST_JOINER.test(lower(i)) || lower(i - 1) !== ",") return null;
    let k = i + 1;
    if (tok(k)?.pos === "ADP" && isDate[k + 1]) k++;
    if (!isDate[k]) return null;
    while (k < end && isDate[k]) k++;
    if (lower(k) === ",") k++;
    const np = k;
    while (k < end && phraseWord(k) && tok(k)?.pos !== "PRON") k++;
    if (k === np || (k < end && !/^[.;!?]$/.test(lower(k)))) return null;
    // The clause before: an active verb with its object right after it.
    let v = i - 2;
    while (v >= 0 && !(groupAt.has(v) && isFiniteGroup(groupAt.get(v)))) v--;
    const verb = groupAt.get(v);
    if (verb === undefined || verb.passive) return null;
    const object = tok(verb.to);
    if (object === undefined || !(isNominal(object) || object.pos === "DET")) return null;
    const u = unit("coord", i, k, i);
    u.gapped = true;
    u.remnant = [np, k];
    return u;
  }

  /**
   * Whether a reporting verb comes before `i` in its phrase ("told reporters that …"):
   * "that" after a noun is then the reported clause's; otherwise ("the same day that the
   * fleet sailed") it opens a clause about the noun.
   */
  function reporterBefore(i: number, start: number): boolean {
    for (let k = i - 1; k >= start && k > i - 12; k--) {
      const t = tok(k) as Token;
      if (t.lower === "," || t.lower === ";") return false;
      if ((t.pos === "VERB" || t.pos === "AUX") && REPORTING_VERB.test(t.lemma)) return true;
    }
    return false;
  }

  function finiteSoon(i: number, end: number): boolean {
    for (let k = i; k < end && k < i + 16; k++) {
      const g = groupAt.get(k);
      if (g !== undefined) return finite.get(g) !== false || tok(g.head)?.form === "ed";
      if (lower(k) === ",") return false;
    }
    return false;
  }

  /** Where the clause whose finite verb follows `i` starts: its subject, after any object of the reporting verb. */
  function reportedSubject(i: number, end: number): number {
    let verbAt = -1;
    for (let k = i; k < end && k < i + 20; k++) {
      if (top(k) && groupAt.has(k)) {
        verbAt = k;
        break;
      }
    }
    if (verbAt < 0) return i;
    let k = verbAt;
    while (k > i) {
      const t = tok(k - 1) as Token;
      if (isDate[k - 1] || t.pos === "ADP" || t.lower === ",") break;
      if (
        !(
          isNominal(t) ||
          t.pos === "DET" ||
          t.pos === "ADJ" ||
          t.pos === "PRON" ||
          t.pos === "PART"
        )
      )
        break;
      k--;
    }
    return k < verbAt ? k : i;
  }

  /**
   * "when the Nationalist Party, assuming power in 1948, effectively blocked …": a phrase
   * set off by a pair of commas after a clause's subject (a participle phrase or a relative
   * clause on it) lies between the subject and its verb. From the comma at `k` that opens
   * it, the comma that closes it, when a verb follows that one; else -1.
   */
  function sideCommaEnd(k: number, end: number): number {
    const first = tok(k + 1);
    if (first === undefined) return -1;
    const opens =
      (first.pos === "VERB" && (first.form === "ing" || mayBeParticiple(first))) ||
      (RELATIVES.test(first.lower) && (first.pos === "PRON" || first.pos === "DET"));
    if (!opens || !isNominal(tok(k - 1))) return -1;
    return closingComma(k, end, 18, false);
  }

  /** The closing comma of a short aside opened at comma `k` with a finite verb after it, or -1. */
  function asideEnd(k: number, end: number): number {
    return closingComma(k, end, 10, true);
  }

  /**
   * The comma that closes a phrase opened at comma `k`, within `limit` tokens, when a verb
   * that may be finite follows it; -1 otherwise. `noVerb`: the phrase holds no verb of its
   * own (an aside), else a date's own comma inside it does not close it.
   */
  function closingComma(k: number, end: number, limit: number, noVerb: boolean): number {
    for (let c = k + 2; c < end && c < k + limit; c++) {
      const w = lower(c);
      if (w === ";" || w === "." || !top(c) || (noVerb && groupAt.has(c))) return -1;
      if (w !== "," || (!noVerb && dateComma(c))) continue;
      const verb = groupAt.get(pastAdverbs(c + 1, end));
      return verb !== undefined && finite.get(verb) !== false ? c : -1;
    }
    return -1;
  }

  /** Whether a noun and "of" come right before token `d` ("the class of| 1978"). */
  function ofNounBefore(d: number): boolean {
    return lower(d - 1) === "of" && tok(d - 2)?.pos === "NOUN";
  }

  /**
   * "when, on the Thursday before Easter in 1812, a massive earthquake hit": a phrase with no
   * verb set off by commas right after a subordinator comes before the clause it opens; where
   * that clause begins (`k` itself when no such phrase is there).
   */
  function pastSetOff(k: number, end: number): number {
    if (lower(k) !== ",") return k;
    let c = k + 1;
    while (c < end && c < k + 16 && lower(c) !== "," && !groupAt.has(c)) c++;
    return lower(c) === "," && c > k + 1 ? c + 1 : k;
  }

  /** Whether a clause (a subject and a finite verb) starts at `from`, past a set-off phrase. */
  function clauseFollows(from: number, end: number): boolean {
    const i = pastSetOff(from, end);
    // "Since 2007 the Program has seeded …", "In power since 1100, Emperor Huizong was …": a
    // date right after the word is that word's object, with a comma to close it or none; the
    // word is a preposition.
    if (isDate[i]) {
      let d = i;
      while (d < end && isDate[d]) d++;
      if (d > i && lower(d) !== "." && d < end) return false;
    }
    let sawNominal = false;
    let afterTime = false;
    // Inside a participle phrase on the subject ("paper used for writing").
    let participle = false;
    for (let k = i; k < end && k < i + 20; k++) {
      if (!top(k)) continue;
      const g = groupAt.get(k);
      // ("Although paper used for writing became widespread": a participle on the subject
      // comes before the clause's verb.)
      if (
        g !== undefined &&
        sawNominal &&
        finite.get(g) === false &&
        g.from === g.head &&
        (participle || /^(?:NOUN|PROPN)$/.test(tok(g.from - 1)?.pos ?? "")) &&
        /^(?:ed|ing)$/.test(tok(g.head)?.form ?? "")
      ) {
        participle = true;
        k = g.to - 1;
        continue;
      }
      // ("as attempts to invade Kongo in 1670 and Matamba in 1681 failed": an infinitive on
      // the subject's noun comes before the clause's verb too.)
      if (g !== undefined && sawNominal && lower(g.from - 1) === "to" && finite.get(g) === false) {
        k = g.to - 1;
        continue;
      }
      if (g !== undefined) return sawNominal && finite.get(g) !== false;
      const t = tok(k) as Token;
      // (Not after a phrase of time set off by a comma: "Since the 1830s, abolitionists, led
      // by Garrison, had cast …" is a preposition's phrase, then the head clause.)
      if (t.lower === "," && sawNominal && !afterTime) {
        const close = sideCommaEnd(k, end);
        if (close > 0) {
          k = close;
          continue;
        }
      }
      if ((t.lower === "," && !datePrelude(i, k)) || t.lower === ";") return false;
      if (t.lower === ",") afterTime = true;
      // "described him as an emerging figure when they offered a reward": a verb after
      // another clause's opening word is that clause's, and "as" was a preposition.
      if (k > i && (RELATIVES.test(t.lower) || CLAUSE_OPENER.test(t.lower))) return false;
      // ("declared war on the United States and captured several ships": a verb right after
      // "and" is the reporting verb's second predicate, and "war" its object.)
      if (t.pos === "CCONJ" && predicateAhead(k, end)) return false;
      // ("agreed on a line as their shared maritime border": a possessive is no subject.)
      if (isNominal(t) && !isDate[k] && !POSSESSIVE.test(t.lower) && t.lower !== "whose")
        sawNominal = true;
    }
    return false;
  }

  /**
   * Whether tokens [i, k) are only a phrase of time ("in June 1942"), so that the comma at k
   * closes an adverbial fronted inside a clause ("because in June 1942, the United States won").
   */
  function datePrelude(i: number, k: number): boolean {
    let dated = false;
    for (let j = i; j < k; j++) {
      if (isDate[j]) dated = true;
      // ("when finally on the night of 9 July 1934, Mühsam was …": an adverb, and a time of
      // day that the date says which of, belong to the phrase too.)
      else if (
        !/^(?:ADP|DET|ADV)$/.test(tok(j)?.pos ?? "") &&
        !(TIME_OF_DAY.test(lower(j)) && lower(j + 1) === "of" && isDate[j + 2])
      )
        return false;
    }
    return dated;
  }

  function isFronted(i: number, segStart: number): boolean {
    // ("As the numbers swelled, some leaders who saw …": the verb of a fronted adverbial
    // clause is not the head clause's.)
    // ("Even as the fighting went on, …": an adverb may lead it.)
    const opening = units.find(
      (u) =>
        u.kind === "sub" &&
        u.from >= segStart &&
        tokens.slice(segStart, u.from).every((t) => t.pos === "ADV") &&
        u.to <= i,
    );
    for (let k = opening?.to ?? segStart; k < i; k++) {
      const g = groupAt.get(k);
      if (g !== undefined && top(k) && isFiniteGroup(g)) return false;
    }
    return true;
  }

  /** A fronted phrase ends at the first comma after its own verb. */
  function endOfFronted(i: number, end: number): number {
    // (", later named Columbia, began": called after the phrase's verb, which it has seen.)
    let sawVerb = groupAt.get(i - 1)?.to === i;
    for (let k = i; k < end; k++) {
      // "When the Exchange lost 11 percent of its value—often referred to as …—key investors
      // sat up": a closing dash stands for the comma.
      if (sawVerb && lower(k) === "—" && depth[k] === 1 && top(k + 1) && depth[k - 1] === 1)
        if (units.some((u) => u.kind === "paren" && u.to === k + 1)) return k + 1;
      if (!top(k)) continue;
      // ("Signed in 1783 and ratified in 1784, the treaty …": two phrases, as after the noun.)
      if (tok(k)?.pos === "CCONJ" && participleAfter(groupAt.get(i - 1) ?? null, k)) return k;
      if (groupAt.has(k)) sawVerb = true;
      // "Born on December 11, 1935, …": a comma inside a date does not end the phrase, nor
      // one closing a date used as a modifier ("an April 11, 1865, speech").
      if (lower(k) === "," && !isDate[k] && !closesAttributiveDate(k) && (sawVerb || k > i + 1))
        return k;
    }
    return end;
  }

  /** Whether the comma at `k` closes a date written between a determiner and its noun. */
  function closesAttributiveDate(k: number): boolean {
    if (!isDate[k - 1]) return false;
    let d = k - 1;
    while (d > 0 && isDate[d - 1]) d--;
    return tok(d - 1)?.pos === "DET" && (tok(k + 1)?.pos === "NOUN" || tok(k + 1)?.pos === "ADJ");
  }

  /**
   * A side phrase after its head runs to the next comma, or — restrictive, before the
   * verb of its clause ("The treaty signed in 1919 came into force") — to that verb.
   */
  function endOfSide(i: number, end: number, opener: number, relative = false): number {
    const ownVerb = groupAt.get(opener) ?? null;
    let sawVerb = ownVerb !== null;
    // ("and Union forces commanded by Grant captured Richmond": inside a coordinated clause
    // with its own subject, the head clause is that clause, whose verb is still to come.)
    // (A participle's phrase only: a subordinator's clause has a verb of its own.)
    const coordinated = units.find(
      (u) =>
        ownVerb !== null &&
        u.kind === "coord" &&
        !u.sharedSubject &&
        u.from < opener &&
        opener < u.to,
    );
    const headClauseHasVerb =
      isFronted(opener, segmentOf(opener)) === false &&
      (coordinated === undefined ||
        groups.some((g) => g.from > coordinated.from && g.from < opener && isFiniteGroup(g)));
    // "… from the banking collapse that required a bailout in 2010, has …": the verb after
    // a relative pronoun inside the phrase is the relative clause's, not the head clause's.
    let relativeVerb = false;
    let innerRelative = false;
    let joined = false;
    let finiteSeen = false;
    for (let k = i; k < end; k++) {
      if (!top(k)) continue;
      const t = lower(k);
      // "culminating in the signing … on September 13, 1993": that comma is the date's own.
      if (dateComma(k) || adjectiveComma(k) || quoted[k]) continue;
      // "leading Grumman, the lead contractor for the LM, to predict …": an apposition on the
      // phrase's object, the phrase going on after it.
      if (t === ",") {
        const ap = apposition(k, end);
        if (ap !== null && lower(ap.to) === "," && lower(ap.to + 1) === "to") {
          if (tok(ap.to + 2)?.pos === "VERB") {
            k = ap.to;
            continue;
          }
        }
      }
      // "followed by Mahmud Shah, Shuja Shah and others.": the phrase's list runs to the end.
      if (t === "," && nounListToEnd(k + 1, end)) return end;
      // "… than his Democratic opponent, Bill Clinton's vice president, Al Gore.": noun
      // phrases set off after the phrase's last noun, to the sentence's end, are on that noun.
      if (t === "," && k > i && isNominal(tok(k - 1)) && appositionsToEnd(k + 1, end)) return end;
      // "before moving, in 1972, to London": a date set off by commas inside the phrase,
      // right after its verb, is the phrase's, and the phrase goes on after it.
      if (t === "," && k <= i + 1 && tok(k - 1)?.pos === "VERB") {
        let c = k + 1;
        while (c < end && (isDate[c] || tok(c)?.pos === "ADP")) c++;
        if (c > k + 1 && isDate[c - 1] && lower(c) === "," && tok(c + 1)?.pos === "ADP") {
          k = c;
          continue;
        }
      }
      // "when the army, crossing the river, attacked": before the clause's own verb, a phrase
      // set off by commas on its subject is inside it.
      // "Blackton, who, because of that, is considered …": right after the relative word, a
      // phrase set off by commas comes before the clause's verb, and the clause goes on.
      if (t === "," && relative && !sawVerb && k === i) {
        const close = asideEnd(k, end);
        if (close > 0) {
          k = close;
          continue;
        }
      }
      if (t === "," && !sawVerb && !relative) {
        const close = sideCommaEnd(k, end);
        if (close > 0) {
          k = close;
          continue;
        }
      }
      // ("a Soviet peace plan tabled that September, would be rejected": a tense right after
      // the comma closes the phrase, a date before it or not.)
      if (t === "," && (!datePrelude(i, k) || isFiniteGroup(groupAt.get(k + 1)))) return k;
      if (
        k > i &&
        (RELATIVES.test(t) || t === "that") &&
        (tok(k)?.pos === "PRON" || tok(k)?.pos === "DET") &&
        isNominal(tok(k - 1))
      ) {
        relativeVerb = true;
        innerRelative = true;
      }
      // "… to hold in the summer and Damascus relaunched its offensive": a new clause ends
      // the phrase. A bare predicate after a relative clause's verb ("which had owned and
      // operated the canal", "who was born and died") joins that verb, the nearest one.
      // "signed in 1783 and ratified in 1784": a bare participle after "and" is a second
      // participle phrase on the same noun, with its own time.
      if (tok(k)?.pos === "CCONJ" && k > i && !relative && participleAfter(ownVerb, k)) return k;
      // ("in the 1940s and 1950s include": an "and" inside a date joins no predicates.)
      // ("as attempts to invade Kongo in 1670 and Matamba in 1681 failed": before its own
      // tense, a clause opened by a subordinator joins nouns with "and", not clauses.)
      if (
        tok(k)?.pos === "CCONJ" &&
        k > i &&
        !isDate[k] &&
        !(
          SUBORDINATORS.test(lower(opener)) &&
          !finiteSeen &&
          lower(k - 1) !== "," &&
          tokens.slice(opener + 1, k).some((x) => x.pos === "NOUN")
        ) &&
        coordinationAhead(k, end)
      ) {
        // "including a 6.4 quake that hit on January 7 and caused a blackout": a bare
        // predicate after a relative clause inside the phrase is that clause's too.
        if (!((relative || innerRelative) && predicateAhead(k, end))) return k;
        // "Johnston, who was born in 1803 and died in 1862, led …": the verb after it is
        // the relative clause's second, not the head clause's.
        joined = true;
      }
      const g = groupAt.get(k);
      if (g !== undefined) {
        if (sawVerb && !headClauseHasVerb && isFiniteGroup(g) && !relativeVerb && !joined) return k;
        if (isFiniteGroup(g)) finiteSeen = true;
        joined = false;
        relativeVerb = false;
        sawVerb = true;
        k = g.to - 1;
      }
    }
    return end;
  }

  /** Whether a participle phrase opened by `own` goes on, after the "and" at `k`, with a bare participle. */
  function participleAfter(own: VerbGroup | null, k: number): boolean {
    if (own === null || own.from !== own.head) return false;
    if (!mayBeParticiple(tok(own.head) as Token)) return false;
    let v = k + 1;
    while (tok(v)?.pos === "ADV") v++;
    const g = groupAt.get(v);
    return (
      g !== undefined &&
      g.from === g.head &&
      g.to === g.head + 1 &&
      mayBeParticiple(tok(g.head) as Token) &&
      finite.get(g) !== true &&
      !objectAt(g.to)
    );
  }

  /** Whether a noun phrase starts at `k`, an object for the verb before ("declared war"). */
  function objectAt(k: number): boolean {
    return !isDate[k] && /^(?:DET|NOUN|PROPN|PRON|NUM)$/.test(tok(k)?.pos ?? "");
  }

  /** Whether the name ending at `k` is the object of a preposition ("in the Philippines"). */
  function afterPreposition(k: number): boolean {
    let j = k;
    while (j > 0 && (tok(j)?.pos === "PROPN" || tok(j)?.pos === "DET")) j--;
    return tok(j)?.pos === "ADP";
  }

  /** Whether tokens after the comma at `k`, before `end`, are nouns joined by "and" with no other comma. */
  function joinedListAfter(k: number, end: number): boolean {
    let joiner = false;
    for (let j = k + 1; j < end; j++) {
      const t = tok(j) as Token;
      if (t.lower === ",") return false;
      if (LIST_JOINER.test(t.lower)) joiner = true;
      else if (!(isNominal(t) || t.pos === "DET" || t.pos === "ADJ" || t.pos === "PRON"))
        return false;
    }
    return joiner;
  }

  /**
   * Whether the comma at `i` closes phrases opened by prepositions at the segment's start,
   * with no verb ("In Asia,", "In 2011, during a round of talks,").
   */
  function closesFrontedPhrase(s: number, i: number): boolean {
    // ("Following the war’s conclusion, the first written constitution, known as …, was
    // drafted": a participle phrase opening the sentence is fronted too.)
    // (Not before a name: "Departing Washington, DC, …" goes on naming the place.)
    const participle =
      tok(s)?.pos === "VERB" &&
      /^(?:ing|ed|part)$/.test(tok(s)?.form ?? "") &&
      tok(i + 1)?.pos === "DET";
    if (tok(s)?.pos !== "ADP" && !participle) return false;
    for (let k = s; k < i; k++) {
      if (groupAt.has(k) && !(participle && k === s)) return false;
      if (lower(k) === "," && !(isDate[k - 1] && tok(k + 1)?.pos === "ADP")) return false;
    }
    return true;
  }

  /** The first comma from `k` before `end` (or `end`). */
  function nextComma(k: number, end: number): number {
    while (k < end && lower(k) !== ",") k++;
    return k;
  }

  function segmentOf(i: number): number {
    for (const [s, e] of segments) if (i >= s && i < e) return s;
    return 0;
  }

  /** Whether a date comes from `k` before the next finite verb. */
  function datedBeforeVerb(k: number, end: number): boolean {
    for (let j = k; j < end; j++) {
      if (isFiniteGroup(groupAt.get(j))) return false;
      if (isDate[j]) return true;
    }
    return false;
  }

  /**
   * Whether the clause has had its own finite verb, outside the side phrases, before `i`;
   * with `notSetOff`, not counting an -ed form right after a comma, which may yet be a
   * participle set off on the subject ("The plan, announced in January, with …").
   */
  function verbBefore(i: number, segStart: number, notSetOff = false): boolean {
    return groups.some(
      (x) =>
        x.from >= segStart &&
        x.to <= i &&
        isFiniteGroup(x) &&
        !(
          notSetOff &&
          lower(x.from - 1) === "," &&
          /^(?:ed|part)$/.test(tok(x.head)?.form ?? "")
        ) &&
        !units.some((u) => u.kind !== "main" && u.from <= x.from && x.to <= u.to),
    );
  }

  /**
   * Whether a finite verb of the clause comes before `i` with nothing between that starts
   * another clause (a comma, a conjunction): "filed a lawsuit against the state of emergency
   * Trump declared", not "…, and chairman John Dickinson presented".
   */
  function verbOfStretch(i: number, segStart: number): boolean {
    let k = i - 1;
    while (k >= segStart && !groupAt.has(k)) {
      const t = tok(k) as Token;
      if (t.lower === "," || t.lower === ";" || t.pos === "CCONJ" || t.pos === "SCONJ")
        return false;
      k--;
    }
    const g = groupAt.get(k);
    return g !== undefined && verbBefore(g.to, segStart) && isFiniteGroup(g);
  }

  /** A participle phrase from `i`: fronted ones end at their comma, others at the next comma. */
  function partFrom(i: number, segStart: number, end: number): Unit {
    const fronted = isFronted(i, segStart);
    const to = fronted ? endOfFronted(i + 1, end) : endOfSide(i + 1, end, i);
    return unit("part", i, to, i);
  }

  /**
   * Where a verb in the past comes after `k`, past its complements, before anything that
   * opens or closes a clause (a comma, a conjunction, a relative or subordinating word): the
   * verb the clause still needs; -1 when none does.
   */
  function verbOfItsOwnAfter(k: number, end: number): number {
    for (let j = k; j < end && j - k < 12; j++) {
      const t = tok(j) as Token;
      if (t.text === "," || t.text === ";" || t.pos === "CCONJ" || t.pos === "SCONJ") return -1;
      if (RELATIVE_WORD.test(t.lower)) return -1;
      const g = groupAt.get(j);
      if (g !== undefined) {
        const head = tok(g.head);
        return head?.pos === "VERB" && /^(?:past|ed|pres)$/.test(head.form ?? "") && !isDate[j]
          ? j
          : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the noun phrase ending before `i` follows a wh-word or "that": "resembled what
   * Scali reported" — then it and the verb at `i` are a clause's subject and verb, not a noun
   * and its participle ("Scali was reported").
   */
  function relativeSubjectBefore(i: number, segStart: number): boolean {
    let np = i - 1;
    while (
      np > segStart &&
      !RELATIVE_WORD.test(lower(np - 1)) &&
      (isNominal(tok(np - 1)) || tok(np - 1)?.pos === "DET")
    )
      np--;
    return np < i && RELATIVE_WORD.test(lower(np - 1));
  }

  /**
   * Where a fronted adverbial from `k` ("in May,", "on September 4, 1962,") ends: the token
   * after its closing comma, or null when no comma closes it before a verb.
   */
  function afterFrontedAdverbial(k: number, end: number): number | null {
    let c = k;
    // The comma inside "September 4, 1962" is part of the date, not the adverbial's end.
    const closes = (x: number) => lower(x) === "," && !dateComma(x);
    while (c < end && !closes(c) && !groupAt.has(c) && c - k < 12) c++;
    return lower(c) === "," ? c + 1 : null;
  }

  /** ", and in May, Apollo 10 flew …" or "… and besieged Kafriya": a coordinated clause or predicate. */
  function coordination(i: number, end: number): Unit | null {
    // "deemed the political and economic future of Japan firmly established": between an
    // article's adjective and another adjective, "and" joins the two inside one noun phrase.
    if (tok(i - 1)?.pos === "ADJ" && tok(i - 2)?.pos === "DET" && tok(i + 1)?.pos === "ADJ")
      return null;
    // "a call between Trump and then-newly elected President Zelensky": after "between" a
    // noun and "and", a second noun follows, never a clause.
    let np = i - 1;
    while (np > 0 && /^(?:NOUN|PROPN|DET|ADJ|NUM)$/.test(tok(np)?.pos ?? "")) np--;
    if (np < i - 1 && lower(np) === "between") return null;
    let k = i + 1;
    // The comma that closes a fronted adverbial ("and on September 7, 1822, declared"), which
    // closes no clause when a predicate follows it.
    let adverbialEnd = -1;
    // The comma that closes a longer phrase set off right after the conjunction.
    let setOffEnd = -1;
    const accept = (u: Unit): Unit => {
      if (setOffEnd >= 0) interrupterEnds.add(setOffEnd);
      return u;
    };
    // "and, one year later, returned": a phrase set off by commas right after the conjunction.
    if (lower(k) === ",") {
      let c = k + 1;
      while (c < end && c - k < 10 && lower(c) !== "," && !groupAt.has(c)) c++;
      // Only before a predicate ("and, by early reports, at least 30 injured" is no clause).
      const verb = lower(c) === "," ? groupAt.get(pastAdverbs(c + 1, end)) : undefined;
      if (c > k + 1 && verb !== undefined && /^(?:ed|past)$/.test(tok(verb.head)?.form ?? "")) {
        interrupterEnds.add(c);
        k = c + 1;
        // Its verb is the predicate's, in the past, whatever the first pass made of it.
        finite.set(verb, true);
      } else {
        const past = pastConjunctionComma(k, end);
        if (past !== null) {
          k = past.at;
          setOffEnd = past.setOff ?? -1;
        }
      }
    }
    // A fronted adverbial inside the new clause: "and in May, …", "and in 1839 conducted".
    if (tok(k)?.pos === "ADP" || isDate[k]) {
      const after = afterFrontedAdverbial(k, end);
      // "who performed for WWE … and for AEW under the name Brodie Lee, died": a phrase
      // with no time in it, then a verb with no subject, ends a list of phrases; the verb
      // is the clause's, not a second predicate ("and in May, flew" is one).
      const bare =
        after !== null &&
        groupAt.has(pastAdverbs(after, end)) &&
        !isDate.slice(k, after).some(Boolean) &&
        !finiteBefore(i);
      if (bare) return null;
      if (after !== null) {
        k = after;
        adverbialEnd = after - 1;
      } else {
        let d = tok(k)?.pos === "ADP" ? k + 1 : k;
        if (isDate[d]) {
          while (d < end && isDate[d]) d++;
          k = d;
        }
      }
    }
    while (tok(k)?.pos === "ADV" && k < end) k++;
    const g = groupAt.get(k);
    if (g !== undefined) {
      // "the automobile, patented by Karl Benz in 1886 and marketed beginning in 1888": a bare
      // participle right after a participle phrase goes on with that phrase.
      // ("first produced … in 1934 and then successfully reopened …": adverbs may come between.)
      if (
        tokens.slice(i + 1, k).every((t) => t.pos === "ADV") &&
        g.from === g.head &&
        mayBeParticiple(tok(g.head) as Token) &&
        !objectAt(g.to) &&
        units.some(
          (p) =>
            p.kind === "part" && p.to === i && mayBeParticiple(tok(p.marker ?? p.from) as Token),
        )
      ) {
        finite.set(g, false);
        // It ends where the phrase before would have: at its comma, or before its clause's verb.
        const to = isFronted(i, segmentOf(i)) ? endOfFronted(g.to, end) : endOfSide(g.to, end, k);
        return unit("part", i, Math.min(to, nextCoordinator(g.to, end)), i);
      }
      // "… and besieged Kafriya": a predicate with the clause's subject.
      const f = finite.get(g);
      if (f === true || (f !== false && tok(g.head)?.form !== "ing")) {
        finite.set(g, true);
        if (adverbialEnd >= 0) interrupterEnds.add(adverbialEnd);
        const u = unit("coord", i, nextCoordinator(g.to, end), i);
        u.sharedSubject = true;
        return accept(u);
      }
      return null;
    }
    // "… and buses and ambulances arrived": a subject, then a finite verb — after a
    // complete clause; before one, "and" joins nouns inside the subject.
    if (!finiteBefore(i) || subjectOpenBefore(i)) return null;
    let sawNominal = false;
    // "and despite punitive British bombardments did not end their practices": a phrase
    // opened by a preposition holds one noun phrase, its object; with no other noun phrase
    // before the verb, the predicate shares the clause's subject.
    const opensWithPhrase = tok(k)?.pos === "ADP" && !isDate[k + 1];
    let determiners = 0;
    // How far the subject may run; a participle phrase on it lets it run further.
    let reach = 14;
    // Inside a participle phrase on the subject, which may have its own time ("a trial issue
    // produced by Secker & Warburg in 1956 illustrated by John Driver was abandoned").
    let onParticiple = false;
    for (let c = k; c < end && c - k < reach; c++) {
      if (!top(c)) continue;
      const h = groupAt.get(c);
      if (h !== undefined && sawNominal && nounParticiple(h, c)) {
        c = h.to - 1;
        reach += 6;
        onParticiple = true;
        continue;
      }
      if (h !== undefined) {
        if (sawNominal && isFiniteGroup(h) && opensWithPhrase && determiners <= 1) {
          const u = unit("coord", i, nextCoordinator(h.to, end), i);
          u.sharedSubject = true;
          return accept(u);
        }
        // "helped Israel and Lebanon negotiate an agreement": a bare base form after a
        // singular subject does not agree with it, so it is no tense of a new clause but the
        // infinitive of the verb before ("help them negotiate").
        const head = tok(c - 1);
        const singular =
          (head?.pos === "PROPN" || (head?.pos === "NOUN" && head.lemma === head.lower)) &&
          !/s$/.test(head?.lower ?? "") &&
          !tokens.slice(k, c).some((x) => x.pos === "CCONJ");
        if (sawNominal && h.from === h.head && tok(h.head)?.form === "base" && singular)
          return null;
        if (sawNominal && isFiniteGroup(h))
          return accept(unit("coord", i, nextCoordinator(h.to, end), i));
        return null;
      }
      // ("and mutual recognition accompanied by Israeli withdrawal from territories it had
      // occupied": past a participle phrase, a subject pronoun opens a relative clause.)
      if (onParticiple && SUBJECT_PRONOUN.test(lower(c))) return null;
      // ("and with José de San Martín he played": a subject pronoun is a subject of its own.)
      if (c > k && (tok(c)?.pos === "DET" || tok(c)?.pos === "PRON" || tok(c)?.pos === "ADP"))
        determiners += SUBJECT_PRONOUN.test(lower(c)) ? 2 : 1;
      const t = tok(c) as Token;
      // "but the Senate, owing to an accidental oversight, did not ratify": a phrase set off
      // by commas between the subject and its verb.
      if (t.lower === "," && sawNominal) {
        const close = interrupterEnd(c, end);
        if (close !== null) return accept(unit("coord", i, nextCoordinator(close, end), i));
      }
      if (t.lower === "," || t.lower === ";" || t.pos === "SCONJ" || (isDate[c] && !onParticiple))
        return null;
      // "between French soldiers and members of the militia near what is now Uniontown": after
      // a preposition, "what" opens a noun clause, and the verb that follows is its own.
      // (Not inside a fronted phrase: "and after journeying in what is today Germany, he …".)
      if (
        /^(?:what|whatever)$/.test(t.lower) &&
        tok(c - 1)?.pos === "ADP" &&
        sawNominal &&
        tok(k)?.pos !== "ADP" &&
        tok(k)?.pos !== "SCONJ"
      )
        return null;
      // "dispatched Barlow, Donaldson, and O'Brien to North Africa and concluded treaties": a
      // verb after another "and" is a predicate of the first clause; what came before it is
      // the end of an object list, not a subject.
      if (t.pos === "CCONJ" && groupAt.has(pastAdverbs(c + 1, end))) return null;
      if (isNominal(t)) sawNominal = true;
    }
    return null;
  }

  /**
   * Where the new clause's words begin after a conjunction's comma (`comma`), or null: "and,
   * in 1933, they managed" opens with a fronted phrase of time or place, read as the clause's
   * own; "but, lacking the navy squadron that strengthened Perry's position, it took Harris
   * far longer" opens after a longer phrase set off by commas, whatever verbs it holds, an
   * interrupter of the coordinated clause (`setOff`, its closing comma).
   */
  function pastConjunctionComma(
    comma: number,
    end: number,
  ): { at: number; setOff: number | null } | null {
    const fronted =
      (tok(comma + 1)?.pos === "ADP" || isDate[comma + 1] === true) &&
      afterFrontedAdverbial(comma + 1, end) !== null;
    if (fronted) return { at: comma + 1, setOff: null };
    const close = closeOfSetOff(comma, end);
    return close === null ? null : { at: close + 1, setOff: close };
  }

  /**
   * The comma closing a phrase set off right after a conjunction's comma (`comma`), or null:
   * the next comma of the sentence's own level, not one inside a date, within a phrase's
   * length.
   */
  function closeOfSetOff(comma: number, end: number): number | null {
    for (let c = comma + 1; c < end && c - comma <= 25; c++) {
      if (lower(c) === ";" || /^[.!?]$/.test(lower(c))) return null;
      if (lower(c) === "," && top(c) && !dateComma(c)) return c > comma + 1 ? c : null;
    }
    return null;
  }

  /** Whether `k` to `end` is "police revealed on Saturday.": a short noun phrase, a verb of saying, its time. */
  function trailingAttribution(k: number, end: number): boolean {
    let v = k;
    while (
      v < end &&
      v - k < 5 &&
      (isNominal(tok(v)) || tok(v)?.pos === "DET" || tok(v)?.pos === "ADJ")
    )
      v++;
    if (v === k || !tokens.slice(k, v).some((t) => t.pos === "NOUN" || t.pos === "PROPN"))
      return false;
    const g = groupAt.get(v);
    if (g === undefined || g.passive || !SAYING.test(tok(g.head)?.lemma ?? "")) return false;
    for (let j = g.to; j < end; j++) {
      const t = tok(j);
      if (!(isDate[j] || t?.pos === "ADP" || t?.pos === "ADV" || t?.pos === "PUNCT")) return false;
    }
    return true;
  }

  /**
   * "the leaders of Cyprus, Greece and Israel signed": a comma between names after "of"
   * (or "between", "from"), the last joined by "and", lists the preposition's objects.
   */
  function listAfterOf(comma: number, end: number): boolean {
    let a = comma - 1;
    while (a > 0 && (isNominal(tok(a)) || tok(a)?.pos === "DET") && !isDate[a]) a--;
    if (a === comma - 1 || !/^(?:of|between|from)$/.test(lower(a))) return false;
    let k = comma + 1;
    while (k < end && (isNominal(tok(k)) || tok(k)?.pos === "DET") && !isDate[k]) k++;
    if (k === comma + 1 || !LIST_JOINER.test(lower(k))) return false;
    let b = k + 1;
    while (b < end && (isNominal(tok(b)) || tok(b)?.pos === "DET")) b++;
    return b === end && b > k + 1;
  }

  /**
   * Whether a conjunction and a new subject come before `i` with no verb since: "and the
   * Allies, now including the United States, invaded" — the verb is that subject's.
   */
  function subjectSinceCoordinator(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 20; k--) {
      if (isFiniteGroup(groupAt.get(k))) return false;
      const next = tok(k + 1);
      if (tok(k)?.pos === "CCONJ" && (isNominal(next) || next?.pos === "DET")) return true;
    }
    return false;
  }

  /**
   * The opening comma of a prepositional phrase that the comma at `close` ends ("…, owing
   * to an oversight,", "Kennedy, in 1961,"), when it holds no verb and follows a noun.
   */
  function commaPhraseStart(close: number, from: number): number | null {
    for (let c = close - 1; c > from && close - c <= 14; c--) {
      if (isFiniteGroup(groupAt.get(c)) || !top(c)) return null;
      if (lower(c) !== "," || dateComma(c)) continue;
      // "the Allies, now including the United States,": an adverb may open it.
      let first = c + 1;
      while (tok(first)?.pos === "ADV") first++;
      const opener = tok(first);
      const opens = opener?.pos === "ADP" || (opener?.pos === "VERB" && opener.form === "ing");
      return opens && isNominal(tok(c - 1)) ? c : null;
    }
    return null;
  }

  /**
   * Where a phrase set off by commas from `comma` ends, when a finite verb follows its
   * closing comma ("…, owing to an accidental oversight, did not ratify"): the verb's index.
   */
  function interrupterEnd(comma: number, end: number): number | null {
    for (let c = comma + 1; c < end && c - comma <= 10; c++) {
      if (isFiniteGroup(groupAt.get(c))) return null;
      if (lower(c) === ";" || tok(c)?.pos === "CCONJ") return null;
      if (lower(c) !== ",") continue;
      const v = pastAdverbs(c + 1, end);
      return isFiniteGroup(groupAt.get(v)) ? v : null;
    }
    return null;
  }

  /** The end of a predicate in a list: the next comma or conjunction that opens another predicate. */
  function nextListItem(from: number, end: number): number {
    for (let k = from; k < end; k++) {
      if (!top(k)) continue;
      const t = tok(k) as Token;
      if (t.lower === "," || (t.pos === "CCONJ" && coordinationAhead(k, end))) {
        const g = groupAt.get(k + 1);
        if (t.pos === "CCONJ" || (g !== undefined && isFiniteGroup(g))) return k;
      }
    }
    return end;
  }

  function previousGroupIsIng(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const g = groupAt.get(k);
      // ("an attempt at revising and extending the terms": a gerund after a preposition is
      // a noun, and the -ing form joined to it another.)
      // ("before reversing course and pressing forward": after a preposition of time the
      // -ing forms are participles all the same.)
      if (g !== undefined)
        return (
          tok(g.head)?.form === "ing" &&
          (tok(g.from - 1)?.pos !== "ADP" || GERUND_PREPOSITIONS.test(lower(g.from - 1)))
        );
    }
    return false;
  }

  /** Whether the comma at `c` closes a short verbless phrase right after "and" or "but". */
  function frontedAfterConjunction(c: number): boolean {
    for (let k = c - 1; k >= 0 && c - k <= 6; k--) {
      if (groupAt.has(k) || lower(k) === "," || isDate[k]) return false;
      if (tok(k)?.pos === "CCONJ") return k < c - 1 && lower(k - 1) === ",";
    }
    return false;
  }

  /**
   * Whether a clause opened by "that" or a relative word before `i` has no verb yet: "their
   * demands that PLO officials and Palestinians … participate" — the "and" joins its subject.
   */
  function subjectOpenBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
      const g = groupAt.get(k);
      if (g !== undefined && isFiniteGroup(g)) return false;
      const t = tok(k) as Token;
      // "…, and as a result, France and the United States waged": the comma closes a phrase
      // fronted after the conjunction, and the subject that follows is still open.
      if (t.lower === "," && k < i - 1 && frontedAfterConjunction(k)) return true;
      // ("where Benjamin Franklin, John Adams, and South Carolinian John Rutledge
      // represented": the commas of a list of names are inside the subject.)
      if (t.lower === "," && tok(k - 1)?.pos === "PROPN" && tok(k + 1)?.pos === "PROPN") continue;
      if (t.lower === "," && k === i - 1 && tok(k - 1)?.pos === "PROPN" && listBefore(k)) continue;
      if (t.lower === "," || t.lower === ";" || isDate[k]) return false;
      if (
        (RELATIVE_WORD.test(t.lower) || t.lower === "where") &&
        t.pos !== "DET" &&
        !thatDeterminer(tokens, k)
      )
        return k < i - 1;
      // "rallied in Beijing as Mao and Lin Biao encouraged them": after a subordinator, "and"
      // joins the nouns of that clause's subject, which has no verb yet.
      if (CLAUSE_OPENER.test(t.lower) || (t.lower === "as" && tok(k + 1)?.pos === "PROPN"))
        return k < i - 1;
      if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP") return false;
    }
    return false;
  }

  /** Whether a name before the comma at `k` is the last of two or more names set off by commas ("Franklin, John Adams,"). */
  function listBefore(k: number): boolean {
    let j = k - 1;
    while (j > 0 && tok(j)?.pos === "PROPN") j--;
    return lower(j) === "," && tok(j - 1)?.pos === "PROPN";
  }

  /**
   * Whether the clause a conjunction at `i` sits in already has its finite verb; a verb
   * of a relative or subordinate clause inside it ("the Council, which represents the
   * companies, pushed back") does not count.
   */
  function finiteBefore(i: number): boolean {
    const s = segmentOf(i);
    let candidate = false;
    for (let k = i - 1; k >= s; k--) {
      if (!top(k)) continue;
      const g = groupAt.get(k);
      // ("a group called the Kenya Land and Freedom Army": a verb of naming right after a
      // noun, before a name, names inside the noun phrase; the "and" is the name's.)
      const namingInside =
        g !== undefined &&
        g.finite === "maybe" &&
        namesAName(tokens, g) &&
        isNominal(tok(g.from - 1)) &&
        tokens.slice(g.to, i).every((t) => t.pos === "PROPN" || t.pos === "DET");
      if (g !== undefined && isFiniteGroup(g) && !namingInside) candidate = true;
      const t = tok(k) as Token;
      // "as a war hero": a subordinator with no clause after it is a preposition; the first
      // "as" of "as early as July" is a degree word, the last of "as well as" joins nouns.
      if (
        t.pos === "SCONJ" ||
        RELATIVES.test(t.lower) ||
        (SUBORDINATORS.test(t.lower) &&
          (t.pos !== "ADP" || clauseFollows(k + 1, i)) &&
          !(t.lower === "as" && lower(k + 2) === "as") &&
          !(t.lower === "as" && lower(k - 1) === "well" && lower(k - 2) === "as"))
      ) {
        if (!candidate) return false;
        // The verb found belongs to this marker's clause: look for one before it.
        candidate = false;
        continue;
      }
      if (candidate && (t.lower === "," || k === s)) return true;
    }
    return candidate;
  }

  function nextCoordinator(from: number, end: number): number {
    for (let k = from; k < end; k++) {
      if (!top(k)) continue;
      const t = tok(k) as Token;
      if (t.pos === "CCONJ" && COORDINATORS.test(t.lower) && coordinationAhead(k, end)) return k;
    }
    return end;
  }

  /** Whether a conjunction at `i` joins a predicate without a subject of its own: "and died …". */
  function predicateAhead(i: number, end: number): boolean {
    let k = i + 1;
    // "… and in 1834 captured the city": a date before the verb changes nothing.
    if (tok(k)?.pos === "ADP" && isDate[k + 1]) k++;
    while (isDate[k] && k < end) k++;
    while (tok(k)?.pos === "ADV" && k < end) k++;
    return groupAt.has(k);
  }

  /**
   * Whether the verb group at `c` is a participle on the noun before it, followed by a
   * finite verb: in "but all the bills filed have been stuck" the verb is "have been stuck".
   */
  function nounParticiple(h: VerbGroup, c: number): boolean {
    const form = tok(h.head)?.form;
    if (!isNominal(tok(c - 1))) return false;
    // ("and American planes carrying weapons began arriving": an -ing form with its object
    // between a noun and the verb.)
    if (form === "ing" && h.from === h.head) {
      let k = h.to;
      while (k < h.to + 5 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tok(k)?.pos ?? "")) k++;
      const next = groupAt.get(k);
      return k > h.to && next !== undefined && isFiniteGroup(next);
    }
    // ("his list of Crypto-Communists and Fellow-Travellers sent to the Information Research
    // Department": a verb that must take an object, with "to" right after it instead, is the
    // noun's participle, not a clause's verb.)
    if (
      (form === "ed" || form === "part" || form === "past") &&
      h.from === h.head &&
      OBJECT_VERB.test(tok(h.head)?.lemma ?? "") &&
      lower(h.to) === "to"
    )
      return true;
    // ("between Maronite forces and militias led by Walid Jumblatt's party": a bare form that
    // may be a participle, with its agent right after it, is the noun's, whatever follows.)
    if (
      (form === "ed" || form === "part" || form === "past") &&
      h.from === h.head &&
      lower(h.to) === "by" &&
      mayBeParticiple(tok(h.head) as Token)
    )
      return true;
    if (!(form === "ed" || form === "part")) return false;
    // ("and an edition illustrated by the cartoonist Ralph Steadman was published": so past
    // the participle's agent.)
    let after = h.to;
    if (lower(after) === "by") {
      after++;
      while (after < h.to + 8 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tok(after)?.pos ?? "")) after++;
    }
    const next = groupAt.get(after);
    return next !== undefined && isFiniteGroup(next);
  }

  function coordinationAhead(i: number, end: number): boolean {
    let k = i + 1;
    // ("and, in 1933, they managed", "but, lacking a squadron, it took": a phrase set off
    // after the conjunction opens the new clause.)
    // (With no comma closing a phrase there, the conjunction's comma stays where it is.)
    if (lower(k) === "," && k + 1 < end) k = pastConjunctionComma(k, end)?.at ?? k;
    if (tok(k)?.pos === "ADP" || isDate[k]) k = afterFrontedAdverbial(k, end) ?? k;
    while (tok(k)?.pos === "ADV" && k < end) k++;
    const g = groupAt.get(k);
    if (g !== undefined) return finite.get(g) !== false && tok(g.head)?.form !== "ing";
    for (let c = k; c < end && c - k < 14; c++) {
      const h = groupAt.get(c);
      if (h !== undefined && c > k && nounParticiple(h, c)) {
        c = h.to - 1;
        continue;
      }
      if (h !== undefined) return isFiniteGroup(h) && c > k;
      const t = tok(c) as Token;
      if (t.lower === "," || t.pos === "SCONJ") return false;
    }
    return false;
  }

  /** Whether tokens from `k` to the end of the segment are noun phrases set off by commas, and nothing else. */
  function appositionsToEnd(k: number, end: number): boolean {
    let nouns = 0;
    for (let j = k; j < end; j++) {
      const t = tok(j) as Token;
      if (t.pos === "PUNCT" && /^[.!?]$/.test(t.text)) break;
      if (isNominal(t)) nouns++;
      else if (!(t.pos === "DET" || t.pos === "ADJ" || t.lower === "," || /^['’]s$/.test(t.text)))
        return false;
    }
    return nouns > 0;
  }

  /** Whether tokens from `k` to the end of the segment are only nouns and names joined by "and" and commas. */
  function nounListToEnd(k: number, end: number): boolean {
    let joiner = false;
    let j = k;
    for (; j < end; j++) {
      const t = tok(j) as Token;
      if (t.pos === "PUNCT" && /^[.!?]$/.test(t.text)) break;
      if (LIST_JOINER.test(t.lower)) joiner = true;
      // (A comma after the last item closes the list: "… Auguste and Louis Lumière, in 1894".)
      else if (joiner && t.lower === ",") return false;
      // ("leading to the visit of an envoy, a joint statement of no hostile intent, and a
      // reciprocal visit by Albright to Pyongyang in October 2000": items may have their
      // own phrases, and the last its date, once "and" has closed the list.)
      else if (
        !(
          isNominal(t) ||
          t.pos === "ADJ" ||
          t.pos === "DET" ||
          t.lower === "," ||
          t.pos === "ADP" ||
          (joiner && isDate[j])
        ) ||
        (isDate[j] && !joiner)
      )
        return false;
    }
    return joiner && j > k;
  }

  /** After a comma, more short verbless items each closed by a comma, then "and"/"or": a series. */
  function seriesGoesOn(comma: number, end: number): boolean {
    let k = comma + 1;
    for (let items = 0; items < 8 && k < end; items++) {
      if (LIST_JOINER.test(lower(k))) return true;
      let j = k;
      while (j < end && j - k < 6 && tok(j)?.lower !== "," && !groupAt.has(j)) {
        if (tok(j)?.pos === "CCONJ" || tok(j)?.pos === "SCONJ") return false;
        j++;
      }
      if (tok(j)?.lower !== "," || j === k) return false;
      k = j + 1;
    }
    return false;
  }

  /** ", NP," after a noun, with no verb inside: an apposition. */
  function apposition(comma: number, end: number): Unit | null {
    const first = tok(comma + 1);
    if (first === undefined) return null;
    if (!(first.pos === "DET" || first.pos === "ADJ" || isNominal(first) || first.pos === "PRON"))
      return null;
    if (first.pos === "PRON" && !POSSESSIVE.test(first.lower)) return null;
    for (let k = comma + 1; k < end && k - comma < 16; k++) {
      if (!top(k)) continue;
      const t = tok(k) as Token;
      // ("commander in chief since June 15, 1775, used": the comma inside a date goes on.)
      if (t.lower === "," && dateComma(k)) continue;
      if (t.lower === ",") {
        // "Portuguese, Spanish, and Dutch traders": the items of a series, not an apposition.
        if (k === comma + 1 || seriesGoesOn(k, end)) return null;
        return unit("appos", comma + 1, k, comma);
      }
      // "born in Paris, France on August 2, 1754, the third child": a name alone set off by a
      // comma ends where a dated phrase begins; the date is the clause's.
      if (
        (t.pos === "ADP" || t.pos === "SCONJ") &&
        isDate[k + 1] &&
        k > comma + 1 &&
        tokens.slice(comma + 1, k).every((x) => x.pos === "PROPN")
      )
        return unit("appos", comma + 1, k, comma);
      const datedPreposition = t.pos === "SCONJ" && isDate[k + 1];
      // "the Company, a joint stock company founded in 1600 with …, was": a participle
      // phrase inside the apposition, which ends as a relative clause there does.
      if (groupAt.has(k) && !isFiniteGroup(groupAt.get(k)))
        return relativeInApposition(comma, k, end);
      if (
        groupAt.has(k) ||
        (t.pos === "SCONJ" && !datedPreposition) ||
        t.pos === "CCONJ" ||
        t.lower === ";"
      )
        return null;
      if (RELATIVES.test(t.lower)) return relativeInApposition(comma, k, end);
    }
    return null;
  }

  /**
   * "Pioneer 4 went on to enter solar orbit, a feat the Soviet Luna 1 accomplished two months
   * earlier": after a complete clause, "a" or "an" and a noun with a clause of its own sum up
   * what the clause told; they run to the sentence's end, and what they date is theirs.
   */
  function resumptive(comma: number, end: number, segStart: number): Unit | null {
    if (!/^(?:a|an)$/.test(lower(comma + 1)) || !verbBefore(comma, segStart, true)) return null;
    // ("Schopenhauer fathered, with a servant, an illegitimate daughter": after a phrase set
    // off between the verb and the comma, the noun is the verb's object.)
    const verb = groups
      .filter((g) => g.to <= comma && g.from >= segStart && isFiniteGroup(g))
      .at(-1);
    if (
      verb === undefined ||
      verb.to === comma ||
      tokens.slice(verb.to, comma).some((t) => t.text === ",")
    )
      return null;
    let k = comma + 2;
    while (tok(k)?.pos === "ADJ") k++;
    if (tok(k)?.pos !== "NOUN") return null;
    // (Its own clause: a relative word, or a subject and a verb right after the noun.)
    const next = tok(k + 1);
    if (
      next === undefined ||
      !(
        RELATIVES.test(next.lower) ||
        next.lower === "that" ||
        next.pos === "DET" ||
        next.pos === "PROPN"
      )
    )
      return null;
    let stop = k + 1;
    while (stop < end && lower(stop) !== ";" && lower(stop) !== "." && top(stop)) stop++;
    if (!tokens.slice(k + 1, stop).some((_, j) => isFiniteGroup(groupAt.get(k + 1 + j))))
      return null;
    return unit("appos", comma + 1, stop, comma);
  }

  /**
   * "John Couch Adams, a young Englishman who had just completed his studies at Cambridge,
   * began …": a relative clause (or a participle phrase) inside an apposition, which ends at
   * the comma that a verb of the clause around it follows. Null when no such comma comes.
   */
  function relativeInApposition(comma: number, k: number, end: number): Unit | null {
    if (!isNominal(tok(k - 1))) return null;
    for (let c = k + 1; c < end && c - k < 25; c++) {
      if (lower(c) === ";") return null;
      if (lower(c) !== "," || dateComma(c)) continue;
      return isFiniteGroup(groupAt.get(pastAdverbs(c + 1, end)))
        ? unit("appos", comma + 1, c, comma)
        : null;
    }
    return null;
  }
}

/**
 * Whether token `i` is a subject pronoun right after a common noun (or its closing quote):
 * "the “territories” it had occupied", "the house he had bought" — a relative clause
 * without "that" begins there when a verb follows.
 */
function subjectPronounAfterNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const noun = prev?.pos === "PUNCT" && /^[”’"]$/.test(prev.text) ? tokens[i - 2] : prev;
  return t?.pos === "PRON" && SUBJECT_PRONOUN.test(t.lower) && noun?.pos === "NOUN";
}

/**
 * Whether a verb group is one of naming with the name right after it: "an orbiter called
 * Juno", "a group called the Kenya Land and Freedom Army".
 */
function namesAName(tokens: readonly Token[], g: VerbGroup): boolean {
  return (
    NAMING_VERB.test(tokens[g.head]?.lemma ?? "") &&
    (tokens[g.to]?.pos === "PROPN" ||
      (tokens[g.to]?.lower === "the" && tokens[g.to + 1]?.pos === "PROPN"))
  );
}

/**
 * Where the verb of a relative clause without "that" would stand if one begins at `i`:
 * after a subject pronoun ("the house he had bought"), or after a name with a past verb
 * ("the state of emergency President Donald Trump declared last Friday"). -1 if none does.
 */
function contactVerbAt(tokens: readonly Token[], i: number): number {
  if (subjectPronounAfterNoun(tokens, i)) return i + 1;
  // (A capitalised noun before the name is its title: "Chairman John Dickinson presented".)
  const noun = tokens[i - 1];
  // ("President Donald Trump": a title is part of the name.)
  const named = (t: Token | undefined) =>
    t?.pos === "PROPN" || (t?.pos === "NOUN" && /^\p{Lu}/u.test(t.text));
  if (!named(tokens[i]) || noun?.pos !== "NOUN" || !/^\p{Ll}/u.test(noun.text)) return -1;
  let k = i;
  while (named(tokens[k]) && k - i < 6) k++;
  const verb = tokens[k];
  return verb?.pos === "VERB" && (verb.form === "past" || verb.form === "ed") ? k : -1;
}

/**
 * Whether the words from `from` to `i` measure how long before or after ("Minutes before",
 * "Two days after", "Shortly before"): then the subordinator at `i` still opens the segment.
 */
function measureBefore(tokens: readonly Token[], from: number, i: number): boolean {
  if (i - from < 1 || i - from > 3) return false;
  return tokens
    .slice(from, i)
    .every((t) => t.pos === "NUM" || t.pos === "ADV" || TIME_UNIT.test(t.lower));
}

/**
 * The one-word verb whose object noun phrase ends right before `i`, after the segment's start
 * `s`: "see" in "see Israel| defeated", "had" in "had a play| produced".
 */
function verbOfObjectBefore(
  tokens: readonly Token[],
  groups: readonly VerbGroup[],
  i: number,
  s: number,
): VerbGroup | undefined {
  let k = i - 1;
  while (
    k > s &&
    (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]?.pos ?? "") ||
      (tokens[k]?.pos === "PRON" && POSSESSIVE.test(tokens[k]?.lower ?? "")) ||
      /^(?:him|her|them|it|us|me)$/.test(tokens[k]?.lower ?? ""))
  )
    k--;
  if (k === i - 1) return undefined;
  const verb = groups.find((x) => x.to === k + 1);
  return verb?.head === k ? verb : undefined;
}

/** Verbs whose object may take a participle as its complement: "see Israel defeated". */
const OBJECT_COMPLEMENT_VERB =
  /^(?:see|watch|hear|have|get|want|find|leave|keep|need|like|prefer)$/;

/**
 * Whether tokens [from, to) are only prepositional phrases: prepositions ("for" too, which
 * the tagger may read as a conjunction), their nouns, determiners, adjectives, numbers,
 * dates, and gerunds after a preposition ("for writing") — no clause of their own.
 */
function onlyPhraseBetween(
  tokens: readonly Token[],
  isDate: readonly boolean[],
  from: number,
  to: number,
): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (isDate[k] || t.lower === "for") continue;
    // ("raged from 1568 until a truce was signed": a subordinator opens a clause.)
    if (SUBORDINATORS.test(t.lower) || RELATIVES.test(t.lower) || t.lower === "that") return false;
    // ("reported on Sunday the party had …": a noun phrase after another with no preposition
    // between is a subject, whose clause this is.)
    const before = tokens[k - 1];
    if (
      t.pos === "DET" &&
      k > from &&
      (isDate[k - 1] || /^(?:NOUN|PROPN|NUM)$/.test(before?.pos ?? ""))
    )
      return false;
    if (/^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) continue;
    if (t.pos === "VERB" && t.form === "ing" && (before?.pos === "ADP" || before?.lower === "for"))
      continue;
    return false;
  }
  return true;
}

/**
 * The participle of an absolute phrase opened right after the comma at `comma`: a
 * possessive, adjectives and nouns ending in a noun, then a bare participle with no object
 * after it ("…, his battered corpse found hanging in a latrine"), or an article, a word or two
 * and an -ing participle ("…, the last resulting in …"); undefined otherwise.
 */
function absoluteParticiple(
  tokens: readonly Token[],
  groupAt: ReadonlyMap<number, VerbGroup>,
  comma: number,
): VerbGroup | undefined {
  // ("…as the STS-13 crew, the mission renamed STS-41C in September 1983": after an article
  // too, when the participle is one of naming and the name follows it, which no finite
  // "renamed" without an object could have.)
  const article = /^(?:the|a|an)$/.test(tokens[comma + 1]?.lower ?? "");
  if (!POSSESSIVE.test(tokens[comma + 1]?.lower ?? "") && !article) return undefined;
  // ("…, the last resulting in his capture and execution in Havana in 1851": after an article,
  // a word or two of its own and an -ing participle, whose subject they are.)
  if (article) {
    let m = comma + 2;
    while (m < comma + 5 && /^(?:ADJ|ADV|NOUN|NUM)$/.test(tokens[m]?.pos ?? "")) m++;
    const ing = groupAt.get(m);
    if (m > comma + 2 && ing !== undefined && ing.from === ing.head && tokens[m]?.form === "ing")
      return ing;
  }
  let n = comma + 2;
  while (tokens[n]?.pos === "ADJ" || tokens[n]?.pos === "NOUN") n++;
  const g = groupAt.get(n);
  if (n === comma + 2 || tokens[n - 1]?.pos !== "NOUN" || g === undefined || g.from !== g.head)
    return undefined;
  if (!mayBeParticiple(tokens[g.head] as Token)) return undefined;
  if (article)
    return NAMING_VERB.test((tokens[g.head]?.lemma ?? "").replace(/^re(?=name)/, "")) &&
      tokens[g.to]?.pos === "PROPN"
      ? g
      : undefined;
  return tokens[g.to]?.form === "ing" || tokens[g.to]?.pos === "ADP" ? g : undefined;
}

/** Decide, for each bare -ed or base form in a segment, whether it is a finite verb. */
function decideFiniteness(
  tokens: readonly Token[],
  isDate: readonly boolean[],
  groups: VerbGroup[],
  groupAt: Map<number, VerbGroup>,
  s: number,
  e: number,
  top: (i: number) => boolean,
  out: Map<VerbGroup, boolean>,
): void {
  // Whether a phrase of place or time, not an object, follows the verb ending before `k`
  // ("killed at the bombing", "killed in 2015"; not "killed at least ten people").
  const noObjectAfter = (k: number): boolean => {
    if (isDate[k]) return true;
    if (tokens[k]?.pos !== "ADP") return false;
    for (let j = k + 1; j <= k + 2; j++) if (tokens[j]?.pos === "NUM" && !isDate[j]) return false;
    return true;
  };
  // Whether the phrase opened by the verb group `g` closes with a comma, a finite verb after it
  // ("The operation, called Peace Spring, began …").
  const closedBeforeVerb = (g: VerbGroup): boolean => {
    for (let k = g.to; k < e && k < g.to + 15; k++) {
      // "The Treaty of Paris, signed in 1783 and ratified in 1784, ended the war": a bare
      // participle after "and" carries on the participle phrase, which goes on to the comma.
      const next = groupAt.get(k);
      const chained =
        tokens[k - 1]?.pos === "CCONJ" &&
        next?.head === k &&
        next.to === k + 1 &&
        mayBeParticiple(tokens[k] as Token);
      if (chained) continue;
      if (next !== undefined) return false;
      // (A comma inside a date, "September 17, 1978", closes nothing.)
      if (tokens[k]?.lower === "," && !isDate[k] && !(isDate[k - 1] && isDate[k + 1])) {
        let v = k + 1;
        while (tokens[v]?.pos === "ADV") v++;
        // ("The Sunday trade ban, introduced in 2018, also hurt sales": a verb whose past is
        // its base form, or a plural present, is as finite there.)
        // ("The Camp David Summit, held in September 1978, was a pivotal moment": so is a
        // finite "be" or auxiliary, the verb of a clause that links its subject to a noun.)
        return (
          groupAt.has(v) &&
          ((tokens[v]?.pos === "VERB" && /^(?:ed|past|pres|base)$/.test(tokens[v]?.form ?? "")) ||
            (tokens[v]?.pos === "AUX" && /^(?:past|pres|modal)$/.test(tokens[v]?.form ?? "")))
        );
      }
    }
    return false;
  };
  // Whether the "and" before `i` ends a participle phrase: the last verb before it was decided
  // a bare participle, with no comma since.
  const participleBefore = (i: number): boolean => {
    for (let k = i - 2; k >= s; k--) {
      if (tokens[k]?.lower === ",") return false;
      const g = groups.find((x) => x.to === k + 1);
      if (g !== undefined)
        return (
          out.get(g) === false && g.from === g.head && mayBeParticiple(tokens[g.head] as Token)
        );
    }
    return false;
  };
  // Whether an object noun phrase ending right before `i` follows a verb that takes an object
  // and its complement ("see Israel defeated", "found the city destroyed").
  const objectComplement = (i: number): boolean => {
    const verb = verbOfObjectBefore(tokens, groups, i, s);
    return verb !== undefined && OBJECT_COMPLEMENT_VERB.test(tokens[verb.head]?.lemma ?? "");
  };
  // Whether `i` is inside the phrase a preposition (not a subordinator) opens the segment
  // with, before that phrase's comma.
  let openingComma = -1;
  if (tokens[s]?.pos === "ADP" && !SUBORDINATORS.test(tokens[s]?.lower ?? ""))
    for (let k = s + 1; k < e && openingComma < 0; k++)
      if (tokens[k]?.lower === "," && top(k)) openingComma = k;
  const inOpeningPhrase = (i: number): boolean => openingComma > i;
  // Whether "by" follows at `k`, past any adverbs: a passive's agent.
  const agentAfter = (k: number): boolean => {
    let j = k;
    while (tokens[j]?.pos === "ADV") j++;
    return tokens[j]?.lower === "by";
  };
  // "Initially started in July 2008 by Ricardo Garcia, youtube-dl is …": only adverbs of
  // manner or time before a verb opening the sentence leave it the sentence's first word
  // ("When confronted with …" is a subordinate clause's).
  const opensAfterAdverbs = (i: number): boolean =>
    i > s && i - s <= 2 && tokens.slice(s, i).every((t) => t.pos === "ADV" && /ly$/.test(t.lower));
  let clauseHasVerb = false;
  let segmentHasVerb = false;
  // Inside a relative clause on the subject, before the main clause has its verb: "The
  // argument over which nation would incorporate the state led to the war".
  let inRelative = false;
  // Whether the relative clause has had its verb, though "and" may have opened another part
  // of it since ("who performed for WWE … and for AEW under the name Brodie Lee, died").
  let relativeHasVerb = false;
  let mainHasVerb = false;
  let lastBoundary = s;
  let afterCoordinator = false;
  let sawSubject = false;
  let lastComma = -1;
  // After "says" a subject and a verb make the reported clause: "says inspectors returned".
  let reported = false;
  // A bare -ed form after a noun, taken for the clause's verb though "by" follows it.
  let guessed: VerbGroup | null = null;
  /**
   * ('a poem, "Pikes Peak", first published in …'): a comma, then adverbs, before token
   * `i`, after a noun or a closing quotation mark.
   */
  const setOffByComma = (i: number): boolean => {
    let k = i - 1;
    while (k > 0 && tokens[k]?.pos === "ADV") k--;
    return (
      k < i - 1 &&
      tokens[k]?.lower === "," &&
      (isNominal(tokens[k - 1]) || /^[”"’']$/.test(tokens[k - 1]?.text ?? ""))
    );
  };
  // Such a guess on a noun set off by a comma after the subject ("the Company, a joint stock
  // company founded in 1600 with …,"), kept past the comma that closes that phrase.
  let appositive: VerbGroup | null = null;
  // A verb of naming guessed for the clause's before a name ("a group called the Kenya Land
  // and Freedom Army, popularly known as the Mau Mau, began"): kept past the commas of the
  // phrases on that name, for a tense after a comma to prove it a participle.
  let naming: VerbGroup | null = null;
  // A guess whose agent phrase after "by" an "and" between names has just continued.
  let agentAnd: VerbGroup | null = null;
  // A guess with its agent after it ("joined by Isa Boletini and his men"), kept past the
  // commas of that agent's phrase until a verb is decided.
  let byGuess: VerbGroup | null = null;
  // An -ed form set off by a comma right after the subject ("The American Federation of Labor
  // (AFL), originally called the Federation of …, was established"), guessed the clause's
  // verb until a tense after the phrase's closing comma proves it a participle.
  let setOff: VerbGroup | null = null;
  let prevTop: Token | undefined;
  // A segment opened by a subordinator ("When Danzig became part of Prussia in 1793, Heinrich
  // moved…") has its main clause after the comma that closes the subordinate one.
  let frontedClause = SUBORDINATORS.test(tokens[s]?.lower ?? "") || tokens[s]?.pos === "SCONJ";
  for (let i = s; i < e; i++) {
    const t = tokens[i] as Token;
    if (!top(i)) continue;
    const prev = prevTop;
    prevTop = t.lower === ")" || t.lower === "]" ? prevTop : t;
    if (t.lower === ",") {
      appositive = guessed !== null && onAppositive(tokens, guessed.from, s) ? guessed : null;
      if (setOff !== null && i >= setOff.to) {
        appositive ??= setOff;
        setOff = null;
      }
      lastComma = i;
      // Across a comma a later -ed verb belongs to another phrase: the guess stands.
      guessed = null;
    } else if (groupAt.has(i)) {
      // "…, was by now providing": a tense right after the comma closing the appositive has
      // no subject but the one before it, so the guess on the appositive was a participle.
      const g = groupAt.get(i) as VerbGroup;
      const only = appositive ?? (g.finite === true ? naming : null);
      if (
        only !== null &&
        prev?.lower === "," &&
        // "The next mission, an orbiter called Juno, arrived": after a verb of naming, which
        // names inside the appositive, an -ed form may be the clause's verb too.
        (g.finite === true ||
          (g.finite === "maybe" &&
            tokens[g.head]?.form === "ed" &&
            (NAMING_VERB.test(tokens[only.head]?.lemma ?? "") ||
              // "The Wild Boy of Aveyron, a feral child caught in 1798, showed signs": two
              // predicates of one subject are joined by "and", never by a bare comma, so the
              // -ed form in the apposition is its participle and this one the clause's verb.
              // (Only on the subject, before any verb of the clause: "benefited from the
              // typewriter, invented in 1867, the cash register, invented …" lists objects.)
              (onAppositive(tokens, only.from, s) &&
                appositiveWithArticle(tokens, only.from) &&
                tokens[g.to]?.lower !== "by" &&
                !groups.some((o) => o.from >= s && o.from < only.from && out.get(o) === true))))) &&
        groups.every(
          (o) => o === only || o.from < lastBoundary || o.from >= i || out.get(o) !== true,
        )
      ) {
        out.set(only, false);
        mainHasVerb = false;
        clauseHasVerb = false;
        segmentHasVerb = false;
      }
      appositive = null;
    }
    if (frontedClause && t.lower === "," && clauseHasVerb) {
      frontedClause = false;
      clauseHasVerb = false;
      // "As the numbers swelled, some leaders who saw … labeled …": the fronted clause's verb
      // is not the main clause's, which is still to come.
      mainHasVerb = false;
      segmentHasVerb = false;
      lastBoundary = i + 1;
      continue;
    }
    // "and, as prices fell, the workers protested": a comma right after a conjunction opens
    // a phrase set off inside what the conjunction opens.
    if (t.lower === "," && afterCoordinator && prev?.pos === "CCONJ") {
      lastBoundary = i + 1;
      continue;
    }
    // "returned to the house he had bought": a subject pronoun right after a noun, once the
    // clause has its verb, opens a relative clause without "that".
    // ("mutual recognition accompanied by …": an -ed form with its agent after it stays a
    // guess, which the relative clause's verb may yet prove a participle.)
    const contactRelative =
      clauseHasVerb &&
      (guessed === null || tokens[guessed.to]?.lower !== "by") &&
      groupAt.has(contactVerbAt(tokens, i));
    // ("the treaty between the United States and the Republic of China, originally signed
    // in 1954": the "and" that "between" asks for joins two nouns, no clauses.)
    let back = i - 1;
    while (
      back > s &&
      /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(tokens[back]?.pos ?? "") &&
      tokens[back]?.lower !== "between"
    )
      back--;
    const betweenAnd = t.pos === "CCONJ" && t.lower === "and" && tokens[back]?.lower === "between";
    // ("held that month with …": a word of a date, "that" here, opens no clause.)
    if (
      contactRelative ||
      (!isDate[i] &&
        ((t.pos === "CCONJ" && !betweenAnd) ||
          t.pos === "SCONJ" ||
          RELATIVES.test(t.lower) ||
          // ("moved on Trenton where the Hessians were encamped": "where" after a place opens
          // a clause of its own, whose verb is not the head clause's.)
          (t.lower === "where" && isNominal(prev)) ||
          // "in what has widely been called an honor killing": after a preposition "what"
          // opens a noun clause, whose verb is its own, not a second verb of the clause.
          (t.lower === "what" && prev?.pos === "ADP") ||
          (t.lower === "that" && t.pos !== "DET") ||
          // ("details how his father made …": after a verb of telling, "how" opens a clause.)
          (t.lower === "how" && prev !== undefined && TELLING.test(prev.lemma)) ||
          (SUBORDINATORS.test(t.lower) && t.pos !== "ADJ" && t.pos !== "NOUN")))
    ) {
      // "…, and when Apollo 8's LM arrived in June 1968, defects were discovered": a
      // subordinate clause opening a clause ends at the comma after its verb.
      if (
        t.pos !== "CCONJ" &&
        !RELATIVES.test(t.lower) &&
        (i === lastBoundary || afterCoordinator || measureBefore(tokens, lastBoundary, i))
      )
        frontedClause = true;
      // "The raid that killed nine activists angered Turkey": "that" after a noun opens a
      // relative clause as "which" does.
      const relative =
        RELATIVES.test(t.lower) || ((t.lower === "that" || t.lower === "where") && isNominal(prev));
      if (relative && !mainHasVerb && i > s) {
        inRelative = true;
        relativeHasVerb = false;
      }
      // "ships built by Harland and Wolff carried …": "and" between names right after the
      // "by" of an -ed form guessed for the verb may join the agents, not two clauses.
      agentAnd =
        t.pos === "CCONJ" &&
        guessed !== null &&
        tokens[guessed.to]?.lower === "by" &&
        i > guessed.to + 1 &&
        tokens.slice(guessed.to + 1, i).every((x) => x.pos === "PROPN")
          ? guessed
          : null;
      clauseHasVerb = false;
      reported = false;
      lastBoundary = i + 1;
      afterCoordinator = t.pos === "CCONJ";
      continue;
    }
    const g = groupAt.get(i);
    if (g === undefined) {
      if (t.pos !== "ADV") afterCoordinator = false;
      if (isNominal(t) && t.pos !== "NUM") sawSubject = true;
      continue;
    }
    const head = tokens[g.head] as Token;
    let f: boolean;
    // "…murdered by the guards, his battered corpse found hanging in a latrine the next
    // morning": after a complete clause and its comma, a noun phrase opened by a possessive
    // and a participle with no object is an absolute phrase, whose verb is no tense. (Not an
    // indefinite one: "Anime North, a fan-run convention launched in 1997" is an apposition.)
    if (mainHasVerb && lastComma >= s && absoluteParticiple(tokens, groupAt, lastComma) === g)
      f = false;
    // "known to fans as the I-Man": after "to" comes a base form or a noun, never a tense.
    else if (prev?.lower === "to" && head.form !== "base" && head.form !== null) f = false;
    // "In an effort to solve the Entscheidungsproblem defined precisely by Hilbert in 1928,
    // mathematicians first set about …": inside a phrase a preposition opens the sentence
    // with, before its comma, an -ed form after a noun with its agent after it is a passive
    // participle on that noun; a preposition takes no clause (a subordinator does: "After
    // the war ended in 1945, …").
    else if (
      inOpeningPhrase(i) &&
      g.from === g.head &&
      (head.form === "ed" || head.form === "past") &&
      mayBeParticiple(head) &&
      isNominal(prev) &&
      prev?.pos !== "PRON" &&
      agentAfter(g.to)
    )
      f = false;
    // "released a summary of a phone call made by President Trump": a past form that is its
    // participle too ("made", "held", "built"), after a noun and before "by", once the clause
    // has its verb, is the participle. So too before a date ("reconsidered his decision made
    // the previous day"), when it is such a form and follows a noun, not a pronoun subject.
    else if (
      g.finite === true &&
      g.from === g.head &&
      head.form === "past" &&
      clauseHasVerb &&
      isNominal(prev) &&
      (tokens[g.to]?.lower === "by" ||
        (isDate[g.to] === true && prev?.pos === "NOUN" && pastIsParticiple(head.lower, head.lemma)))
    )
      f = false;
    // A past that is its participle too ("built", "held") is the participle where no tense
    // can be: after a determiner and a degree adverb, an adjective as an -ed form is below
    // ("the hardest fought and bloodiest battle"); set off by commas after the subject with
    // the clause's verb after them ("The bridge, built in 1890, collapsed"); opening the
    // sentence, where a tense would have no subject ("Built in 1890, the bridge …"); and after
    // "and", carrying on such a phrase ("built in 1890 and rebuilt in 1920").
    else if (
      g.finite === true &&
      g.from === g.head &&
      head.form === "past" &&
      mayBeParticiple(head) &&
      ((prev?.pos === "ADV" && tokens[i - 2]?.pos === "DET") ||
        (prev?.lower === "," &&
          sawSubject &&
          !segmentHasVerb &&
          !clauseHasVerb &&
          closedBeforeVerb(g)) ||
        // "was part of the territory of Louisiana, sold to the United States in 1803": after a
        // noun and a comma, once the clause has its verb, a verb that must take an object with
        // none after it is the passive participle on that noun.
        (prev?.lower === "," &&
          isNominal(tokens[i - 2]) &&
          clauseHasVerb &&
          OBJECT_VERB.test(head.lemma) &&
          noObjectAfter(g.to)) ||
        (i === s && tokens[g.to]?.pos === "ADP") ||
        (prev?.pos === "CCONJ" && participleBefore(i)))
    )
      f = false;
    else if (g.finite === true) {
      f = true;
      // "Although paper used for writing became widespread": a tense right after the phrase
      // that an -ed form guessed for the verb opens on a noun ("used for writing") proves that
      // form a participle on the noun, the tense being the clause's one verb.
      if (
        guessed !== null &&
        !REPORTING_VERB.test(tokens[guessed.head]?.lemma ?? "") &&
        onlyPhraseBetween(tokens, isDate, guessed.to, i)
      ) {
        out.set(guessed, false);
        guessed = null;
      }
    } else if (g.finite === false) f = false;
    else if (prev?.lower === "to" || prev?.form === "modal") f = false;
    else if (afterCoordinator && segmentHasVerb) {
      // "… ended the Space Race and fulfilled a goal": a predicate coordinated with the clause's.
      f = true;
    } else if (head.form === "base") {
      // "officials say": a base form right after its subject is a present tense.
      f =
        (isNominal(prev) && prev?.pos !== "NUM" && !clauseHasVerb && i > lastBoundary) ||
        // "Notable artists who were blacklisted in the 1940s and 1950s include …": after a
        // relative clause on the subject, with its verb, the main clause's verb comes.
        (inRelative && relativeHasVerb && !mainHasVerb && isNominal(prev) && !objectComplement(i));
    } else if (i === s || prev?.lower === "," || opensAfterAdverbs(i)) {
      // ", rejoined al-Nusra in 2016": an -ed form taking an object after a comma continues
      // the clause's predicates; ", supported by Turkey" or a fronted one is a participle.
      // Before the clause has its verb, an -ed form after a comma is that verb, the
      // subject having been interrupted ("Lamar, the second president of Texas, appointed").
      const object = tokens[g.to];
      // (", received last year during a visit": a date after it is no object.)
      const takesObject =
        object !== undefined &&
        !isDate[g.to] &&
        object.lower !== "by" &&
        (object.pos === "DET" ||
          object.pos === "PROPN" ||
          object.pos === "NOUN" ||
          object.pos === "ADV" ||
          object.pos === "ADJ" ||
          object.pos === "NUM" ||
          object.pos === "PRON");
      // "The army, supported by Russian aircraft, captured …": with its agent after it, an
      // -ed form set off by a comma is a passive participle on the noun before.
      // (", followed a year later by the Fordney-McCumber Act": a span of time may come between.)
      let by = g.to;
      if (
        TIME_UNIT.test(tokens[by + 1]?.lower ?? "") &&
        /^(?:later|earlier)$/.test(tokens[by + 2]?.lower ?? "")
      )
        by += 3;
      const agent = agentAfter(by) && prev?.lower === ",";
      // "The operation, called Peace Spring, began …", "Imus, known to fans as the I-Man,
      // died": a phrase closed by a comma with a verb right after it interrupts the subject.
      const interrupts =
        prev?.lower === "," && !segmentHasVerb && !clauseHasVerb && closedBeforeVerb(g);
      // "Norton, who in 1859 proclaimed himself emperor, died in 1880": the comma closing a
      // relative clause on the subject leaves the main clause's verb still to come.
      const afterRelative =
        prev?.lower === "," && inRelative && !mainHasVerb && (clauseHasVerb || relativeHasVerb);
      f =
        i !== s &&
        !opensAfterAdverbs(i) &&
        !agent &&
        !interrupts &&
        ((takesObject && segmentHasVerb) ||
          (sawSubject && !clauseHasVerb && !segmentHasVerb) ||
          afterRelative);
      if (f && afterRelative) inRelative = false;
    } else if (clauseHasVerb) {
      // "whether he abused …": after a subject pronoun an -ed form is a verb (no participle
      // modifies "he"), and a new clause has begun.
      f =
        (inRelative && !mainHasVerb && isNominal(prev)) ||
        // A date is no subject: "concluded in 1805 included" begins no reported clause.
        (reported && isNominal(prev) && !isDate[i - 1]) ||
        (prev?.pos === "PRON" && /^(?:he|she|they|we|i|you)$/.test(prev.lower));
      if (f) inRelative = false;
      // "121 buses accompanied by ambulances entered the towns": the first -ed form, passive
      // with "by" after a noun, was a participle; this one is the clause's verb.
      const infinitiveAfter =
        tokens[g.to]?.lower === "to" &&
        tokens[g.to + 1]?.form === "base" &&
        !CATENATIVE.test(head.lemma);
      // ("Zhuyin developed out of a form of Chinese shorthand based on Chinese characters":
      // not a verb that must take an object with a preposition where the object would be;
      // that is a participle on the noun before it, and the first -ed form stays the verb.)
      const participleItself =
        OBJECT_VERB.test(head.lemma) && tokens[g.to]?.pos === "ADP" && !isDate[g.to + 1];
      // (Nor one with its own agent after it: "fighting erupted between Maronite forces and
      // militias led by Jumblatt's party" — that one is the participle.)
      if (
        !f &&
        guessed !== null &&
        isNominal(prev) &&
        head.form === "ed" &&
        !agentAfter(g.to) &&
        !infinitiveAfter &&
        !participleItself
      ) {
        out.set(guessed, false);
        guessed = null;
        f = true;
      }
    } else if (
      (segmentHasVerb || (clauseHasVerb && setOffByComma(i))) &&
      head.form === "ed" &&
      g.from === g.head &&
      (isNominal(prev) || setOffByComma(i)) &&
      OBJECT_VERB.test(head.lemma) &&
      noObjectAfter(g.to)
    )
      // "comforted the families of the employees and children killed at the bombing": once the
      // clause has its verb, a verb that must take an object, with none after it, is a passive
      // participle on the noun before ("children who were killed"), not a clause of its own.
      f = false;
    // "Not wanting to see Israel defeated, Nixon agreed", "had a play produced": after the
    // object of a verb of perceiving, causing or keeping, the participle completes that verb.
    else if (head.form === "ed" && g.from === g.head && objectComplement(i)) f = false;
    // "to award Carr, Gibson, and Pogue the Distinguished Service Medal in a ceremony attended
    // by thousands": what follows "and" holds two noun phrases in a row ("Pogue" "the …
    // Medal"), which no subject does, so it is no clause; the -ed form before "by" is a
    // participle on the noun before it.
    else if (
      head.form === "ed" &&
      g.from === g.head &&
      tokens[g.to]?.lower === "by" &&
      tokens[lastBoundary - 1]?.pos === "CCONJ" &&
      tokens
        .slice(lastBoundary, i - 1)
        .some(
          (x, j) => /^(?:NOUN|PROPN)$/.test(x.pos) && tokens[lastBoundary + j + 1]?.pos === "DET",
        )
    )
      f = false;
    else
      f =
        isNominal(prev) ||
        // "Years of fighting emptied Mughal coffers": a gerund a preposition takes ends a noun
        // phrase, the subject, as a noun would.
        (prev?.form === "ing" &&
          tokens[i - 2]?.pos === "ADP" &&
          !clauseHasVerb &&
          !segmentHasVerb) ||
        // "the most rarefied ranks": after a determiner and a degree adverb it is an adjective.
        (prev?.pos === "ADV" && tokens[i - 2]?.pos !== "DET") ||
        // "the military launched": an adjective after "the" is the noun it names.
        (prev?.pos === "ADJ" &&
          tokens[i - 2]?.pos === "DET" &&
          // "a disastrous attempted invasion": before a noun it modifies that noun.
          tokens[g.to]?.pos !== "NOUN");
    afterCoordinator = false;
    // … and a tense right after the names that follow it is the clause's verb: the agents
    // were all of them ("Harland and Wolff"), and the guess was a participle on the subject.
    if (
      agentAnd !== null &&
      f &&
      g.from === g.head &&
      (head.form === "ed" || head.form === "past") &&
      i > lastBoundary &&
      tokens.slice(lastBoundary, i).every((x) => x.pos === "PROPN")
    ) {
      out.set(agentAnd, false);
      guessed = null;
    }
    agentAnd = null;
    // "the International Gendarmerie joined by Isa Boletini and his men, mostly from Kosovo,
    // and northern Mirdita Catholics were defeated": after the agent's phrase, its commas and
    // an "and", a noun phrase and a tense are the rest of the subject and the clause's verb.
    if (
      byGuess !== null &&
      f &&
      afterCoordinator === false &&
      tokens[lastBoundary - 1]?.pos === "CCONJ" &&
      tokens[lastBoundary - 2]?.lower === "," &&
      i > lastBoundary &&
      tokens.slice(lastBoundary, i).every((x) => /^(?:DET|ADJ|NOUN|PROPN)$/.test(x.pos)) &&
      (g.passive || head.form === "past" || head.form === "ed") &&
      groups.every((o) => o === byGuess || o.from < s || o.from >= i || out.get(o) !== true)
    )
      out.set(byGuess, false);
    byGuess = null;
    out.set(g, f);
    // "121 buses accompanied by ambulances entered", "The treaty concluded in 1805 included":
    // an -ed form after a noun with "by" or a phrase of time or place after it, rather than
    // an object, may yet prove a participle if another -ed verb follows.
    // ("A conference held that month with delegates … failed": so may a past that is its
    // participle too, and before a date as before a phrase.)
    const pastParticiple =
      g.finite === true && g.from === g.head && head.form === "past" && mayBeParticiple(head);
    // ("paper used for writing became": a gerund after a preposition leaves the guess open.)
    const gerundObject =
      !f && head.form === "ing" && (prev?.pos === "ADP" || prev?.lower === "for");
    const guess = f && (g.finite === "maybe" || pastParticiple) && isNominal(prev);
    if (
      guess &&
      tokens[g.to]?.lower === "by" &&
      /^(?:PROPN|DET)$/.test(tokens[g.to + 1]?.pos ?? "")
    )
      byGuess = g;
    if (!gerundObject)
      guessed =
        guess &&
        (tokens[g.to]?.lower === "by" ||
          tokens[g.to]?.pos === "ADP" ||
          // (a preposition the tagger may read as a conjunction: "used for writing")
          tokens[g.to]?.lower === "for" ||
          isDate[g.to] === true ||
          namesAName(tokens, g))
          ? g
          : null;
    let b = g.from - 1;
    while (tokens[b]?.pos === "ADV") b--;
    if (
      f &&
      g.finite === "maybe" &&
      g.from === g.head &&
      head.form === "ed" &&
      tokens[b]?.lower === "," &&
      (isNominal(tokens[b - 1]) || tokens[b - 1]?.text === ")") &&
      !groups.some((o) => o.from >= s && o.from < g.from && out.get(o) === true)
    )
      setOff = g;
    if (guessed !== null && namesAName(tokens, g)) naming = guessed;
    else if (f) naming = null;
    const afterReport = reported;
    // "announced it would continue": after a verb of saying, a new clause begins.
    // "told CNN she thought her husband devised …": a reported clause may report another.
    if (f) reported = REPORTING_VERB.test(head.lemma);
    // "filed a motion claiming the emergency is unconstitutional": so after a participle of
    // saying, once the clause has its verb; the tense after it is the reported clause's.
    // ("a ruling finding in favor of a lawsuit filed by …" reports nothing.)
    else if (
      clauseHasVerb &&
      head.form === "ing" &&
      REPORTING_VERB.test(head.lemma) &&
      tokens[g.to]?.pos !== "ADP"
    )
      reported = true;
    if (f) {
      // Two finite verbs in one clause: the first bare -ed form was a participle
      // modifying the subject ("The treaty signed in 1919 came into force").
      if (clauseHasVerb && g.finite === true && !afterReport) {
        for (const earlier of groups) {
          // Across a comma the first verb belongs to a side phrase that has ended.
          if (earlier.from < lastBoundary || earlier.from >= i || earlier.from < lastComma)
            continue;
          if (earlier.finite === "maybe" && out.get(earlier) === true) out.set(earlier, false);
        }
      }
      clauseHasVerb = true;
      segmentHasVerb = true;
      if (!inRelative) mainHasVerb = true;
      else relativeHasVerb = true;
    }
  }
  // "The treatments were remdesivir, an antiviral drug; mAb114, a monoclonal antibody first
  // isolated from survivors in 1995; and REGN-EB3, …": between semicolons that close a list
  // ("; and" before its last item), an item whose only verb may be a participle on its noun
  // is a noun phrase of the list, not a clause.
  const listItem =
    tokens[s - 1]?.lower === ";" &&
    tokens.some(
      (t, k) => k >= e - 1 && t.lower === ";" && /^(?:and|or)$/.test(tokens[k + 1]?.lower ?? ""),
    );
  const own = groups.filter((o) => o.from >= s && o.from < e && out.get(o) === true);
  // ("Sweden defeated South Korea; Belgium defeated Panama; and …": a verb right after the
  // item's first noun phrase is its own; one after a comma, inside an apposition, is not.)
  if (
    listItem &&
    own.length > 0 &&
    own.every(
      (o) =>
        o.finite === "maybe" &&
        tokens[o.head]?.form === "ed" &&
        tokens.slice(s, o.from).some((t) => t.lower === ","),
    )
  )
    for (const o of own) out.set(o, false);
  // "A documentary film titled Bob Lazar: Area 51 & Flying Saucers may have spurred interest":
  // a verb of naming after a noun, with only the name between it and a tense, names inside
  // the subject; the tense is the clause's.
  for (const o of own) {
    if (
      o.finite !== "maybe" ||
      o.from !== o.head ||
      !namesAName(tokens, o) ||
      !isNominal(tokens[o.from - 1]) ||
      tokens[o.to]?.pos !== "PROPN"
    )
      continue;
    const next = groups.find((x) => x.from > o.to && x.from < e && x.finite === true);
    if (
      next !== undefined &&
      tokens
        .slice(o.to, next.from)
        .every((t) => /^(?:PROPN|NUM)$/.test(t.pos) || /^(?:[:&]|and|of|the)$/.test(t.lower))
    )
      out.set(o, false);
  }
}

/**
 * Whether the -ed form at `at` follows a noun phrase that a comma opens after a noun:
 * "…Company, a joint stock company founded in 1600", a phrase in apposition to the subject.
 */
function onAppositive(tokens: readonly Token[], at: number, s: number): boolean {
  let k = at - 1;
  while (k > s && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]?.pos ?? "")) k--;
  if (k === at - 1) return false;
  // ("Egyptian proposals …, along with a Soviet peace plan tabled that September, would be
  // rejected": a phrase joined to the subject by "along with" is set off the same way.)
  const opener = k;
  while (k > s && k > opener - 2 && tokens[k]?.pos === "ADP") k--;
  return tokens[k]?.lower === "," && isNominal(tokens[k - 1]);
}

/** Whether the noun phrase before the -ed form at `at` opens with an article after its comma ("…, a feral child caught"). */
function appositiveWithArticle(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]?.pos ?? "")) k--;
  return tokens[k]?.lower === "," && /^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? "");
}

/** Give each unit its parent (the smallest unit containing it), trimming crossing ranges. */
function nest(units: Unit[]): Unit[] {
  const sorted = [...units].sort((a, b) => a.from - b.from || b.to - a.to);
  const open: Unit[] = [];
  for (const u of sorted) {
    while (open.length > 0 && (open[open.length - 1] as Unit).to <= u.from) open.pop();
    const parent = open[open.length - 1] ?? null;
    if (parent !== null && u.to > parent.to) u.to = parent.to;
    u.parent = parent;
    if (u.to > u.from) open.push(u);
  }
  return sorted.filter((u) => u.to > u.from);
}
