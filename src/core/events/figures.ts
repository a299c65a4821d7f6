/*
 * Figures stated in a sentence ("between 6,500 and 7,000 people", "over 7,000
 * civilians", "about 5,000 people") as intervals, so two sources can be checked
 * for agreement: "about 7,000" agrees with both "over 7,000" and "between 6,500
 * and 7,000"; the last two disagree.
 */

/** A counted quantity: what is counted and the interval the wording allows. */
export type Figure = { noun: string; low: number; high: number; text: string };

const NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
const SCALE = "(?:\\s+(million|thousand|billion))?";
const HEDGE =
  "(?:(over|more than|at least|about|around|approximately|roughly|nearly|almost|some|up to|fewer than|less than|as many as|close to|upwards of)\\s+)?";
const FIGURE = new RegExp(
  `\\b${HEDGE}(?:(between)\\s+)?${NUM}${SCALE}(?:\\s*(?:and|to|–|-)\\s*${NUM}${SCALE})?\\s+((?:[a-z-]+\\s+){0,2}?)(people|persons|civilians|residents|inhabitants|evacuees|individuals|children|soldiers|fighters|rebels|troops|militants|detainees|prisoners|refugees|buses|busses|trucks|ambulances|families|villages|towns)\\b`,
  "gi",
);

/** People counted under different words are the same count. */
const PEOPLE = new Set([
  "people",
  "persons",
  "civilians",
  "residents",
  "inhabitants",
  "evacuees",
  "individuals",
]);

function value(num: string | undefined, scale: string | undefined): number {
  const n = Number((num ?? "").replace(/,/g, ""));
  const s = (scale ?? "").toLowerCase();
  return n * (s === "million" ? 1e6 : s === "thousand" ? 1e3 : s === "billion" ? 1e9 : 1);
}

/** Figures in a sentence, each with the interval its hedge allows. */
export function extractFigures(sentence: string): Figure[] {
  const out: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const hedge = (m[1] ?? "").toLowerCase();
    const a = value(m[3], m[4]);
    const b = m[5] !== undefined ? value(m[5], m[6]) : null;
    const nounWord = (m[8] ?? "").toLowerCase().replace(/^busses$/, "buses");
    const noun = PEOPLE.has(nounWord) ? "people" : nounWord;
    let low = a;
    let high = b ?? a;
    if (b === null) {
      if (/^(?:over|more than|upwards of)$/.test(hedge))
        [low, high] = [a + 0.5, Number.POSITIVE_INFINITY];
      else if (hedge === "at least") [low, high] = [a, Number.POSITIVE_INFINITY];
      else if (/^(?:about|around|approximately|roughly|some|close to)$/.test(hedge))
        [low, high] = [a * 0.9, a * 1.1];
      else if (/^(?:nearly|almost)$/.test(hedge)) [low, high] = [a * 0.9, a];
      else if (/^(?:up to|fewer than|less than|as many as)$/.test(hedge)) [low, high] = [0, a];
    }
    out.push({ noun, low, high, text: `${m[0].replace(/\s+\S+$/, "").trim()} ${m[8]}` });
  }
  return out;
}

/** Whether two figures of the same thing cannot both be true. */
export function figuresDisagree(a: Figure, b: Figure): boolean {
  return a.noun === b.noun && (a.high < b.low || b.high < a.low);
}
