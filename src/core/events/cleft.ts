/*
 * "It was only after his colleague Rheticus published Copernican ideas in 1540 that
 * Copernicus released On the Revolutions in 1543": a cleft sentence puts a time in focus
 * with "it was … that", and what it asserts is the clause after "that". Read in its plain
 * order, the clause keeps its own date ("Copernicus released On the Revolutions in 1543"),
 * and the expletive "it was" dates nothing.
 */

const CLEFT =
  /^(?:(?:However|Yet|But|Still|Indeed|In fact|Thus),\s+)?[Ii]t\s+(?:was|is)\s+((?:only|just|precisely|exactly|not)\s+)?((?:after|before|when|in|on|during|with|through|until)\s+.+?)\s+that\s+(.+?)([.!?]?)$/su;

/** "until August 2, 1776", "until 1990", "until the spring of 1948": until a date. */
const UNTIL_DATE =
  /^until\s+(?:\d|(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|the\s+(?:(?:early|mid|late)\s+)?(?:\d|spring|summer|autumn|fall|winter|end|beginning|middle))/u;

/** A cleft sentence in its plain order, or the sentence itself. */
export function unclefted(sentence: string): string {
  const m = CLEFT.exec(sentence.trim());
  if (m === null) return sentence;
  const [, focus = "", time = "", clause = "", stop = ""] = m;
  // "It was not until August 2, 1776 that the Declaration was first signed": it was signed
  // then. ("It was not in 1776 that …" denies, and "until" without "not" is no cleft.)
  const notUntil = /^not\b/.test(focus) && /^until\s/i.test(time);
  if ((/^not\b/.test(focus) && !notUntil) || (!notUntil && /^until\s/i.test(time))) return sentence;
  // The clause must open with its subject: a capital or a determiner, not a verb.
  if (!/^(?:\p{Lu}|(?:the|a|an|his|her|its|their)\s)/u.test(clause)) return sentence;
  const head = clause.charAt(0).toUpperCase() + clause.slice(1);
  // A time told by another event ("only after his colleague … published … in 1540") is that
  // event's, at its own date; the assertion is told without it. A time told by a date ("in
  // 1543") stays with the clause.
  // ("It was not until Theodore Roosevelt became president in 1901 that …": until an event.)
  const untilEvent = notUntil && !UNTIL_DATE.test(time);
  if (/^(?:after|before|when)\s/i.test(time) || untilEvent) return `${head}${stop || "."}`;
  if (notUntil) return `${head}, ${time.replace(/^until\s+/i, "")}${stop || "."}`;
  return `${head}, ${focus}${time}${stop || "."}`;
}
