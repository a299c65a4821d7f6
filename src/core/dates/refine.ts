import type { Mention, Qualifier } from "./types.ts";

/*
 * Post-processing shared by all passes (the "refiners" around chrono):
 * qualifiers read from the words before an expression ("mid-March", "early
 * December", "by April 1963", "around 1850", "the end of September"), "since",
 * ranges chrono returns as two results ("Between 3 September and 5 September"),
 * and missing components a range end supplies to its start ("March–Dec. 2016").
 */

/** "between" or "from" just before a date: what makes "X and Y" a range. */
const RANGE_OPENER = /\b(?:between|from)\s+(?:the\s+)?(?:years\s+)?$/i;
/**
 * "Beginning in 1861 and continuing until 1865": a start and an end told by two verbs of
 * time are a range as "from 1861 to 1865" is.
 */
const STARTS_IN = /\b(?:beginning|starting|commencing)\s+(?:in|on)\s+(?:the\s+)?$/i;
const GOES_ON_TO =
  /^\s*,?\s*and\s+(?:continuing|lasting|running|going\s+on|ending|concluding)\s+(?:until|till|through|to|into|in)\s+(?:the\s+)?$/i;

/** "the summer of": a season of a year, which stands for a part of it. */
const SEASON_OF = "(?:spring|summer|autumn|fall)\\s+of";

const ENDS_IN_SEASON = new RegExp(`\\b${SEASON_OF}$`, "i");

const QUALIFIER_BEFORE = new RegExp(
  `(?:\\b(by|before|early|mid|late|(?:in\\s+)?(?:the\\s+)?${SEASON_OF}|around|about|circa|c\\.|ca\\.|approximately|roughly|sometime\\s+in|(?:possibly|probably|perhaps)\\s+(?:in|on|during|around)|in\\s+the\\s+(?:early|late)|as\\s+early\\s+as|(?:at\\s+)?the\\s+(?:end|beginning|start|middle|close|turn)\\s+of|(?:in\\s+)?the\\s+(?:first|second|latter)\\s+half\\s+of|(?:at\\s+)?(?:the\\s+)?end\\s+of|no\\s+later\\s+than)|\\bmid-)\\s*(?:the\\s+)?$`,
  "i",
);

/** "by the end of", "by the beginning of": "by" outside a part of the date. */
const BY_PART_OF =
  /\bby\s+(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter)\s+of\s+(?:the\s+)?$/i;
/** "the end of", "the close of" just before a date. */
const END_OF = /\b(?:end|close)\s+of\s+(?:the\s+)?$/i;

function qualifierOf(word: string): Qualifier {
  const w = word.toLowerCase();
  // "as early as 1799": it had happened by then.
  if (w === "by" || w === "no later than" || /^as\s+early\s+as$/.test(w)) return "by";
  // ("In the summer of 1970": the seasons of a year are its parts, spring the early one,
  // summer the middle, autumn the late; winter straddles two years and stays unqualified.)
  // ("in the first half of the 7th century": the halves of a time are its early and late
  // parts, as its beginning and end are.)
  if (
    /^(?:early|in the early|.*(?:beginning|start|turn)\s+of|.*spring\s+of|.*first\s+half\s+of)$/.test(
      w,
    )
  )
    return "early";
  if (/^(?:mid|mid-|.*middle\s+of|.*summer\s+of)$/.test(w)) return "mid";
  if (
    /^(?:late|in the late|.*(?:end|close)\s+of|.*(?:autumn|fall)\s+of|.*(?:second|latter)\s+half\s+of)$/.test(
      w,
    )
  )
    return "late";
  // "arriving in San Francisco possibly in November 1849": an uncertain date is told as one
  // about that time, and the hedge goes with it.
  if (
    /^(?:around|about|circa|c\.|ca\.|approximately|roughly|(?:possibly|probably|perhaps)\s+\w+)$/.test(
      w,
    )
  )
    return "about";
  return null;
}

/**
 * "From November 1947 to Spring 1948": a season named right before a year, with no "of",
 * is one expression with it (a part of that year, as "the spring of 1948" is); winter
 * straddles two years and names no part.
 */
const BARE_SEASON = /\b(spring|summer|autumn|fall|winter)\s+$/i;
const SEASON_PART: Record<string, Qualifier> = {
  spring: "early",
  summer: "mid",
  autumn: "late",
  fall: "late",
  winter: null,
};

/** Attach qualifiers and "since" from the words just before each mention, widening its span. */
export function attachQualifiers(sentence: string, mentions: Mention[]): void {
  for (const m of mentions) {
    const season = BARE_SEASON.exec(sentence.slice(Math.max(0, m.from - 10), m.from));
    if (season !== null && m.start.month === undefined && m.start.year !== undefined) {
      m.from -= season[0].length;
      // ("By spring 1949": "by" outranks the season, as before "the summer of".)
      const by = /\bby\s+$/i.test(sentence.slice(Math.max(0, m.from - 6), m.from));
      m.qualifier = by
        ? "by"
        : (m.qualifier ?? SEASON_PART[(season[1] ?? "").toLowerCase()] ?? null);
      continue;
    }
    const before = sentence.slice(Math.max(0, m.from - 40), m.from);
    if (/\bsince\s*$/i.test(before) || /\bsince\s+(?:early|mid-?|late)\s*$/i.test(before))
      m.since = true;
    const q = QUALIFIER_BEFORE.exec(before);
    if (q === null) continue;
    const word = (q[1] ?? q[0]).replace(/\s+/g, " ").trim();
    // "before 1990" names no qualifier; "by" outranks a nested "the end of".
    if (/^before$/i.test(word)) continue;
    const byOuter = BY_PART_OF.test(before);
    // "Sometime in the 1590s": at a time within it the text does not give, which is the
    // date itself (no "about": the 1590s, not "about the 1590s"); the words go with it.
    if (!byOuter && /^sometime\s+in$/i.test(word)) {
      m.from -= before.length - q.index;
      continue;
    }
    const qualifier = byOuter ? "by" : qualifierOf(word);
    if (qualifier === null) continue;
    // "by the end of the 1920s" is by 1929, not "by the 1920s" (which reads as by 1920).
    if (byOuter) narrowToBound(m, END_OF.test(before));
    if (m.qualifier === null || qualifier === "by") m.qualifier = qualifier;
    // (A season's words stay outside the span: the event text removes them as the words that
    // go with a date, "in the summer of".)
    if (ENDS_IN_SEASON.test(word)) continue;
    m.from -= before.length - q.index;
  }
  for (const m of mentions) {
    if (m.qualifier !== null) continue;
    const before = sentence.slice(Math.max(0, m.from - 30), m.from);
    if (BY_PART_OF.test(before)) {
      m.qualifier = "by";
      narrowToBound(m, END_OF.test(before));
    }
  }
}

/**
 * "by the end of the 1920s" → by 1929; "by the beginning of the 1920s" → by 1920: a bound
 * on a span of years is its last (or first) year. A span within one year keeps its form.
 */
function narrowToBound(m: Mention, atEnd: boolean): void {
  const end = m.end;
  if (end === undefined || end.year === m.start.year) return;
  if (atEnd) m.start = { year: end.year };
  else m.start = { year: m.start.year };
  m.end = undefined;
}

/** A second day after a month and day, with no word after it ("on May 5 and 6"). */
const SECOND_DAY = /^\s*(?:and|&|–|-|to)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|[\p{L}]))/u;
/** The same after "between", which a word (not a count's or a month's) may follow. */
const SECOND_DAY_BETWEEN =
  /^\s+and\s+(\d{1,2})(?:(?:st|nd|rd|th)\b)?(?:,?\s+(\d{4})\b)?(?![\d%,.]?\d|\s*(?:percent|per\b|%)|\s+\p{Lu})/u;

/**
 * "on May 5 and 6", "March 3–4": a second day number after a month and day belongs to
 * the same expression, as a range; left out, it would be read as a stray number.
 */
export function attachSecondDay(sentence: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.start.day === undefined || m.start.month === undefined || m.end !== undefined) continue;
    // ("between Aug. 10 and 16 making six stops": after "between" a word may follow the day,
    // and a year written after it is both days'.)
    const between = /\bbetween\s+$/i.test(sentence.slice(0, m.from));
    const next = (between ? SECOND_DAY_BETWEEN : SECOND_DAY).exec(sentence.slice(m.to));
    const day = Number(next?.[1]);
    if (next === null || !(day > m.start.day) || day > 31) continue;
    if (next[2] !== undefined) m.start = { ...m.start, year: Number(next[2]) };
    m.end = { ...m.start, day };
    // "on June 22 and 24": two days, not the days between them ("between June 22 and 24" is).
    const list = /^\s*(?:and|&)/.test(next[0]) && !RANGE_OPENER.test(sentence.slice(0, m.from));
    if (list) m.unsupported = "two days joined by “and” are a list, not a range";
    m.to += next[0].length;
  }
}

/**
 * "held from September 5–17, 1978": a year written after a day range, as after a single day
 * ("September 5, 1978"), is the range's; read apart, the days would lose their year and the
 * year would look like a second date. Returns the mentions without the absorbed years.
 */
export function attachRangeYear(sentence: string, mentions: Mention[]): Mention[] {
  const absorbed = new Set<Mention>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    const end = m.end;
    if (
      next === undefined ||
      end === undefined ||
      // ("on Nov. 3 and 16, 2010": two days in a list date nothing as one; the year still does.)
      m.unsupported !== undefined ||
      m.start.year !== undefined ||
      end.year !== undefined ||
      m.start.day === undefined ||
      end.day === undefined ||
      next.end !== undefined ||
      next.start.month !== undefined ||
      next.start.year === undefined ||
      next.relative !== undefined ||
      !/^,?\s*$/.test(sentence.slice(m.to, next.from)) ||
      !/^\d{4}$/.test(sentence.slice(next.from, next.to))
    )
      return;
    const year = next.start.year;
    const startsLater =
      (m.start.month ?? 0) > (end.month ?? 0) ||
      (m.start.month === end.month && m.start.day > end.day);
    m.end = { ...end, year };
    m.start = { ...m.start, year: startsLater ? year - 1 : year };
    m.to = next.to;
    absorbed.add(next);
  });
  return absorbed.size === 0 ? mentions : mentions.filter((m) => !absorbed.has(m));
}

/** Merge "between X and Y" / "from X to Y" pairs into one range, completing the start from the end. */
export function mergeRanges(sentence: string, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.from - b.from);
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.end === undefined &&
      m.end === undefined &&
      prev.relative === undefined &&
      m.relative === undefined &&
      prev.weekday === undefined &&
      m.weekday === undefined
    ) {
      const between = sentence.slice(prev.to, m.from);
      const opener = RANGE_OPENER.test(sentence.slice(Math.max(0, prev.from - 24), prev.from));
      const dash = /^\s*[–—-]\s*$/.test(between);
      // ("from July 1, 1957, to Dec. 31, 1958": a full date closes with a comma after its year.)
      const word = /^\s*,?\s*(?:and|to|until|till|through)\s+(?:the\s+)?$/i.test(between);
      const told =
        STARTS_IN.test(sentence.slice(Math.max(0, prev.from - 16), prev.from)) &&
        GOES_ON_TO.test(between);
      // "In May and June 1914", "in March and April 2003": a bare month joined to a later
      // month with its year shares that year, and the two are one span, with no opener.
      const months =
        monthAlone(prev) &&
        m.start.month !== undefined &&
        m.start.year !== undefined &&
        m.start.day === undefined &&
        m.start.month > (prev.start.month ?? 0) &&
        /^\s*(?:and|to|through|–|-)\s*$/.test(between);
      if ((dash || (word && opener) || told || months) && sameShape(prev, m)) {
        prev.end = { ...m.start };
        prev.to = m.to;
        completeStart(prev);
        continue;
      }
    }
    out.push(m);
  }
  for (const m of out) completeStart(m);
  return out;
}

/** A month with no day, year, end or weekday ("May" in "in May and June 1914"). */
function monthAlone(m: Mention): boolean {
  return (
    m.start.month !== undefined &&
    m.start.day === undefined &&
    m.start.year === undefined &&
    m.end === undefined &&
    m.weekday === undefined
  );
}

function sameShape(a: Mention, b: Mention): boolean {
  return (a.start.day === undefined) === (b.start.day === undefined) || a.start.month !== undefined;
}

/** A range end supplies the components its start leaves out ("3–6 December 2016", "March–Dec. 2016"). */
function completeStart(m: Mention): void {
  if (m.end === undefined) return;
  const s = m.start;
  const e = m.end;
  if (s.month === undefined && e.month !== undefined && s.day !== undefined) s.month = e.month;
  if (s.year === undefined && e.year !== undefined) {
    const startsLater =
      s.month !== undefined &&
      e.month !== undefined &&
      (s.month > e.month || (s.month === e.month && (s.day ?? 0) > (e.day ?? 31)));
    s.year = startsLater ? e.year - 1 : e.year;
  }
  if (e.year === undefined && s.year !== undefined) {
    const endsEarlier =
      s.month !== undefined &&
      e.month !== undefined &&
      (e.month < s.month || (e.month === s.month && (e.day ?? 31) < (s.day ?? 0)));
    e.year = endsEarlier ? s.year + 1 : s.year;
  }
  if (e.month === undefined && s.month !== undefined && e.day !== undefined) e.month = s.month;
}
