import { stringify } from "csv-stringify/browser/esm/sync";

/*
 * "Export my data" as CSV: one file each for reviews, quiz attempts (one row
 * per answer) and classes, RFC 4180 with formula-looking cells escaped, times
 * as ISO 8601 (UTC).
 */

export type ReviewExport = {
  reviewedAt: number;
  eventId: string;
  questionId: string | null;
  origin: string;
  rating: number;
  durationMs: number | null;
  undoneAt: number | null;
};

export type AttemptExport = {
  id: string;
  quiz: string;
  startedAt: number;
  finishedAt: number | null;
  points: number | null;
  total: number;
  answers: {
    position: number;
    questionId: string;
    response: string;
    score: number;
    correct: boolean;
    answeredAt: number;
  }[];
};

export type ClassExport = {
  id: string;
  name: string;
  as: "student" | "teacher";
  teacher: string;
  since: number;
  students: number | null;
};

export type AccountExport = {
  account: {
    name: string;
    email: string;
    role: string;
    administrator: boolean;
    createdAt: number;
    settings: { newPerDay: number; reviewsPerDay: number; retention: number; timeZone: string };
  };
  reviews: ReviewExport[];
  attempts: AttemptExport[];
  classes: ClassExport[];
};

export type AccountCsvPart = "reviews" | "attempts" | "classes";

const iso = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());

function csv(columns: string[], rows: (string | number)[][]): string {
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: "\r\n",
    escape_formulas: true,
  });
}

/** One part of an account's data as CSV. */
export function accountCsv(data: AccountExport, part: AccountCsvPart): string {
  if (part === "reviews") {
    return csv(
      ["reviewed_at", "event_id", "question_id", "origin", "rating", "duration_ms", "undone_at"],
      data.reviews.map((r) => [
        iso(r.reviewedAt),
        r.eventId,
        r.questionId ?? "",
        r.origin,
        r.rating,
        r.durationMs ?? "",
        iso(r.undoneAt),
      ]),
    );
  }
  if (part === "attempts") {
    return csv(
      [
        "attempt_id",
        "quiz",
        "started_at",
        "finished_at",
        "points",
        "total",
        "position",
        "question_id",
        "response",
        "score",
        "correct",
        "answered_at",
      ],
      data.attempts.flatMap((a) => {
        const head = [a.id, a.quiz, iso(a.startedAt), iso(a.finishedAt), a.points ?? "", a.total];
        if (a.answers.length === 0) return [[...head, "", "", "", "", "", ""]];
        return a.answers.map((x) => [
          ...head,
          x.position + 1,
          x.questionId,
          x.response,
          x.score,
          x.correct ? "yes" : "no",
          iso(x.answeredAt),
        ]);
      }),
    );
  }
  return csv(
    ["class_id", "class", "as", "teacher", "since", "students"],
    data.classes.map((c) => [c.id, c.name, c.as, c.teacher, iso(c.since), c.students ?? ""]),
  );
}
