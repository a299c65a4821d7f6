import { findMentions } from "../dates/extract.ts";

/*
 * "It was only after his colleague Rheticus published Copernican ideas in 1540 that
 * Copernicus released On the Revolutions in 1543": a cleft sentence puts a time in focus
 * with "it was … that", and what it asserts is the clause after "that". Read in its plain
 * order, the clause keeps its own date ("Copernicus released On the Revolutions in 1543"),
 * and the expletive "it was" dates nothing.
 */

const CLEFT =
  /^(?:(?:However|Yet|But|Still|Indeed|In fact|Thus),\s+)?[Ii]t\s+(?:was|is)\s+((?:only|just|precisely|exactly|not)\s+)?((?:after|before|when|in|on|during|with|through|until)\s+.+?)\s+that\s+(.+?)([.!?]?)$/su;

/** A cleft sentence in its plain order, or the sentence itself. */
export function unclefted(sentence: string): string {
  const m = CLEFT.exec(sentence.trim());
  if (m === null) return sentence;
  const [, focus = "", time = "", clause = "", stop = ""] = m;
  // "It was not until August 2, 1776 that the Declaration was first signed": it was signed
  // then. ("It was not in 1776 that …" denies, and "until" without "not" is no cleft.)
  const denied = /^not\b/.test(focus);
  const until = /^until\s/i.test(time);
  if (denied !== until) return sentence;
  // The clause must open with its subject: a capital or a determiner, not a verb.
  if (!/^(?:\p{Lu}|(?:the|a|an|his|her|its|their)\s)/u.test(clause)) return sentence;
  const head = clause.charAt(0).toUpperCase() + clause.slice(1);
  // A time told by another event ("only after his colleague … published … in 1540", "not
  // until Theodore Roosevelt became president in 1901") is that event's, at its own date; the
  // assertion is told without it. A time told by a date ("in 1543", "until August 2, 1776")
  // stays with the clause.
  const first = findMentions(time)[0];
  const byDate =
    first !== undefined &&
    /^\S+\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:spring|summer|autumn|fall|winter|end|beginning|middle)\s+of\s+(?:the\s+)?)?$/i.test(
      time.slice(0, first.from),
    );
  if (/^(?:after|before|when)\s/i.test(time) || (until && !byDate)) return `${head}${stop || "."}`;
  if (until) return `${head}, ${time.replace(/^until\s+/i, "")}${stop || "."}`;
  return `${head}, ${focus}${time}${stop || "."}`;
}
