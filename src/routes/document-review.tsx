import { type Context, Hono } from "hono";
import * as z from "zod";
import { DocumentReviewPage, type ReviewQuestion } from "../../views/documents.tsx";
import { type Bank, type Question, UNASKED } from "../core/bank-schema.ts";
import { formatDate } from "../core/date-format.ts";
import { questionsPerEvent } from "../core/decks.ts";
import { answerText } from "../core/grade/index.ts";
import { orderItemText } from "../core/grade/order-answer.ts";
import { makeChecker } from "../core/questions/check.ts";
import {
  clampPage,
  pageOf,
  pageSlice,
  reviewPageCount,
  TEXT_PREVIEW_CHARS,
} from "../core/review-pages.ts";
import type { SessionUser } from "../core/users.ts";
import { documentSource, documentText, getJob } from "../db/document-jobs.ts";
import { FORMAT_LABELS, type Format } from "../formats/sniff.ts";
import type { AppEnv } from "../http/env.ts";
import { NotFoundError } from "../http/errors.ts";
import { requireTeacher } from "../http/session.ts";
import { type FieldErrors, params } from "../http/validate.ts";

/*
 * The review page of a teacher's document, paged (src/core/review-pages.ts) so that
 * one request renders a bounded part of it whatever the document's size, and the
 * full text read from the document, which the page shows only the start of.
 */

export const CollectionId = z.object({ cid: z.string().regex(/^col_[0-9a-z]{1,40}$/) });

/** The one success message a redirect back to the review page asks for. */
const NOTICES = {
  saved: "The question was saved.",
  "question-hidden": "The question is hidden from students.",
  "question-shown": "The question is shown again.",
  "event-hidden": "The event and its questions are hidden from students.",
  "event-shown": "The event is shown again.",
  "approved-all": "Every question shown to students is approved.",
  "hid-flagged": "Every flagged question is hidden from students.",
  published: "Published: you can now assign this deck to your classes.",
  republished: "Published.",
} as const;
export type NoticeKey = keyof typeof NOTICES;

const ReviewQuery = z.object({
  done: z.enum(Object.keys(NOTICES) as [NoticeKey, ...NoticeKey[]]).optional(),
  job: z
    .string()
    .regex(/^job_[0-9a-z]{1,40}$/)
    .optional(),
  changed: z.coerce.number().int().min(0).max(1_000_000).optional(),
  kept: z.coerce.number().int().min(0).max(1_000_000).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

/**
 * Back to the review page with one success message; `at` (an event or question id)
 * returns to the page that shows it, scrolled to it.
 */
export function backTo(
  cid: string,
  done: NoticeKey,
  options: { extra?: string; bank?: Bank; at?: string } = {},
): string {
  const page = options.bank && options.at ? pageOf(options.bank, options.at) : 1;
  return `/documents/${cid}?done=${done}${options.extra ?? ""}${page > 1 ? `&page=${page}` : ""}${options.at ? `#${options.at}` : ""}`;
}

/** The teacher's own uploaded document, with its working copy of the bank. */
export async function ownUpload(c: Context<AppEnv>, cid: string) {
  const teacher = requireTeacher(c);
  const copy = await c.get("workingCopies").get(c.get("db"), cid);
  if (copy === null || copy.row.ownerId !== teacher.id)
    throw new NotFoundError("There is no such document.");
  return { teacher, row: copy.row, bank: copy.bank };
}

/** What the review page shows of a document's row. */
export type ReviewRow = { id: string; title: string; status: string; hasDraft: boolean };

/**
 * The questions that need a teacher's eye: the checker's problems and doubts about
 * their event. Every generated question passed the same checker when the bank was
 * built (those that did not are listed as left out), so only questions a teacher
 * edited are checked again; rechecking tens of thousands took seconds per page.
 */
export function questionFlagger(bank: Bank): (q: Question) => string[] {
  // Built at the first edited question: most reviews have none, and building it indexes
  // the whole bank.
  let check: ((q: Question) => string[]) | null = null;
  const conflicted = new Set(bank.events.filter((e) => e.conflicts.length > 0).map((e) => e.id));
  return (q) => {
    if (q.hidden) return [];
    let flags: string[] = [];
    if (q.edited) {
      check ??= makeChecker(bank, null);
      flags = check(q);
    }
    if (q.eventIds.some((id) => conflicted.has(id))) flags.push("sources disagree on this event");
    return flags;
  };
}

/** Render one page of the review; a question being edited is shown on its own page. */
export async function renderReview(
  c: Context<AppEnv>,
  teacher: SessionUser,
  row: ReviewRow,
  bank: Bank,
  extra: {
    notice?: string | undefined;
    errors?: FieldErrors;
    editing?: { id: string; values: Record<string, string>; errors: FieldErrors };
    version?: { errors: FieldErrors; values: Record<string, string> };
    revision?: { kept: number; changed: number; added: number; removed: number } | null;
    page?: number | undefined;
  } = {},
) {
  const flagsOf = questionFlagger(bank);
  const eventsById = new Map(bank.events.map((e) => [e.id, e]));
  const view = (q: Question): ReviewQuestion => ({
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    answer: answerText(q),
    choices: q.type === "order" ? [] : (q.choices ?? []),
    hidden: q.hidden === true,
    edited: q.edited === true,
    approved: q.approved === true,
    flags: flagsOf(q),
    // An ordering question lists its events in their true order, with their dates.
    order:
      q.type === "order" && Array.isArray(q.answer)
        ? q.answer.map((id) => {
            const e = eventsById.get(id);
            // The item as the quiz shows it: the option listed with the event.
            return e ? `${formatDate(e.date)} — ${orderItemText(q, id) ?? e.text}` : id;
          })
        : [],
  });
  const perEvent = questionsPerEvent(bank.questions);
  // Events the bank asks nothing about, and why; the other entries are the questions the
  // quality gate left out, with why (banks built before the gate list none).
  const unasked = new Map<string | undefined, string>();
  const dropped: NonNullable<typeof bank.dropped> = [];
  for (const d of bank.dropped ?? []) {
    if (d.type === UNASKED) unasked.set(d.eventIds[0], d.reason);
    else dropped.push(d);
  }
  const multiEvent = bank.questions.filter((q) => q.eventIds.length > 1);
  const pages = reviewPageCount([
    bank.events.length,
    multiEvent.length,
    dropped.length,
    bank.undated.length,
  ]);
  const page = clampPage(extra.editing ? pageOf(bank, extra.editing.id) : (extra.page ?? 1), pages);
  const events = pageSlice(bank.events, page);
  // The summary counts every question; flags are cheap now that only edits are rechecked.
  const live = bank.questions.filter((q) => !q.hidden);
  const source = await documentSource(c.get("db"), row.id, TEXT_PREVIEW_CHARS);
  return c.html(
    <DocumentReviewPage
      user={teacher}
      doc={{
        id: row.id,
        title: row.title,
        status: row.status,
        hasDraft: row.hasDraft,
        deckId: `${row.id}-all`,
        format: source?.format ? (FORMAT_LABELS[source.format as Format] ?? source.format) : null,
        text: source?.text ?? null,
        textLength: source?.length ?? 0,
      }}
      totals={{
        events: bank.events.length,
        live: live.length,
        approved: live.filter((q) => q.approved).length,
        flagged: live.filter((q) => !q.approved && flagsOf(q).length > 0).length,
      }}
      pager={{ page, pages }}
      events={{
        ...events,
        items: events.items.map((e) => ({
          id: e.id,
          dateLabel: formatDate(e.date),
          provenance: e.date.provenance,
          text: e.text,
          quote: e.sources[0]?.quote ?? "",
          flags: [
            ...e.conflicts.map(
              (x) => `sources disagree on the ${x.field}: ${x.values.join(" vs ")}`,
            ),
            ...e.sources.flatMap((s) => s.flags ?? []).map((f) => `source marked “${f}”`),
          ],
          hidden: e.hidden === true,
          questions: (perEvent.get(e.id) ?? []).map(view),
          unasked: unasked.get(e.id) ?? null,
        })),
      }}
      multiEvent={(({ items, ...rest }) => ({ ...rest, items: items.map(view) }))(
        pageSlice(multiEvent, page),
      )}
      undated={pageSlice(
        bank.undated.map((u) => ({ quote: u.quote, reason: u.reason })),
        page,
      )}
      dropped={pageSlice(
        dropped.map((d) => ({ prompt: d.prompt, reason: d.reason })),
        page,
      )}
      notice={extra.notice}
      errors={extra.errors}
      editing={extra.editing}
      version={extra.version}
      revision={extra.revision ?? undefined}
    />,
  );
}

export const documentReview = new Hono<AppEnv>()
  .get("/documents/:cid", params(CollectionId), async (c) => {
    const { teacher, row, bank } = await ownUpload(c, c.req.valid("param").cid);
    const q = ReviewQuery.safeParse(c.req.query());
    const query = q.success ? q.data : {};
    let notice: string | undefined = query.done ? NOTICES[query.done] : undefined;
    let revision: { kept: number; changed: number; added: number; removed: number } | null = null;
    if (query.done === "republished" && query.changed !== undefined)
      notice = `Published. ${query.changed} changed event(s) were marked for relearning; ${query.kept ?? 0} kept their schedules.`;
    if (query.job) {
      const job = await getJob(c.get("db"), query.job);
      if (
        job &&
        job.ownerId === teacher.id &&
        job.collectionId === row.id &&
        job.status === "done"
      ) {
        if (job.kind === "version") {
          notice = "The new version was processed. Review it, then publish.";
          revision =
            (JSON.parse(job.result ?? "{}") as { revision?: typeof revision }).revision ?? null;
        } else
          notice = "Your document was processed. Review the events and questions, then publish.";
      }
    }
    return renderReview(c, teacher, row, bank, { notice, revision, page: query.page });
  })
  // The whole text read from the document, as plain text: the review page shows its start.
  .get("/documents/:cid/text", params(CollectionId), async (c) => {
    const teacher = requireTeacher(c);
    const doc = await documentText(c.get("db"), c.req.valid("param").cid);
    if (doc === null || doc.ownerId !== teacher.id || doc.text === null)
      throw new NotFoundError("There is no such document.");
    c.header("Content-Type", "text/plain; charset=utf-8");
    c.header("Cache-Control", "private, no-store");
    return c.body(doc.text);
  });
