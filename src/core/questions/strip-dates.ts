/*
 * A question's sentence loses the relative time phrases that only make sense next
 * to a dateline ("on Tuesday", "earlier this week"); the clause frame has already
 * left out the date the question asks about.
 */

const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

const RELATIVE = new RegExp(
  `(?:\\s*,)?\\s*\\b(?:(?:on|earlier on|late on|by|this|last|earlier|later)\\s+)?(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?\\b|(?:\\s*,)?\\s*\\b(?:e+arlier|later)\\s+(?:this|that|in the)\\s+(?:week|month|year|day)\\b|(?:\\s*,)?\\s*\\b(?:(?:in|during|over|within)\\s+)?(?:the\\s+)?(?:this|last|past)\\s+(?:few\\s+)?(?:week|weeks|month|months|days|spring|summer|autumn|fall|winter)\\b|(?:\\s*,)?\\s*\\bin recent (?:weeks|days)\\b`,
  "gi",
);

/** Remove weekday and "this week" references, which only make sense next to a dateline. */
export function stripRelativeDates(text: string): string {
  return tidy(
    text.replace(RELATIVE, (match: string, at: number) =>
      // "Super Tuesday", "Good Friday": a capitalised word before the weekday makes a name.
      NAME_BEFORE.test(text.slice(0, at)) &&
      !/^\s*,|^\s*\b(?:on|by|this|last|earlier|later)\b/i.test(match)
        ? match
        : "",
    ),
  );
}

const NAME_BEFORE = /(?<![.!?:]\s*|^)\b\p{Lu}\p{Ll}+\s*$/u;

function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/,\s*,/g, ",")
    .replace(/^\s*,\s*/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}
