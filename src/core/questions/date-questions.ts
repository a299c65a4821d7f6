import type { Question } from "../bank-schema.ts";
import { formatDate, parseDate } from "../date-format.ts";
import { isDateConflict } from "./attribution.ts";
import { type Clause, introTail, parseClause } from "./clause.ts";
import { type Context, type EventInfo, neighbours, perEvent } from "./context.ts";
import { chronological, dateDistractors } from "./date-distractors.ts";
import { datePhrase } from "./date-phrase.ts";
import { makeQuestion } from "./make.ts";
import { stripDatePhrases } from "./strip-dates.ts";
import { upperFirst, withoutFinalStop } from "./text.ts";

/*
 * Date recall, as a choice and typed. The prompt turns the event sentence into a
 * "When did …?" question when the sentence parses cleanly, and otherwise quotes it
 * ("In which month and year did this happen: “…”?"). The typed form names the
 * precision expected, so a learner knows whether a year is enough.
 */

type Ask = "when" | "typed";

/** How many of the nearest events' dates are considered as distractors. */
const NEAREST_DATES = 24;

function opener(ask: Ask, info: EventInfo): string {
  if (ask === "when") return "When";
  const { precision, end } = info.event.date;
  if (precision === "year") return end ? "In which years" : "In which year";
  if (precision === "month") return end ? "In which months" : "In which month and year";
  return end ? "On what dates" : "On what date";
}

function fromClause(clause: Clause, lead: string, ctx: Context): string {
  const tail = introTail(clause, ctx.lower);
  const subject = ctx.lower(clause.subject);
  if (clause.aux !== null) return `${lead} ${clause.aux} ${subject} ${clause.rest}${tail}?`;
  const rest = clause.restBase.length > 0 ? ` ${clause.restBase}` : "";
  return `${lead} did ${subject} ${clause.base}${rest}${tail}?`;
}

/** The body of a date question about an event, without attribution. */
function whenPrompt(info: EventInfo, ask: Ask, ctx: Context): string {
  const text = upperFirst(withoutFinalStop(stripDatePhrases(info.event.text, info.event.date)));
  const clause = parseClause(text);
  const lead = opener(ask, info);
  if (clause !== null) return fromClause(clause, lead, ctx);
  return `${lead} did this happen: “${text}”?`;
}

/** "According to “Title”, " for an attributed question, with the rest lower-cased. */
export function attribute(info: EventInfo, prompt: string): string {
  if (!info.citation?.attributed) return prompt;
  const body = prompt.startsWith("“") ? prompt : prompt[0]?.toLowerCase() + prompt.slice(1);
  return `According to “${info.citation.title}”, ${body}`;
}

/** A short explanation: what the source says, with the date. */
export const explain = perEvent((info: EventInfo, ctx: Context): string => {
  const e = info.event;
  const sentence = `${upperFirst(datePhrase(e.date))}, ${ctx.lower(withoutFinalStop(e.text))}.`;
  const title = info.citation?.title ?? ctx.titles.get(info.citation?.source.doc ?? "") ?? "";
  const others = otherDatesNote(info);
  if (info.citation?.attributed) return `According to “${title}”: ${sentence}${others}`;
  return title ? `${sentence} (${title})` : sentence;
});

const OTHER_SOURCES = "Other sources give";

function otherDatesNote(info: EventInfo): string {
  const own = formatDate(info.event.date);
  const values = info.event.conflicts
    .filter((c) => isDateConflict(c.field))
    .flatMap((c) => c.values)
    .map((v) => {
      const parsed = parseDate(v);
      return parsed === null ? v : formatDate(parsed);
    })
    .filter((v, i, all) => v !== own && all.indexOf(v) === i);
  return values.length > 0 ? ` ${OTHER_SOURCES} ${values.join(", ")}.` : "";
}

/**
 * What an explanation adds to a card that already shows the event and its quote:
 * a sequence's order is kept whole, a restatement of the event is dropped except
 * for its note on conflicting dates, anything else is kept.
 */
export function explanationBeyondEvent(
  explanation: string,
  eventText: string,
  type: string,
): string {
  if (type === "order" || type === "which-first") return explanation;
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const text = fold(eventText);
  if (text === "" || !fold(explanation).includes(text)) return explanation;
  const note = explanation.indexOf(OTHER_SOURCES);
  return note < 0 ? "" : explanation.slice(note);
}

/** Date-choice and date-typed questions for one event. */
export function dateQuestions(info: EventInfo, ctx: Context): Question[] {
  const citation = info.citation;
  if (citation === null) return [];
  const e = info.event;
  const base = {
    eventIds: [e.id],
    answer: formatDate(e.date),
    explanation: explain(info, ctx),
    source: citation.source,
    date: e.date,
  };
  const out: Question[] = [
    makeQuestion({
      ...base,
      type: "date-typed",
      variant: "typed",
      prompt: attribute(info, whenPrompt(info, "typed", ctx)),
    }),
  ];
  // "By April 1963" is also true of any later "by" date, so it cannot have wrong options.
  if (e.date.qualifier !== "by") {
    const bankDates = neighbours(ctx, info, (o) => o.event.id !== e.id, NEAREST_DATES).map(
      (o) => o.event.date,
    );
    const wrong = dateDistractors(e.date, bankDates, info.otherSpans, e.id);
    if (wrong.length >= 2) {
      out.push(
        makeQuestion({
          ...base,
          type: "date-choice",
          variant: "choice",
          prompt: attribute(info, whenPrompt(info, "when", ctx)),
          choices: chronological([e.date, ...wrong]).map((d) => formatDate(d)),
        }),
      );
    }
  }
  return out;
}
