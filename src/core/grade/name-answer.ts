import { sameName } from "../names.ts";

/*
 * A typed name is right when it names the same thing as the key or one of its
 * accepted variants, through the normalised key and guarded similarity of
 * names.ts. Generic place words ("Idlib city", "the town of Kafriya") are set aside
 * first, so the learner need not guess how the source phrased them.
 */

const GENERIC =
  /\b(?:the|city|town|towns|village|villages|province|governorate|district|region|area|of)\b/gi;

/** The distinctive part of a name: "the town of Kafriya" → "Kafriya". */
export function nameCore(name: string): string {
  const core = name.replace(GENERIC, " ").replace(/\s+/g, " ").trim();
  return core.length > 0 ? core : name.trim();
}

function clean(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[“”"«»]/g, "")
    .replace(/[.,;:!?]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a typed name matches any of the candidate spellings. */
export function matchesName(response: string, candidates: string[]): boolean {
  const given = clean(response);
  if (given.length === 0) return false;
  return candidates.some(
    (c) =>
      given.toLowerCase() === clean(c).toLowerCase() ||
      sameName(given, c) ||
      sameName(nameCore(given), nameCore(c)),
  );
}
