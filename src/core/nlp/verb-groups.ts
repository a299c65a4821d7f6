import { baseIsParticiple } from "./inflect.ts";
import type { Token } from "./tokens.ts";

/*
 * Verb groups: an auxiliary chain and its main verb ("had not been captured",
 * "will visit", "captured"), with what English grammar reads off them — whether
 * the group is finite (can be the verb of a clause), its tense and voice, and
 * negation. A past form without an auxiliary ("captured", "proposed") is a past
 * tense or a participle; clauses.ts decides which from the words around it.
 */

/** Time reference of a finite verb group. */
export type Tense = "past" | "perfect" | "present" | "future" | "modal" | "none";

export type VerbGroup = {
  /** Token range [from, to) of the group. */
  from: number;
  to: number;
  /** The main verb (the last verb of the group), or the auxiliary of a copular group. */
  head: number;
  /** Whether the group can be the verb of a clause; "maybe" for a bare -ed form. */
  finite: boolean | "maybe";
  tense: Tense;
  /** Be + participle: "was captured". */
  passive: boolean;
  negated: boolean;
};

/** "is expected to", "is going to", "is due to": a present form of "be" that points forward. */
const FUTURE_FRAME = /^(?:going|expected|scheduled|set|due|slated|poised|planned|about)$/;
/** Verbs of intending that, in the present, announce what is to happen: "Crews expect to restore". */
const INTENT = /^(?:expect|plan|intend|hope|aim|want|prepare|seek|vow|pledge|promise|threaten)$/;
const NEGATION = /^(?:not|n't|n’t|never)$/;
const FUTURE_MODALS = /^(?:will|shall|'ll|’ll|wo)$/;

/** The verb groups of a sentence's tokens; tokens flagged in `blocked` (dates) are never verbs. */
export function verbGroups(tokens: readonly Token[], blocked: readonly boolean[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  const verbal = (i: number) => {
    const t = tokens[i];
    return t !== undefined && !blocked[i] && (t.pos === "AUX" || t.pos === "VERB");
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!verbal(i)) continue;
    let j = i;
    let head = i;
    // Auxiliaries chain on through adverbs and negation to the main verb.
    while ((tokens[head] as Token).pos === "AUX") {
      let k = j + 1;
      while (
        k < tokens.length &&
        !blocked[k] &&
        (tokens[k]?.pos === "ADV" || NEGATION.test(tokens[k]?.lower ?? "")) &&
        k - j <= 3
      )
        k++;
      // "had in fact used", "was in turn replaced": a fixed phrase of a preposition and one
      // word, between an auxiliary and its verb, is an adverb there.
      if (
        tokens[k]?.pos === "ADP" &&
        !blocked[k] &&
        !blocked[k + 1] &&
        /^(?:NOUN|ADV)$/.test(tokens[k + 1]?.pos ?? "") &&
        tokens[k + 2]?.pos === "VERB" &&
        !blocked[k + 2]
      )
        k += 2;
      // "had offers": no auxiliary takes an -s form, so the auxiliary is the verb and the
      // -s word a plural noun the tagger misread.
      if (!verbal(k) || (tokens[k]?.pos === "VERB" && tokens[k]?.form === "pres")) break;
      j = k;
      head = k;
    }
    // "is expected to win", "are to be announced", "was going to close": a forward frame
    // and its infinitive are one verb group; the infinitive's verb is the clause's.
    const frame = tokens[head] as Token;
    // "is due to be published": an adjective frame between "be" and "to".
    const adjectiveFrame =
      frame.lemma === "be" &&
      FUTURE_FRAME.test(tokens[j + 1]?.lower ?? "") &&
      tokens[j + 2]?.lower === "to";
    const at = adjectiveFrame ? j + 1 : j;
    const intent =
      INTENT.test(frame.lemma) &&
      frame.pos === "VERB" &&
      (frame.form === "base" || frame.form === "pres");
    if (
      tokens[at + 1]?.lower === "to" &&
      verbal(at + 2) &&
      (adjectiveFrame ||
        intent ||
        FUTURE_FRAME.test(frame.lower) ||
        (frame.pos === "AUX" && frame.lemma === "be"))
    ) {
      const described = describe(tokens, i, j + 1, head);
      let k = at + 2;
      while (verbal(k + 1) && (tokens[k] as Token).pos === "AUX") k++;
      out.push({
        ...described,
        to: k + 1,
        head: k,
        tense: described.tense === "past" ? "past" : "future",
      });
      i = k;
      continue;
    }
    out.push(describe(tokens, i, j + 1, head));
    i = j;
  }
  return out;
}

/** Whether a form of "be" stands right before token `i`, adverbs aside ("was first cast"). */
function afterBe(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === "ADV") k--;
  return /^(?:am|is|are|was|were|be|been|being)$/.test(tokens[k]?.lower ?? "");
}

function describe(tokens: readonly Token[], from: number, to: number, head: number): VerbGroup {
  const group = tokens.slice(from, to);
  const first = group[0] as Token;
  const main = tokens[head] as Token;
  const negated = group.some((t) => NEGATION.test(t.lower));
  const auxes = group.filter((t) => t.pos === "AUX");
  const passive =
    main.pos === "VERB" &&
    // After "be", a form that is past and participle alike ("was built", "were put") is the participle.
    (main.form === "ed" ||
      main.form === "part" ||
      main.form === "past" ||
      // ("was cast", "were shut": a verb whose participle is its base form, which the tagger
      // reads as the base after "be".)
      (main.form === "base" && baseIsParticiple(main.lemma) && afterBe(tokens, head))) &&
    auxes.some((t) => t.lemma === "be" || t.lower === "been" || t.lower === "being");
  let finite: boolean | "maybe" = false;
  let tense: Tense = "none";
  if (first.pos === "AUX") {
    if (first.form === "modal") {
      finite = true;
      const perfect = group.some((t, i) => i > 0 && t.lemma === "have");
      tense = FUTURE_MODALS.test(first.lower) ? "future" : perfect ? "past" : "modal";
    } else if (first.form === "ing" || first.form === "part") {
      finite = false;
    } else if (first.lemma === "have") {
      finite = true;
      tense = first.form === "ed" || first.form === "past" ? "past" : "perfect";
    } else if (first.form === "past" || first.form === "ed") {
      finite = true;
      tense = "past";
    } else {
      finite = first.form !== "base" || first.lemma === "do";
      tense = "present";
    }
  } else if (main.form === "past") {
    finite = true;
    tense = "past";
  } else if (main.form === "ed") {
    finite = "maybe";
    tense = "past";
  } else if (main.form === "pres") {
    finite = true;
    tense = "present";
  } else if (main.form === "base") {
    finite = "maybe";
    tense = "present";
  }
  return { from, to, head, finite, tense, passive, negated };
}
