import { formatQuantity, parseQuantity, type Quantity } from "../questions/numbers.ts";

/*
 * A number is right within the question's relative tolerance of the key (a range
 * key widens by the tolerance at both ends). A number within twice that band, or
 * 10% when the tolerance is tighter, earns half credit: close recall is worth a Hard.
 */

/** Score and whether the response held a number at all. */
export type NumberScore = { score: number; readable: boolean; key: Quantity | null };

/** Grade a typed number against the key answer text ("5,000", "6,500–7,000"). */
export function gradeNumberText(answer: string, response: string, tolerance = 0): NumberScore {
  const key = parseQuantity(answer);
  const given = parseQuantity(response);
  if (key === null || given === null) return { score: 0, readable: given !== null, key };
  const value = (given.low + given.high) / 2;
  const inside = (t: number) => {
    const band = toleranceBand(key, t);
    return value >= band.low - 1e-9 && value <= band.high + 1e-9;
  };
  if (inside(tolerance)) return { score: 1, readable: true, key };
  if (inside(2 * Math.max(tolerance, 0.1))) return { score: 0.5, readable: true, key };
  return { score: 0, readable: true, key };
}

/** The numbers a key accepts for full credit: the key (or range key) widened by `tolerance` at both ends. */
export function toleranceBand(key: Quantity, tolerance: number): { low: number; high: number } {
  return { low: key.low * (1 - tolerance), high: key.high * (1 + tolerance) };
}

/** The key written back for feedback, with its hedge ("about 5,000"). */
export function describeQuantity(answer: string): string {
  const q = parseQuantity(answer);
  if (q === null) return answer;
  return q.hedge ? `${q.hedge} ${formatQuantity(q)}` : formatQuantity(q);
}
