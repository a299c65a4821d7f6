import { boilerplateReason } from "./boilerplate.ts";
import { stripCitations } from "./citations.ts";
import { parseDateline } from "./dateline.ts";
import { headingYear, isBackMatter, parseHeading } from "./headings.ts";
import { parseInfoboxLine } from "./infobox.ts";
import { stripMarkup } from "./markup.ts";
import { matchKey, normalizeText, squeeze } from "./normalize.ts";
import { splitSentences } from "./sentences.ts";
import type { DocSentence, Dropped, IngestedDocument, SentenceKind } from "./types.ts";

/*
 * One pass over the lines of a document. The header (first few non-empty lines)
 * gives the title and the dateline; wiki documents (section headings or an
 * infobox) have a lead before their first section; news documents have a lead
 * before the headline or dateline when the page puts a standfirst first.
 */

const HEADER_LINES = 8;
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,3}[.)])\s+(.*)$/;

type Section = { level: number; text: string; year: number | null };

/** Turn raw document text into a title, a dateline and classified, cleaned sentences. */
export function ingestDocument(raw: string): IngestedDocument {
  let lines = normalizeText(raw)
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""));
  if (isHardWrapped(lines)) lines = unwrap(lines);

  const header = readHeader(lines);
  const title = header.title;
  const titleKey = matchKey(title);
  const isWiki = lines.some((l) => {
    const h = parseHeading(l);
    return (h !== null && h.level >= 2) || parseInfoboxLine(l) !== null;
  });
  const leadEnds = Math.max(header.titleLine, header.datelineLine);

  const sentences: DocSentence[] = [];
  const dropped: Dropped[] = [];
  const seen = new Set<string>();
  const path: Section[] = [];
  let backMatter: number | null = null;
  let inSections = false;
  let paragraph = 0;

  const emit = (
    text: string,
    kind: SentenceKind,
    field: string | undefined,
    split: boolean,
  ): void => {
    const cleaned = stripCitations(stripMarkup(text));
    const body = squeeze(cleaned.text);
    if (body.length === 0) return;
    const spans = split
      ? splitSentences(cleaned.text)
      : [{ text: body, start: 0, end: body.length }];
    const quotes = quotedRanges(cleaned.text);
    const year = [...path].reverse().find((s) => s.year !== null)?.year ?? null;
    // A flag is kept once per paragraph; every sentence of this paragraph comes from this call.
    const flagged = new Set<string>();
    for (const span of spans) {
      const flags = cleaned.flags
        .filter((f) => f.at >= span.start && f.at <= span.end && !flagged.has(f.flag))
        .map((f) => f.flag);
      const sentence: DocSentence = {
        index: sentences.length,
        text: squeeze(span.text),
        kind,
        headingPath: path.map((s) => s.text),
        headingYear: year,
        paragraph,
        flags,
        quoted: quotes
          .filter(([a, b]) => b > span.start && a < span.end)
          .map(([a, b]): [number, number] => [
            Math.max(0, a - span.start),
            Math.min(span.end, b) - span.start,
          ]),
      };
      if (field !== undefined) sentence.field = field;
      sentences.push(sentence);
      for (const f of flags) flagged.add(f);
    }
    paragraph++;
  };

  for (const [i, line] of lines.entries()) {
    if (line.trim().length === 0) continue;
    const heading = parseHeading(line);
    if (heading !== null) {
      if (i === header.titleLine) continue;
      while (path.length > 0 && (path[path.length - 1]?.level ?? 0) >= heading.level) path.pop();
      path.push({ level: heading.level, text: heading.text, year: headingYear(heading.text) });
      if (heading.level >= 2) inSections = true;
      if (backMatter !== null && heading.level <= backMatter) backMatter = null;
      if (isBackMatter(heading.text)) backMatter = heading.level;
      continue;
    }
    if (backMatter !== null) {
      dropped.push({ line, reason: "back matter" });
      continue;
    }
    if (i === header.titleLine) continue;
    if (header.datelines.has(i)) {
      dropped.push({ line, reason: "dateline" });
      continue;
    }
    const reason = boilerplateReason(line);
    if (reason !== null) {
      dropped.push({ line, reason });
      continue;
    }
    const key = matchKey(line);
    if (seen.has(key) || key === titleKey) {
      dropped.push({ line, reason: "repeated paragraph" });
      continue;
    }
    seen.add(key);

    const kind: SentenceKind = isWiki
      ? inSections
        ? "body"
        : "lead"
      : i < leadEnds
        ? "lead"
        : "body";
    const infobox = inSections ? null : parseInfoboxLine(line);
    if (infobox !== null) {
      emit(`${infobox.field}: ${infobox.value}`, "infobox", infobox.field, false);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item !== null) {
      const content = item[1] ?? "";
      if (isProse(content) || startsWithDate(content)) emit(content, kind, undefined, true);
      else dropped.push({ line, reason: "list item" });
      continue;
    }
    const yearLine = /^\s*(\d{4})\s*:?\s*$/.exec(line);
    if (yearLine !== null) {
      while (path.length > 0 && (path[path.length - 1]?.level ?? 0) >= 7) path.pop();
      path.push({ level: 7, text: yearLine[1] ?? "", year: Number(yearLine[1]) });
      continue;
    }
    if (!isProse(line)) {
      dropped.push({ line, reason: "not a sentence" });
      continue;
    }
    emit(line, kind, undefined, true);
  }

  return { title, dateline: header.dateline, sentences, dropped };
}

type Header = {
  title: string;
  titleLine: number;
  dateline: string | null;
  datelineLine: number;
  datelines: Set<number>;
};

function readHeader(lines: string[]): Header {
  const out: Header = {
    title: "",
    titleLine: -1,
    dateline: null,
    datelineLine: -1,
    datelines: new Set(),
  };
  let seenLines = 0;
  for (let i = 0; i < lines.length && seenLines < HEADER_LINES; i++) {
    const line = lines[i] ?? "";
    if (line.trim().length === 0) continue;
    seenLines++;
    const heading = parseHeading(line);
    if (heading !== null) {
      if (heading.level === 1 && out.titleLine < 0) {
        out.title = squeeze(heading.text);
        out.titleLine = i;
      }
      if (heading.level >= 2) break;
      continue;
    }
    const date = parseDateline(line);
    if (date !== null) {
      out.datelines.add(i);
      if (out.dateline === null) {
        out.dateline = date;
        out.datelineLine = i;
      }
      continue;
    }
    if (out.titleLine < 0 && isHeadline(line)) {
      out.title = squeeze(stripCitations(line).text);
      out.titleLine = i;
    }
  }
  return out;
}

function isHeadline(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).length;
  return (
    /^[\p{Lu}\d"'‘“]/u.test(text) &&
    words >= 2 &&
    words <= 20 &&
    !/[.,;:]$/.test(text) &&
    boilerplateReason(text) === null &&
    parseInfoboxLine(text) === null &&
    !LIST_ITEM.test(text)
  );
}

/** A line is prose when it ends like a sentence or is long enough to be a paragraph. */
function isProse(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).length;
  if (/[.!?]["”’')\]]*$/.test(text)) return words >= 3;
  // "On March 11, 1968, Johnson set the standard, stating:": a sentence that leads into a
  // quotation or a list ends on its colon; a label ("Causes of the war:") is a few words.
  if (/:$/.test(text)) return words >= 6;
  return words > 15;
}

function startsWithDate(text: string): boolean {
  return /^(?:\d{1,2}\s+\p{L}+\s+)?\d{3,4}\s*[:–—-]\s*\S/u.test(text.trim());
}

/** Character ranges between quotation marks; an unclosed quote runs to the end. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“" && open < 0) open = i;
    else if (ch === "”" && open >= 0) {
      out.push([open, i + 1]);
      open = -1;
    } else if (ch === '"') {
      if (open < 0) open = i;
      else {
        out.push([open, i + 1]);
        open = -1;
      }
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

function isHardWrapped(lines: string[]): boolean {
  const long = lines.filter((l) => l.trim().length >= 40);
  if (long.length < 6) return false;
  const open = long.filter((l) => !/[.!?:"”')\]]$/.test(l.trim())).length;
  const widest = Math.max(...long.map((l) => l.length));
  return open / long.length >= 0.5 && widest <= 100;
}

function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  let joinable = false;
  for (const line of lines) {
    const text = line.trim();
    const structural =
      text.length === 0 ||
      parseHeading(line) !== null ||
      LIST_ITEM.test(line) ||
      parseInfoboxLine(line) !== null;
    if (!structural && joinable && out.length > 0) {
      out[out.length - 1] += ` ${text}`;
    } else {
      out.push(line);
    }
    joinable = !structural;
  }
  return out;
}
