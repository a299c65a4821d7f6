/* Month, weekday and number words shared by the date passes and the dateline reader. */

const MONTHS: [string, number][] = [
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["october", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12],
];
const MONTH_MAP = new Map(MONTHS);

/** Regex source matching an English month name or abbreviation (with optional dot). */
export const MONTH_RE =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

/** Regex source matching a full English month name (the forms used without a day). */
export const FULL_MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/** Regex source matching an English weekday name. */
export const WEEKDAY_RE =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)";

/** Regex source matching a full English weekday name. */
export const FULL_WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/** Regex source matching a season's name. */
export const SEASON_RE = "(?:spring|summer|autumn|fall|winter)";

/**
 * Text that ends with a capitalised word inside its sentence: a weekday after it is part of
 * a name ("Super Tuesday", "Black Tuesday", "Good Friday"), not a day of the week.
 */
export const NAME_BEFORE_WEEKDAY = /(?<![.!?:]\s*|^)\b\p{Lu}\p{Ll}+\s*$/u;

/**
 * Whether a date between `before` and `after` is the noun of a "the … of" phrase ("attended
 * the Saturday of the convention"): it says which part of the thing, and cut out as a date
 * it would leave "the of the convention".
 */
export function nounOfOfPhrase(before: string, after: string): boolean {
  return /\bthe\s*$/i.test(before) && /^\s+of\b/i.test(after);
}

/**
 * Whether a weekday (and any time of day with it) between `before` and `after` modifies the
 * noun after it: after an article, before a capitalised word other than a month ("the
 * Saturday Night Massacre", "the Sunday Times") or a common noun other than a part of the
 * day ("the Sunday trade ban", "a Friday sermon"), it says which kind, not when. "On Saturday
 * Sirhan Sirhan was stabbed" and "the Sunday before the vote" are days.
 */
export function weekdayModifiesNoun(before: string, after: string): boolean {
  if (!/\b(?:the|a|an)\s*$/i.test(before)) return false;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  if (next === undefined) return false;
  if (/^\p{Lu}\p{Ll}+$/u.test(next)) return monthNumber(next) === null;
  return /^\p{Ll}+$/u.test(next) && !NOT_A_NOUN_AFTER_WEEKDAY.test(next);
}

/** Words after a weekday that leave it a day: parts of the day, and words no noun is. */
const NOT_A_NOUN_AFTER_WEEKDAY =
  /^(?:morning|afternoon|evening|night|noon|midnight|before|after|following|prior|of|in|on|at|to|for|with|by|from|when|that|which|and|or|but|as|was|is|were|had|has|will|would|he|she|it|they|we|i|you|last|next|this)$/;

/** Month number (1-12) of a month name or abbreviation, or null. */
export function monthNumber(word: string): number | null {
  return MONTH_MAP.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** Weekday number (0 = Sunday) of a weekday name or abbreviation, or null. */
export function weekdayNumber(word: string): number | null {
  const i = WEEKDAYS.indexOf(word.toLowerCase().slice(0, 3));
  return i < 0 ? null : i;
}

/** Numbers written as one word, "zero" to "ninety" ("a" and "an" count as one). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Regex source for a small count written in words or digits ("two", "a", "12"). */
export const COUNT_RE = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .filter((w) => w !== "zero")
  .sort((a, b) => b.length - a.length)
  .join("|")}|hundred)`;

/** Value of a count (a COUNT_RE match) in words or digits; null for a word it does not know. */
export function countValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === "hundred") return 100;
  return NUMBER_WORDS[w] ?? null;
}

/**
 * Days named by what falls on them ("on the eve of Independence Day", "at Christmas"): a
 * time a narrative moves to that this reader does not place on the calendar, since which day
 * it is depends on the country, the year or the faith.
 */
export const NAMED_DAY =
  /\b(?:Independence|Memorial|Labor|Labour|Veterans|Armistice|Remembrance|Election|Inauguration|Thanksgiving|Christmas|Boxing|New\s+Year['’]s|May|Bastille|Victory|Anzac|Canada|Australia)\s+(?:Day|Eve)\b|\b(?:Christmas|Thanksgiving|Easter|Passover|Ramadan|Eid(?:\s+al-\p{L}+)?|Diwali|Hanukkah|Halloween|Fourth\s+of\s+July)\b/u;
