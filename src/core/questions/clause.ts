import { isPastVerbAt, pastToBase } from "../verbs.ts";

/*
 * The shape of a simple past-tense sentence, enough to ask about it:
 * [intro,] subject verb rest ("After four days of fighting, rebels captured Idlib
 * city …"). Only sentences that parse cleanly get rephrased; anything with an
 * auxiliary, a relative clause in the subject or a comma before the verb returns
 * null and the caller quotes the sentence instead.
 */

/** A parsed clause. `rest` is cut at the first subordinate clause. */
export type Clause = {
  /** A leading adverbial ("after four days of fighting"), lower-cased by the caller if needed. */
  intro: string | null;
  /** Whether the intro is a participle phrase ("Supported by …"), which keeps its comma. */
  introIsParticiple: boolean;
  subject: string;
  /** An abbreviation written after the subject: "Hayat Tahrir al-Sham (HTS)" → "HTS". */
  abbreviation: string | null;
  /** "was"/"were" for passive or copular clauses, otherwise null. */
  aux: "was" | "were" | null;
  /** The finite verb as written (past tense), or the participle after the auxiliary. */
  verb: string;
  /** Base form of the verb for "did" questions (active clauses only). */
  base: string;
  /** Whether the verb reports speech or findings ("said", "reported"): what follows is a clause of its own. */
  speech: boolean;
  /** What follows the verb, cut at the first subordinate clause. */
  rest: string;
  /** `rest` with coordinated past verbs in base form ("… and manage to besiege …"). */
  restBase: string;
};

const INTRO =
  /^((?:After|Before|During|Following|With|Despite|Amid|Under|Upon|Having|Supported|Backed|Led|Facing|Throughout|As part of|In response to|In retaliation for|In return|According to|Shortly after|Soon after|From|At)\b[^,]{0,100}),\s+/;

/** Sentence adverbs that add nothing to a question ("However, …", "Meanwhile, …"). */
const DROPPED_INTRO =
  /^(?:However|Meanwhile|Eventually|Subsequently|Finally|Initially|Later|Earlier|Then|Afterwards|Nevertheless|Instead|Also|Again),\s+/;

const STOPPERS = new Set([
  "had",
  "has",
  "have",
  "is",
  "are",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "did",
  "does",
  "do",
  "not",
  "been",
  "being",
  "that",
  "which",
  "who",
  "whose",
  "whom",
  "if",
  "when",
]);

const BOUNDARIES: RegExp[] = [
  /\s*;/,
  /\s+[–—]\s+/,
  /:\s/,
  /,\s+(?:resulting|forcing|killing|leaving|causing|prompting|bringing|making|marking|sparking|triggering|ending|which|where|while|whereas|as|but|although|though|after which|of which|of whom|in which|during which|according|and\s+(?:the|a|an|its|their|it|they|he|she|this))\b/,
  /,\s+[a-z]+ing\b/,
  /,\s+(?:a|an|the)\s+[^,]*\b(?:said|reported|announced|told|claimed)\b/,
  /,\s+(?:he|she|they|it|we|i)\s+[a-z]+/,
  /\s+according to\b/,
  /,\s*$/,
];

/** Cut a predicate at its first subordinate or attribution clause. */
export function cutAtBoundary(rest: string): string {
  let end = rest.length;
  for (const b of BOUNDARIES) {
    const m = b.exec(rest);
    if (m && m.index < end) end = m.index;
  }
  return rest.slice(0, end).replace(/[,\s]+$/, "");
}

/** Verbs that report speech or findings: the rest of the sentence is what was said. */
const SPEECH = new Set([
  "say",
  "report",
  "announce",
  "claim",
  "state",
  "tell",
  "confirm",
  "warn",
  "deny",
  "add",
  "note",
  "declare",
  "insist",
  "suggest",
  "argue",
  "estimate",
]);

const SUBORDINATORS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "while",
  "when",
  "where",
  "after",
  "before",
  "because",
  "as",
  "if",
  "since",
  "until",
  "although",
  "though",
]);

/**
 * Cut "and" + a new clause with its own subject ("went to Zabadani and Madaya and
 * 19 arrived in …"): its verb would stay in the past in a "did" question.
 */
export function cutNewClause(rest: string): string {
  const words = rest.split(" ");
  let subordinate = -1;
  for (let i = 0; i < words.length; i++) {
    if (subordinate < 0 && SUBORDINATORS.has(words[i] ?? "")) subordinate = i;
    if (words[i] !== "and" || isPastVerbAt(words, i + 1)) continue;
    // "to Zabadani and Madaya and 19 arrived": a name between two "and"s continues a list.
    if (/^\p{Lu}/u.test(words[i + 1] ?? "") && words[i + 2] === "and") continue;
    // The new clause's subject may itself be a list ("and buses and ambulances arrived").
    for (let j = i + 2; j < Math.min(words.length, i + 6); j++) {
      const w = words[j] ?? "";
      if (/[,;]$/.test(words[j - 1] ?? "")) break;
      if (isPastVerbAt(words, j) || w === "was" || w === "were") {
        // "began as Hezbollah and the Syrian Army launched …": the whole "as" clause goes.
        return words.slice(0, subordinate >= 0 ? subordinate : i).join(" ");
      }
    }
  }
  return rest;
}

/** Put past verbs coordinated with the main verb into base form ("and managed" → "and manage"). */
function coordinatedToBase(rest: string): string {
  const words = rest.split(" ");
  for (let i = 1; i < words.length; i++) {
    // Past verbs inside a subordinate clause ("reported that the rebels shelled …") keep their tense.
    if (SUBORDINATORS.has(words[i - 1] ?? "")) break;
    if (words[i - 1] !== "and" || !isPastVerbAt(words, i)) continue;
    const base = pastToBase(words[i] ?? "");
    if (base !== null) words[i] = base;
  }
  return words.join(" ");
}

/** Parse a simple past-tense sentence into intro, subject, verb and rest; null when unsure. */
export function parseClause(text: string): Clause | null {
  let s = text
    .trim()
    .replace(/[.!]+$/, "")
    .trim();
  if (/^["“‘'(]/.test(s) || s.includes("?")) return null;
  let intro: string | null = null;
  let introIsParticiple = false;
  s = s.replace(DROPPED_INTRO, "");
  const m = INTRO.exec(s);
  if (m?.[1]) {
    intro = m[1];
    introIsParticiple = /^(?:Supported|Backed|Led|Facing|Having|According to)\b/.test(intro);
    s = s.slice(m[0].length);
  }
  const words = s.split(/\s+/);
  let verbAt = -1;
  let aux: Clause["aux"] = null;
  for (let i = 1; i < Math.min(words.length, 24); i++) {
    const word = words[i] ?? "";
    if (word === "was" || word === "were") {
      aux = word;
      verbAt = i;
      break;
    }
    if (STOPPERS.has(word.toLowerCase())) return null;
    if (isPastVerbAt(words, i)) {
      verbAt = i;
      break;
    }
    if (/[,;:]$/.test(word)) return null;
  }
  if (verbAt < 1) return null;
  let subject = words.slice(0, verbAt).join(" ");
  if (intro === null && !/^[\p{Lu}\d]/u.test(subject)) return null;
  // A pronoun needs its sentence; a subject with "says" in it is reported speech, not a subject.
  if (/^(?:it|they|he|she|this|these|those|its|that|there|one|we|i|you)$/i.test(subject))
    return null;
  if (
    /\b(?:says|claims|reports|tells|announces|adds|notes|insists|believes|thinks)\b/.test(subject)
  )
    return null;
  let abbreviation: string | null = null;
  const abbr = /^(.*\S)\s+\(([^()]+)\)$/.exec(subject);
  if (abbr?.[1] && abbr[2]) {
    subject = abbr[1];
    abbreviation = abbr[2];
  }
  // A balanced aside inside the subject ("the Organization … (OPCW) and …") is part of it.
  if (/[()]/.test(subject.replace(/\([^()]*\)/g, ""))) return null;
  const verb = words[verbAt] ?? "";
  const after = words.slice(verbAt + 1);
  if (aux !== null && /^(?:not|being|been)$/.test(after[0] ?? "")) return null;
  // What follows "said" is a clause of its own: its verbs keep their tense and it stays whole.
  const speech = aux === null && SPEECH.has(pastToBase(verb) ?? "");
  const cut = cutAtBoundary(after.join(" "));
  const rest = speech ? cut : cutNewClause(cut);
  if (aux !== null && rest.length === 0) return null;
  const base = aux === null ? (pastToBase(verb) ?? "") : verb;
  if (base === "") return null;
  return {
    intro,
    introIsParticiple,
    subject,
    abbreviation,
    aux,
    verb,
    base,
    speech,
    rest,
    restBase: aux === null && !speech ? coordinatedToBase(rest) : rest,
  };
}

/** The intro written at the end of a question (", supported by …" or " after …"). */
export function introTail(clause: Clause, lower: (text: string) => string): string {
  if (clause.intro === null) return "";
  return clause.introIsParticiple ? `, ${lower(clause.intro)}` : ` ${lower(clause.intro)}`;
}
