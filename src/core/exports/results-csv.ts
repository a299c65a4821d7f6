import { stringify } from "csv-stringify/browser/esm/sync";

/*
 * Assignment results as RFC 4180 CSV (CRLF line ends, quoted fields where needed)
 * for spreadsheets. Cells that a spreadsheet would run as a formula (=, +, -, @)
 * are prefixed with an apostrophe (csv-stringify's escape_formulas), so an odd
 * student name cannot become one.
 */

export type ResultRow = {
  student: string;
  email: string;
  status: string;
  eventsStudied: number;
  events: number;
  reviews: number;
  lastActive: string;
  quizScore: number | null;
  predictedRecall: number;
  onTrack: boolean;
};

/** The results of one assignment as CSV, one row per student. */
export function resultsCsv(rows: ResultRow[]): string {
  return stringify(
    rows.map((r) => [
      r.student,
      r.email,
      r.status,
      r.eventsStudied,
      r.events,
      r.reviews,
      r.lastActive,
      r.quizScore === null ? "" : r.quizScore.toFixed(3),
      r.predictedRecall.toFixed(3),
      r.onTrack ? "yes" : "no",
    ]),
    {
      header: true,
      columns: [
        "student",
        "email",
        "status",
        "events_studied",
        "events",
        "reviews",
        "last_active",
        "quiz_score",
        "predicted_recall_on_due_date",
        "on_track",
      ],
      record_delimiter: "\r\n",
      // csv-stringify's guard: =, +, -, @ (and their full-width forms) start no formula.
      escape_formulas: true,
    },
  );
}
