import {
  COUNT_RE,
  countValue,
  FULL_WEEKDAY_RE,
  NAME_BEFORE_WEEKDAY,
  nounOfOfPhrase,
  SEASON_RE,
} from "../dates/lexicon.ts";
import { RELATIVES, SUBORDINATORS } from "../nlp/clauses.ts";
import { CONNECTIVE, LINKING, WEIGHING } from "../nlp/discourse.ts";
import { irregularPastLemma } from "../nlp/inflect.ts";
import { TIME_COUNTS, TIME_UNITS } from "../nlp/tokens.ts";
import { closeUpPunctuation, withFinalStop } from "../punctuation.ts";
/*
 * The text of an event: a standalone sentence that does not give its own date
 * away, so "which came first?" and "when did…?" questions can use it. The date
 * phrase is removed with its preposition ("On 28 March 2015, rebels captured…" →
 * "Rebels captured…"; "recaptured Kafranbel on Tuesday, a monitor said" →
 * "recaptured Kafranbel, a monitor said"). Which clause a date belongs to, and
 * where a clause ends, is decided from the tagger's parse (clause-facts.ts).
 */

export type Span = { from: number; to: number };

/** Sentence adverbs an event is told without even with no comma after them. */
const UNMARKED_LINK = new RegExp(`^(?:therefore|thus|consequently|hence|${WEIGHING})\\s+`, "i");

/** A season, "early" or "late" before it: "summer", "early fall". */
const SEASON_PART = `(?:(?:early|late)\\s+)?${SEASON_RE}`;
/**
 * What goes with a date phrase before it ("in", "the summer of", "in the years between", "in
 * the summer and early fall of").
 */
const PREFIX = new RegExp(
  `(?:\\b(?:earlier|later|early|late|also|then|just|only|back|way\\s+back|as\\s+recently\\s+as|nearly|almost|roughly|sometime|some\\s+time)\\s+)?(?:\\b(?:(?:in|during|over|throughout)\\s+the\\s+(?:years|period|decades?)\\s+(?:between|from)|(?:starting|beginning)\\s+(?:in|on|from)|on|in|at|by|during|from|until|till|as\\s+of|around|about|circa|between|starting|beginning|effective|throughout|through|towards?)\\s+)?(?:(?:on\\s+)?the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+|(?:the\\s+)?${SEASON_PART}(?:\\s+(?:and|or|to|through)\\s+(?:the\\s+)?${SEASON_PART})?\\s+(?:of\\s+)?)?$`,
  "i",
);

/** A date phrase that opens with its weekday ("Tuesday, October 29"). */
const WEEKDAY_FIRST = new RegExp(`^${FULL_WEEKDAY_RE},?\\s+(?=\\S)`);
/**
 * ", a few years before the Civil War", ", two days after the battle", ", the year of the
 * flood", ", a period known as the Great Unrest": a phrase set after a date that places or
 * names the same time another way goes with it.
 */
const TIME_APPOSITION = new RegExp(
  `^(?:,\\s+|\\s*[—–]\\s*)(?:(?:${TIME_COUNTS})\\s+(?:${TIME_UNITS})\\s+(?:before|after|later|earlier|prior\\s+to)\\b(?!\\s+than)|the\\s+(?:same\\s+)?(?:year|month|week|day)\\s+(?:of|when|that|after|before|he|she|they|it|we|his|her|their)\\b|(?:a|the)\\s+(?:[a-z]+\\s+)?(?:year|period|time|era|decade|span|stretch)\\s+(?:known\\s+as|called|of|when|that|in\\s+which|during\\s+which)\\b)[^,.;:!?()]*(?=,|[.;!?]?\\s*$)`,
  "i",
);

/** "Nearly a year beforehand, " right before a date's preposition, after the start or a comma. */
const MEASURED_BEFORE = new RegExp(
  `(^|,\\s*)(?:(?:nearly|almost|about|some|roughly|just|only|over|more\\s+than|less\\s+than)\\s+)?(?:${TIME_COUNTS})\\s+(?:${TIME_UNITS})\\s+(?:beforehand|before|earlier|later|afterwards?|prior)\\s*,\\s*$`,
  "i",
);

/**
 * Whether the text before a comma is a phrase fronted before the clause's subject ("After the
 * companies defied the court", "Outnumbered", "Following a series of campaigns …"; not a
 * gerund, which may be the subject, "Infighting over the Memorandum"), after which
 * a comma stays when a linking word goes; not after a subject ("The task, however, was") or a
 * relative word ("an increase that, however, doubled").
 */
function fronted(before: string): boolean {
  if (/\b(?:that|which|who)\s*$/i.test(before)) return false;
  const first = (/^\W*(\p{L}+)/u.exec(before)?.[1] ?? "").toLowerCase();
  return SUBORDINATORS.test(first) || FRONTING_WORD.test(first);
}

/** Prepositions and participles that open a phrase fronted before a clause's subject. */
const FRONTING_WORD =
  /^(?:despite|beyond|following|in|on|at|by|with|without|during|for|from|under|over|through|throughout|among|between|against|toward|towards|upon|within|having|being|\p{L}+ed)$/u;

/** Whether the text after a comma opens a clause of its own: a subordinator, a relative, "and". */
function opensClause(after: string): boolean {
  const next = (/^\s+(\p{L}+)/u.exec(after)?.[1] ?? "").toLowerCase();
  return SUBORDINATORS.test(next) || RELATIVES.test(next) || /^(?:where|and|but|or)$/.test(next);
}

/**
 * The text with the date phrase at [from, to) removed, or the text unchanged if removal
 * would break it. `nounAfter`: the date stands between a determiner and its noun ("the
 * 13th century Mongol conquest"), so the determiner stays with the noun. `namesDay`: the date
 * names a day, which before a noun says which of a series it is ("the Dec. 16, 1994, issue").
 */
export function removeDatePhrase(
  text: string,
  given: Span,
  nounAfter = false,
  namesDay = false,
): string {
  let span = given;
  // "On Black Tuesday, October 29, …": a weekday after a capitalised word is part of a name
  // (Black Tuesday, Super Tuesday), and stays when the date after it goes.
  const day = WEEKDAY_FIRST.exec(text.slice(span.from, span.to));
  if (day !== null && NAME_BEFORE_WEEKDAY.test(text.slice(0, span.from)))
    span = { from: span.from + day[0].length, to: span.to };
  // "In the same year as Columbus's momentous voyage, Spain …": what "same" is compared with
  // goes with the date.
  const sameAs = /\bsame\s+(?:year|month|day|week|time|period)$/i.test(
    text.slice(span.from, span.to),
  )
    ? /^\s+as\s+[^,.;:!?()]{1,80}(?=[,.;:!?]|$)/.exec(text.slice(span.to))
    : null;
  if (sameAs !== null) span = { from: span.from, to: span.to + sameAs[0].length };
  const before = text.slice(0, span.from);
  const dateText = text.slice(span.from, span.to);
  if (
    /\bof\s+$/i.test(before) &&
    !/\b(?:morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\s+of\s+$/i.test(before)
  )
    return text;
  if (/\b(?:since|until|till)\s+$/i.test(before)) return text;
  // "He spent 1860 in Kentucky": the time is what is spent, the verb's object.
  if (/\b(?:spent|spend|spends|spending)\s+$/i.test(before)) return text;
  // "The Nuremberg Trial lasted from November 1945 to October 1946", "the Year that ran from
  // July 1, 1957, to Dec. 31, 1958": a verb of duration
  // takes its span as its complement; without it, "lasted." says nothing.
  if (
    /\b(?:last(?:ed|s|ing)?|span(?:ned|s|ning)?|r[au]n(?:s|ning)?)\s+(?:from\s+|until\s+|till\s+|through\s+|for\s+)?$/i.test(
      before,
    )
  )
    return text;
  if (nounOfOfPhrase(before, text.slice(span.to))) return text;
  // "scheduled for October 1968", "postponed to 2021": the date is the object of a verb's
  // own preposition, which cannot be left dangling nor dropped without changing the verb.
  // "for the last month": the "the" of a relative date goes with it, the preposition still stays.
  const lead = before.replace(/\bthe\s+$/i, "");
  // "Towards the end of January, one of the galleys arrived": toward an edge of a time is a
  // time, and goes with it.
  const towardEdge =
    /\btowards?\s+$/i.test(lead) &&
    /^(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\b/i.test(dateText);
  if (
    !towardEdge &&
    /\b(?:for|to|as|than|into|like|toward|towards|against|with|within|over|past|beyond|upon|onto)\s+$/i.test(
      lead,
    )
  )
    return text;
  if (/^['’]s\b/.test(text.slice(span.to))) return text;
  // "in last year's elections": a date in the possessive determines the noun after it, and
  // gives way to "the" ("in the elections"), not to nothing.
  if (/['’]s$/.test(dateText)) return tidy(`${lead}the${text.slice(span.to)}`);
  // "in the last week": "the" before a relative date goes with it.
  const the = /^(?:last|past|next|previous|following)\b/i.test(dateText)
    ? before.slice(lead.length)
    : "";
  let prefix = (PREFIX.exec(before.slice(0, before.length - the.length))?.[0] ?? "") + the;
  // "The IDF pulled back on September 3": "back" right after a verb, before a preposition
  // other than the "in" of a time ("developed back in 2003"), is its particle ("pull back",
  // "fall back"), and stays with the verb.
  const particle = /^back\s+(?!in\b|during\b)/i.exec(prefix);
  if (particle !== null && verbBefore(before.slice(0, before.length - prefix.length)))
    prefix = prefix.slice(particle[0].length);
  // "an April 11, 1865, speech": a date between an article and its noun goes with its
  // commas, and the article agrees with the word that now follows it ("a speech").
  const found = /\b(a|an|the|his|her|its|their)\s+$/i.exec(before);
  // ("to Pad A three days later": a capital "A" after a capitalised word is a designation.)
  const article = found?.[1] === "A" && /\p{Lu}[\p{L}.]*\s+A\s+$/u.test(before) ? null : found;
  const attributive =
    article !== null &&
    prefix === "" &&
    (/^(?:a|an)$/i.test(article[1] ?? "") ||
      /^\s*,\s*\p{Ll}/u.test(text.slice(span.to)) ||
      nounAfter);
  // "The prosperous 1920s ushered in …": a date with its own determiner and no preposition
  // is a noun phrase of the clause (its subject or object), and cannot go.
  if (
    prefix === "" &&
    !attributive &&
    ((/^(?:\d{3,4}['’]?s|(?:\d{1,2}(?:st|nd|rd|th)[-\s]centur(?:y|ies)))$/i.test(dateText) &&
      /\b(?:the|a|an|this|that|his|her|its|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)) ||
      // ("The 1960s brought great change": so when the determiner is read as part of the date;
      // "the 14th-century plague", hyphenated, is an adjective of the noun after it.)
      // ("the first half of the 20th century brought an era of …": so with its half.)
      /^the\s+(?:(?:first|second|latter)\s+half\s+of\s+(?:the\s+)?)?(?:(?:early|mid|late)[-\s]+)?(?:\d{3,4}['’]?s|\d{1,2}(?:st|nd|rd|th)\s+centur(?:y|ies)|\d{4})$/i.test(
        dateText,
      ))
  )
    return text;
  // "2008 saw the election of …", "The year 1947 saw major shifts": a date opening the
  // sentence with no preposition and a verb right after it is the clause's subject.
  if (
    prefix === "" &&
    /^\d{3,4}$/.test(dateText) &&
    /^(?:(?:the\s+)?year\s+)?$/i.test(before.trimStart()) &&
    /^\s+\p{Ll}+\s/u.test(text.slice(span.to))
  )
    return text;
  if (article !== null && attributive) {
    const rest = text.slice(span.to).replace(/^\s*,?\s*/, "");
    if (!/^[\p{L}]/u.test(rest)) return text;
    // "The Dec. 16, 1994, issue of Science published …": a day before a noun says which of a
    // series it is (an issue, a meeting); without it "the issue" points outside the sentence,
    // and "an issue" does not.
    const which = namesDay && /^the$/i.test(article[1] ?? "");
    const word = which ? (/^T/.test(article[1] ?? "") ? "A" : "a") : (article[1] as string);
    return tidy(`${before.slice(0, article.index)}${agreeingArticle(word, rest)} ${rest}`);
  }
  // "As the summer of 1929 came to a close": a season or time of day with no preposition
  // before it is the clause's subject or object, and cannot go.
  if (
    /^\s*(?:the\s+)?(?:spring|summer|autumn|fall|winter|morning|afternoon|evening|night)\b/i.test(
      prefix,
    )
  )
    return text;
  // "was sworn in last week": "last week" takes no preposition, so an "in" before it is
  // the verb's particle ("sworn in"), not the date's.
  if (the === "" && /^(?:last|next|this)\b/i.test(dateText))
    prefix = prefix.replace(/\bin\s+$/i, "");
  let start = span.from - prefix.length;
  // "Nearly a year beforehand, in January 1941, Herrmann had relocated": a counted time
  // before or after, set off right before the date, places the same time another way.
  const placedBefore = MEASURED_BEFORE.exec(text.slice(0, start));
  if (placedBefore !== null && prefix.trim() !== "")
    start = placedBefore.index + (placedBefore[1]?.length ?? 0);
  let end = span.to;
  const timeOfDay = /^\s+(?:day|morning|afternoon|evening|night)\b/i.exec(text.slice(end));
  if (timeOfDay !== null) end += timeOfDay[0].length;
  // "On Thursday local time, …", "at 10:00 UTC": the clock a date is told by goes with it.
  const clock = /^\s+(?:local\s+time|\(?(?:UTC|GMT)\)?)(?![\p{L}\p{N}])/iu.exec(text.slice(end));
  if (clock !== null) end += clock[0].length;
  const apposition = TIME_APPOSITION.exec(text.slice(end));
  // Only after a date with its preposition: "September 16, 1811, the day of the Grito, is
  // …" has the date for its subject. The comma closing the phrase goes too (", two days
  // after the battle, in Münster" → " in Münster"), unless a clause follows it (", when").
  if (apposition !== null && prefix.trim() !== "") {
    end += apposition[0].length;
    if (
      text[end] === "," &&
      !/^,\s+(?:when|while|as|because|which|who|where|after|before)\b/i.test(text.slice(end))
    )
      end++;
  }
  // "on Oct. 27, 2017, that": the comma after a month-day-year belongs to the date.
  // ("A brief downturn in the market on September 18, 1929, raised questions": so does the one
  // before a verb, where no other comma pairs with it.)
  if (
    /\d,\s*\d{4}$/.test(dateText) &&
    (/^,\s+that\b/.test(text.slice(end)) ||
      // (Only before a verb or a preposition of the clause: before a noun phrase or a
      // participle the comma ends a fronted phrase or opens an apposition, and stays.)
      (/^,\s+(?:\p{Ll}+ed|at|by|after|before|in|on|of|for|from|with|without|during|outside|inside|near|under|over|into|to|since|following|amid|against|among|between|through|throughout|within|ahead|despite|upon)\b/u.test(
        text.slice(end),
      ) &&
        !/,\s*$/.test(text.slice(0, start))))
  )
    end++;
  const leading = /^["“'‘(]*$/.test(text.slice(0, start).trim());
  let out: string;
  if (leading) {
    const rest = text.slice(end).replace(/^\s*,?\s*/, "");
    out = text.slice(0, start).trim() + capitalise(rest);
  } else {
    while (start > 0 && text[start - 1] === " ") start--;
    let head = text.slice(0, start);
    let tail = text.slice(end);
    // ("Fate intervened when on Sept. 27, the … Unit failed": after a subordinator the date's
    // comma closed it, and goes with it.)
    // (Not after "so", which may open a result as well as a time: "so, 12, 13, 14 were …".)
    const lastWord = /(?:^|[^\p{L}])(\p{L}+)$/u.exec(head)?.[1]?.toLowerCase() ?? "";
    if (SUBORDINATORS.test(lastWord) && lastWord !== "so" && /^,\s/.test(tail))
      tail = tail.slice(1);
    // "…, and, in the 1820s, he emerged": the date's commas go with it ("…, and he emerged").
    if (head.endsWith(",") && tail.startsWith(",")) {
      tail = tail.slice(1);
      // "Kennedy, in 1961, met Khrushchev": between a subject and its verb the pair of
      // commas goes with the date ("Kennedy met"); after a fronted phrase one stays
      // ("After the war, in 1946, he left" → "After the war, he left").
      const subjectOnly =
        !/,/.test(head.slice(0, -1)) &&
        !/^\s*["“]?(?:after|before|in|on|at|during|when|while|since|following|with|by|for|from|as)\b/i.test(
          head,
        ) &&
        // ("However, in 1980, the party …": a connective keeps its comma.)
        !openingAdverb(head) &&
        /^\s*\p{Ll}/u.test(tail);
      // ("the Patent Office, which, in 1790, recorded": so after a relative word.)
      if (/\b(?:and|but|or|nor|so|yet|which|who)\s*,$/i.test(head) || subjectOnly) {
        head = head.replace(/,$/, "");
        tail = tail.trimStart();
      }
    }
    // "and on September 7, 1822, declared": a date written after a conjunction with only its
    // closing comma leaves none behind ("and declared", not "and, declared").
    if (/\b(?:and|but|or|nor|yet|that|then)$/i.test(head) && tail.startsWith(","))
      tail = tail.slice(1);
    out = head + (tail.length > 0 && /^[\p{L}\p{N}"“(]/u.test(tail) ? " " : "") + tail;
  }
  out = tidy(out);
  if (out.split(/\s+/).length < 3) return text;
  return out;
}

/**
 * "For 40 years, from 1938 to 1978, the CAB approved all fares": with the span gone as
 * the clause's date, a length of time that is that span's restates it, and a question
 * would give the one away by the other ("From 1938 to 1978, for ___ years"). The text
 * without it; unchanged when its length is not the span's.
 */
export function dropRestatedLength(text: string, start: number, end: number | undefined): string {
  if (end === undefined || end <= start) return text;
  const pattern = new RegExp(
    `(^|,\\s*|\\s)for\\s+(?:(?:about|nearly|almost|over|some)\\s+)?(${COUNT_RE})\\s+years(\\s*,)?(?=\\s|$)`,
    "i",
  );
  const m = pattern.exec(text);
  if (m === null) return text;
  const years = countValue(m[2] ?? "");
  if (years === null || Math.abs(years - (end - start)) > 1) return text;
  const lead = m[1] ?? "";
  // At the start, the comma after it goes with it; inside, the comma before it does.
  const keep = lead.startsWith(",") && m[3] !== undefined ? ", " : lead === "" ? "" : " ";
  const out = `${text.slice(0, m.index)}${keep}${text.slice(m.index + m[0].length).replace(/^\s+/, "")}`;
  return tidy(out.replace(/\s+([,.;:])/g, "$1"));
}

/** "a" or "an" as the word after it asks ("a speech", "an attack"); any other word unchanged. */
export function agreeingArticle(article: string, next: string): string {
  if (!/^(?:a|an)$/i.test(article)) return article;
  return `${article[0] === "A" ? "A" : "a"}${/^[aeiou]/i.test(next) ? "n" : ""}`;
}

/** Adverbs of sequence and stance that open a sentence besides the connectives. */
const OPENING_ADVERB =
  /^(?:earlier|now|soon|once|next|first|second|third|last|overall|today|here|there|indeed|so)$/;

/** Whether `head` is one opening adverb and its comma ("However,", "Earlier,", "Finally,"). */
function openingAdverb(head: string): boolean {
  const word = /^\s*["“]?(\p{L}+)\s*,$/u.exec(head)?.[1]?.toLowerCase();
  return (
    word !== undefined && (CONNECTIVE.test(word) || OPENING_ADVERB.test(word) || /ly$/.test(word))
  );
}

/** Whether the text ends with a verb's past, participle or -ing form ("pulled", "fell", "coming"). */
function verbBefore(text: string): boolean {
  const word = (/(\p{L}+)\s*$/u.exec(text)?.[1] ?? "").toLowerCase();
  return /(?:ed|ing)$/.test(word) || irregularPastLemma(word) !== null;
}

/** Make a clause read as a sentence: capital first letter, one closing full stop, no wire dateline. */
export function asSentence(text: string): string {
  // "HOUSTON (AP) — A line of storms…": the wire dateline is not part of the event.
  // "For example, the Red Army invaded Ukraine": what it is an example of is in the sentence
  // before, and the event is told without it.
  const t = tidy(text)
    .replace(/^\p{Lu}[\p{Lu} .,'-]{1,40}(?:\s*\([\p{L} .]{1,20}\))?\s*[—–-]{1,2}\s+(?=\p{L})/u, "")
    // ("Evansville, Indiana, United States - This past week …": a news site's place line.)
    .replace(
      /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+){1,3}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+[—–-]\s+(?=\p{L})/u,
      "",
    )
    .replace(/^(?:for example|for instance),\s*/i, "")
    // ("the the ninth NASA Administrator": an article written twice is a slip of the pen.)
    .replace(/\b(the|a|an)\s+\1\b/giu, "$1")
    // "the resulting Emergency Banking Act": what it resulted from is the sentence before;
    // the name says which act without it.
    .replace(/\b(the)\s+(?:resulting|ensuing)\s+(?=\p{Lu})/giu, "$1 ")
    .replace(/,\s*for (?:example|instance)(?:,|(?=[.;!?]|$))/gi, "")
    // "As expected, Britain declared war", "the British defeated the French, however, when":
    // a word that ties the sentence to the one before it is dropped, and the fact stays.
    .replace(new RegExp(`^(?:${LINKING}),\\s*`, "i"), "")
    // ("Therefore Secretary Stimson issued …": a sentence adverb needs no comma to link; nor
    // does one that weighs, left without its comma when a date after it went: "Most famously
    // the British Government impounded …".)
    .replace(UNMARKED_LINK, (m: string, _at: number, whole: string) =>
      /^(?:\p{Lu}|(?:the|a|an|his|her|its|their)\s)/u.test(whole.slice(m.length)) ? "" : m,
    )
    // ("Russia ordered mobilization of its troops on July 30 in response": in response to the
    // sentence before; the fact is told without it.)
    .replace(/\b(and|but|so),\s*in (?:response|return|retaliation),\s*/gi, "$1 ")
    .replace(/,\s*in (?:response|return|retaliation),/gi, ",")
    .replace(/,?\s+in (?:response|return|retaliation)(?=\s*(?:[.;!?]|$))/gi, "")
    // ("The communist partisans however defeated …": so inside the clause without commas, before
    // its verb; not "however much", which concedes.)
    .replace(
      /(?<=\p{L})\s+(?:however|moreover|furthermore|nevertheless|nonetheless|therefore|consequently|meanwhile)\s+(?!(?:much|many|long|hard|far|small|large|great|little|often|few)\b)(?=\p{Ll})/gu,
      " ",
    )
    // ("Infighting over the Wye Memorandum, however, brought down …": between subject and verb
    // the commas go with it; before a clause of its own, or after a fronted phrase, one stays.)
    .replace(new RegExp(`,\\s*(?:${LINKING}),`, "gi"), (m: string, at: number, whole: string) =>
      opensClause(whole.slice(at + m.length)) || fronted(whole.slice(0, at)) ? "," : "",
    )
    .replace(new RegExp(`,\\s*(?:${LINKING})(?=[.;!?]|$)`, "gi"), "")
    .replace(/[\s,;:–—-]+$/, "");
  if (t.length === 0) return t;
  return capitalise(withFinalStop(t));
}

function capitalise(text: string): string {
  return text.replace(/^(["“'‘(]*)(\p{Ll})/u, (_, q: string, c: string) => q + c.toUpperCase());
}

function tidy(text: string): string {
  return (
    closeUpPunctuation(text.replace(/\s*\(\s*[,;]?\s*\)/g, "").replace(/\s{2,}/g, " "))
      .replace(/,(?:\s*,)+/g, ",")
      .replace(/,\s*([.;:!?])/g, "$1")
      // ("at 10:39 a.m. on Saturday." with the date gone: the abbreviation's stop ends it.)
      .replace(/(?<!\.)\.\.(?!\.)/g, ".")
      .replace(/^[\s,;:]+/, "")
      // ('Though Reagan proclaimed that they "must be dealt justice," U.S. forces …': the
      // quotation's closing mark, after the comma, belongs to the clause before.)
      // (A straight mark closes when a space follows it; an opening one is set against its word.)
      .replace(/^(?:”\s*|"\s+)/, "")
      .trim()
  );
}
