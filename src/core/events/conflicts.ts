import type { Conflict } from "../bank-schema.ts";
import type { Candidate } from "./candidates.ts";
import { figuresDisagree } from "./figures.ts";
import { sharedNames } from "./tokens.ts";

/*
 * Disagreements between sources. Dates: a merged event whose members state
 * incompatible dates. Figures: two sources of one event, or of two events a day or
 * two apart about the same places and action (an agreement "to evacuate between
 * 6,500 and 7,000 people" and a report that "over 7,000 civilians have been
 * evacuated"), counting the same thing with intervals that cannot overlap.
 */

/** A figure conflict between two sets of members, or null. */
export function figureConflict(a: Candidate[], b: Candidate[]): Conflict | null {
  const values = new Set<string>();
  const docs = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (x.doc === y.doc && x.kind === y.kind) continue;
      for (const fx of x.figures) {
        for (const fy of y.figures) {
          if (!figuresDisagree(fx, fy)) continue;
          values.add(fx.text);
          values.add(fy.text);
          docs.add(x.doc);
          docs.add(y.doc);
        }
      }
    }
  }
  if (values.size < 2) return null;
  return { field: "figure", values: [...values].sort(), docs: [...docs].sort() };
}

/** Whether two events concern the same places and people closely enough to compare their figures. */
export function related(
  a: { entities: string[]; stems: Set<string> },
  b: { entities: string[]; stems: Set<string> },
): boolean {
  let stems = 0;
  for (const s of a.stems) if (b.stems.has(s)) stems++;
  return sharedNames(a.entities, b.entities) >= 2 && stems >= 2;
}

/** Merge conflict entries with the same field into one, values and docs sorted. */
export function mergeConflicts(list: Conflict[]): Conflict[] {
  const byField = new Map<string, Conflict>();
  for (const c of list) {
    const prev = byField.get(c.field);
    if (prev === undefined)
      byField.set(c.field, { field: c.field, values: [...c.values], docs: [...c.docs] });
    else {
      prev.values = [...new Set([...prev.values, ...c.values])].sort();
      prev.docs = [...new Set([...prev.docs, ...c.docs])].sort();
    }
  }
  return [...byField.values()].sort((x, y) => x.field.localeCompare(y.field));
}
