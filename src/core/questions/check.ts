import {
  type BankEvent,
  type BankSource,
  QUESTION_TYPES,
  type Question,
  QuestionSchema,
  type QuestionType,
} from "../bank-schema.ts";
import { formatDate, type ParsedDate, parseDate } from "../date-format.ts";
import { normalizeOption } from "../grade/choice-answer.ts";
import { gradeAnswer, rightResponse } from "../grade/index.ts";
import { matchesName } from "../grade/name-answer.ts";
import { textMemo } from "../text-memo.ts";
import { isDateConflict, otherDates, quoteStatesDate } from "./attribution.ts";
import { orderSpanOf } from "./context.ts";
import { before, type DaySpan, dateKeyOf, looseSpanOf, overlaps, spanOf } from "./date-span.ts";
import { formRules } from "./form-rules.ts";
import { dateLeak, nameLeak, numberLeak } from "./leaks.ts";
import { optionText } from "./strip-dates.ts";
import { foldForMatch } from "./text.ts";

/*
 * The rules every question must pass (DESIGN §4–§5, issue 4), as pure functions
 * returning the problems found, so they can be run on any bank: the seed bank in
 * tests, and banks built from teachers' uploaded documents before they publish.
 * Each rule family is one function over the question, its events and the bank.
 */

/** The parts of a bank the checks read. */
type CheckedBank = { sources: BankSource[]; events: BankEvent[] };

/** A document as given to the bank builder. */
type CheckedDocument = { id: string; text: string };

/** What the rules look up in the bank, computed once per bank. */
type BankIndex = {
  events: Map<string, BankEvent>;
  titles: Map<string, string>;
  /** Whether a folded quote occurs in a document, by document id; null when the documents are not at hand. */
  folded: Map<string, (foldedQuote: string) => boolean> | null;
  byText: Map<string, BankEvent>;
  /** Events by `namesKey` of their text, for options that write a surname out. */
  byNames: Map<string, BankEvent>;
  /** Events by `spelledKey`, for options that spell an abbreviation out; null where two share it. */
  bySpelled: Map<string, BankEvent | null>;
  dateCounts: Map<string, number>;
  /** orderSpanOf, computed once per event: sorting and option checks ask for it repeatedly. */
  orderSpan(event: BankEvent): DaySpan;
};

/** A question that parsed, with its events and its answer when that is a single string. */
type Subject = { q: Question; evs: BankEvent[]; answer: string | null; choices: string[] };

const SINGLE_EVENT = new Set<string>([
  "date-choice",
  "date-typed",
  "cloze",
  "what-happened",
  "numeric",
  "who",
  "where",
] satisfies QuestionType[]);
const CHOICE_KINDS = new Set<string>([
  "date-choice",
  "which-first",
  "what-happened",
] satisfies QuestionType[]);

/** Option texts and quotes recur across questions: each is normalised or folded once. */
const normalized = textMemo(normalizeOption, 4096);
const folded = textMemo(foldForMatch, 4096);
/** An event's text as its options show it, normalised: compared in every choice question. */
const optionKey = textMemo((text: string) => normalizeOption(optionText(text)), 4096);
const eventText = (e: BankEvent) => optionKey(e.text);
/**
 * An option's text with each name cut to its last word ("Thomas Knapp stood …" → "Knapp
 * stood …") and a name's "of" or "for" part left out ("the Partnership for Peace" → "the
 * Partnership"): an option is its event's text with a name written out in full.
 */
const namesKey = textMemo(
  (text: string) =>
    normalizeOption(
      optionText(
        text
          .replace(
            /(?<=\p{Lu}[\p{L}'’-]*)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu,
            "",
          )
          .replace(/(?:\p{Lu}[\p{L}'’.-]*\s+)+(?=\p{Lu})/gu, ""),
      ),
    ),
  4096,
);
/**
 * An option's text with every name and abbreviation as one placeholder word: "moved
 * Atlantis from the OPF" and "moved Atlantis from the Orbiter Processing Facility" are one
 * event's text, its abbreviation spelled out as a question spells it.
 */
const spelledKey = textMemo(
  (text: string) =>
    normalizeOption(
      optionText(text)
        .replace(/\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu, "N")
        // ("adhere to INF" spelled "adhere to the Intermediate-Range Nuclear Forces Treaty")
        .replace(/\bthe\s+(?=N\b)/g, ""),
    ),
  4096,
);
/**
 * Whether an option shows an event: its text, or that text with names written in full or
 * its abbreviations spelled out.
 */
const shows = (option: string, e: BankEvent) =>
  normalized(option) === eventText(e) ||
  namesKey(option) === namesKey(e.text) ||
  spelledKey(option) === spelledKey(e.text);
const sameDate = (a: ParsedDate, b: ParsedDate) => dateKeyOf(a) === dateKeyOf(b);
const isNameKind = (type: string) => type === "who" || type === "where";

function sourceRules({ q, evs }: Subject, index: BankIndex): string[] {
  const out: string[] = [];
  const cited = evs.some((e) =>
    e.sources.some((s) => s.doc === q.source.doc && s.quote === q.source.quote),
  );
  if (!cited) out.push("cited quote is not a source of the question's events");
  if (index.folded !== null) {
    const contains = index.folded.get(q.source.doc);
    if (contains === undefined) out.push(`cited document ${q.source.doc} is missing`);
    else if (!contains(folded(q.source.quote))) {
      out.push("cited quote is not in its document");
    }
  }
  return out;
}

function leakRules({ q, answer }: Subject): string[] {
  const out: (string | null)[] = [];
  if (
    answer !== null &&
    answer.length >= 3 &&
    q.prompt.toLowerCase().includes(answer.toLowerCase())
  ) {
    out.push("prompt contains the answer");
  }
  if (q.type === "date-choice" || q.type === "date-typed") {
    out.push(
      q.date === undefined ? "date question without its key date" : dateLeak(q.prompt, q.date),
    );
  }
  if (answer === null) return out.filter((p): p is string => p !== null);
  const names = [answer, ...(q.accepted ?? [])];
  if (isNameKind(q.type)) out.push(nameLeak(q.prompt, names));
  if (q.type === "cloze") {
    if (q.prompt.split("_____").length !== 2) out.push("cloze prompt must have exactly one blank");
    out.push(/\d/.test(answer) ? numberLeak(q.prompt, answer) : nameLeak(q.prompt, names));
  }
  if (q.type === "numeric") {
    out.push(numberLeak(q.prompt, answer));
    if (q.tolerance === undefined) out.push("numeric question without a tolerance");
  }
  return out.filter((p): p is string => p !== null);
}

function optionRules({ q, answer, choices }: Subject): string[] {
  if (!CHOICE_KINDS.has(q.type) && !(isNameKind(q.type) && choices.length > 0)) return [];
  const out: string[] = [];
  const norm = choices.map((c) => normalized(c));
  if (new Set(norm).size !== norm.length) out.push("two options are the same");
  if (answer === null || norm.filter((c) => c === normalized(answer)).length !== 1) {
    out.push("the answer is not exactly one of the options");
  }
  if (q.type === "which-first" && choices.length !== 2) {
    out.push("which-first needs exactly two options");
  }
  // "Heraclius died, with the territories he.": a subject pronoun ends no sentence.
  const cut = choices.find((c) => /\s(?:he|she|they|we)\s*[.?!]$/.test(c));
  if (cut !== undefined) out.push(`option “${cut}” ends on a subject pronoun`);
  if (q.type !== "which-first" && (choices.length < 3 || choices.length > 4)) {
    out.push("needs 3 or 4 options");
  }
  if (isNameKind(q.type) && answer !== null) {
    const names = [answer, ...(q.accepted ?? [])];
    for (const c of choices) {
      if (normalized(c) !== normalized(answer) && matchesName(c, names)) {
        out.push(`option ${c} is another spelling of the answer`);
      }
    }
  }
  return out;
}

function dateOptionRules({ q, evs, choices }: Subject): string[] {
  if (q.type !== "date-choice" || q.date === undefined) return [];
  const key = q.date;
  const out: string[] = [];
  const options = choices.map(parseDate);
  if (options.some((o) => o === null)) out.push("an option is not a date");
  const dates = options.filter((o): o is ParsedDate => o !== null);
  for (const d of dates) {
    const sameForm =
      d.precision === key.precision &&
      d.qualifier === key.qualifier &&
      (d.end === undefined) === (key.end === undefined);
    if (!sameForm) out.push(`option ${formatDate(d)} is not written like the answer`);
  }
  if (dates.filter((d) => sameDate(d, key)).length !== 1) {
    out.push("exactly one option must be the answer's date");
  }
  const others = evs.flatMap((e) => otherDates(e) ?? []);
  for (const d of dates.filter((x) => !sameDate(x, key))) {
    if (overlaps(looseSpanOf(d), looseSpanOf(key)))
      out.push(`option ${formatDate(d)} overlaps the answer`);
    if (others.some((o) => overlaps(spanOf(d), spanOf(o)))) {
      out.push(`option ${formatDate(d)} is a date another source gives`);
    }
  }
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1];
    const b = dates[i];
    if (a && b && !before(looseSpanOf(a), looseSpanOf(b))) {
      out.push("options are not in chronological order or overlap");
    }
  }
  return out;
}

function whatHappenedRules({ q, evs, answer, choices }: Subject, index: BankIndex): string[] {
  const key = evs[0];
  if (q.type !== "what-happened" || key === undefined) return [];
  const out: string[] = [];
  if ((index.dateCounts.get(dateKeyOf(key.date)) ?? 0) > 1) {
    out.push("another event has the same date at the same precision");
  }
  if (answer === null || !shows(answer, key)) {
    out.push("the answer is not the event's text");
  }
  for (const c of choices) {
    const e =
      index.byText.get(normalized(c)) ??
      index.byNames.get(namesKey(c)) ??
      index.bySpelled.get(spelledKey(c)) ??
      undefined;
    if (e === undefined) out.push(`option “${c}” is not an event of the bank`);
    else if (e !== key && overlaps(index.orderSpan(e), index.orderSpan(key))) {
      out.push(`option “${c}” may also have happened then`);
    }
  }
  return out;
}

function sequenceRules({ q, evs, answer, choices }: Subject, index: BankIndex): string[] {
  if (q.type !== "which-first" && q.type !== "order") return [];
  const out: string[] = [];
  const aligned = choices.length === evs.length && evs.every((e, i) => shows(choices[i] ?? "", e));
  if (!aligned) out.push("options must be the events' texts, aligned with eventIds");
  const truth = q.type === "order" && Array.isArray(q.answer) ? q.answer : [];
  if (q.type === "order") {
    if (evs.length < 4 || evs.length > 5) out.push("order needs 4 or 5 events");
    const permutation =
      [...truth].sort().join(",") === [...q.eventIds].sort().join(",") &&
      new Set(truth).size === truth.length;
    if (!permutation) out.push("order answer is not a permutation of the events");
    if (truth.join(",") === q.eventIds.join(",")) out.push("events are shown already in order");
  }
  const ordered =
    q.type === "order"
      ? truth.map((id) => index.events.get(id)).filter((e): e is BankEvent => e !== undefined)
      : [...evs].sort((a, b) => index.orderSpan(a).from - index.orderSpan(b).from);
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1];
    const b = ordered[i];
    if (a && b && !before(index.orderSpan(a), index.orderSpan(b))) {
      out.push("the order of these events is not certain");
    }
  }
  const first = ordered[0];
  if (q.type === "which-first" && answer !== null && first && !shows(answer, first)) {
    out.push("the answer is not the earlier event");
  }
  for (const e of evs) {
    if (e.conflicts.some((c) => !isDateConflict(c.field))) {
      out.push("an event with a disputed text is listed");
    }
    if (dateLeak(e.text, e.date) !== null) out.push("an event's text gives its own date away");
  }
  return out;
}

function conflictRules({ q, evs }: Subject, index: BankIndex): string[] {
  if (!SINGLE_EVENT.has(q.type)) return [];
  const out: string[] = [];
  for (const e of evs.filter((x) => x.conflicts.length > 0)) {
    const title = index.titles.get(q.source.doc) ?? "";
    if (title === "" || !q.prompt.includes(`According to “${title}”`)) {
      out.push("asks about an event with conflicting sources without naming its source");
    }
    const dated = e.conflicts.some((c) => isDateConflict(c.field));
    if (dated && !quoteStatesDate(q.source.quote, e.date)) {
      out.push("the cited source does not state the date asked about");
    }
    if (q.date !== undefined && formatDate(q.date) !== formatDate(e.date)) {
      out.push("key date is not the event's date");
    }
  }
  return out;
}

function gradeRule({ q }: Subject): string[] {
  const graded = gradeAnswer(q, rightResponse(q));
  return graded.score === 1 ? [] : [`the right answer scores ${graded.score}`];
}

/** Characters per indexed slice of a long document, and the distance between indexed slices. */
const SLICE = 12;
const STRIDE = 8;

/**
 * A test of whether a string occurs in `text`. Searching a long document for every
 * question's quote costs the document's length per question, so a bank built from
 * one large document would check in quadratic time; instead every STRIDE-th slice
 * of the document is indexed once, and a quote is looked up by its slices at the
 * STRIDE offsets, one of which must line up with an indexed slice if it occurs.
 * Answers are remembered, since many questions cite the same quote.
 */
function substringTest(text: string): (needle: string) => boolean {
  const answers = new Map<string, boolean>();
  let slices: Map<string, number[]> | null = null;
  const lookup = (needle: string): boolean => {
    if (text.length < 4096 || needle.length < SLICE + STRIDE - 1) return text.includes(needle);
    if (slices === null) {
      slices = new Map();
      for (let p = 0; p + SLICE <= text.length; p += STRIDE) {
        const key = text.slice(p, p + SLICE);
        const list = slices.get(key);
        if (list) list.push(p);
        else slices.set(key, [p]);
      }
    }
    for (let offset = 0; offset < STRIDE; offset++) {
      for (const p of slices.get(needle.slice(offset, offset + SLICE)) ?? []) {
        if (p >= offset && text.startsWith(needle, p - offset)) return true;
      }
    }
    return false;
  };
  return (needle) => {
    const known = answers.get(needle);
    if (known !== undefined) return known;
    const found = lookup(needle);
    answers.set(needle, found);
    return found;
  };
}

/** The kind of thing a name denotes ("person", "place", …), or undefined when the bank does not know it. */
export type KindOf = (name: string) => string | undefined;

/** Who asks for a person or a group, where for a place; every option is of the answer's kind. */
function kindRules({ q, answer, choices }: Subject, kindOf: KindOf | null): string[] {
  if (kindOf === null || !isNameKind(q.type) || answer === null) return [];
  const out: string[] = [];
  const key = kindOf(answer);
  const allowed = q.type === "who" ? ["person", "group"] : ["place"];
  if (key === undefined || !allowed.includes(key))
    out.push(`the answer is a ${key ?? "name of unknown kind"}, not what “${q.type}” asks for`);
  for (const c of choices) {
    if (normalized(c) !== normalized(answer) && kindOf(c) !== key)
      out.push(`option ${c} is a ${kindOf(c) ?? "name of unknown kind"}, the answer a ${key}`);
  }
  return out;
}

/** A checker bound to one bank and its documents (folded once); null documents skip the quote check. */
export function makeChecker(
  bank: CheckedBank,
  documents: CheckedDocument[] | null,
  kindOf: KindOf | null = null,
): (question: Question) => string[] {
  const orderSpans = new Map<BankEvent, DaySpan>();
  const index: BankIndex = {
    events: new Map(bank.events.map((e) => [e.id, e])),
    titles: new Map(bank.sources.map((s) => [s.id, s.title.trim()])),
    folded:
      documents === null
        ? null
        : new Map(documents.map((d) => [d.id, substringTest(foldForMatch(d.text))])),
    byText: new Map(),
    byNames: new Map(),
    bySpelled: new Map(),
    dateCounts: new Map(),
    orderSpan(event) {
      let span = orderSpans.get(event);
      if (span === undefined) {
        span = orderSpanOf(event);
        orderSpans.set(event, span);
      }
      return span;
    },
  };
  for (const e of bank.events) {
    if (!index.byText.has(eventText(e))) index.byText.set(eventText(e), e);
    if (!index.byNames.has(namesKey(e.text))) index.byNames.set(namesKey(e.text), e);
    const spelled = spelledKey(e.text);
    index.bySpelled.set(spelled, index.bySpelled.has(spelled) ? null : e);
    const key = dateKeyOf(e.date);
    index.dateCounts.set(key, (index.dateCounts.get(key) ?? 0) + 1);
  }
  return (question) => {
    const parsed = QuestionSchema.safeParse(question);
    if (!parsed.success) {
      return parsed.error.issues.map((issue) => `schema: ${issue.path.join(".")} ${issue.message}`);
    }
    const q = parsed.data;
    const problems: string[] = [];
    if (!(QUESTION_TYPES as readonly string[]).includes(q.type))
      problems.push(`unknown type ${q.type}`);
    const found = q.eventIds.map((id) => index.events.get(id));
    const evs = found.filter((e): e is BankEvent => e !== undefined);
    if (evs.length !== found.length)
      return [...problems, "refers to an event that is not in the bank"];
    const subject: Subject = {
      q,
      evs,
      answer: Array.isArray(q.answer) ? null : q.answer,
      choices: q.choices ?? [],
    };
    return [
      ...problems,
      ...formRules(q),
      ...kindRules(subject, kindOf),
      ...sourceRules(subject, index),
      ...leakRules(subject),
      ...optionRules(subject),
      ...dateOptionRules(subject),
      ...whatHappenedRules(subject, index),
      ...sequenceRules(subject, index),
      ...conflictRules(subject, index),
      ...gradeRule(subject),
    ];
  };
}

/** Problems of one question against the rules (empty when it passes). */
export function checkQuestion(
  question: Question,
  bank: CheckedBank,
  documents: CheckedDocument[],
): string[] {
  return makeChecker(bank, documents)(question);
}
