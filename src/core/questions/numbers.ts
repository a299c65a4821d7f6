/*
 * Quantities as people write them: "5,000", "5 000", "5.000", "5k", "5.5 million",
 * "about 5 thousand", "five thousand", "between 6,500 and 7,000". Hedges ("about",
 * "more than") are read and reported, not used to shift the value.
 */

import { NUMBER_WORDS } from "../dates/lexicon.ts";

/** A quantity: a point (low === high) or a range, with the hedge word if one was written. */
export type Quantity = { low: number; high: number; hedge: string | null };

const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  mn: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
};

/** Words that hedge a number ("over", "nearly", "more than"), at the start of a text. */
export const HEDGES =
  /^(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|more than|less than|fewer than|under|at least|up to|some|circa|c\.|~|>|<)\s*/;

/** Words that can be part of a number written in words ("two hundred and fifty"). */
export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return (
    (Object.hasOwn(NUMBER_WORDS, w) && w !== "a" && w !== "an") ||
    (Object.hasOwn(SCALES, w) && w.length > 2)
  );
}

function digitsValue(token: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token)) return Number(token.replace(/,/g, ""));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(token) || /^\d{1,3}\.\d{3}$/.test(token)) {
    // "5.000" is how much of Europe writes five thousand; a decimal would rarely have three places.
    return Number(token.replace(/\./g, ""));
  }
  if (/^\d+(?:\.\d+)?$/.test(token)) return Number(token);
  return null;
}

/** Read one number from the start of a token list; returns the value and how many tokens it used. */
function readNumber(tokens: string[]): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let seen = false;
  while (used < tokens.length) {
    const token = tokens[used] ?? "";
    const digits = digitsValue(token);
    const suffixed = /^(\d+(?:\.\d+)?)(k|m|mn|bn)$/.exec(token);
    if (digits !== null && !seen) {
      current = digits;
      seen = true;
    } else if (suffixed?.[1] && suffixed[2] && !seen) {
      current = Number(suffixed[1]) * (SCALES[suffixed[2]] ?? 1);
      seen = true;
    } else if (
      Object.hasOwn(NUMBER_WORDS, token) &&
      !(seen && (token === "a" || token === "an" || current % 10 !== 0))
    ) {
      if (
        (token === "a" || token === "an") &&
        !(tokens[used + 1] ?? "").match(/^(?:hundred|thousand|million|billion|dozen)$/)
      ) {
        break;
      }
      current += NUMBER_WORDS[token] ?? 0;
      seen = true;
    } else if (Object.hasOwn(SCALES, token) && seen) {
      const scale = SCALES[token] ?? 1;
      if (scale < 1000) current *= scale;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (token === "and" && seen && Object.hasOwn(NUMBER_WORDS, tokens[used + 1] ?? "")) {
      // "two hundred and fifty"
    } else {
      break;
    }
    used += 1;
  }
  return seen ? { value: total + current, used } : null;
}

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\d)\s(?=\d{3}\b)/g, "$1,")
    .replace(/(\d)\s*\+/g, "$1")
    .replace(/(\d)\s+(k|m|mn|bn)\b/g, "$1$2")
    .replace(/(\d)\s*[-‐‑]\s*(?=\d)/g, "$1 to ")
    .replace(/[-‐‑]/g, " ")
    .replace(/[–—]/g, " to ")
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** Parse the first quantity in a text ("about 5,000 people", "6,500–7,000"); null when there is none. */
export function parseQuantity(input: string): Quantity | null {
  let text = input.normalize("NFKC").trim().toLowerCase();
  let hedge: string | null = null;
  const h = HEDGES.exec(text);
  if (h) {
    hedge = h[0].trim();
    text = text.slice(h[0].length);
  }
  const between = /^between\s+(.+?)\s+and\s+(.+)$/.exec(text);
  const tokens = between
    ? [...tokenize(between[1] ?? ""), "to", ...tokenize(between[2] ?? "")]
    : tokenize(text);
  const first = readNumber(tokens);
  if (first === null) return null;
  const rest = tokens.slice(first.used);
  if (rest[0] === "to" || rest[0] === "or") {
    const secondTokens = rest.slice(1);
    const second = readNumber(secondTokens);
    if (second !== null) {
      // "6.5 to 7 thousand": a scale written once applies to both ends.
      const scale = SCALES[secondTokens[second.used - 1] ?? ""] ?? 1;
      const firstScaled = tokens.slice(0, first.used).some((t) => Object.hasOwn(SCALES, t));
      const low =
        !firstScaled && scale > 1 && first.value * scale <= second.value
          ? first.value * scale
          : first.value;
      if (second.value > low) return { low, high: second.value, hedge };
    }
  }
  return { low: first.value, high: first.value, hedge };
}

const NUMBER_FORMAT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** Write a quantity the way the bank does: "5,000", "6,500–7,000". */
export function formatQuantity(q: Pick<Quantity, "low" | "high">): string {
  const f = (n: number) => NUMBER_FORMAT.format(n);
  return q.low === q.high ? f(q.low) : `${f(q.low)}–${f(q.high)}`;
}
