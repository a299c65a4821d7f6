import type { SessionUser } from "../src/core/users.ts";
import { type Errors, FormErrors, type Values } from "./fields.tsx";
import { Layout } from "./layout.tsx";
import { KIND_LABELS } from "./quiz.tsx";

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
          accept=".txt,.md,text/plain,text/markdown"
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
          fileLabel="Document file (.txt or .md, up to 2 MB)"
          textLabel="Or paste the text"
          rows={8}
          hint="The first line is taken as the title. Dates need a year in the text, a section heading with the year, or a dateline such as “19 July 2018” near the top."
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
  editable: boolean;
  problems: string[];
};

export type ReviewEvent = {
  id: string;
  dateLabel: string;
  provenance: string;
  text: string;
  quote: string;
  conflicts: string[];
  hidden: boolean;
  questions: ReviewQuestion[];
};

/** The teacher's review of a generated deck before (re)publishing it. */
export function DocumentReviewPage(p: {
  user: SessionUser;
  doc: { id: string; title: string; status: string; hasDraft: boolean; deckId: string };
  events: ReviewEvent[];
  undated: { quote: string; reason: string }[];
  multiEvent: ReviewQuestion[];
  notice?: string;
  errors?: Errors;
  editing?: { id: string; values: Values; errors: Errors };
  /** A new version that could not be used: its errors and the text pasted for it. */
  version?: { errors: Errors; values: Values };
  revision?: { kept: number; changed: number; added: number; removed: number };
}) {
  const base = `/documents/${p.doc.id}`;
  const questionBlock = (q: ReviewQuestion) => (
    <li class={q.hidden ? "muted" : ""} id={q.id}>
      <p>
        <span class="badge">{KIND_LABELS[q.type] ?? q.type}</span>{" "}
        {q.hidden ? <span class="badge">hidden</span> : null}{" "}
        {q.edited ? <span class="badge">edited</span> : null}
      </p>
      {p.editing?.id === q.id || (q.editable && !q.hidden) ? (
        <form method="post" action={`${base}/questions/${q.id}`} class="stack" novalidate>
          {p.editing?.id === q.id ? <FormErrors errors={p.editing.errors} /> : null}
          <label for={`prompt-${q.id}`}>Question</label>
          <textarea id={`prompt-${q.id}`} name="prompt" rows={2} maxlength={500}>
            {p.editing?.id === q.id ? (p.editing.values.prompt ?? q.prompt) : q.prompt}
          </textarea>
          {p.editing?.id === q.id && p.editing.errors.prompt ? (
            <p class="field-error">{p.editing.errors.prompt}</p>
          ) : null}
          {q.type === "order" ? null : (
            <>
              <label for={`answer-${q.id}`}>Answer</label>
              <input
                id={`answer-${q.id}`}
                name="answer"
                type="text"
                maxlength={200}
                value={p.editing?.id === q.id ? (p.editing.values.answer ?? q.answer) : q.answer}
              />
              {p.editing?.id === q.id && p.editing.errors.answer ? (
                <p class="field-error">{p.editing.errors.answer}</p>
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
      ) : (
        <p>
          {q.prompt} — <strong>{q.answer}</strong>
        </p>
      )}
      {q.problems.length > 0 ? <p class="field-error">Check: {q.problems.join("; ")}</p> : null}
      <form
        method="post"
        action={`${base}/questions/${q.id}/${q.hidden ? "show" : "hide"}`}
        class="inline"
      >
        <button type="submit" class="link">
          {q.hidden ? "Show this question" : "Hide this question"}
        </button>
      </form>
    </li>
  );
  return (
    <Layout title={`Review: ${p.doc.title}`} user={p.user} active="decks">
      <p class="small">
        <a href="/documents">← Your documents</a>
      </p>
      <h1>{p.doc.title}</h1>
      {p.notice ? (
        <p class="notice success" role="status">
          {p.notice}
        </p>
      ) : null}
      <FormErrors errors={p.errors} />
      <p class="lead">
        {p.doc.status === "draft"
          ? "Draft: students cannot see this deck yet. Review the events and questions, then publish."
          : p.doc.hasDraft
            ? "Published, with unpublished changes: students still see the last published version."
            : "Published: you can assign this deck to your classes."}
      </p>
      {p.revision ? (
        <p class="notice">
          New version: {p.revision.kept} events unchanged (schedules kept), {p.revision.changed}{" "}
          changed (to be relearned), {p.revision.added} new, {p.revision.removed} removed.
        </p>
      ) : null}
      <div class="row">
        {p.doc.status === "draft" || p.doc.hasDraft ? (
          <form method="post" action={`${base}/publish`} class="inline">
            <button type="submit">Publish</button>
          </form>
        ) : (
          <a class="button secondary" href={`/decks/${p.doc.deckId}`}>
            Open the deck
          </a>
        )}
        <a class="button secondary" href={`/decks/${p.doc.deckId}/export/anki.csv`}>
          Export for Anki
        </a>
        <a class="button secondary" href={`/decks/${p.doc.deckId}/export/gift.txt`}>
          Export for Moodle (GIFT)
        </a>
      </div>

      <h2>Events ({p.events.length})</h2>
      <ol class="stack">
        {p.events.map((e) => (
          <li class={`card${e.hidden ? " muted" : ""}`} id={e.id}>
            <div class="spread">
              <p>
                <strong>{e.dateLabel}</strong> <span class="badge">{e.provenance}</span> — {e.text}{" "}
                {e.hidden ? <span class="badge">hidden</span> : null}
              </p>
              <form
                method="post"
                action={`${base}/events/${e.id}/${e.hidden ? "show" : "hide"}`}
                class="inline"
              >
                <button type="submit" class="link">
                  {e.hidden ? "Show this event" : "Hide this event"}
                </button>
              </form>
            </div>
            <blockquote>“{e.quote}”</blockquote>
            {e.conflicts.length > 0 ? (
              <p class="notice warn">Sources disagree: {e.conflicts.join("; ")}</p>
            ) : null}
            <ul class="stack">{e.questions.map(questionBlock)}</ul>
          </li>
        ))}
      </ol>

      {p.multiEvent.length > 0 ? (
        <>
          <h2>Questions about several events</h2>
          <ul class="stack">{p.multiEvent.map(questionBlock)}</ul>
        </>
      ) : null}

      <h2>Sentences without a date ({p.undated.length})</h2>
      {p.undated.length === 0 ? (
        <p class="muted">Every sentence with a date expression was dated.</p>
      ) : (
        <ul>
          {p.undated.map((u) => (
            <li>
              “{u.quote}” <span class="muted small">— {u.reason}</span>
            </li>
          ))}
        </ul>
      )}

      <section class="narrow">
        <h2>Upload a new version</h2>
        <p class="muted">
          Events that did not change keep every student's schedule; changed events are marked for
          relearning when you publish.
        </p>
        <UploadForm
          action={`${base}/version`}
          errors={p.version?.errors}
          values={p.version?.values}
          ids="v"
          fileLabel="New version (.txt or .md)"
          textLabel="Or paste the new text"
          rows={4}
          label="Upload new version"
          secondary
        />
      </section>
    </Layout>
  );
}
