import { lastYearOfThe, namesHundred } from "./calendar.ts";
import type { Mention, Qualifier } from "./types.ts";

/*
 * Years chrono does not parse: bare years ("in 2016", "since 2013", "in 1163"),
 * year ranges ("2009-2010", "1957-58", "between 2014 and 2017"), decades ("the
 * 1990s") and centuries ("the 12th century"). A four-digit number is a year only
 * in a date-like position: after a preposition, at the start of a clause, or
 * before a noun after a determiner ("a 2010 commando raid", attributive). Counts
 * ("1500 detainees", "2,500 civilians", "a 1368 million pounds turnover") and money are not
 * years.
 */

const YEAR = "(1[0-9]{3}|20[0-9]{2})";
const NOT_BEFORE = "(?<![\\d,.$£€#/:-])";
const NOT_AFTER =
  "(?![\\d]|,\\d|\\.\\d|\\s*%|\\s*(?:percent|per cent|million|billion|thousand|hundred)\\b|-(?:year|strong|member|page|mile|km))";

const RANGE = new RegExp(
  `${NOT_BEFORE}${YEAR}\\s*(?:–|—|-|/|\\bto\\b|\\buntil\\b|\\binto\\b|\\band\\b)\\s*(\\d{4}|\\d{2})${NOT_AFTER}(?!\\s*(?:BC|BCE)\\b)`,
  "g",
);
const SINGLE = new RegExp(`${NOT_BEFORE}${YEAR}${NOT_AFTER}(?!\\s*(?:BC|BCE|B\\.C\\.)\\b)`, "g");
/**
 * Three-digit years only right after "in", "since", "until", "circa", "AD" or a month and
 * "of" ("December of 384"), and not counting anything. One with its era after it ("in 532
 * CE was absorbed") is SHORT_YEAR_WITH_ERA's, whatever precedes or follows it.
 */
const SHORT_YEAR =
  /(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Cc]irca|c\.|ca\.|AD|A\.D\.|year|(?:when|in|since)\s+(?:about|around)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+of)\s+)([1-9]\d{2})(?![\d,.]\d|\s*%|\s+[a-z]+s\b|\s+(?:BC|BCE|B\.C\.|AD|CE|A\.D\.|people|men|women|km|miles|years?|metres|meters|feet|per\b))(?=\s*(?:[,.;:)]|$|\s+(?:the|a|an|and|when|as|he|she|it|they|his|her|its|their|after|before|under|during|until|to|by|with|\p{Lu})))/gu;
/** "born at Stridon around 347 AD": a three-digit number with its era is a year after any word. */
const SHORT_YEAR_WITH_ERA = /(?<![\d,.])\b([1-9]\d{2})\s+(?:AD|CE|A\.D\.)(?![\p{L}])/gu;
const BEFORE_COMMON_ERA = /\b(\d{1,4})\s*(?:BC|BCE|B\.C\.(?:E\.)?)(?![\p{L}])/gu;
const DECADE =
  /(?<![\d,.$])(?:the\s+)?(?:(early|mid|late|earlier|later)[-\s]+)?(1[0-9]{2}0|20[0-9]0)s\b/gi;
/**
 * "during the 1950s and 1960s", "from the 1920s to the 1940s", "from the late 1770s into the
 * early 1780s": a span of decades, after a preposition that spans ("in the 1930s and 1960s"
 * may name two times apart).
 */
const DECADE_RANGE =
  /\b(?:during|throughout|between|from)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(1[0-9]{2}0|20[0-9]0)s\s+(?:and|to|through|until|into|–|-)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(1[0-9]{2}0|20[0-9]0)s\b/gi;
/**
 * "grew from 1984 into the 2000s", "from the 1950s until 1972": a span between a year and a
 * decade ends (or starts) at a time the text leaves open inside the decade.
 */
const YEAR_DECADE_SPAN =
  /\bfrom\s+(?:(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:1[0-9]{2}0|20[0-9]0)s|(?:1[0-9]{3}|20[0-9]{2}))\s+(?:to|into|through|until|till)\s+(?:(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:1[0-9]{2}0|20[0-9]0)s|(?:1[0-9]{3}|20[0-9]{2}))\b(?!['’]?s)/gi;
/** "blacklisted in the 1940s and 1950s": after "in", two decades in a row are one span. */
const DECADE_PAIR =
  /(?<=\bin\s+)(?:the\s+)?(1[0-9]{2}0|20[0-9]0)s\s+and\s+(?:the\s+)?(1[0-9]{2}0|20[0-9]0)s\b/gi;
/** "between the 16th and 18th century", "the 16th and 17th centuries": a span of centuries. */
const CENTURY_RANGE =
  /\b(?:(?:between|from)\s+)?(?:the\s+)?([1-9]|1[0-9]|2[01])(?:st|nd|rd|th)(?:[-\s]+century)?\s+(?:and|to|until|through|–|-)\s+(?:the\s+)?([1-9]|1[0-9]|2[01])(?:st|nd|rd|th)[-\s]+centur(?:y|ies)\b(?!\s*(?:BC|BCE))/gi;
/** "the 1st or 2nd century CE": either of two centuries. */
const EITHER_CENTURY =
  /\b(?:the\s+)?(?:[1-9]|1[0-9]|2[01])(?:st|nd|rd|th)(?:[-\s]+century)?\s+or\s+(?:the\s+)?(?:[1-9]|1[0-9]|2[01])(?:st|nd|rd|th)[-\s]+centur(?:y|ies)\b(?:\s+(?:AD|CE|A\.D\.|C\.E\.)(?!\p{L}))?/giu;
// ("the 3rd century AD": the era written after the century is part of the date.)
const CENTURY =
  /\b(?:the\s+)?(?:(early|mid|late)[-\s]+)?([1-9]|1[0-9]|2[01])(?:st|nd|rd|th)[-\s]+century\b(?!\s*(?:BC|BCE))(?:\s+(?:AD|CE|A\.D\.|C\.E\.)(?!\p{L}))?/giu;

/** Words after which a number reads as a year ("spent 1860 in Kentucky": time is what one spends). */
const YEAR_CONTEXT =
  /(?:\b(?:in|into|since|by|from|until|till|of|during|around|circa|c\.|ca\.|about|before|after|early|mid|late|throughout|between|and|or|to|through|years?|spring|summer|autumn|fall|winter|fiscal|as of|as early as|as late as|starting|beginning|end of|start of|middle of|beginning of|spent|spend|spends|spending)|mid-|[(–—])\s*$/i;
const DETERMINER =
  /(?:\b(?:the|a|an|his|her|its|their|our|your|my|this|that|these|those|whose)|\p{L}'s|\p{L}’s)\s*$/iu;
const UNIT_AFTER =
  /^\s*(?:people|persons|men|women|children|civilians|soldiers|troops|fighters|rebels|residents|families|households|villages|towns|homes|houses|buses|busses|trucks|vehicles|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|feet|acres|hectares|dollars|euros|pounds|rupees|yuan|units|shares|votes|seats|cases|deaths|dead|killed|wounded|injured|strong|times|members|employees|workers|students|pages|words|calories|mph|kph|m|cm|mm|kg|lb|lbs|ft|mi|hp|cc|megawatts?|gigawatts?|kilowatts?|watts?|MW|GW|kW|volts?|barrels?|gallons?|litres?|liters?|bytes?|MB|GB)\b/i;
const CLAUSE_START = /(?:^|[.;:!?]\s+|^\W+)$/;

/** What a pass states about a match; the rest of the mention takes the usual defaults. */
type Stated = Pick<Mention, "start"> &
  Partial<Pick<Mention, "end" | "qualifier" | "attributive" | "unsupported">>;

/** Years, year ranges, decades and centuries written in a sentence. */
export function yearMentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  // Earlier passes win: a claimed span is skipped by later passes that check it. The
  // range and BC passes never checked (ranges come first; a BC year is reported regardless).
  const claim = (m: RegExpExecArray, stated: Stated, checkFree = true): void => {
    const from = m.index;
    const to = from + m[0].length;
    if (checkFree && !free(from, to)) return;
    out.push({ from, to, qualifier: null, since: false, attributive: false, ...stated });
    taken.push([from, to]);
  };

  for (const m of sentence.matchAll(RANGE)) {
    const y1 = Number(m[1]);
    const tail = m[2] ?? "";
    const y2 = tail.length === 2 ? Math.floor(y1 / 100) * 100 + Number(tail) : Number(tail);
    const sep = m[0].slice((m[1] ?? "").length, m[0].length - tail.length).trim();
    const before = sentence.slice(0, m.index);
    // "between 2014 and 2017" needs its "between"; "2014-17" needs none. "1,500 and 2017" is not a range.
    // ("from 1861 into 1865" too: "into" alone is a time reached, not a span.)
    // ("over 1942 and 1943", "during 1990 and 1991": a preposition of duration spans both.)
    if (
      /^(?:and|to|until|into)$/i.test(sep) &&
      // ("between the years 1189 and 1428": the noun the years are named by may come between.)
      !/\b(?:between|from)\s*(?:the\s+years\s+)?$/i.test(before) &&
      !(sep.toLowerCase() === "and" && /\b(?:over|during|throughout)\s*$/i.test(before))
    )
      continue;
    if (sep === "/" && tail.length !== 2 && y2 !== y1 + 1) continue;
    if (!(y2 > y1) || y2 - y1 > 200) continue;
    const attributive = isAttributive(sentence, m.index, m.index + m[0].length);
    claim(m, { start: { year: y1 }, end: { year: y2 }, attributive }, false);
  }
  // "during the 1950s and 1960s", "from the 1920s to the 1940s": one span across both.
  for (const m of sentence.matchAll(DECADE_RANGE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!(b > a) || b - a > 200) continue;
    const hundreds = namesHundred(a) && namesHundred(b);
    claim(m, { start: { year: a }, end: { year: hundreds ? lastYearOfThe(b) : b + 9 } });
  }
  // (Decade to decade is DECADE_RANGE's, year to year RANGE's: only the mixed spans are left.)
  for (const m of sentence.matchAll(YEAR_DECADE_SPAN)) {
    const decades = m[0].match(/\d{4}s/g)?.length ?? 0;
    if (decades !== 1) continue;
    const unsupported = "a span between a year and a decade has an end the text does not give";
    claim(m, { start: {}, unsupported });
  }
  for (const m of sentence.matchAll(DECADE_PAIR)) {
    const a = Number(m[1]);
    if (Number(m[2]) === a + 10) claim(m, { start: { year: a }, end: { year: a + 19 } });
  }
  for (const m of sentence.matchAll(DECADE)) {
    const decade = Number(m[2]);
    // "the early 1800s" is the early nineteenth century (namesHundred).
    claim(m, {
      start: { year: decade },
      end: { year: lastYearOfThe(decade) },
      qualifier: edgeQualifier(m[1]),
    });
  }
  for (const m of sentence.matchAll(CENTURY_RANGE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // "the 16th and 18th century" names two centuries only after "between"/"from" or as "centuries".
    if (!(b > a) || !/^(?:between|from)\b|centuries$/i.test(m[0])) continue;
    claim(m, { start: { year: (a - 1) * 100 + 1 }, end: { year: b * 100 } });
  }
  // "Soranus' 1st or 2nd century CE work": one of two centuries, the text does not say which.
  for (const m of sentence.matchAll(EITHER_CENTURY)) {
    const unsupported = "one of two centuries, and the text does not say which";
    claim(m, { start: {}, unsupported });
  }
  for (const m of sentence.matchAll(CENTURY)) {
    // The nth century runs from year (n-1)·100 + 1 to n·100: the 20th is 1901–2000.
    const first = (Number(m[2]) - 1) * 100 + 1;
    claim(m, { start: { year: first }, end: { year: first + 99 }, qualifier: edgeQualifier(m[1]) });
  }
  // The bank's dates are ISO years from 0000 on: a year before the common era is reported, not guessed.
  for (const m of sentence.matchAll(BEFORE_COMMON_ERA)) {
    const unsupported = "a year before the common era (BC) cannot be stored";
    claim(m, { start: {}, unsupported }, false);
  }
  for (const m of sentence.matchAll(SHORT_YEAR)) claim(m, { start: { year: Number(m[1]) } });
  for (const m of sentence.matchAll(SHORT_YEAR_WITH_ERA))
    claim(m, { start: { year: Number(m[1]) } });
  for (const m of sentence.matchAll(SINGLE)) {
    const from = m.index;
    const to = from + m[0].length;
    if (!free(from, to)) continue;
    const before = sentence.slice(Math.max(0, from - 30), from);
    const after = sentence.slice(to, to + 30);
    if (UNIT_AFTER.test(after)) continue;
    const attributive = isAttributive(sentence, from, to);
    const dated =
      YEAR_CONTEXT.test(before) ||
      CLAUSE_START.test(before) ||
      /^\s*[,)]/.test(after) ||
      attributive;
    if (!dated) continue;
    // "published in 2010 and 2011 indicates": joined by "and" or "or" to a year, a number is
    // the year's fellow, whatever word follows it.
    const pairedYear = /\b(?:1[0-9]{3}|20[0-9]{2})\s+(?:and|or)\s*$/i.test(before);
    // "1846 were hospitalized and 1720 had been discharged": after "and"/"or", a number
    // that a verb follows is the subject of its own clause, a count.
    if (
      !pairedYear &&
      /\b(?:and|or)\s*$/i.test(before) &&
      /^\s+(?:had|has|have|were|was|are|is|will|would|could|did|remain(?:ed)?|died|fled|left)\b/i.test(
        after,
      )
    )
      continue;
    // "in 1500 villages": a count after a preposition, followed by a plural noun. ("and in
    // 1851 extensions were sought": not when a verb follows the noun, whose subject it is;
    // the number before it is then the clause's year.)
    if (
      !attributive &&
      !pairedYear &&
      /^\s+[a-z]+s\b/.test(after) &&
      !/^\s+[a-z]+s\s+(?:were|was|had|have|are|is|would|could|did)\b/.test(after) &&
      !/^\s+(?:was|has|is|as|its|his|this|thus|saw|sees|plus|towards|afterwards|whereas|elsewhere|marks|brings|sets)\b/.test(
        after,
      )
    )
      continue;
    out.push({
      from,
      to,
      start: { year: Number(m[1]) },
      qualifier: null,
      since: false,
      attributive,
    });
  }
  // "created under a charter in A.D. 988": the era written before the year is part of the
  // date, and goes with it when the date is cut from a text.
  for (const m of out) {
    const era = /(?<![\p{L}.])(?:A\.D\.|AD)\s+$/u.exec(sentence.slice(0, m.from));
    if (era !== null) m.from -= era[0].length;
  }
  return out;
}

/** "early", "mid" or "late" before a decade or century, as a qualifier. */
function edgeQualifier(word: string | undefined): Qualifier {
  // ("in the later 1850s": "later" and "earlier" before a decade are its late and early years.)
  const q = (word ?? "")
    .toLowerCase()
    .replace(/^later$/, "late")
    .replace(/^earlier$/, "early");
  return q === "early" || q === "mid" || q === "late" ? q : null;
}

/** "a 2010 commando raid", "his 2007 presidential campaign": a year between a determiner and a noun. */
function isAttributive(sentence: string, from: number, to: number): boolean {
  const before = sentence.slice(Math.max(0, from - 30), from);
  const after = sentence.slice(to, to + 40);
  // ("the 1961 “freedom rides”": a quotation mark may open the noun.)
  return DETERMINER.test(before) && /^\s+["“‘']?[\p{L}-]+/u.test(after);
}
