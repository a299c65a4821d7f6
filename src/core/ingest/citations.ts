/*
 * Wikipedia copies carry reference markers ("[23]", "[a]", "[note 4]") and
 * maintenance tags ("[better source needed]", "[when?]"). Markers are noise; tags
 * are kept as flags because they tell a reader the sentence is disputed. Bracketed
 * editorial insertions inside quotes ("[Israeli Defense Forces]") are text and stay.
 */

// (A letter in brackets set against the word after it is an editorial capital's change, "'[t]he
// regular army'", and stays as text.)
const REFERENCE =
  /\[(?:\d{1,4}(?:\s*[,–-]\s*\d{1,4})*|note \d+|nb \d+|n \d+)\]|\[[a-z]\](?![\p{L}])/gu;
const TAG = /\[([a-z][a-z ,'’–-]{1,48}\??)\]/g;
const TAG_WORDS =
  /\?$|needed|citation|source|verif|dubious|disputed|clarif|original research|unreliable|discuss|update|vague|specify|quantify|attribution|neutral|contradict|inconsistent|failed|weasel|peacock|who|when|where|which|why/;

export type Cleaned = { text: string; flags: { flag: string; at: number }[] };

/** Remove reference markers and maintenance tags; report each tag with its offset in the cleaned text. */
export function stripCitations(line: string): Cleaned {
  const flags: { flag: string; at: number }[] = [];
  let out = "";
  let last = 0;
  const marks: { from: number; to: number; flag: string | null }[] = [];
  for (const m of line.matchAll(REFERENCE)) {
    marks.push({ from: m.index, to: m.index + m[0].length, flag: null });
  }
  for (const m of line.matchAll(TAG)) {
    const inner = m[1] ?? "";
    if (inner === "sic" || !TAG_WORDS.test(inner)) continue;
    marks.push({ from: m.index, to: m.index + m[0].length, flag: inner });
  }
  marks.sort((a, b) => a.from - b.from);
  for (const mark of marks) {
    if (mark.from < last) continue;
    out += line.slice(last, mark.from);
    if (mark.flag !== null) flags.push({ flag: mark.flag, at: out.length });
    last = mark.to;
  }
  out += line.slice(last);
  // Removing a marker can leave "city , and" or a leading space: tidy while keeping offsets honest.
  const tidy = tidySpaces(out, flags);
  return tidy;
}

function tidySpaces(text: string, flags: { flag: string; at: number }[]): Cleaned {
  let out = "";
  // The last character kept: asking the growing string for it would flatten it each time.
  let last = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const next = text[i + 1] ?? "";
    // (".203", a decimal written without its zero, keeps the space before it.)
    const dropSpace =
      ch === " " &&
      (out.length === 0 ||
        last === " " ||
        (/[,.;:!?)]/.test(next) && !(next === "." && /\d/.test(text[i + 2] ?? ""))));
    map.push(out.length);
    if (!dropSpace) {
      out += ch;
      last = ch;
    }
  }
  map.push(out.length);
  const trimmed = out.trimEnd();
  return {
    text: trimmed,
    flags: flags.map((f) => ({ flag: f.flag, at: Math.min(map[f.at] ?? 0, trimmed.length) })),
  };
}
