import type { BankEvent, Conflict, EventDate, SourceRef, Undated } from "../bank-schema.ts";
import { PRECISION_RANK, toIso } from "../dates/calendar.ts";
import { matchKey } from "../ingest/normalize.ts";
import type { IngestedDocument } from "../ingest/types.ts";
import { sameName } from "../names.ts";
import type { Nlp } from "../nlp/tokens.ts";
import { type Candidate, documentCandidates } from "./candidates.ts";
import { figureConflict, mergeConflicts, related } from "./conflicts.ts";
import { candidateBounds, dateKey, dateRelation } from "./date-relation.ts";
import { eventIds } from "./ids.ts";
import { clusterCandidates } from "./merge.ts";

/*
 * From ingested documents to the bank's events and undated sentences. Every
 * choice for a merged event is made by a rule on its members' content, so the
 * result does not depend on the order documents arrive in:
 * - date: the value stated by the most documents (an undated copy of the sentence
 *   votes for the value its month and day agree with), then by the most members,
 *   then the finer precision, then the stronger provenance, then the earlier date;
 * - text: among members with that date, body before lead before infobox, then the
 *   text most documents share, then the first in code-point order.
 * The one case where adding a document changes an existing event's id: the new
 * document outvotes the old canonical text (it adds the same fact worded the way
 * no earlier member worded it, but more often) — ids follow the canonical text.
 */

/** An event before its id is assigned. */
type Draft = Omit<BankEvent, "id"> & { dateKey: string; members: Candidate[]; stems: Set<string> };

const PROVENANCE_RANK: Record<EventDate["provenance"], number> = {
  explicit: 6,
  infobox: 5,
  heading: 4,
  dateline: 3,
  relative: 2,
  merged: 1,
};
const KIND_RANK = { body: 3, lead: 2, infobox: 1 } as const;

/** Events and undated sentences of a set of documents. */
export function buildEvents(
  docs: { id: string; doc: IngestedDocument }[],
  nlp: Nlp,
): {
  events: BankEvent[];
  undated: Undated[];
} {
  const sortedDocs = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cands = distinct(sortedDocs.flatMap((d) => documentCandidates(d.id, d.doc, nlp)));
  const clusters = clusterCandidates(cands);

  const drafts: Draft[] = [];
  const undated: (Undated & { order: number })[] = [];
  for (const cluster of clusters) {
    const members = cluster.map((i) => cands[i]).filter((c): c is Candidate => c !== undefined);
    if (members.every((m) => m.date === null)) {
      for (const m of members)
        undated.push({ doc: m.doc, quote: m.quote, reason: m.reason, order: m.order });
      continue;
    }
    drafts.push(draftEvent(members));
  }
  addRelatedFigureConflicts(drafts);

  const ids = eventIds(drafts.map((d) => ({ text: d.text, dateKey: d.dateKey })));
  const events: BankEvent[] = drafts.map((d, i) => {
    const event: BankEvent = {
      id: ids[i] ?? "ev_0",
      date: d.date,
      text: d.text,
      sources: d.sources,
      entities: d.entities,
      conflicts: mergeConflicts(d.conflicts),
    };
    if (d.dateText !== undefined && d.dateText.length > 0) event.dateText = d.dateText;
    return event;
  });
  events.sort((a, b) => cmp(a.date.start, b.date.start) || cmp(a.id, b.id));

  const seen = new Set<string>();
  const undatedOut = undated
    .sort((a, b) => cmp(a.doc, b.doc) || a.order - b.order)
    .filter((u) => {
      const key = `${u.doc}|${u.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ doc, quote, reason }) => ({ doc, quote, reason }));
  return { events, undated: undatedOut };
}

/** How many later events a figure conflict is looked for in. */
const MAX_FIGURE_NEIGHBOURS = 32;

/** One candidate per fact a document states in the same words, on the same date, more than once. */
function distinct(cands: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return cands.filter((c) => {
    const key = `${c.doc}|${c.quoteKey}|${c.text}|${c.date === null ? "" : dateKey(c)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function draftEvent(members: Candidate[]): Draft {
  const dated = members.filter((m) => m.date !== null);
  const values = [...new Set(dated.map(dateKey))];
  const support = (value: string) => {
    const sample = dated.find((m) => dateKey(m) === value) as Candidate;
    const agreeing = members.filter((m) => {
      if (m.date === null) return dateRelation(m, sample) === "partial";
      const rel = dateRelation(m, sample);
      return rel === "equal" || rel === "compatible";
    });
    const exact = dated.filter((m) => dateKey(m) === value);
    const best = Math.max(...exact.map((m) => PROVENANCE_RANK[m.date?.provenance ?? "merged"]));
    return {
      docs: new Set(agreeing.map((m) => m.doc)).size,
      members: agreeing.length,
      precision: PRECISION_RANK[sample.date?.precision ?? "year"],
      provenance: best,
    };
  };
  const ranked = values
    .map((v) => ({ v, s: support(v) }))
    .sort(
      (a, b) =>
        b.s.docs - a.s.docs ||
        b.s.members - a.s.members ||
        b.s.precision - a.s.precision ||
        b.s.provenance - a.s.provenance ||
        cmp(a.v, b.v),
    );
  const chosen = ranked[0]?.v ?? "";
  const withChosen = dated.filter((m) => dateKey(m) === chosen);
  const textCount = (t: string) =>
    new Set(members.filter((m) => m.text === t).map((m) => m.doc)).size;
  const canonical = [...withChosen].sort(
    (a, b) =>
      KIND_RANK[b.kind] - KIND_RANK[a.kind] ||
      textCount(b.text) - textCount(a.text) ||
      cmp(matchKey(a.text), matchKey(b.text)) ||
      PROVENANCE_RANK[b.date?.provenance ?? "merged"] -
        PROVENANCE_RANK[a.date?.provenance ?? "merged"],
  )[0] as Candidate;
  const date = eventDate(canonical, members);

  const conflicts: Conflict[] = [];
  const incompatible = dated.filter((m) => {
    const rel = dateRelation(m, canonical);
    return rel !== "equal" && rel !== "compatible";
  });
  if (incompatible.length > 0) {
    const agree = members.filter((m) => !incompatible.includes(m));
    conflicts.push({
      field: "date",
      values: [...new Set([chosen, ...incompatible.map(dateKey)])].sort(),
      docs: [...new Set([...agree, ...incompatible].map((m) => m.doc))].sort(),
    });
  }
  const figures = figureConflict(members, members);
  if (figures !== null) conflicts.push(figures);

  const sources: SourceRef[] = [];
  const seen = new Set<string>();
  for (const m of [...members].sort((a, b) => cmp(a.doc, b.doc) || a.order - b.order)) {
    const key = `${m.doc}|${m.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ref: SourceRef = { doc: m.doc, quote: m.quote };
    if (m.flags.length > 0) ref.flags = [...m.flags];
    sources.push(ref);
  }

  const entities: string[] = [];
  const others = members
    .filter((m) => m !== canonical)
    .sort((a, b) => cmp(a.doc, b.doc) || a.order - b.order);
  for (const e of [canonical, ...others].flatMap((m) => m.entities)) {
    if (!entities.some((x) => sameName(x, e) || x === e)) entities.push(e);
  }

  const stems = new Set<string>();
  for (const m of members) for (const s of m.sig.stems) stems.add(s);
  return {
    date,
    text: canonical.text,
    sources,
    entities,
    conflicts,
    dateText: canonical.dateText,
    dateKey: chosen,
    members,
    stems,
  };
}

/** The bank date of the canonical member, refined by an undated copy that states a finer day. */
function eventDate(canonical: Candidate, members: Candidate[]): EventDate {
  const d = canonical.date;
  if (d === null) throw new Error("canonical member must be dated");
  const out: EventDate = {
    start: toIso(d.start),
    precision: d.precision,
    qualifier: d.qualifier,
    provenance: d.provenance,
  };
  if (d.end !== undefined) out.end = toIso(d.end);
  // "In March 2015" here, "On 28 March" (no year) in another document: together, 28 March 2015.
  if (d.precision === "month" && d.end === undefined) {
    const days = new Set(
      members
        .filter(
          (m) =>
            m.date === null && m.partial?.month === d.start.month && m.partial?.day !== undefined,
        )
        .map((m) => m.partial?.day),
    );
    const day = [...days][0];
    if (days.size === 1 && day !== undefined) {
      out.start = toIso({ year: d.start.year, month: d.start.month, day });
      out.precision = "day";
      out.provenance = "merged";
      out.qualifier = null;
    }
  }
  return out;
}

/** Figure conflicts between different events a couple of days apart about the same places. */
function addRelatedFigureConflicts(drafts: Draft[]): void {
  const withFigures = drafts
    .map((d) => ({ d, bounds: boundsOf(d) }))
    .filter((x) => x.bounds !== null && x.d.members.some((m) => m.figures.length > 0))
    .sort((a, b) => (a.bounds?.[0] ?? 0) - (b.bounds?.[0] ?? 0));
  const WINDOW = 2;
  for (let i = 0; i < withFigures.length; i++) {
    const a = withFigures[i];
    if (a === undefined || a.bounds === null) continue;
    const docsA = new Set(a.d.members.map((m) => m.doc));
    // Bounded: a document stating many figures on one day compares each with its next few.
    for (let j = i + 1; j < withFigures.length && j <= i + MAX_FIGURE_NEIGHBOURS; j++) {
      const b = withFigures[j];
      if (b === undefined || b.bounds === null) continue;
      if (b.bounds[0] - a.bounds[1] > WINDOW) break;
      if (b.d.members.every((m) => docsA.has(m.doc))) continue;
      if (!related(a.d, b.d)) continue;
      const conflict = figureConflict(
        a.d.members,
        b.d.members.filter((m) => !docsA.has(m.doc)),
      );
      if (conflict === null) continue;
      a.d.conflicts.push(conflict);
      b.d.conflicts.push(conflict);
    }
  }
}

function boundsOf(d: Draft): [number, number] | null {
  const first = d.members.find((m) => m.date !== null && dateKey(m) === d.dateKey);
  if (first === undefined) return null;
  return candidateBounds(first);
}
