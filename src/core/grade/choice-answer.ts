import { parseDate } from "../date-format.ts";

/*
 * A choice response must be one of the options. Learners and scripts do not
 * always echo an option byte for byte, so case, spacing, quotes and dashes are
 * evened out, a date option can be named by any way of writing that date, and an
 * option can be named by the id of the event it stands for.
 */

/** Even out case, spacing, quotes and dashes for comparing option texts. */
export function normalizeOption(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[\s.!?]+$/, "")
    .trim();
}

/** Index of the option a response names, or -1. */
export function findChoice(
  choices: string[],
  response: string,
  ids: string[] = [],
  dates = false,
): number {
  const given = normalizeOption(response);
  const exact = choices.findIndex((c) => normalizeOption(c) === given);
  if (exact >= 0) return exact;
  const byId = ids.indexOf(response.trim());
  if (byId >= 0 && byId < choices.length) return byId;
  if (dates) {
    const parsed = parseDate(response);
    if (parsed !== null) {
      const same = (c: string) => {
        const p = parseDate(c);
        return (
          p !== null &&
          p.start === parsed.start &&
          p.end === parsed.end &&
          p.precision === parsed.precision
        );
      };
      return choices.findIndex(same);
    }
  }
  return -1;
}
