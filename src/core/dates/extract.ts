import type { CalendarDate } from "./calendar.ts";
import { chronoMentions } from "./chrono-pass.ts";
import { attachQualifiers, attachRangeYear, attachSecondDay, mergeRanges } from "./refine.ts";
import { relativeMentions } from "./relative-pass.ts";
import { type Direction, resolveMention } from "./resolve.ts";
import type { DateContext, FoundDate, Mention, Unresolved } from "./types.ts";
import { yearMentions } from "./year-pass.ts";

/*
 * All date expressions of one sentence, resolved through the provenance ladder.
 * Relative expressions win over overlapping chrono results ("late last July"),
 * chrono's calendar expressions win over bare years inside them.
 */

const MAYBE_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|tomorrow|ago|later|earlier|next|last|this|that|following|previous|same|end|century)/i;

/**
 * Resolve a sentence's mentions through the provenance ladder, in reading order: an
 * earlier date of the sentence supplies the year of a later year-less one (unless
 * `anchors` says it dates only a side phrase). `forward` tells, per mention, whether
 * its clause looks ahead of the dateline.
 */
export function resolveMentions(
  sentence: string,
  mentions: Mention[],
  ctx: DateContext,
  direction: (m: Mention) => Direction,
  anchors: (m: Mention) => boolean = () => true,
): {
  dates: (FoundDate & { mention: Mention })[];
  unresolved: (Unresolved & { mention: Mention })[];
} {
  const dates: (FoundDate & { mention: Mention })[] = [];
  const unresolved: (Unresolved & { mention: Mention })[] = [];
  let base: CalendarDate | null = null;
  for (const m of mentions) {
    const r = resolveMention(sentence, m, ctx, base, direction(m));
    if ("reason" in r) {
      unresolved.push({ ...r, mention: m });
      continue;
    }
    dates.push({ ...r, mention: m });
    if (!r.attributive && !r.since && anchors(m)) base = r.end ?? r.start;
  }
  return { dates, unresolved };
}

/** Raw mentions of a sentence, in reading order, with qualifiers and ranges applied. */
export function findMentions(sentence: string): Mention[] {
  if (!MAYBE_DATE.test(sentence)) return [];
  const relative = relativeMentions(sentence);
  const overlaps = (m: Mention, list: Mention[]) =>
    list.some((o) => m.from < o.to && m.to > o.from);
  const calendar = chronoMentions(sentence).filter((m) => !overlaps(m, relative));
  const years = yearMentions(sentence).filter(
    (m) => !overlaps(m, relative) && !overlaps(m, calendar),
  );
  const all = [...relative, ...calendar, ...years].sort((a, b) => a.from - b.from);
  attachQualifiers(sentence, all);
  attachSecondDay(sentence, all);
  const ranges = attachRangeYear(sentence, mergeRanges(sentence, all));
  return openEndedSpans(sentence, monthOfRelativeYear(sentence, ranges));
}

/**
 * "used from AD 100 to the late Middle Ages": a span from a date to an age or era the text
 * gives no date for ends when the text does not say, so it dates no event (as "from 1984 into
 * the 2000s" does not); "from 1950 to the present" is a state begun in 1950, as "since 1950"
 * is, and so is "from 1981 onward". ("lived in Los Angeles from 1937 until his death" began in
 * 1937, and stays so.)
 */
/** An age or era named by words, not dates: "the late Middle Ages", "the Meiji era". */
const ERA_END =
  /^(?:the\s+)?(?:(?:early|middle|mid|late)[\s-]+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Ages?|[Ee]ra|[Pp]eriod|[Ee]poch|[Dd]ynasty|[Cc]entury|[Cc]enturies)\b/u;

function openEndedSpans(sentence: string, mentions: Mention[]): Mention[] {
  mentions.forEach((m, i) => {
    if (m.end !== undefined || m.relative !== undefined || m.unsupported !== undefined) return;
    if (!/\bfrom\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.from - 10), m.from))) return;
    // ("From 1981 onward, the administration feared …": a state begun then, as "since 1981".)
    if (/^\s*(?:onwards?|on)\b/i.test(sentence.slice(m.to))) {
      m.since = true;
      return;
    }
    const after = /^\s*(?:to|until|till|through|into)\s+/i.exec(sentence.slice(m.to));
    if (after === null) return;
    const next = mentions[i + 1];
    if (next !== undefined && next.from <= m.to + after[0].length + 4) return;
    const rest = sentence.slice(m.to + after[0].length);
    if (/^(?:the\s+)?(?:present(?:\s+day)?|today|now|date)\b/i.test(rest)) m.since = true;
    else if (ERA_END.test(rest)) m.unsupported = "a span whose end the text gives as no date";
  });
  return mentions;
}

/** "in December of that year", "in May of the following year": one month in a relative year. */
function monthOfRelativeYear(sentence: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const r = m.relative;
    if (
      prev !== undefined &&
      r !== undefined &&
      r.base === "anchor" &&
      r.unit === "year" &&
      prev.relative === undefined &&
      prev.start.month !== undefined &&
      prev.start.day === undefined &&
      prev.start.year === undefined &&
      prev.end === undefined &&
      /^\s*of\s+$/i.test(sentence.slice(prev.to, m.from))
    ) {
      prev.to = m.to;
      prev.relative = { ...r, precision: "month", month: prev.start.month };
      continue;
    }
    out.push(m);
  }
  return out;
}
