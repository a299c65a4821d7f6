/*
 * A question's sentence loses the relative time phrases that only make sense next
 * to a dateline ("on Tuesday", "earlier this week"); the clause frame has already
 * left out the date the question asks about.
 */

import {
  FULL_WEEKDAY_RE,
  NAME_BEFORE_WEEKDAY,
  nounOfOfPhrase,
  weekdayModifiesNoun,
} from "../dates/lexicon.ts";
import { TIME_COUNTS, TIME_UNITS } from "../nlp/tokens.ts";
import { closeUpPunctuation, withFinalStop } from "../punctuation.ts";
import { withoutFinalStop } from "./text.ts";

const RELATIVE = new RegExp(
  `(?:\\s*,)?\\s*\\b(?:(?:on|earlier on|late on|by|as of|until|till|since|before|after|from|this|last|earlier|later)\\s+)?${FULL_WEEKDAY_RE}(?:\\s+(?:morning|afternoon|evening|night))?\\b|(?:\\s*,)?\\s*\\b(?:e+arlier|later)\\s+(?:this|that|in the)\\s+(?:week|month|year|day)\\b|(?:\\s*,)?\\s*\\b(?:(?:in|during|over|within|for|throughout|as of)\\s+)?(?:the\\s+)?(?:this|last|past)\\s+(?:few\\s+)?(?:week|weeks|month|months|days|spring|summer|autumn|fall|winter)\\b|(?:\\s*,)?\\s*\\bin recent (?:weeks|days)\\b`,
  "gi",
);

/**
 * "…, six years after Napoléon’s fall, …", "Five days after the surrender of Lee, …": a
 * time counted from another event, set off by commas. Out of the text's own order it is
 * a second date beside the one the question gives, and the sentence reads whole without it.
 */
const OFFSET = new RegExp(
  `(^|,)\\s*(?:(?:just|only|about|nearly|almost|barely|some|roughly|exactly)\\s+)?(?:${TIME_COUNTS})\\s+(?:${TIME_UNITS})\\s+(?:after|before|later|earlier)\\b[^,;]*(?=,|$)(,?)`,
  "gi",
);

/**
 * Remove weekday and "this week" references, which only make sense next to a dateline,
 * with the preposition that brings them ("as of Tuesday", "for the last month"): left
 * behind, it dangles ("as of, showed", "no results for.").
 */
export function stripRelativeDates(text: string): string {
  // "was previously in the news": before what the story tells now, which a question given its
  // own date does not tell. (After an auxiliary only: "a previously unknown species" keeps it.)
  const rest = withoutOffsets(text).replace(
    /\b((?:was|were|had|has|have|is|are)\s+)previously\s+/gi,
    "$1",
  );
  return tidy(
    rest
      .replace(RELATIVE, (match: string, at: number) => {
        // "Super Tuesday", "Good Friday": a capitalised word before the weekday makes a name;
        // so does a noun after it, after "the" ("the Saturday Night Massacre", "the Sunday
        // trade ban").
        const name =
          (NAME_BEFORE_WEEKDAY.test(rest.slice(0, at)) &&
            !/^\s*,|^\s*\b(?:on|by|this|last|earlier|later)\b/i.test(match)) ||
          weekdayModifiesNoun(rest.slice(0, at), rest.slice(at + match.length));
        if (name) return match;
        if (nounOfOfPhrase(rest.slice(0, at), rest.slice(at + match.length))) return match;
        // "at Tuesday's hearing" → "at the hearing": a day in the possessive says which
        // hearing, as "the" does once the day has gone.
        const possessive =
          /^['’]s\b/.test(rest.slice(at + match.length)) && /^\s*\p{L}+$/u.test(match);
        return possessive ? " the" : "";
      })
      // (The day's "'s" goes with it.)
      .replace(/\bthe['’]s\b/g, "the"),
  );
}

/** The text without comma-set phrases of time counted from another event (see OFFSET). */
function withoutOffsets(text: string): string {
  const out = text.replace(OFFSET, (_match: string, lead: string, trail: string) =>
    // Between two commas one stays; at the start of the text none does.
    lead === "," && trail === "," ? "," : "",
  );
  return out === text ? text : out.replace(/^\s*(\p{Ll})/u, (c) => c.toUpperCase());
}

function tidy(text: string): string {
  return closeUpPunctuation(text)
    .replace(/,\s*,/g, ",")
    .replace(/^\s*,\s*/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * An event's text as an option: read beside others, away from its dateline and from the
 * events its relative times count from ("on Tuesday", "six years after Napoléon’s fall").
 */
export function optionText(text: string): string {
  return withFinalStop(withoutFinalStop(stripRelativeDates(text)));
}
