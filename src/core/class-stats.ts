import { recallProbability, State } from "./schedule.ts";

/*
 * What a teacher sees: where each student stands on an assignment, the recall
 * of each event the class is predicted to have on the due date (from each
 * card's FSRS state), and classical item analysis of quiz questions.
 */

export type MemoryState = { state: number; stability: number; lastReview: number | null };

/** Probability that a student recalls an event at `at`; 0 for an event never studied. */
export function predictedRecall(
  card: MemoryState | null | undefined,
  at: Date,
  params: readonly number[] | null,
): number {
  if (!card) return 0;
  return recallProbability({ ...card, state: card.state as State }, at, params);
}

export type DeckProgress = { studied: number; total: number; recall: number; onTrack: boolean };

/** A student's progress on a deck: events studied, mean predicted recall on the due date, on track or not. */
export function deckProgress(
  eventIds: string[],
  cards: Map<string, MemoryState>,
  dueAt: Date,
  params: readonly number[] | null,
  target: number,
): DeckProgress {
  let studied = 0;
  let sum = 0;
  for (const id of eventIds) {
    const card = cards.get(id);
    if (card && card.state !== State.New) studied++;
    sum += predictedRecall(card, dueAt, params);
  }
  const recall = eventIds.length === 0 ? 0 : sum / eventIds.length;
  return { studied, total: eventIds.length, recall, onTrack: recall >= target };
}

/** Per event, the share of the class predicted to recall it on the due date (mean recall probability). */
export function eventRecall(
  eventIds: string[],
  students: number[],
  cards: Map<number, Map<string, MemoryState>>,
  dueAt: Date,
  params: Map<number, readonly number[] | null>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of eventIds) {
    let sum = 0;
    for (const s of students)
      sum += predictedRecall(cards.get(s)?.get(id), dueAt, params.get(s) ?? null);
    out.set(id, students.length === 0 ? 0 : sum / students.length);
  }
  return out;
}

export type ItemStats = {
  position: number;
  /** Share of students right; null when no student has finished the quiz yet. */
  facility: number | null;
  /** Share right in the top group minus share right in the bottom group (27% each). */
  discrimination: number | null;
  flags: string[];
};

/** The share of a group that must form the upper and lower groups of item analysis. */
export const GROUP_SHARE = 0.27;
export const MIN_STUDENTS_FOR_DISCRIMINATION = 5;

/**
 * Item analysis of one quiz over students' first finished attempts: `scores`
 * maps each student to their per-position results (1 right, partial credit kept
 * for totals but "right" means a full score).
 */
export function itemAnalysis(
  scores: Map<number, Map<number, number>>,
  questions: number,
): ItemStats[] {
  const students = [...scores.entries()].map(([id, byPos]) => ({
    id,
    byPos,
    total: [...byPos.values()].reduce((a, b) => a + b, 0),
  }));
  students.sort((a, b) => b.total - a.total || a.id - b.id);
  const g = Math.max(1, Math.round(students.length * GROUP_SHARE));
  const upper = students.slice(0, g);
  const lower = students.slice(-g);
  const right = (s: (typeof students)[number], p: number) =>
    (s.byPos.get(p) ?? 0) >= 0.999 ? 1 : 0;
  const share = (group: typeof students, p: number) =>
    group.length === 0 ? 0 : group.reduce((a, s) => a + right(s, p), 0) / group.length;
  const out: ItemStats[] = [];
  for (let p = 0; p < questions; p++) {
    const facility = students.length === 0 ? null : share(students, p);
    const enough = students.length >= MIN_STUDENTS_FOR_DISCRIMINATION;
    const discrimination = enough ? share(upper, p) - share(lower, p) : null;
    const flags: string[] = [];
    if (facility !== null && facility < 0.2)
      flags.push("very hard: check the question and its answer");
    if (facility !== null && facility > 0.95) flags.push("very easy");
    if (discrimination !== null && discrimination < 0)
      flags.push("weaker students do better: the key may be wrong");
    else if (discrimination !== null && discrimination < 0.2)
      flags.push("does not tell stronger from weaker students");
    out.push({
      position: p,
      facility,
      discrimination,
      flags,
    });
  }
  return out;
}

export type AssignmentStatus = "not started" | "in progress" | "done" | "late";

/** Where a student stands on a deck assignment. */
export function deckStatus(
  progress: Pick<DeckProgress, "studied" | "total">,
  dueAt: number,
  now: Date,
): AssignmentStatus {
  if (progress.total > 0 && progress.studied >= progress.total) return "done";
  if (now.getTime() > dueAt) return "late";
  return progress.studied > 0 ? "in progress" : "not started";
}

/** Where a student stands on a quiz assignment, from their attempts. */
export function quizStatus(
  attempts: { startedAt: number; finishedAt: number | null }[],
  dueAt: number,
  now: Date,
): AssignmentStatus {
  const finished = attempts.filter((a) => a.finishedAt !== null).map((a) => a.finishedAt as number);
  if (finished.length > 0) return Math.min(...finished) <= dueAt ? "done" : "late";
  if (now.getTime() > dueAt) return "late";
  return attempts.length > 0 ? "in progress" : "not started";
}
