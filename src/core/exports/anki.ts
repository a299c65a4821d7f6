import { stringify } from "csv-stringify/browser/esm/sync";
import type { BankEvent, BankSource, Question } from "../bank-schema.ts";
import { answerText } from "../grade/index.ts";

/*
 * A deck as a CSV file that Anki imports (File › Import, Anki 2.1.55 or later).
 * The header lines tell Anki the separator, the note type and which column holds
 * the GUID: the question's stable id, so importing a newer export updates the
 * notes it created before instead of adding duplicates.
 */

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function front(q: Question): string {
  const parts = [escapeHtml(q.prompt)];
  if (q.type === "order" || (q.choices && q.choices.length > 1)) {
    parts.push(`<ol>${(q.choices ?? []).map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ol>`);
  }
  return parts.join("<br>");
}

function back(
  q: Question,
  events: Map<string, BankEvent>,
  sources: Map<string, BankSource>,
): string {
  let answer: string;
  if (q.type === "order" && Array.isArray(q.answer)) {
    answer = `<ol>${q.answer.map((id) => `<li>${escapeHtml(events.get(id)?.text ?? id)}</li>`).join("")}</ol>`;
  } else {
    answer = `<b>${escapeHtml(answerText(q))}</b>`;
  }
  const title = sources.get(q.source.doc)?.title || q.source.doc;
  return `${answer}<br><i>“${escapeHtml(q.source.quote)}”</i> — ${escapeHtml(title)}`;
}

/** Anki's import file for these questions; `deckName` becomes the Anki deck. */
export function ankiCsv(
  deckName: string,
  questions: Question[],
  events: BankEvent[],
  sources: BankSource[],
): string {
  const eventMap = new Map(events.map((e) => [e.id, e]));
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const header = [
    "#separator:Comma",
    "#html:true",
    "#notetype:Basic",
    `#deck:Chronodeck::${deckName.replace(/[\r\n:]+/g, " ")}`,
    "#guid column:1",
    "#tags column:4",
    "#columns:GUID,Front,Back,Tags",
  ].join("\n");
  const rows = questions.map((q) => [
    `chronodeck-${q.id}`,
    front(q),
    back(q, eventMap, sourceMap),
    `chronodeck ${q.type}`,
  ]);
  // A cell that starts like a formula (=, +, -, @) gets an apostrophe, as in results-csv.ts.
  return `${header}\n${stringify(rows, { escape_formulas: true })}`;
}
