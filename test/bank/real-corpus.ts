import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readSources } from "../../src/cli/source-files.ts";
import { buildBank, sourceId } from "../../src/core/bank-build.ts";
import type { Bank, BankEvent } from "../../src/core/bank-schema.ts";
import { nodeNlp } from "../../src/nlp/node.ts";
import { unsupportedYears } from "./helpers.ts";

/*
 * Scoring the bank against the dev corpus of real documents (test/fixtures/real,
 * see its SOURCES.md): texts nobody on the project wrote, annotated by hand before
 * anyone looked at what the bank makes of them. An event is right when one of its
 * quotes is the annotated sentence, its date equals the annotated date at the
 * annotated precision (a range with the same ends), and the annotated keywords —
 * words of the clause the date dates — are in its text. An event on an annotated
 * sentence with another date is misattached; one matching a trap took the date a
 * careless reader would; one whose year no document supports is fabricated.
 */

export type GoldEvent = {
  sentence: string;
  date: string;
  end?: string;
  precision: "day" | "month" | "year";
  keywords: string[];
  optional: boolean;
  how?: string;
  note?: string;
};
export type Trap = { sentence: string; keywords: string[]; wrong: string; why: string };
export type Gold = {
  id: string;
  title: string;
  style: string;
  source: string;
  licence: string;
  published: string | null;
  events: GoldEvent[];
  traps: Trap[];
};

export type Verdict = "right" | "misdated" | "trap" | "fabricated" | "unannotated";

export type DocScore = {
  doc: string;
  style: string;
  required: number;
  found: number;
  events: number;
  right: number;
  misdated: string[];
  traps: string[];
  fabricated: string[];
  unannotated: string[];
  duplicates: string[];
  missed: string[];
};

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

const infoboxLine = (sentence: string) => /^\s*-\s+\S/.test(sentence);
const goldSentence = (sentence: string) => fold(sentence.replace(/^\s*-\s+/, ""));

/** Whether a quote of the bank is the annotated sentence (either may hold the other). */
export function sameSentence(quote: string, sentence: string): boolean {
  const q = fold(quote);
  const g = goldSentence(sentence);
  return q.includes(g) || (q.length >= 25 && g.includes(q));
}

function cut(iso: string, precision: "day" | "month" | "year"): string {
  return iso.slice(0, precision === "year" ? 4 : precision === "month" ? 7 : 10);
}

function dateIs(e: BankEvent, g: Pick<GoldEvent, "date" | "end" | "precision">): boolean {
  if (e.date.precision !== g.precision) return false;
  if (qualifiedRange(e, g)) return true;
  if (cut(e.date.start, g.precision) !== g.date) return false;
  const end = e.date.end === undefined ? undefined : cut(e.date.end, g.precision);
  return (end ?? undefined) === (g.end ?? undefined) || (g.end === undefined && end === g.date);
}

/** Word stems: "volunteering" and "volunteered" both read "volunteer", "ratified" and "ratify" "ratify". */
function stems(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s|e)$/, "").replace(/i$/, "y") : w));
}

/**
 * Whether every word of every keyword is in the event's text (the text is rebuilt from
 * the clause, so a verb may change its ending: "volunteering" → "volunteered", and a past
 * perfect dated by its own date is told in the simple past: "had signed" → "signed"). The
 * event's own date phrase, taken out of its text by design, counts as text.
 */
function keywordsIn(e: BankEvent, keywords: string[], quotes: string[], infobox: boolean): boolean {
  const words = new Set(stems(`${e.text} ${e.dateText ?? ""}`));
  const quoteWords = new Set(stems(quotes.join(" ")));
  return keywords.every((k) =>
    stems(k.replace(/\bhad\s+(?=\p{L})/giu, "")).every(
      (w) => words.has(w) || (infobox && quoteWords.has(w)),
    ),
  );
}

function quotesOf(e: BankEvent, doc: string): string[] {
  return e.sources.filter((s) => s.doc === doc).map((s) => s.quote);
}

/**
 * "The early 19th century": the bank keeps the whole century and the qualifier, the
 * annotation the part it names. They agree when the annotated span lies inside the
 * bank's and its middle falls in the qualified third.
 */
function qualifiedRange(e: BankEvent, g: Pick<GoldEvent, "date" | "end" | "precision">): boolean {
  const q = e.date.qualifier;
  if (
    e.date.end === undefined ||
    g.end === undefined ||
    (q !== "early" && q !== "mid" && q !== "late")
  )
    return false;
  const [a, b] = [Number(e.date.start.slice(0, 4)), Number(e.date.end.slice(0, 4))];
  const [x, y] = [Number(g.date.slice(0, 4)), Number(g.end.slice(0, 4))];
  if (x < a || y > b) return false;
  const third = (b - a + 1) / 3;
  const middle = (x + y) / 2;
  const from = q === "early" ? a : q === "mid" ? a + third : a + 2 * third;
  return middle >= from - 1 && middle <= from + third + 1;
}

/** Whether an event is the annotated one. */
export function recovers(e: BankEvent, doc: string, g: GoldEvent): boolean {
  const quotes = quotesOf(e, doc);
  return (
    quotes.some((q) => sameSentence(q, g.sentence)) &&
    dateIs(e, g) &&
    keywordsIn(e, g.keywords, quotes, infoboxLine(g.sentence))
  );
}

function verdict(e: BankEvent, doc: string, gold: Gold, unsupported: Set<string>): Verdict {
  if (gold.events.some((g) => recovers(e, doc, g))) return "right";
  const quotes = quotesOf(e, doc);
  const on = (sentence: string, keywords: string[]) =>
    quotes.some((q) => sameSentence(q, sentence)) &&
    keywordsIn(e, keywords, quotes, infoboxLine(sentence));
  if (
    gold.traps.some(
      (t) =>
        on(t.sentence, t.keywords) &&
        e.date.start.startsWith(t.wrong) &&
        e.date.start.length >= t.wrong.length,
    )
  )
    return "trap";
  if (gold.events.some((g) => !g.optional && on(g.sentence, g.keywords))) return "misdated";
  if (unsupported.has(e.text)) return "fabricated";
  return "unannotated";
}

const label = (e: BankEvent) =>
  `${e.date.start}${e.date.end ? `..${e.date.end}` : ""} (${e.date.precision}) ${e.text}`;

/** Score one document of a bank against its gold annotation. */
export function scoreDocument(bank: Bank, gold: Gold, unsupported: Set<string>): DocScore {
  const doc = gold.id;
  const events = bank.events.filter((e) => e.sources.some((s) => s.doc === doc));
  const out: DocScore = {
    doc,
    style: gold.style,
    required: gold.events.filter((g) => !g.optional).length,
    found: 0,
    events: events.length,
    right: 0,
    misdated: [],
    traps: [],
    fabricated: [],
    unannotated: [],
    duplicates: [],
    missed: [],
  };
  for (const e of events) {
    const v = verdict(e, doc, gold, unsupported);
    if (v === "right") out.right++;
    else if (v === "misdated") out.misdated.push(label(e));
    else if (v === "trap") out.traps.push(label(e));
    else if (v === "fabricated") out.fabricated.push(label(e));
    else out.unannotated.push(label(e));
  }
  for (const g of gold.events) {
    const by = events.filter((e) => recovers(e, doc, g));
    if (by.length > 1) out.duplicates.push(`${g.date} ${g.sentence.slice(0, 80)}`);
    if (g.optional) continue;
    if (by.length > 0) out.found++;
    else out.missed.push(`${g.date} [${g.keywords.join(", ")}] ${g.sentence.slice(0, 100)}`);
  }
  return out;
}

export type CorpusScore = {
  docs: DocScore[];
  recall: number;
  precision: number;
  misattached: number;
  fabricated: number;
  duplicates: number;
  events: number;
  bank: Bank;
  /** The documents as the bank's quotes are checked against. */
  documents: { id: string; text: string }[];
};

/** Build one bank from every document of a corpus folder and score each document. */
export function scoreCorpus(dir: URL): CorpusScore {
  const files = readSources(new URL("docs/", dir));
  // A corpus without per-document gold (TE-3) still builds a bank to sample questions from.
  const golds: Gold[] = (
    existsSync(new URL("gold/", dir)) ? readdirSync(new URL("gold/", dir)) : []
  )
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(`gold/${f}`, dir), "utf8")));
  const { bank } = buildBank(files, { nlp: nodeNlp() });
  const unsupported = new Set(unsupportedYears(bank, files));
  const docs = golds.map((g) => scoreDocument(bank, g, unsupported));
  const sum = (f: (d: DocScore) => number) => docs.reduce((a, d) => a + f(d), 0);
  const events = sum((d) => d.events);
  return {
    docs,
    recall:
      sum((d) => d.found) /
      Math.max(
        1,
        sum((d) => d.required),
      ),
    precision: sum((d) => d.right) / Math.max(1, events),
    misattached: sum((d) => d.misdated.length + d.traps.length),
    fabricated: sum((d) => d.fabricated.length),
    duplicates: sum((d) => d.duplicates.length),
    events,
    bank,
    documents: files.map((f) => ({
      id: sourceId(f.name),
      text: new TextDecoder().decode(f.bytes),
    })),
  };
}

/** One line per document and a total, for the test log and the closing note. */
export function formatScore(score: CorpusScore): string {
  const rows = score.docs.map(
    (d) =>
      `${d.doc.padEnd(40)} ${d.style.padEnd(12)} recall ${d.found}/${d.required}  precision ${d.right}/${d.events}  misattached ${d.misdated.length + d.traps.length}  fabricated ${d.fabricated.length}  duplicates ${d.duplicates.length}`,
  );
  rows.push(
    `TOTAL recall ${score.recall.toFixed(3)}  precision ${score.precision.toFixed(3)}  misattached ${score.misattached}  fabricated ${score.fabricated}  duplicates ${score.duplicates}  (${score.events} events)`,
  );
  return rows.join("\n");
}
