import type { InStatement, Row } from "@libsql/client";
import { type AuditEntry, auditIfChanged } from "./audit.ts";
import type { Db } from "./db.ts";
import { toParams } from "./users.ts";

export type ClassRow = {
  id: string;
  teacherId: number;
  teacherName: string;
  name: string;
  joinCode: string;
  createdAt: number;
};
export type Member = { userId: number; name: string; email: string; joinedAt: number };

export type Assignment = {
  id: string;
  classId: string;
  kind: "deck" | "quiz";
  deckId: string;
  title: string;
  dueAt: number;
  targetRetention: number | null;
  quizId: string | null;
  attemptsAllowed: number | null;
  exam: boolean;
  createdAt: number;
};

const CLASS = `c.id, c.teacher_id, u.name AS teacher_name, c.name, c.join_code, c.created_at`;
const toClass = (r: Row): ClassRow => ({
  id: String(r.id),
  teacherId: Number(r.teacher_id),
  teacherName: String(r.teacher_name),
  name: String(r.name),
  joinCode: String(r.join_code),
  createdAt: Number(r.created_at),
});

const ASSIGNMENT =
  "id, class_id, kind, deck_id, title, due_at, target_retention, quiz_id, attempts_allowed, exam, created_at";
const toAssignment = (r: Row): Assignment => ({
  id: String(r.id),
  classId: String(r.class_id),
  kind: String(r.kind) as Assignment["kind"],
  deckId: String(r.deck_id),
  title: String(r.title),
  dueAt: Number(r.due_at),
  targetRetention: r.target_retention === null ? null : Number(r.target_retention),
  quizId: r.quiz_id === null ? null : String(r.quiz_id),
  attemptsAllowed: r.attempts_allowed === null ? null : Number(r.attempts_allowed),
  exam: Number(r.exam) === 1,
  createdAt: Number(r.created_at),
});

/**
 * Create a class; false when the join code is already taken (the caller draws
 * another). `extra` statements run in the same transaction, right after.
 */
export async function createClass(
  db: Db,
  c: { id: string; teacherId: number; name: string; joinCode: string; now: Date },
  extra: InStatement[] = [],
): Promise<boolean> {
  const [rs] = await db.batch([
    {
      sql: `INSERT INTO classes (id, teacher_id, name, join_code, created_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (join_code) DO NOTHING`,
      args: [c.id, c.teacherId, c.name, c.joinCode, c.now.getTime()],
    },
    ...extra,
  ]);
  return (rs?.rowsAffected ?? 0) === 1;
}

/** A class by id. */
export function getClass(db: Db, id: string): Promise<ClassRow | null> {
  return db.first(
    `SELECT ${CLASS} FROM classes c JOIN users u ON u.id = c.teacher_id WHERE c.id = ?`,
    [id],
    toClass,
  );
}

/** A class by its join code (case-insensitive). */
export function classByCode(db: Db, code: string): Promise<ClassRow | null> {
  return db.first(
    `SELECT ${CLASS} FROM classes c JOIN users u ON u.id = c.teacher_id WHERE c.join_code = ?`,
    [code.toUpperCase()],
    toClass,
  );
}

/** A teacher's classes with their numbers of students and assignments. */
export function classesOfTeacher(
  db: Db,
  teacherId: number,
): Promise<(ClassRow & { students: number; assignments: number })[]> {
  return db.all(
    `SELECT ${CLASS},
       (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id) AS students,
       (SELECT COUNT(*) FROM assignments a WHERE a.class_id = c.id) AS assignments
     FROM classes c JOIN users u ON u.id = c.teacher_id WHERE c.teacher_id = ? ORDER BY c.created_at DESC`,
    [teacherId],
    (r) => ({ ...toClass(r), students: Number(r.students), assignments: Number(r.assignments) }),
  );
}

/** The classes a student belongs to. */
export function classesOfStudent(db: Db, userId: number): Promise<ClassRow[]> {
  return db.all(
    `SELECT ${CLASS} FROM class_members m JOIN classes c ON c.id = m.class_id JOIN users u ON u.id = c.teacher_id
     WHERE m.user_id = ? ORDER BY c.name`,
    [userId],
    toClass,
  );
}

/** Add a student to a class (a second join changes nothing); true when they were not in it yet. */
export async function joinClass(
  db: Db,
  classId: string,
  userId: number,
  now: Date,
): Promise<boolean> {
  const [rs] = await db.batch([
    {
      sql: `INSERT INTO class_members (class_id, user_id, joined_at) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING RETURNING user_id`,
      args: [classId, userId, now.getTime()],
    },
  ]);
  return (rs?.rows.length ?? 0) > 0;
}

/** Remove a student from a class, with its audit row in the same transaction if they were in it; their own reviews and answers stay theirs. */
export async function removeMember(
  db: Db,
  classId: string,
  userId: number,
  audit: AuditEntry,
): Promise<boolean> {
  const [rs] = await db.batch([
    {
      sql: "DELETE FROM class_members WHERE class_id = ? AND user_id = ?",
      args: [classId, userId],
    },
    auditIfChanged(audit),
  ]);
  return (rs?.rowsAffected ?? 0) === 1;
}

/** Give a class a new join code, with its audit row in the same transaction; false if the code is taken. */
export async function replaceJoinCode(
  db: Db,
  classId: string,
  code: string,
  audit: AuditEntry,
): Promise<boolean> {
  const [rs] = await db.batch([
    // A code another class has (the unique index) leaves this one unchanged.
    { sql: "UPDATE OR IGNORE classes SET join_code = ? WHERE id = ?", args: [code, classId] },
    auditIfChanged(audit),
  ]);
  return (rs?.rowsAffected ?? 0) === 1;
}

/** Whether a user is a student of a class. */
export async function isMember(db: Db, classId: string, userId: number): Promise<boolean> {
  return (
    (await db.first(
      "SELECT 1 AS ok FROM class_members WHERE class_id = ? AND user_id = ?",
      [classId, userId],
      () => true,
    )) ?? false
  );
}

/** The students of a class, by name. */
export function roster(db: Db, classId: string): Promise<Member[]> {
  return db.all(
    `SELECT u.id, u.name, u.email, m.joined_at FROM class_members m JOIN users u ON u.id = m.user_id
     WHERE m.class_id = ? ORDER BY u.name COLLATE NOCASE, u.id`,
    [classId],
    (r) => ({
      userId: Number(r.id),
      name: String(r.name),
      email: String(r.email),
      joinedAt: Number(r.joined_at),
    }),
  );
}

/** The statement that creates an assignment. */
export function assignmentStatement(a: Assignment): InStatement {
  return {
    sql: `INSERT INTO assignments (${ASSIGNMENT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      a.id,
      a.classId,
      a.kind,
      a.deckId,
      a.title,
      a.dueAt,
      a.targetRetention,
      a.quizId,
      a.attemptsAllowed,
      a.exam ? 1 : 0,
      a.createdAt,
    ],
  };
}

/** Create an assignment, with its quiz first when there is one, atomically. */
export async function createAssignment(db: Db, statements: InStatement[]): Promise<void> {
  await db.batch(statements);
}

/** An assignment by id. */
export function getAssignment(db: Db, id: string): Promise<Assignment | null> {
  return db.first(`SELECT ${ASSIGNMENT} FROM assignments WHERE id = ?`, [id], toAssignment);
}

/** The assignment that set a quiz, if any. */
export function assignmentOfQuiz(db: Db, quizId: string): Promise<Assignment | null> {
  return db.first(
    `SELECT ${ASSIGNMENT} FROM assignments WHERE quiz_id = ?`,
    [quizId],
    toAssignment,
  );
}

/** A class's assignments, soonest due first. */
export function assignmentsOfClass(db: Db, classId: string): Promise<Assignment[]> {
  return db.all(
    `SELECT ${ASSIGNMENT} FROM assignments WHERE class_id = ? ORDER BY due_at, id`,
    [classId],
    toAssignment,
  );
}

/** Every assignment of every class a student is in, soonest due first. */
export function assignmentsOfStudent(
  db: Db,
  userId: number,
): Promise<(Assignment & { className: string })[]> {
  return db.all(
    `SELECT a.id, a.class_id, a.kind, a.deck_id, a.title, a.due_at, a.target_retention, a.quiz_id,
            a.attempts_allowed, a.exam, a.created_at, c.name AS class_name
     FROM class_members m JOIN assignments a ON a.class_id = m.class_id JOIN classes c ON c.id = a.class_id
     WHERE m.user_id = ? ORDER BY a.due_at, a.id`,
    [userId],
    (r) => ({ ...toAssignment(r), className: String(r.class_name) }),
  );
}

/** Whether a deck is assigned to a class the user is a student of. */
export async function deckAssignedTo(db: Db, userId: number, deckId: string): Promise<boolean> {
  return (
    (await db.first(
      `SELECT 1 AS ok FROM class_members m JOIN assignments a ON a.class_id = m.class_id
       WHERE m.user_id = ? AND a.deck_id = ? LIMIT 1`,
      [userId, deckId],
      () => true,
    )) ?? false
  );
}

/** Per student: reviews of the given events, and when they last reviewed anything. */
export function activityOf(
  db: Db,
  userIds: number[],
  eventIds: string[],
): Promise<Map<number, { reviews: number; lastActive: number | null }>> {
  return db
    .all(
      `SELECT u.value AS user_id,
         (SELECT COUNT(*) FROM review_logs l WHERE l.user_id = u.value AND l.undone_at IS NULL
            AND l.event_id IN (SELECT value FROM json_each(?))) AS reviews,
         (SELECT MAX(reviewed_at) FROM review_logs l WHERE l.user_id = u.value AND l.undone_at IS NULL) AS last_active
       FROM json_each(?) u`,
      [JSON.stringify(eventIds), JSON.stringify(userIds)],
      (r) =>
        [
          Number(r.user_id),
          {
            reviews: Number(r.reviews),
            lastActive: r.last_active === null ? null : Number(r.last_active),
          },
        ] as const,
    )
    .then((rows) => new Map(rows));
}

export type CardState = {
  userId: number;
  eventId: string;
  state: number;
  stability: number;
  lastReview: number | null;
  due: number;
};

/** The cards of several students for the given events. */
export function cardsOfStudents(
  db: Db,
  userIds: number[],
  eventIds: string[],
): Promise<CardState[]> {
  return db.all(
    `SELECT user_id, event_id, state, stability, last_review, due FROM cards
     WHERE user_id IN (SELECT value FROM json_each(?)) AND event_id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(userIds), JSON.stringify(eventIds)],
    (r) => ({
      userId: Number(r.user_id),
      eventId: String(r.event_id),
      state: Number(r.state),
      stability: Number(r.stability),
      lastReview: r.last_review === null ? null : Number(r.last_review),
      due: Number(r.due),
    }),
  );
}

/** The FSRS parameters of several learners (null: the defaults). */
export function paramsOf(db: Db, userIds: number[]): Promise<Map<number, number[] | null>> {
  return db
    .all(
      "SELECT id, fsrs_params FROM users WHERE id IN (SELECT value FROM json_each(?))",
      [JSON.stringify(userIds)],
      (r) => [Number(r.id), toParams(r.fsrs_params)] as const,
    )
    .then((rows) => new Map(rows));
}

export type AttemptRow = {
  attemptId: string;
  userId: number;
  startedAt: number;
  finishedAt: number | null;
  points: number | null;
  total: number;
};

const toAttemptRow = (r: Row): AttemptRow => ({
  attemptId: String(r.id),
  userId: Number(r.user_id),
  startedAt: Number(r.started_at),
  finishedAt: r.finished_at === null ? null : Number(r.finished_at),
  points: r.points === null ? null : Number(r.points),
  total: Number(r.total),
});

/** Every attempt at a quiz by the given students, oldest first. */
export function attemptsAtQuiz(db: Db, quizId: string, userIds: number[]): Promise<AttemptRow[]> {
  return db.all(
    `SELECT id, user_id, started_at, finished_at, points, total FROM quiz_attempts
     WHERE quiz_id = ? AND user_id IN (SELECT value FROM json_each(?)) ORDER BY started_at, id`,
    [quizId, JSON.stringify(userIds)],
    toAttemptRow,
  );
}

/** A student's attempts at each of the given quizzes, oldest first (one query for a dashboard). */
export async function attemptsAtQuizzes(
  db: Db,
  quizIds: string[],
  userId: number,
): Promise<Map<string, AttemptRow[]>> {
  const rows = await db.all(
    `SELECT quiz_id, id, user_id, started_at, finished_at, points, total FROM quiz_attempts
     WHERE user_id = ? AND quiz_id IN (SELECT value FROM json_each(?)) ORDER BY started_at, id`,
    [userId, JSON.stringify(quizIds)],
    (r) => ({ quizId: String(r.quiz_id), attempt: toAttemptRow(r) }),
  );
  const out = new Map<string, AttemptRow[]>();
  for (const { quizId, attempt } of rows) {
    const list = out.get(quizId) ?? [];
    list.push(attempt);
    out.set(quizId, list);
  }
  return out;
}

/** The answers of the given attempts: (attempt, position, score). */
export function answersOfAttempts(
  db: Db,
  attemptIds: string[],
): Promise<{ attemptId: string; position: number; score: number; correct: boolean }[]> {
  return db.all(
    `SELECT attempt_id, position, score, correct FROM quiz_answers
     WHERE attempt_id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(attemptIds)],
    (r) => ({
      attemptId: String(r.attempt_id),
      position: Number(r.position),
      score: Number(r.score),
      correct: Number(r.correct) === 1,
    }),
  );
}
