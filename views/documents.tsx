import type { SessionUser } from "../src/core/users.ts";
import { type Errors, FormErrors, Notice, type Values } from "./fields.tsx";
import { Layout } from "./layout.tsx";
import { KIND_LABELS } from "./quiz.tsx";

export type JobSummary = { id: string; fileName: string; status: string; error: string | null };

export type DocumentSummary = {
  id: string;
  title: string;
  status: string;
  events: number;
  updated: string;
  hasDraft: boolean;
};

/** A document form: a file or pasted text. `ids` keeps two such forms on one page apart. */
function UploadForm(p: {
  action: string;
  errors?: Errors | undefined;
  values?: Values | undefined;
  ids: string;
  fileLabel: string;
  textLabel: string;
  rows: number;
  hint?: string;
  label: string;
  secondary?: boolean;
}) {
  const errors = p.errors;
  return (
    <form method="post" action={p.action} enctype="multipart/form-data" novalidate>
      <FormErrors errors={errors} />
      <div class="field">
        <label for={`${p.ids}-file`}>{p.fileLabel}</label>
        <input
          id={`${p.ids}-file`}
          name="file"
          type="file"
          accept=".pdf,.docx,.html,.htm,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain,text/markdown"
          aria-invalid={errors?.file ? "true" : undefined}
        />
        {errors?.file ? <p class="field-error">{errors.file}</p> : null}
      </div>
      <div class="field">
        <label for={`${p.ids}-text`}>{p.textLabel}</label>
        <textarea
          id={`${p.ids}-text`}
          name="text"
          rows={p.rows}
          aria-describedby={p.hint ? `${p.ids}-text-hint` : undefined}
          aria-invalid={errors?.text ? "true" : undefined}
        >
          {p.values?.text ?? ""}
        </textarea>
        {p.hint ? (
          <p class="hint" id={`${p.ids}-text-hint`}>
            {p.hint}
          </p>
        ) : null}
        {errors?.text ? <p class="field-error">{errors.text}</p> : null}
      </div>
      <div class="form-actions">
        <button type="submit" class={p.secondary ? "secondary" : undefined}>
          {p.label}
        </button>
      </div>
    </form>
  );
}

/** A teacher's uploaded documents and the upload form. */
export function DocumentsPage(p: {
  user: SessionUser;
  docs: DocumentSummary[];
  jobs: JobSummary[];
  errors?: Errors;
  values?: Values;
}) {
  return (
    <Layout title="Your documents" user={p.user} active="decks">
      <h1>Your documents</h1>
      <p class="lead">
        Turn a document of your own into a deck: Chronodeck finds its dated events and writes
        questions, which you review before students see them.
      </p>
      {p.jobs.length > 0 ? (
        <ul class="job-list">
          {p.jobs.map((j) => (
            <li>
              <a href={`/documents/jobs/${j.id}`}>{j.fileName}</a>{" "}
              <span class={`badge${j.status === "failed" ? " late" : ""}`}>
                {j.status === "failed"
                  ? "could not be processed"
                  : j.status === "queued"
                    ? "waiting"
                    : "processing"}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {p.docs.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Status</th>
              <th scope="col" class="num">
                Events
              </th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {p.docs.map((d) => (
              <tr>
                <td>
                  <a href={`/documents/${d.id}`}>{d.title}</a>
                </td>
                <td>
                  {d.status}
                  {d.hasDraft ? " (unpublished changes)" : ""}
                </td>
                <td class="num">{d.events}</td>
                <td>{d.updated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <section class="narrow">
        <h2>Upload a document</h2>
        <UploadForm
          action="/documents"
          errors={p.errors}
          values={p.values}
          ids="f"
          fileLabel="Document file (PDF, Word .docx, web page .html, .txt or .md; up to 10 MB)"
          textLabel="Or paste the text (or a web page's HTML)"
          rows={8}
          hint="The first line is taken as the title. Dates need a year in the text, a section heading with the year, or a dateline such as “19 July 2018” near the top. A scanned PDF cannot be read: it has pictures of text, not text."
          label="Upload document"
        />
      </section>
    </Layout>
  );
}

export type ReviewQuestion = {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  choices: string[];
  hidden: boolean;
  edited: boolean;
  approved: boolean;
  /** What the teacher should check: the checker's problems and doubts about the event. */
  flags: string[];
  /** For an ordering question, its events in their true order ("date — text"). */
  order: string[];
};

/** One page of a list: its items, the number of the first, and the whole list's length. */
export type PageOf<T> = { items: T[]; first: number; total: number };

/** " (12)" for a list on one page, " (51–100 of 812)" for a page of a longer one. */
function counted(list: PageOf<unknown>): string {
  // A whole list, or none of it on this page: its length alone.
  if (list.items.length === list.total || list.items.length === 0)
    return ` (${list.total.toLocaleString("en")})`;
  const last = list.first + list.items.length - 1;
  return ` (${list.first.toLocaleString("en")}–${last.toLocaleString("en")} of ${list.total.toLocaleString("en")})`;
}

/** Links to the previous and next pages of a long review; nothing when it has one page. */
function Pager(p: { base: string; page: number; pages: number; label: string }) {
  if (p.pages <= 1) return null;
  const to = (n: number) => (n === 1 ? p.base : `${p.base}?page=${n}`);
  return (
    <nav class="pager row" aria-label={p.label}>
      {p.page > 1 ? (
        <a href={to(p.page - 1)} rel="prev">
          ← Previous
        </a>
      ) : null}
      <span>
        Page {p.page} of {p.pages}
      </span>
      {p.page < p.pages ? (
        <a href={to(p.page + 1)} rel="next">
          Next →
        </a>
      ) : null}
    </nav>
  );
}

export type ReviewEvent = {
  id: string;
  dateLabel: string;
  provenance: string;
  text: string;
  quote: string;
  flags: string[];
  hidden: boolean;
  questions: ReviewQuestion[];
  /** Why the bank asks nothing about the event ("“the crew” is not said in the sentence"). */
  unasked: string | null;
};

const PROVENANCE: Record<string, string> = {
  explicit: "the date is stated in the sentence",
  heading: "dated by the section heading",
  dateline: "dated from the article's dateline",
  relative: "dated from an earlier event (“two days later”)",
  infobox: "from the infobox",
  merged: "several sources",
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The teacher's review of a generated deck before (re)publishing it: one compact row per event. */
export function DocumentReviewPage(p: {
  user: SessionUser;
  doc: {
    id: string;
    title: string;
    status: string;
    hasDraft: boolean;
    deckId: string;
    /** The format the document came in and the text read from it (null for documents from before). */
    format: string | null;
    /** The start of the text (the page shows at most so much), and the whole text's length. */
    text: string | null;
    textLength: number;
  };
  /** Counts over the whole document, not only this page. */
  totals: { events: number; live: number; approved: number; flagged: number };
  pager: { page: number; pages: number };
  events: PageOf<ReviewEvent>;
  undated: PageOf<{ quote: string; reason: string }>;
  multiEvent: PageOf<ReviewQuestion>;
  /** Questions the bank's quality gate left out, with why. */
  dropped: PageOf<{ prompt: string; reason: string }>;
  notice?: string | undefined;
  errors?: Errors | undefined;
  editing?: { id: string; values: Values; errors: Errors } | undefined;
  /** A new version that could not be used: its errors and the text pasted for it. */
  version?: { errors: Errors; values: Values } | undefined;
  revision?: { kept: number; changed: number; added: number; removed: number } | undefined;
}) {
  const base = `/documents/${p.doc.id}`;
  const { flagged, approved } = p.totals;
  const canPublish = p.doc.status === "draft" || p.doc.hasDraft;
  const questionRow = (q: ReviewQuestion) => {
    const editing = p.editing?.id === q.id ? p.editing : undefined;
    return (
      <li class={`review-q${q.hidden ? " muted" : ""}`} id={q.id}>
        <div class="review-q-line">
          <span class="badge">{KIND_LABELS[q.type] ?? q.type}</span>
          <span class="review-q-text">
            {q.prompt}
            {q.type === "order" ? null : (
              <>
                {" "}
                — <strong>{q.answer}</strong>
              </>
            )}
          </span>
          {q.hidden ? <span class="badge">hidden</span> : null}
          {q.approved && !q.hidden ? <span class="badge done">approved</span> : null}
          {q.edited ? <span class="badge">edited</span> : null}
          {q.flags.length > 0 ? (
            <span class="badge late" title={q.flags.join("; ")}>
              flagged
            </span>
          ) : null}
          <form
            method="post"
            action={`${base}/questions/${q.id}/${q.hidden ? "show" : "hide"}`}
            class="inline"
          >
            <button type="submit" class="link">
              {q.hidden ? "Show" : "Hide"}
              <span class="visually-hidden"> this question</span>
            </button>
          </form>
        </div>
        {q.order.length > 0 ? (
          <ol class="review-order" aria-label="The events in their true order">
            {q.order.map((o) => (
              <li>{o}</li>
            ))}
          </ol>
        ) : null}
        {q.flags.length > 0 ? <p class="small field-error">Check: {q.flags.join("; ")}</p> : null}
        {q.hidden ? null : (
          <details class="review-edit" open={editing ? true : undefined}>
            <summary>Edit</summary>
            <form method="post" action={`${base}/questions/${q.id}`} class="stack" novalidate>
              {editing ? <FormErrors errors={editing.errors} /> : null}
              <label for={`prompt-${q.id}`}>Question</label>
              <textarea id={`prompt-${q.id}`} name="prompt" rows={2} maxlength={500}>
                {editing ? (editing.values.prompt ?? q.prompt) : q.prompt}
              </textarea>
              {editing?.errors.prompt ? <p class="field-error">{editing.errors.prompt}</p> : null}
              {q.type === "order" ? null : (
                <>
                  <label for={`answer-${q.id}`}>Answer</label>
                  <input
                    id={`answer-${q.id}`}
                    name="answer"
                    type="text"
                    maxlength={200}
                    value={editing ? (editing.values.answer ?? q.answer) : q.answer}
                  />
                  {editing?.errors.answer ? (
                    <p class="field-error">{editing.errors.answer}</p>
                  ) : null}
                </>
              )}
              {q.choices.length > 0 ? (
                <p class="small muted">Options: {q.choices.join(" · ")}</p>
              ) : null}
              <div class="row">
                <button type="submit" class="small">
                  Save question
                </button>
              </div>
            </form>
          </details>
        )}
      </li>
    );
  };
  return (
    <Layout title={`Review: ${p.doc.title}`} user={p.user} active="decks">
      <p class="small">
        <a href="/documents">← Your documents</a>
      </p>
      <h1>{p.doc.title}</h1>
      <Notice text={p.notice} />
      <FormErrors errors={p.errors} />
      {p.revision ? (
        <p class="notice">
          New version: {p.revision.kept} events unchanged (schedules kept), {p.revision.changed}{" "}
          changed (to be relearned), {p.revision.added} new, {p.revision.removed} removed.
        </p>
      ) : null}
      <div class="review-bar">
        <p class="review-summary">
          <strong>
            {p.doc.status === "draft"
              ? "Draft: students cannot see this deck yet."
              : p.doc.hasDraft
                ? "Published, with unpublished changes."
                : "Published."}
          </strong>{" "}
          {plural(p.totals.events, "event")}, {plural(p.totals.live, "question")} shown to students,{" "}
          {approved} approved, {flagged} flagged.
        </p>
        <div class="row">
          {canPublish ? (
            <form method="post" action={`${base}/publish`} class="inline">
              <button type="submit">Publish</button>
            </form>
          ) : (
            <a class="button secondary" href={`/decks/${p.doc.deckId}`}>
              Open the deck
            </a>
          )}
          <form method="post" action={`${base}/bulk/approve-all`} class="inline">
            <button type="submit" class="secondary">
              Approve all
            </button>
          </form>
          <form method="post" action={`${base}/bulk/hide-flagged`} class="inline">
            <button type="submit" class="secondary" disabled={flagged === 0 ? true : undefined}>
              Hide flagged ({flagged})
            </button>
          </form>
        </div>
      </div>

      {p.doc.text !== null ? (
        <details class="review-source">
          <summary>
            Text read from the document{p.doc.format ? ` (${p.doc.format})` : ""},{" "}
            {p.doc.textLength.toLocaleString("en")} characters
          </summary>
          <pre class="extracted">{p.doc.text}</pre>
          {p.doc.textLength > p.doc.text.length ? (
            <p class="small muted">
              The first {p.doc.text.length.toLocaleString("en")} characters are shown.{" "}
              <a href={`${base}/text`}>The whole text</a>
            </p>
          ) : null}
        </details>
      ) : null}

      <h2>Events{counted(p.events)}</h2>
      <Pager base={base} {...p.pager} label="Pages of this review" />
      <ol class="review-events" start={p.events.first}>
        {p.events.items.map((e) => (
          <li class={`review-event${e.hidden ? " muted" : ""}`} id={e.id}>
            <div class="review-row">
              <span class="review-date">{e.dateLabel}</span>
              <span class="review-text">
                {e.text}
                {e.hidden ? <span class="badge">hidden</span> : null}
                {e.flags.length > 0 ? <span class="badge late">flagged</span> : null}
              </span>
              <form
                method="post"
                action={`${base}/events/${e.id}/${e.hidden ? "show" : "hide"}`}
                class="inline"
              >
                <button type="submit" class="link">
                  {e.hidden ? "Show" : "Hide"}
                  <span class="visually-hidden"> this event</span>
                </button>
              </form>
            </div>
            {e.flags.length > 0 ? <p class="small field-error">{e.flags.join("; ")}</p> : null}
            <div class="review-more">
              <details>
                <summary>Source</summary>
                <blockquote>“{e.quote}”</blockquote>
                <p class="small muted">{PROVENANCE[e.provenance] ?? e.provenance}</p>
              </details>
              <details open={e.questions.some((q) => q.id === p.editing?.id) ? true : undefined}>
                <summary>
                  {plural(e.questions.length, "question")}
                  {e.questions.some((q) => q.flags.length > 0 && !q.hidden && !q.approved)
                    ? " (flagged)"
                    : ""}
                </summary>
                <ul class="review-questions">{e.questions.map(questionRow)}</ul>
              </details>
              {e.questions.length === 0 && e.unasked !== null ? (
                <p class="muted review-note">No questions: {e.unasked}.</p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>

      <Pager base={base} {...p.pager} label="Pages of this review, after its events" />

      {p.multiEvent.items.length > 0 ? (
        <details
          class="review-section"
          open={p.multiEvent.items.some((q) => q.id === p.editing?.id) ? true : undefined}
        >
          <summary>
            <h2>Questions about several events{counted(p.multiEvent)}</h2>
          </summary>
          <ul class="review-questions">{p.multiEvent.items.map(questionRow)}</ul>
        </details>
      ) : null}

      {p.dropped.items.length > 0 ? (
        <details class="review-section">
          <summary>
            <h2>Questions left out{counted(p.dropped)}</h2>
          </summary>
          <ul>
            {p.dropped.items.map((d) => (
              <li>
                {d.prompt} <span class="muted small">— {d.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <details class="review-section">
        <summary>
          <h2>Sentences without a date{counted(p.undated)}</h2>
        </summary>
        {p.undated.total === 0 ? (
          <p class="muted">Every sentence with a date expression was dated.</p>
        ) : p.undated.items.length === 0 ? (
          <p class="muted">None on this page.</p>
        ) : (
          <ul>
            {p.undated.items.map((u) => (
              <li>
                “{u.quote}” <span class="muted small">— {u.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </details>

      <details class="review-section" open={p.version ? true : undefined}>
        <summary>
          <h2>Upload a new version</h2>
        </summary>
        <section class="narrow">
          <p class="muted">
            Events that did not change keep every student's schedule; changed events are marked for
            relearning when you publish.
          </p>
          <UploadForm
            action={`${base}/version`}
            errors={p.version?.errors}
            values={p.version?.values}
            ids="v"
            fileLabel="New version (PDF, .docx, .html, .txt or .md)"
            textLabel="Or paste the new text"
            rows={4}
            label="Upload new version"
            secondary
          />
        </section>
      </details>

      <p class="small review-exports">
        Export: <a href={`/decks/${p.doc.deckId}/export/anki.csv`}>Export for Anki</a> ·{" "}
        <a href={`/decks/${p.doc.deckId}/export/gift.txt`}>Export for Moodle (GIFT)</a>
      </p>
    </Layout>
  );
}
