import { type Context, Hono } from "hono";
import * as z from "zod";
import { DocumentsPage } from "../../views/documents.tsx";
import { newId } from "../auth/tokens.ts";
import { bankHash } from "../content.ts";
import { type Bank, parseBank, type Question } from "../core/bank-schema.ts";
import { parseDate } from "../core/date-format.ts";
import { deckQuestions, deriveDecks, visibleEvents } from "../core/decks.ts";
import { ankiCsv } from "../core/exports/anki.ts";
import { giftFile } from "../core/exports/gift.ts";
import { makeChecker } from "../core/questions/check.ts";
import { compareVersions } from "../core/revisions.ts";
import { forgetCard } from "../core/schedule.ts";
import type { SessionUser } from "../core/users.ts";
import { cardsOfEvents, putCardStatement } from "../db/cards.ts";
import {
  collectionsOwnedBy,
  loadCollection,
  publishCollection,
  saveWorkingCopy,
} from "../db/collections.ts";
import { createJob, openJobsOf } from "../db/document-jobs.ts";
import { detectFormat, type Format, MAX_FILE_BYTES } from "../formats/sniff.ts";
import { openDeck } from "../http/access.ts";
import { audit } from "../http/audit.ts";
import type { AppEnv } from "../http/env.ts";
import { NotFoundError } from "../http/errors.ts";
import { requireTeacher, requireUser } from "../http/session.ts";
import { type FieldErrors, form, params } from "../http/validate.ts";
import { DeckId } from "./decks.tsx";
import {
  backTo,
  CollectionId,
  ownUpload,
  questionFlagger,
  type ReviewRow,
  renderReview,
} from "./document-review.tsx";

/*
 * Decks from teachers' own documents. An upload is stored as a job and answered
 * at once (routes/document-jobs.tsx shows its progress); the bank pipeline runs
 * off the request path. The result is a draft that only its teacher sees until
 * they publish it. Every change on the review page redirects back to it (post,
 * redirect, get) with one success message.
 */

/** Pasted text goes straight to the pipeline, whose limit is 2 MB of text. */
const MAX_PASTED_CHARS = 2 * 1024 * 1024;

const QuestionRef = CollectionId.extend({
  qid: z.string().regex(/^q_[0-9a-z]+$/),
  op: z.enum(["hide", "show"]).optional(),
});
const EventRef = CollectionId.extend({
  eid: z.string().regex(/^ev_[0-9a-z]+$/),
  op: z.enum(["hide", "show"]),
});
const BulkRef = CollectionId.extend({ op: z.enum(["approve-all", "hide-flagged"]) });

const UploadForm = z.object({
  file: z.instanceof(File).optional(),
  text: z.string().max(MAX_PASTED_CHARS, "Paste at most 2 MB of text.").optional(),
});

const EditForm = z.object({
  prompt: z
    .string({ error: "Write the question." })
    .trim()
    .min(5, "Write the question (at least 5 characters).")
    .max(500, "Keep the question under 500 characters.")
    .refine(
      (v) => !/\p{Cc}/u.test(v.replace(/[\n\r\t]/g, " ")),
      "The question contains characters that are not allowed.",
    ),
  answer: z.string().trim().max(200, "Keep the answer under 200 characters.").optional(),
});

type Upload = { name: string; bytes: Uint8Array; format: Format };

/** The document a teacher sent, a file or pasted text (named from its first line), with its format. */
async function readUpload(
  f: z.infer<typeof UploadForm>,
  fallbackName?: string | null,
): Promise<Upload | { error: FieldErrors }> {
  if (f.file && f.file.name !== "" && f.file.size === 0)
    return { error: { file: `“${f.file.name}” is empty.` } };
  if (f.file && f.file.size > 0) {
    const base = f.file.name.split(/[\\/]/).pop() ?? "";
    if (f.file.size > MAX_FILE_BYTES)
      return { error: { file: "That file is larger than 10 MB. Split it into smaller parts." } };
    const safe = base.replace(/[^\w.-]+/g, "_").slice(-120);
    const bytes = new Uint8Array(await f.file.arrayBuffer());
    const detected = detectFormat(safe, bytes);
    if ("error" in detected) return { error: { file: detected.error } };
    const name = fallbackName
      ? `${fallbackName.replace(/\.[^.]+$/, "")}${/\.[^.]+$/.exec(safe)?.[0] ?? ""}`
      : safe;
    return { name, bytes, format: detected.format };
  }
  const text = f.text?.trim() ?? "";
  if (text === "") return { error: { file: "Choose a file, or paste the text below." } };
  const bytes = new TextEncoder().encode(text);
  const detected = detectFormat(null, bytes);
  if ("error" in detected) return { error: { file: detected.error } };
  const first =
    text
      .replace(/<[^>]*>/g, " ")
      .trim()
      .split("\n")[0] ?? "document";
  const slug =
    first
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "document";
  const ext = detected.format === "html" ? ".html" : ".txt";
  const name = fallbackName ? `${fallbackName.replace(/\.[^.]+$/, "")}${ext}` : `${slug}${ext}`;
  return { name, bytes, format: detected.format };
}

/** Store an upload as a job, hand it over for processing, and send the teacher to its progress page. */
async function startJob(
  c: Context<AppEnv>,
  teacher: SessionUser,
  upload: Upload,
  target: { kind: "new" | "version"; collectionId: string },
) {
  const id = newId("job");
  await createJob(c.get("db"), {
    id,
    ownerId: teacher.id,
    collectionId: target.collectionId,
    kind: target.kind,
    fileName: upload.name,
    format: upload.format,
    bytes: upload.bytes,
    now: c.get("now"),
  });
  await c.get("jobs").enqueue(id);
  return c.redirect(`/documents/jobs/${id}`, 303);
}

/**
 * Save the teacher's working copy, drop it from this process's cache at once, and
 * return the row as it now stands: before the first publication the edit changes
 * the bank (and title) itself, afterwards it waits as a draft beside it.
 */
async function saveDraft(
  c: Context<AppEnv>,
  row: ReviewRow,
  bank: Bank,
  title = row.title,
): Promise<ReviewRow> {
  const draft = row.status === "draft";
  const decks = deriveDecks(row.id, title, bank);
  await saveWorkingCopy(c.get("db"), { id: row.id, draft, bank, title, decks, now: c.get("now") });
  c.get("content").invalidate(row.id);
  return draft ? { ...row, title, hasDraft: false } : { ...row, hasDraft: true };
}

/** The items with the one whose id is given hidden from students, or shown again. */
function setHidden<T extends { id: string; hidden?: boolean | undefined }>(
  items: T[],
  id: string,
  hidden: boolean,
): T[] {
  return items.map((x) => (x.id === id ? { ...x, hidden } : x));
}

async function renderList(
  c: Context<AppEnv>,
  teacher: SessionUser,
  errors?: FieldErrors,
  values?: Record<string, string>,
) {
  const rows = (await collectionsOwnedBy(c.get("db"), teacher.id))
    .filter((d) => d.kind === "upload")
    .map((d) => ({
      id: d.id,
      title: d.title,
      status: d.status,
      events: d.events,
      updated: new Date(d.updatedAt).toISOString().slice(0, 10),
      hasDraft: d.hasDraft,
    }));
  const jobs = (await openJobsOf(c.get("db"), teacher.id)).map((j) => ({
    id: j.id,
    fileName: j.fileName,
    status: j.status,
    error: j.error,
  }));
  return c.html(
    <DocumentsPage user={teacher} docs={rows} jobs={jobs} errors={errors} values={values} />,
  );
}

/** Apply a teacher's edit to a question; the errors say what is wrong with it. */
function editQuestion(
  q: Question,
  prompt: string,
  answer: string | undefined,
): { question: Question } | { errors: FieldErrors } {
  const next: Question = { ...q, prompt, edited: true };
  if (q.type !== "order") {
    const a = answer?.trim() ?? "";
    if (a === "") return { errors: { answer: "Write the answer." } };
    if (q.choices && q.choices.length > 1 && !q.choices.includes(a)) {
      return {
        errors: { answer: `The answer must be one of the options: ${q.choices.join(" · ")}.` },
      };
    }
    if (q.type === "date-typed" || q.type === "date-choice") {
      const parsed = parseDate(a);
      if (parsed === null)
        return {
          errors: { answer: "Write the answer as a date, like 28 March 2015, March 2015 or 2015." },
        };
      next.date = { ...parsed, provenance: q.date?.provenance ?? "explicit" };
    }
    if (q.type === "numeric" && !/\d/.test(a))
      return { errors: { answer: "Write the answer as a number." } };
    next.answer = a;
  }
  return { question: next };
}

export const documents = new Hono<AppEnv>()
  .get("/documents", async (c) => renderList(c, requireTeacher(c)))
  .post(
    "/documents",
    form(UploadForm, (c, errors, values) => renderList(c, requireTeacher(c), errors, values)),
    async (c) => {
      const teacher = requireTeacher(c);
      const f = c.req.valid("form");
      const upload = await readUpload(f);
      if ("error" in upload) {
        c.status(422);
        return renderList(c, teacher, upload.error, { text: f.text ?? "" });
      }
      return startJob(c, teacher, upload, { kind: "new", collectionId: newId("col") });
    },
  )
  .post(
    "/documents/:cid/version",
    params(CollectionId),
    form(UploadForm, async (c, errors, values) => {
      const { teacher, row, bank } = await ownUpload(c, c.req.param("cid") ?? "");
      return renderReview(c, teacher, row, bank, { version: { errors, values } });
    }),
    async (c) => {
      const { teacher, row, bank } = await ownUpload(c, c.req.valid("param").cid);
      const f = c.req.valid("form");
      const upload = await readUpload(f, row.docName);
      if ("error" in upload) {
        c.status(422);
        return renderReview(c, teacher, row, bank, {
          version: { errors: upload.error, values: { text: f.text ?? "" } },
        });
      }
      return startJob(c, teacher, upload, { kind: "version", collectionId: row.id });
    },
  )
  .post("/documents/:cid/bulk/:op", params(BulkRef), async (c) => {
    const { cid, op } = c.req.valid("param");
    const { row, bank } = await ownUpload(c, cid);
    const hiddenEvents = new Set(bank.events.filter((e) => e.hidden).map((e) => e.id));
    const shown = (q: Question) => !q.hidden && !q.eventIds.every((id) => hiddenEvents.has(id));
    let next: Bank;
    if (op === "approve-all") {
      next = {
        ...bank,
        questions: bank.questions.map((q) => (shown(q) ? { ...q, approved: true } : q)),
      };
    } else {
      // The flags the review page shows, so "Hide flagged (N)" hides those N.
      const flagsOf = questionFlagger(bank);
      next = {
        ...bank,
        questions: bank.questions.map((q) =>
          shown(q) && !q.approved && flagsOf(q).length > 0 ? { ...q, hidden: true } : q,
        ),
      };
    }
    await saveDraft(c, row, next);
    return c.redirect(backTo(cid, op === "approve-all" ? "approved-all" : "hid-flagged"), 303);
  })
  .post(
    "/documents/:cid/questions/:qid",
    params(QuestionRef),
    form(EditForm, async (c, errors, values) => {
      const { teacher, row, bank } = await ownUpload(c, c.req.param("cid") ?? "");
      return renderReview(c, teacher, row, bank, {
        editing: { id: c.req.param("qid") ?? "", values, errors },
      });
    }),
    async (c) => {
      const { cid, qid } = c.req.valid("param");
      const { teacher, row, bank } = await ownUpload(c, cid);
      const q = bank.questions.find((x) => x.id === qid);
      if (!q) throw new NotFoundError("There is no such question.");
      const f = c.req.valid("form");
      const edited = editQuestion(q, f.prompt, f.answer);
      const values = { prompt: f.prompt, answer: f.answer ?? "" };
      if ("errors" in edited) {
        c.status(422);
        return renderReview(c, teacher, row, bank, {
          editing: { id: qid, values, errors: edited.errors },
        });
      }
      const leaks = makeChecker(
        bank,
        null,
      )(edited.question).filter((p) => /leak|contains|gives|answer/i.test(p));
      if (leaks.length > 0) {
        c.status(422);
        return renderReview(c, teacher, row, bank, {
          editing: {
            id: qid,
            values,
            errors: { prompt: `This question would not be fair: ${leaks.join("; ")}.` },
          },
        });
      }
      const next = {
        ...bank,
        questions: bank.questions.map((x) =>
          x.id === qid ? { ...edited.question, approved: true } : x,
        ),
      };
      await saveDraft(c, row, next);
      return c.redirect(backTo(cid, "saved", { bank, at: qid }), 303);
    },
  )
  .post("/documents/:cid/questions/:qid/:op", params(QuestionRef), async (c) => {
    const { cid, qid, op } = c.req.valid("param");
    const { row, bank } = await ownUpload(c, cid);
    if (!bank.questions.some((q) => q.id === qid))
      throw new NotFoundError("There is no such question.");
    const next = { ...bank, questions: setHidden(bank.questions, qid, op === "hide") };
    await saveDraft(c, row, next);
    return c.redirect(
      backTo(cid, op === "hide" ? "question-hidden" : "question-shown", { bank, at: qid }),
      303,
    );
  })
  .post("/documents/:cid/events/:eid/:op", params(EventRef), async (c) => {
    const { cid, eid, op } = c.req.valid("param");
    const { row, bank } = await ownUpload(c, cid);
    if (!bank.events.some((e) => e.id === eid)) throw new NotFoundError("There is no such event.");
    const next = { ...bank, events: setHidden(bank.events, eid, op === "hide") };
    await saveDraft(c, row, next);
    return c.redirect(
      backTo(cid, op === "hide" ? "event-hidden" : "event-shown", { bank, at: eid }),
      303,
    );
  })
  .post("/documents/:cid/publish", params(CollectionId), async (c) => {
    const { teacher, row, bank } = await ownUpload(c, c.req.valid("param").cid);
    const usable = deckQuestions(bank, visibleEvents(bank));
    if (usable.length === 0) {
      c.status(422);
      return renderReview(c, teacher, row, bank, {
        errors: { _form: "There is nothing to publish: every event or question is hidden." },
      });
    }
    const extra = [];
    let revision: ReturnType<typeof compareVersions> | undefined;
    if (row.status === "published") {
      const published = await loadCollection(c.get("db"), row.id);
      if (published) {
        revision = compareVersions(parseBank(JSON.parse(published.bankJson)).events, bank.events);
        const renamed = new Map(revision.changed.map(({ from, to }) => [from, to]));
        for (const card of await cardsOfEvents(c.get("db"), [...renamed.keys()])) {
          const to = renamed.get(card.eventId) ?? card.eventId;
          extra.push(putCardStatement(card.userId, to, forgetCard(card, c.get("now"))));
        }
      }
    }
    await publishCollection(
      c.get("db"),
      row.id,
      bank,
      row.title,
      await bankHash(bank),
      deriveDecks(row.id, row.title, bank),
      c.get("now"),
      extra,
    );
    c.get("content").invalidate(row.id);
    await audit(c, "document.publish", { target: row.id, detail: row.title });
    return c.redirect(
      revision
        ? backTo(row.id, "republished", {
            extra: `&changed=${revision.changed.length}&kept=${revision.kept.length}`,
          })
        : backTo(row.id, "published"),
      303,
    );
  })
  .get("/decks/:id/export/anki.csv", params(DeckId), async (c) => {
    requireUser(c);
    const deck = await openDeck(c, c.req.valid("param").id);
    const csv = ankiCsv(deck.deck.title, deck.questions, deck.events, deck.collection.bank.sources);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${deck.deck.id}-anki.csv"`);
    return c.body(csv);
  })
  .get("/decks/:id/export/gift.txt", params(DeckId), async (c) => {
    requireUser(c);
    const deck = await openDeck(c, c.req.valid("param").id);
    c.header("Content-Type", "text/plain; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${deck.deck.id}-moodle.gift.txt"`);
    return c.body(giftFile(deck.questions));
  });
