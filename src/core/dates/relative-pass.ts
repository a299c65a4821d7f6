import {
  COUNT_RE,
  countValue,
  FULL_MONTH_RE,
  MONTH_RE,
  monthNumber,
  WEEKDAY_RE,
  weekdayNumber,
} from "./lexicon.ts";
import type { Mention, Relative } from "./types.ts";

/*
 * Relative expressions, parsed here rather than by chrono because chrono resolves
 * them against its reference date and then calls the result certain. Two kinds:
 * - against the dateline: "last year", "this month", "four years ago", "last July",
 *   "next Tuesday", "yesterday";
 * - against the previous dated event of the narrative: "two days later", "the next
 *   day", "the following year", "on the same day", "that month";
 * plus "the end of the month/year", which names the period the narrative is in.
 * A relative result is never finer than its unit: "four years ago" is a year.
 */

/** `only`: whether the rule applies to the sentence at all. */
type Rule = {
  re: RegExp;
  make: (m: RegExpExecArray) => Relative | null;
  only?: (sentence: string) => boolean;
};

const unitOf = (w: string): "day" | "week" | "month" | "year" | null => {
  const u = w.toLowerCase().replace(/s$/, "");
  return u === "day" || u === "week" || u === "month" || u === "year" ? u : null;
};

function shift(unitWord: string, count: number, base: Relative["base"]): Relative | null {
  const unit = unitOf(unitWord);
  if (unit === null) return null;
  // "three weeks ago", "a week later": a week is no exact day; the month it falls in, about.
  if (unit === "week")
    return { base, unit: "day", offset: count * 7, precision: "month", approximate: true };
  return { base, unit, offset: count, precision: unit };
}

const RULES: Rule[] = [
  {
    // "today", "tonight", "this morning", "earlier today": the dateline's own day; but
    // "what is today Germany" names a place as it is called now, and dates nothing.
    re: /\b(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b(?!['’]s)(?!(?<=\b(?:is|are|was|were)\s+today)\s+\p{Lu})(?<!\bwhat\s+(?:is|was)\s+today)/giu,
    make: () => ({ base: "dateline", unit: "day", offset: 0, precision: "day" }),
  },
  {
    // "last week", "earlier this week", "next week": about the month of that week
    re: /\b(?:(?:earlier|later)\s+)?(last|this|next|past)\s+week\b(?!['’]s)/gi,
    make: (m) => {
      const which = (m[1] ?? "").toLowerCase();
      const offset = which === "next" ? 7 : which === "this" ? 0 : -7;
      return { base: "dateline", unit: "day", offset, precision: "month", approximate: true };
    },
  },
  {
    // "that night", "hours later", "six minutes later", "later that evening": the day of
    // the event just told (the count goes with its unit).
    re: new RegExp(
      `\\b(?:(?:later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?:night|evening|morning|afternoon)\\b|\\b(?:(?:${COUNT_RE})\\s+)?(?:hours?|minutes?|seconds?)\\s+later\\b`,
      "gi",
    ),
    make: () => ({ base: "anchor", unit: "day", offset: 0, precision: "day" }),
  },
  {
    // "At 9:10 a.m., Allende made his final broadcast", "at about 10:13 pm, aimed": a time
    // of day with no date of its own is on the day of the event just told (not beside a
    // date, "at 10 a.m. on Tuesday", which is the date's; see clockAlone).
    re: /\b[Aa]t\s+(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/g,
    make: () => ({ base: "anchor", unit: "day", offset: 0, precision: "day" }),
    only: clockAlone,
  },
  {
    // "four years ago", "two months ago", "a year ago"
    re: new RegExp(`\\b(${COUNT_RE})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, "gi"),
    make: (m) => {
      const n = countValue(m[1] ?? "");
      return n === null ? null : shift(m[2] ?? "", -n, "dateline");
    },
  },
  {
    // "eight years from now"
    re: new RegExp(`\\b(${COUNT_RE})\\s+(days?|weeks?|months?|years?)\\s+from\\s+now\\b`, "gi"),
    make: (m) => {
      const n = countValue(m[1] ?? "");
      return n === null ? null : shift(m[2] ?? "", n, "dateline");
    },
  },
  {
    // "March of last year", "in June this year": the month of the year the phrase names
    re: new RegExp(
      `\\b(${FULL_MONTH_RE})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b(?!['’]s)`,
      "gi",
    ),
    make: (m) => {
      const month = monthNumber(m[1] ?? "");
      if (month === null) return null;
      const which = (m[2] ?? "").toLowerCase();
      const offset = which === "this" ? 0 : which === "next" ? 1 : -1;
      return { base: "dateline", unit: "year", offset, precision: "month", month };
    },
  },
  {
    // "last year", "this fiscal year", "next month"; not "last week" (no week precision).
    // ("later this year", "earlier this month": the word before is the phrase's, as with a week.)
    re: /\b(?:(?:earlier|later)\s+)?(last|this|next|past)\s+(?:fiscal\s+|calendar\s+)?(year|month)\b(?!['’]s\b)(?!\s+(?:or|and)\b)/gi,
    make: (m) => {
      const which = (m[1] ?? "").toLowerCase();
      const offset = which === "this" ? 0 : which === "next" ? 1 : -1;
      return shift(m[2] ?? "", offset, "dateline");
    },
  },
  {
    // "this year's vaccine": the year of the dateline, said attributively
    re: /\b(this|last|next)\s+year['’]s\b/gi,
    make: (m) => {
      const which = (m[1] ?? "").toLowerCase();
      return shift("year", which === "this" ? 0 : which === "next" ? 1 : -1, "dateline");
    },
  },
  {
    // "last July", "next March"
    re: new RegExp(`\\b(last|next|this\\s+past|this\\s+coming)\\s+(${FULL_MONTH_RE})\\b`, "gi"),
    make: (m) => {
      const month = monthNumber(m[2] ?? "");
      if (month === null) return null;
      const dir =
        (m[1] ?? "").toLowerCase().startsWith("next") || /coming/i.test(m[1] ?? "") ? 1 : -1;
      return {
        base: "dateline",
        unit: "month",
        offset: 0,
        precision: "month",
        month,
        direction: dir,
      };
    },
  },
  {
    // "last Tuesday", "next Friday"
    re: new RegExp(`\\b(last|next|this\\s+past|this\\s+coming)\\s+(${WEEKDAY_RE})`, "gi"),
    make: (m) => {
      const weekday = weekdayNumber(m[2] ?? "");
      if (weekday === null) return null;
      const dir = /next|coming/i.test(m[1] ?? "") ? 1 : -1;
      return {
        base: "dateline",
        unit: "day",
        offset: 0,
        precision: "day",
        weekday,
        direction: dir,
        ...(/^last$/i.test(m[1] ?? "") ? { last: true } : {}),
      };
    },
  },
  {
    re: /\b(yesterday|tomorrow)\b/gi,
    make: (m) => shift("day", (m[1] ?? "").toLowerCase() === "yesterday" ? -1 : 1, "dateline"),
  },
  {
    // "two days later", "a week earlier", "three years afterwards" (not "a month earlier than usual")
    re: new RegExp(
      `\\b(${COUNT_RE})\\s+(days?|weeks?|months?|years?)\\s+(?:(later|afterwards?|after\\s+that|earlier)\\b(?!\\s+than\\b)|(before)(?=\\s*(?:[,.;:)]|$)))`,
      "gi",
    ),
    make: (m) => {
      const n = countValue(m[1] ?? "");
      if (n === null) return null;
      const back = m[4] !== undefined || /^earlier$/i.test(m[3] ?? "");
      return shift(m[2] ?? "", back ? -n : n, "anchor");
    },
  },
  {
    // "the next day", "the following month", "the previous day", "the day after"
    re: /\b(?:on\s+)?the\s+(next|following|previous|preceding|same)\s+(day|morning|afternoon|evening|night|week|month|year)\b/gi,
    make: (m) => {
      const which = (m[1] ?? "").toLowerCase();
      const raw = (m[2] ?? "").toLowerCase();
      const unit = ["morning", "afternoon", "evening", "night"].includes(raw) ? "day" : raw;
      const offset = which === "same" ? 0 : which === "previous" || which === "preceding" ? -1 : 1;
      const r = shift(unit, offset, "anchor");
      // ("Oran in 1509; and Tlemcen … in 1510. In the same year, …": opening its sentence, the
      // same as the one last named, as "that same year" is; "primaries held on the same day"
      // are the same as one another.)
      const opening = /^\W*(?:in|on|during)?\s*$/i.test((m.input ?? "").slice(0, m.index));
      return r === null || which !== "same" || !opening ? r : { ...r, named: true };
    },
  },
  {
    re: /\bthe\s+day\s+(after|before)(?=\s*(?:[,.;:)]|$))/gi,
    make: (m) => shift("day", (m[1] ?? "").toLowerCase() === "after" ? 1 : -1, "anchor"),
  },
  {
    // "that August", "that same December": a month of the narrative's year
    // Month names are capitalised: "that may last months" names no month.
    re: new RegExp(`\\b(?:[Ii]n\\s+)?[Tt]hat\\s+(?:same\\s+)?(${FULL_MONTH_RE})\\b`, "g"),
    make: (m) => {
      const month = monthNumber(m[1] ?? "");
      return month === null
        ? null
        : { base: "anchor", unit: "year", offset: 0, precision: "month", month };
    },
  },
  {
    // "later that day", "that same year", "earlier that month"
    re: /\b(?:(?:later|earlier)\s+)?(?:in\s+|on\s+)?that\s+(?:same\s+)?(day|month|year)\b(?!['’]s)/gi,
    make: (m) => {
      const r = shift(m[1] ?? "", 0, "anchor");
      // ("in that same year": the year last named.)
      return r === null || !/\bsame\b/i.test(m[0]) ? r : { ...r, named: true };
    },
  },
  {
    // "the end of the month", "the end of year", "the beginning of the year"
    re: /\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the\s+)?(month|year)\b/gi,
    make: (m) => shift(m[2] ?? "", 0, "period"),
  },
];

/** Words of a date a time of day may be written with, which then says its day. */
const DAY_WORDS = new RegExp(
  `\\b(?:${MONTH_RE}|${WEEKDAY_RE}|today|tonight|yesterday|tomorrow|day|night|morning|evening|afternoon|later|earlier)\\b|\\b(?:1\\d{3}|20\\d{2})\\b`,
  "i",
);

/** Whether a time of day is the sentence's only mark of time. */
function clockAlone(sentence: string): boolean {
  return !DAY_WORDS.test(sentence);
}

/** Relative date expressions in a sentence. */
export function relativeMentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const rule of RULES) {
    if (rule.only !== undefined && !rule.only(sentence)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m !== null; m = rule.re.exec(sentence)) {
      const relative = rule.make(m);
      if (relative === null) continue;
      const from = m.index;
      const to = from + m[0].length;
      if (out.some((o) => from < o.to && to > o.from)) continue;
      // "told Kamloops This Week that …", "on the Today show": written with capitals inside a
      // sentence, the words are part of a name and date nothing.
      if (
        /^\s*\S/.test(sentence.slice(0, from)) &&
        !/[.!?:;"“‘(]\s*$/.test(sentence.slice(0, from)) &&
        m[0].split(/\s+/).every((w) => /^\p{Lu}/u.test(w))
      )
        continue;
      const edge = /\b(end|beginning|start|middle)\s+of\b/i.exec(m[0])?.[1]?.toLowerCase();
      const qualifier = relative.approximate
        ? "about"
        : edge === "end"
          ? "late"
          : edge === "middle"
            ? "mid"
            : edge
              ? "early"
              : null;
      const attributive = /['’]s$/.test(m[0]);
      out.push({ from, to, start: {}, qualifier, since: false, attributive, relative });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
