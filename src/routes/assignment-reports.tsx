import { type Context, Hono } from "hono";
import { AssignmentDashboard } from "../../views/classes.tsx";
import {
  deckProgress,
  deckStatus,
  eventRecall,
  GROUP_SHARE,
  itemAnalysis,
  type MemoryState,
  MIN_STUDENTS_FOR_DISCRIMINATION,
  quizStatus,
} from "../core/class-stats.ts";
import { formatDate } from "../core/date-format.ts";
import { resultsCsv } from "../core/exports/results-csv.ts";
import {
  type Assignment,
  activityOf,
  answersOfAttempts,
  attemptsAtQuiz,
  type ClassRow,
  cardsOfStudents,
  paramsOf,
  roster,
} from "../db/classes.ts";
import type { Quiz } from "../db/quizzes.ts";
import type { AppEnv } from "../http/env.ts";
import { learnerSettings } from "../http/session.ts";
import { params } from "../http/validate.ts";
import { assignmentDetail, ClassAssignment, dateLabel, ownAssignment } from "./class-common.tsx";

/*
 * An assignment's dashboard for its teacher (who is on track, which events the
 * class will forget first, how each quiz question behaved) and its CSV export.
 */

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Everything the dashboard and the CSV export show for one assignment. */
async function assignmentReport(
  c: Context<AppEnv>,
  cls: ClassRow,
  a: Assignment,
  timeZone: string,
) {
  const members = await roster(c.get("db"), cls.id);
  const ids = members.map((m) => m.userId);
  const deck = await c.get("content").deck(a.deckId);
  const quiz: Quiz | null = a.quizId ? await c.get("content").quiz(a.quizId) : null;
  const eventIds = quiz ? quiz.events.map((e) => e.id) : (deck?.events.map((e) => e.id) ?? []);
  const eventInfo = new Map((quiz ? quiz.events : (deck?.events ?? [])).map((e) => [e.id, e]));
  const dueAt = new Date(a.dueAt);
  const cards = new Map<number, Map<string, MemoryState>>();
  for (const card of await cardsOfStudents(c.get("db"), ids, eventIds)) {
    const m = cards.get(card.userId) ?? new Map<string, MemoryState>();
    m.set(card.eventId, card);
    cards.set(card.userId, m);
  }
  const params = await paramsOf(c.get("db"), ids);
  const activity = await activityOf(c.get("db"), ids, eventIds);
  const attempts = quiz ? await attemptsAtQuiz(c.get("db"), quiz.id, ids) : [];
  const firstFinished = new Map<number, string>();
  for (const at of attempts)
    if (at.finishedAt !== null && !firstFinished.has(at.userId))
      firstFinished.set(at.userId, at.attemptId);
  const best = new Map<number, number>();
  for (const at of attempts)
    if (at.points !== null) best.set(at.userId, Math.max(best.get(at.userId) ?? 0, at.points));

  const students = members.map((m) => {
    const progress = deckProgress(
      eventIds,
      cards.get(m.userId) ?? new Map(),
      dueAt,
      params.get(m.userId) ?? null,
      a.targetRetention ?? 0.85,
    );
    const act = activity.get(m.userId);
    const mine = attempts.filter((x) => x.userId === m.userId);
    const status =
      a.kind === "deck"
        ? deckStatus(progress, a.dueAt, c.get("now"))
        : quizStatus(mine, a.dueAt, c.get("now"));
    const score = best.get(m.userId);
    return {
      name: m.name,
      email: m.email,
      studied: progress.studied,
      total: progress.total,
      reviews: act?.reviews ?? 0,
      lastActive: act?.lastActive ?? null,
      score: score === undefined || !quiz ? null : score / quiz.questions.length,
      recall: progress.recall,
      onTrack: progress.onTrack,
      status,
    };
  });
  const recall = eventRecall(eventIds, ids, cards, dueAt, params);
  const events = eventIds
    .map((id) => ({ id, recall: recall.get(id) ?? 0, info: eventInfo.get(id) }))
    .sort((x, y) => x.recall - y.recall || x.id.localeCompare(y.id));

  let items: {
    position: number;
    prompt: string;
    facility: number | null;
    discrimination: number | null;
    flags: string[];
  }[] = [];
  if (quiz) {
    const answers = await answersOfAttempts(c.get("db"), [...firstFinished.values()]);
    const byAttempt = new Map<string, Map<number, number>>();
    for (const ans of answers) {
      const m = byAttempt.get(ans.attemptId) ?? new Map<number, number>();
      m.set(ans.position, ans.score);
      byAttempt.set(ans.attemptId, m);
    }
    const scores = new Map<number, Map<number, number>>();
    for (const [userId, attemptId] of firstFinished)
      scores.set(userId, byAttempt.get(attemptId) ?? new Map());
    items = itemAnalysis(scores, quiz.questions.length).map((s) => ({
      ...s,
      prompt: quiz.questions[s.position]?.prompt ?? "",
    }));
  }
  return { students, events, items, timeZone };
}

export const assignmentReports = new Hono<AppEnv>()
  .get("/classes/:id/assignments/:aid", params(ClassAssignment), async (c) => {
    const { teacher, cls, a } = await ownAssignment(c, c.req.valid("param"));
    const { timeZone } = learnerSettings(c);
    const r = await assignmentReport(c, cls, a, timeZone);
    return c.html(
      <AssignmentDashboard
        user={teacher}
        discrimination={{ groupShare: GROUP_SHARE, minStudents: MIN_STUDENTS_FOR_DISCRIMINATION }}
        cls={{ id: cls.id, name: cls.name }}
        assignment={{
          id: a.id,
          title: a.title,
          kind: a.kind,
          due: dateLabel(a.dueAt, timeZone),
          detail: assignmentDetail(a),
        }}
        students={r.students.map((s) => ({
          name: s.name,
          status: s.status,
          studied: `${s.studied} / ${s.total}`,
          reviews: s.reviews,
          lastActive: s.lastActive === null ? "never" : dateLabel(s.lastActive, timeZone),
          score: s.score === null ? "—" : pct(s.score),
          recall: pct(s.recall),
          onTrack: s.onTrack ? "yes" : "no",
        }))}
        events={r.events.map((e) => ({
          id: e.id,
          recall: e.recall,
          dateLabel: e.info ? formatDate(e.info.date) : "",
          text: e.info?.text ?? e.id,
        }))}
        items={r.items.map((i) => ({
          position: i.position,
          prompt: i.prompt,
          facility: i.facility === null ? "—" : pct(i.facility),
          discrimination: i.discrimination === null ? "—" : i.discrimination.toFixed(2),
          flags: i.flags,
        }))}
      />,
    );
  })
  .get("/classes/:id/assignments/:aid/export.csv", params(ClassAssignment), async (c) => {
    const { cls, a } = await ownAssignment(c, c.req.valid("param"));
    const { timeZone } = learnerSettings(c);
    const r = await assignmentReport(c, cls, a, timeZone);
    const csv = resultsCsv(
      r.students.map((s) => ({
        student: s.name,
        email: s.email,
        status: s.status,
        eventsStudied: s.studied,
        events: s.total,
        reviews: s.reviews,
        lastActive: s.lastActive === null ? "" : new Date(s.lastActive).toISOString(),
        quizScore: s.score,
        predictedRecall: s.recall,
        onTrack: s.onTrack,
      })),
    );
    const file = `${
      a.title
        .replace(/[^\w.-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .toLowerCase() || "results"
    }.csv`;
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${file}"`);
    return c.body(csv);
  });
