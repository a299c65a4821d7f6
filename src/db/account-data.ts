import type { AccountExport, AttemptExport, ClassExport } from "../core/exports/account-csv.ts";
import type { Db } from "./db.ts";

/*
 * Everything an account holds, for "Export my data": its profile and settings,
 * its review log, its quiz attempts with their answers, and its classes.
 */

/** Read every part of an account's data. */
export async function accountData(db: Db, userId: number): Promise<AccountExport | null> {
  const account = await db.first(
    `SELECT name, email, role, is_admin, created_at, new_per_day, reviews_per_day, retention, time_zone
     FROM users WHERE id = ?`,
    [userId],
    (r) => ({
      name: String(r.name),
      email: String(r.email),
      role: String(r.role),
      administrator: Number(r.is_admin) === 1,
      createdAt: Number(r.created_at),
      settings: {
        newPerDay: Number(r.new_per_day),
        reviewsPerDay: Number(r.reviews_per_day),
        retention: Number(r.retention),
        timeZone: String(r.time_zone),
      },
    }),
  );
  if (account === null) return null;
  const reviews = await db.all(
    `SELECT reviewed_at, event_id, question_id, origin, rating, duration_ms, undone_at
     FROM review_logs WHERE user_id = ? ORDER BY reviewed_at, id`,
    [userId],
    (r) => ({
      reviewedAt: Number(r.reviewed_at),
      eventId: String(r.event_id),
      questionId: r.question_id === null ? null : String(r.question_id),
      origin: String(r.origin),
      rating: Number(r.rating),
      durationMs: r.duration_ms === null ? null : Number(r.duration_ms),
      undoneAt: r.undone_at === null ? null : Number(r.undone_at),
    }),
  );
  const attempts: AttemptExport[] = await db.all(
    `SELECT a.id, q.title, a.started_at, a.finished_at, a.points, a.total
     FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id WHERE a.user_id = ? ORDER BY a.started_at`,
    [userId],
    (r) => ({
      id: String(r.id),
      quiz: String(r.title),
      startedAt: Number(r.started_at),
      finishedAt: r.finished_at === null ? null : Number(r.finished_at),
      points: r.points === null ? null : Number(r.points),
      total: Number(r.total),
      answers: [],
    }),
  );
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const answers = await db.all(
    `SELECT x.attempt_id, x.position, x.question_id, x.response, x.score, x.correct, x.answered_at
     FROM quiz_answers x JOIN quiz_attempts a ON a.id = x.attempt_id
     WHERE a.user_id = ? ORDER BY x.attempt_id, x.position`,
    [userId],
    (r) => ({
      attemptId: String(r.attempt_id),
      position: Number(r.position),
      questionId: String(r.question_id),
      response: String(r.response),
      score: Number(r.score),
      correct: Number(r.correct) === 1,
      answeredAt: Number(r.answered_at),
    }),
  );
  for (const { attemptId, ...answer } of answers) byId.get(attemptId)?.answers.push(answer);
  const classes = await db.all(
    `SELECT c.id, c.name, 'student' AS role, t.name AS teacher, m.joined_at AS since, NULL AS students
     FROM class_members m JOIN classes c ON c.id = m.class_id JOIN users t ON t.id = c.teacher_id
     WHERE m.user_id = :user
     UNION ALL
     SELECT c.id, c.name, 'teacher', t.name, c.created_at,
       (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id)
     FROM classes c JOIN users t ON t.id = c.teacher_id WHERE c.teacher_id = :user
     ORDER BY 5`,
    { user: userId },
    (r) => ({
      id: String(r.id),
      name: String(r.name),
      as: String(r.role) as ClassExport["as"],
      teacher: String(r.teacher),
      since: Number(r.since),
      students: r.students === null ? null : Number(r.students),
    }),
  );
  return { account, reviews, attempts, classes };
}
