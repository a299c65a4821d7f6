import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { DocumentReviewPage, DocumentsPage, type ReviewQuestion } from "../../views/documents.tsx";
import { newId } from "../auth/tokens.ts";
import { bankHash } from "../content.ts";
import { buildBank } from "../core/bank-build.ts";
import { type Bank, parseBank, type Question } from "../core/bank-schema.ts";
import { formatDate, parseDate } from "../core/date-format.ts";
import { deckQuestions, deriveDecks, questionsPerEvent, visibleEvents } from "../core/decks.ts";
import { ankiCsv } from "../core/exports/anki.ts";
import { giftFile } from "../core/exports/gift.ts";
import { answerText } from "../core/grade/index.ts";
import type { Nlp } from "../core/nlp/tokens.ts";
import { makeChecker } from "../core/questions/check.ts";
import { compareVersions, type Revision } from "../core/revisions.ts";
import { forgetCard } from "../core/schedule.ts";
import type { SessionUser } from "../core/users.ts";
import { cardsOfEvents, putCardStatement } from "../db/cards.ts";
import {
  collectionsOwnedBy,
  createUpload,
  loadCollection,
  publishCollection,
  saveWorkingCopy,
  workingCopy,
} from "../db/collections.ts";
import { openDeck } from "../http/access.ts";
import { audit } from "../http/audit.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, NotFoundError } from "../http/errors.ts";
import { requireTeacher, requireUser } from "../http/session.ts";
import { type FieldErrors, form, params } from "../http/validate.ts";
import { DeckId } from "./decks.tsx";

/*
 * Decks from teachers' own documents. The bank pipeline runs inside the request
 * (pure TypeScript, so on Node and on Workers alike); the result is a draft that
 * only its teacher sees until they publish it.
 */

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

const CollectionId = z.object({ cid: z.string().regex(/^col_[0-9a-z]{1,40}$/) });
const QuestionRef = CollectionId.extend({
  qid: z.string().regex(/^q_[0-9a-z]+$/),
  op: z.enum(["hide", "show"]).optional(),
});
const EventRef = CollectionId.extend({
  eid: z.string().regex(/^ev_[0-9a-z]+$/),
  op: z.enum(["hide", "show"]),
});

const UploadForm = z.object({
  file: z.instanceof(File).optional(),
  text: z.string().max(MAX_UPLOAD_BYTES, "Paste at most 2 MB of text.").optional(),
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

const tooLarge = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES + 64 * 1024,
  onError: () => {
    throw new AppError(
      413,
      "Too large",
      "That document is larger than 2 MB. Split it into smaller parts and upload each.",
    );
  },
});

/** The document a teacher sent: a file, or pasted text (which then gets a name from its first line). */
async function readUpload(
  f: z.infer<typeof UploadForm>,
  fallbackName?: string | null,
): Promise<{ name: string; bytes: Uint8Array } | { error: FieldErrors }> {
  if (f.file && f.file.name !== "" && f.file.size === 0)
    return { error: { file: `“${f.file.name}” is empty.` } };
  if (f.file && f.file.size > 0) {
    const base = f.file.name.split(/[\\/]/).pop() ?? "";
    if (!/\.(txt|md)$/i.test(base))
      return { error: { file: "Upload a plain text (.txt) or Markdown (.md) file." } };
    if (f.file.size > MAX_UPLOAD_BYTES)
      return { error: { file: "That file is larger than 2 MB." } };
    const safe = base.replace(/[^\w.-]+/g, "_").slice(-120);
    return { name: fallbackName ?? safe, bytes: new Uint8Array(await f.file.arrayBuffer()) };
  }
  const text = f.text?.trim() ?? "";
  if (text === "") return { error: { file: "Choose a file, or paste the text below." } };
  const first = text.split("\n")[0] ?? "document";
  const slug =
    first
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "document";
  return { name: fallbackName ?? `${slug}.txt`, bytes: new TextEncoder().encode(text) };
}

/** Run the bank pipeline on one document; an explanation when nothing usable came out. */
function build(name: string, bytes: Uint8Array, nlp: Nlp): { bank: Bank } | { error: FieldErrors } {
  const { bank, problems } = buildBank([{ name, bytes }], { nlp });
  const problem = problems.find((p) => p.file === name);
  if (bank.events.length === 0) {
    return {
      error: {
        file: problem
          ? `“${name}” could not be used: ${problem.reason}.`
          : `No dated event was found in “${name}”. Dates need a year in the text, a heading with the year, or a dateline.`,
      },
    };
  }
  return { bank };
}

async function ownUpload(c: Context<AppEnv>, cid: string) {
  const teacher = requireTeacher(c);
  const row = await workingCopy(c.get("db"), cid);
  if (row === null || row.ownerId !== teacher.id)
    throw new NotFoundError("There is no such document.");
  return { teacher, row, bank: parseBank(JSON.parse(row.bankJson)) };
}

/** What the review page shows of a document's row. */
type ReviewRow = { id: string; title: string; status: string; hasDraft: boolean };

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

async function renderReview(
  c: Context<AppEnv>,
  teacher: SessionUser,
  row: ReviewRow,
  bank: Bank,
  extra: {
    notice?: string;
    errors?: FieldErrors;
    editing?: { id: string; values: Record<string, string>; errors: FieldErrors };
    version?: { errors: FieldErrors; values: Record<string, string> };
    revision?: Revision;
  } = {},
) {
  const check = makeChecker(bank, null);
  const view = (q: Question): ReviewQuestion => ({
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    answer: answerText(q),
    choices: q.type === "order" ? [] : (q.choices ?? []),
    hidden: q.hidden === true,
    edited: q.edited === true,
    editable: true,
    problems: q.hidden ? [] : check(q),
  });
  const perEvent = questionsPerEvent(bank.questions);
  const events = bank.events.map((e) => ({
    id: e.id,
    dateLabel: formatDate(e.date),
    provenance: e.date.provenance,
    text: e.text,
    quote: e.sources[0]?.quote ?? "",
    conflicts: e.conflicts.map((x) => `${x.field}: ${x.values.join(" vs ")}`),
    hidden: e.hidden === true,
    questions: (perEvent.get(e.id) ?? []).map(view),
  }));
  return c.html(
    <DocumentReviewPage
      user={teacher}
      doc={{
        id: row.id,
        title: row.title,
        status: row.status,
        hasDraft: row.hasDraft,
        deckId: `${row.id}-all`,
      }}
      events={events}
      multiEvent={bank.questions.filter((q) => q.eventIds.length > 1).map(view)}
      undated={bank.undated.map((u) => ({ quote: u.quote, reason: u.reason }))}
      notice={extra.notice}
      errors={extra.errors}
      editing={extra.editing}
      version={extra.version}
      revision={
        extra.revision
          ? {
              kept: extra.revision.kept.length,
              changed: extra.revision.changed.length,
              added: extra.revision.added.length,
              removed: extra.revision.removed.length,
            }
          : undefined
      }
    />,
  );
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
  return c.html(<DocumentsPage user={teacher} docs={rows} errors={errors} values={values} />);
}

/** Carry a teacher's review (hidden events and questions, edits) over to a new version where ids match. */
function carryReview(previous: Bank, next: Bank): Bank {
  const hiddenEvents = new Set(previous.events.filter((e) => e.hidden).map((e) => e.id));
  const questions = new Map(previous.questions.map((q) => [q.id, q]));
  return {
    ...next,
    events: next.events.map((e) => (hiddenEvents.has(e.id) ? { ...e, hidden: true } : e)),
    questions: next.questions.map((q) => {
      const old = questions.get(q.id);
      if (!old) return q;
      return old.edited || old.hidden ? { ...q, ...old } : q;
    }),
  };
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
    tooLarge,
    form(UploadForm, (c, errors, values) => renderList(c, requireTeacher(c), errors, values)),
    async (c) => {
      const teacher = requireTeacher(c);
      const f = c.req.valid("form");
      const upload = await readUpload(f);
      const fail = (errors: FieldErrors) => {
        c.status(422);
        return renderList(c, teacher, errors, { text: f.text ?? "" });
      };
      if ("error" in upload) return fail(upload.error);
      const built = build(upload.name, upload.bytes, await c.get("nlp")());
      if ("error" in built) return fail(built.error);
      const id = newId("col");
      const title = built.bank.sources[0]?.title || upload.name;
      await createUpload(c.get("db"), {
        id,
        ownerId: teacher.id,
        title,
        bank: built.bank,
        contentHash: await bankHash(built.bank),
        decks: deriveDecks(id, title, built.bank),
        docName: upload.name,
        now: c.get("now"),
      });
      return c.redirect(`/documents/${id}`, 303);
    },
  )
  .get("/documents/:cid", params(CollectionId), async (c) => {
    const { teacher, row, bank } = await ownUpload(c, c.req.valid("param").cid);
    return renderReview(c, teacher, row, bank);
  })
  .post(
    "/documents/:cid/version",
    params(CollectionId),
    tooLarge,
    form(UploadForm, async (c, errors, values) => {
      const { teacher, row, bank } = await ownUpload(c, c.req.param("cid") ?? "");
      return renderReview(c, teacher, row, bank, { version: { errors, values } });
    }),
    async (c) => {
      const { teacher, row, bank } = await ownUpload(c, c.req.valid("param").cid);
      const f = c.req.valid("form");
      const upload = await readUpload(f, row.docName);
      const built =
        "error" in upload ? upload : build(upload.name, upload.bytes, await c.get("nlp")());
      if ("error" in built) {
        c.status(422);
        return renderReview(c, teacher, row, bank, {
          version: { errors: built.error, values: { text: f.text ?? "" } },
        });
      }
      const next = carryReview(bank, built.bank);
      const title = next.sources[0]?.title || row.title;
      const saved = await saveDraft(c, row, next, title);
      const published =
        row.status === "published" ? await loadCollection(c.get("db"), row.id) : null;
      const against = published ? parseBank(JSON.parse(published.bankJson)) : bank;
      return renderReview(c, teacher, saved, next, {
        notice: "The new version was processed. Review it, then publish.",
        revision: compareVersions(against.events, next.events),
      });
    },
  )
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
        questions: bank.questions.map((x) => (x.id === qid ? edited.question : x)),
      };
      return renderReview(c, teacher, await saveDraft(c, row, next), next, {
        notice: "The question was saved.",
      });
    },
  )
  .post("/documents/:cid/questions/:qid/:op", params(QuestionRef), async (c) => {
    const { cid, qid, op } = c.req.valid("param");
    const { teacher, row, bank } = await ownUpload(c, cid);
    if (!bank.questions.some((q) => q.id === qid))
      throw new NotFoundError("There is no such question.");
    const next = { ...bank, questions: setHidden(bank.questions, qid, op === "hide") };
    return renderReview(c, teacher, await saveDraft(c, row, next), next, {
      notice:
        op === "hide" ? "The question is hidden from students." : "The question is shown again.",
    });
  })
  .post("/documents/:cid/events/:eid/:op", params(EventRef), async (c) => {
    const { cid, eid, op } = c.req.valid("param");
    const { teacher, row, bank } = await ownUpload(c, cid);
    if (!bank.events.some((e) => e.id === eid)) throw new NotFoundError("There is no such event.");
    const next = { ...bank, events: setHidden(bank.events, eid, op === "hide") };
    return renderReview(c, teacher, await saveDraft(c, row, next), next, {
      notice:
        op === "hide"
          ? "The event and its questions are hidden from students."
          : "The event is shown again.",
    });
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
    let revision: Revision | undefined;
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
    const published: ReviewRow = { ...row, status: "published", hasDraft: false };
    return renderReview(c, teacher, published, bank, {
      notice: revision
        ? `Published. ${revision.changed.length} changed event(s) were marked for relearning; ${revision.kept.length} kept their schedules.`
        : "Published: you can now assign this deck to your classes.",
      ...(revision ? { revision } : {}),
    });
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
