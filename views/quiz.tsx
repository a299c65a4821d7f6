import type { TimelineLayout } from "../src/core/timeline.ts";
import type { SessionUser } from "../src/core/users.ts";
import {
  type Errors,
  FormErrors,
  QuestionCountField,
  SelectField,
  TimeLimitField,
  type Values,
} from "./fields.tsx";
import { percent, scoreClass } from "./format.ts";
import { Layout } from "./layout.tsx";
import { TableWrap } from "./table.tsx";
import { Timeline } from "./timeline.tsx";

export const KIND_LABELS: Record<string, string> = {
  "date-choice": "Date, multiple choice",
  "date-typed": "Date, typed",
  cloze: "Fill in the blank",
  "which-first": "Which came first",
  order: "Put events in order",
  "what-happened": "What happened on a date",
  numeric: "Numbers",
  who: "Who",
  where: "Where",
};

export type QuizNewProps = {
  user: SessionUser;
  deck: { id: string; title: string };
  kinds: { type: string; count: number }[];
  years: number[];
  docs: { id: string; title: string }[];
  values: Values;
  errors?: Errors;
  checkedKinds: string[];
  /** How many questions a quiz may ask (the core's limits). */
  questionRange: { min: number; max: number };
};

/** "Start quiz": how many questions, which kinds, which years and source, and an optional time limit. */
export function QuizNewPage(p: QuizNewProps) {
  return (
    <Layout title="New quiz" user={p.user} active="quizzes">
      <section class="narrow">
        <h1>New quiz</h1>
        <p class="lead">From the deck “{p.deck.title}”.</p>
        <FormErrors errors={p.errors} />
        <form method="post" action="/quizzes" novalidate>
          <input type="hidden" name="deck" value={p.deck.id} />
          <input type="hidden" name="form_token" value={p.values.form_token} />
          <QuestionCountField
            range={p.questionRange}
            values={p.values}
            errors={p.errors}
            withHint
          />
          <fieldset>
            <legend>Kinds of question</legend>
            {p.kinds.map((k) => (
              <label class="check">
                <input
                  type="checkbox"
                  name="kinds"
                  value={k.type}
                  checked={p.checkedKinds.includes(k.type)}
                />{" "}
                {KIND_LABELS[k.type] ?? k.type}{" "}
                <span class="muted small">({k.count} in this deck)</span>
              </label>
            ))}
            {p.errors?.kinds ? <p class="field-error">{p.errors.kinds}</p> : null}
          </fieldset>
          <fieldset>
            <legend>Years</legend>
            <div class="row">
              <label for="f-from">From</label>
              <select id="f-from" name="from">
                <option value="">earliest</option>
                {p.years.map((y) => (
                  <option value={String(y)} selected={p.values.from === String(y)}>
                    {y}
                  </option>
                ))}
              </select>
              <label for="f-to">to</label>
              <select id="f-to" name="to">
                <option value="">latest</option>
                {p.years.map((y) => (
                  <option value={String(y)} selected={p.values.to === String(y)}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            {p.errors?.to ? <p class="field-error">{p.errors.to}</p> : null}
          </fieldset>
          {p.docs.length > 1 ? (
            <SelectField
              name="doc"
              label="Source document"
              empty="any"
              options={p.docs.map((d) => ({ value: d.id, label: d.title }))}
              values={p.values}
              errors={p.errors}
            />
          ) : null}
          <TimeLimitField values={p.values} errors={p.errors} />
          <div class="form-actions">
            <button type="submit">Start quiz</button>
          </div>
        </form>
      </section>
    </Layout>
  );
}

/** "Start quiz" without a deck: choose one. */
export function QuizDeckPickerPage({
  user,
  decks,
}: {
  user: SessionUser;
  decks: { id: string; title: string; kind: string }[];
}) {
  const groups: [string, typeof decks][] = [
    ["All events", decks.filter((d) => d.kind === "all")],
    ["By document", decks.filter((d) => d.kind === "document")],
    ["By years", decks.filter((d) => d.kind === "span")],
  ];
  return (
    <Layout title="New quiz" user={user} active="quizzes">
      <h1>New quiz</h1>
      <p class="lead">
        Choose the deck to be quizzed on; you pick the number and kinds of questions next.
      </p>
      {groups.map(([heading, list]) =>
        list.length === 0 ? null : (
          <section>
            <h2>{heading}</h2>
            <ul class="plain pick-list">
              {list.map((d) => (
                <li>
                  <a
                    class="button secondary"
                    href={`/quizzes/new?deck=${encodeURIComponent(d.id)}`}
                  >
                    {d.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </Layout>
  );
}

export type QuestionView = {
  attemptId: string;
  position: number;
  total: number;
  questionId: string;
  prompt: string;
  choices: string[] | null;
  order: { id: string; text: string }[] | null;
  secondsLeft: number | null;
  value?: string;
  error?: string;
  /** Said once, on the first question (e.g. the quiz is shorter than asked). */
  notice?: string;
  exam: boolean;
};

function OrderList({
  items,
  attemptId,
}: {
  items: { id: string; text: string }[];
  attemptId: string;
}) {
  return (
    <>
      <p class="hint" id="order-help">
        Earliest at the top. Use the buttons to move an event up or down.
      </p>
      <ol class="order-list" aria-describedby="order-help" data-order-list>
        {items.map((item, i) => (
          <li>
            <input type="hidden" name="order" value={item.id} />
            <span>{item.text}</span>
            <span class="moves">
              <button
                type="submit"
                name="move"
                value={`up:${item.id}`}
                class="secondary move"
                data-move="up"
                disabled={i === 0}
                aria-label={`Move “${item.text}” up`}
                formaction={`/attempts/${attemptId}/answer`}
              >
                ↑
              </button>
              <button
                type="submit"
                name="move"
                value={`down:${item.id}`}
                class="secondary move"
                data-move="down"
                disabled={i === items.length - 1}
                aria-label={`Move “${item.text}” down`}
                formaction={`/attempts/${attemptId}/answer`}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status" data-order-status></p>
    </>
  );
}

/** One question of an attempt. */
export function QuizQuestionPage({ user, q }: { user: SessionUser; q: QuestionView }) {
  const last = q.position + 1 === q.total;
  return (
    <Layout title={`Question ${q.position + 1} of ${q.total}`} user={user} active="quizzes">
      <section class="study" aria-labelledby="quiz-prompt">
        <div class="spread">
          <p class="progress-line">
            Question {q.position + 1} of {q.total}
            {q.exam ? " · exam" : ""}
          </p>
          {q.secondsLeft !== null ? (
            <p class="progress-line" data-seconds-left={String(q.secondsLeft)} aria-live="off">
              Time left: <span data-countdown>{formatClock(q.secondsLeft)}</span>
            </p>
          ) : null}
        </div>
        {q.notice ? (
          <p class="notice warn" role="status">
            {q.notice}
          </p>
        ) : null}
        <div class="flashcard">
          <h1 class="prompt" id="quiz-prompt">
            {q.prompt}
          </h1>
          {q.error ? (
            <p class="notice error" role="alert">
              {q.error}
            </p>
          ) : null}
          <form method="post" action={`/attempts/${q.attemptId}/answer`}>
            <input type="hidden" name="position" value={String(q.position)} />
            <input type="hidden" name="question" value={q.questionId} />
            {q.order ? (
              <OrderList items={q.order} attemptId={q.attemptId} />
            ) : q.choices ? (
              <fieldset>
                <legend>Choose one</legend>
                <ul class="choices">
                  {q.choices.map((choice) => (
                    <li>
                      <label>
                        <input
                          type="radio"
                          name="response"
                          value={choice}
                          checked={q.value === choice}
                        />
                        <span>{choice}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : (
              <div class="field">
                <label for="quiz-response">Your answer</label>
                <input
                  id="quiz-response"
                  name="response"
                  type="text"
                  autocomplete="off"
                  maxlength={300}
                  value={q.value}
                  autofocus
                  aria-invalid={q.error ? "true" : undefined}
                />
              </div>
            )}
            <div class="form-actions">
              <button type="submit" name="action" value="next">
                {last ? "Submit" : "Next question"}
              </button>
              <button type="submit" name="action" value="skip" class="secondary">
                Skip
              </button>
            </div>
          </form>
        </div>
        {last ? null : (
          <form method="post" action={`/attempts/${q.attemptId}/finish`} class="form-actions">
            <button type="submit" class="secondary small">
              Submit
            </button>
            <span class="kbd-hint">ends the quiz now; unanswered questions score 0</span>
          </form>
        )}
      </section>
    </Layout>
  );
}

function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

export type DatedItem = { date: string; text: string };

export type QuestionResultRow = {
  position: number;
  prompt: string;
  answered: boolean;
  /** The student's answer and the right one (empty for an ordering question, which has `order`). */
  response: string;
  answer: string;
  /** An ordering question: the student's order and the right one, each event with its date. */
  order: { yours: DatedItem[]; right: DatedItem[] } | null;
  score: number;
  /** Why a score is partial ("the year is right", "4 of 6 pairs in order"), or "". */
  detail: string;
  /** The source sentence; empty when it would only restate the answer (then only its document is named). */
  quote: string;
  sourceTitle: string;
  /** What other sources say differently, or "". */
  note: string;
};

function verdict(r: QuestionResultRow): string {
  if (!r.answered) return "not answered";
  const said = r.score >= 1 ? "right" : r.score > 0 ? `partly right, ${percent(r.score)}` : "wrong";
  return r.detail === "" || r.score >= 1 ? said : `${said}: ${r.detail}`;
}

function DatedList({ items, label }: { items: DatedItem[]; label: string }) {
  return (
    <div>
      <p class="result-label">{label}</p>
      {items.length === 0 ? (
        <p class="muted">(no answer)</p>
      ) : (
        <ol class="dated-list">
          {items.map((i, n) => (
            <li title={`${i.date}: ${i.text}`}>
              <span class="dated-n" aria-hidden="true">
                {n + 1}.
              </span>
              <span class="dated-text">
                <span class="dated-list-date">{i.date}</span> {i.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** One question's result, said once: the student's answer, the right one if different, one source quote. */
function ResultItem({ r }: { r: QuestionResultRow }) {
  const right = r.answered && r.score >= 1;
  return (
    <li class="card result">
      <p class="result-prompt">
        <span class="result-n">{r.position + 1}.</span> {r.prompt}
      </p>
      {r.order ? (
        <div class="result-pair">
          <DatedList items={r.order.yours} label={`Your order (${verdict(r)})`} />
          {right ? null : <DatedList items={r.order.right} label="Right order" />}
        </div>
      ) : (
        <div class="result-pair">
          <p>
            <span class="result-label">Your answer</span>{" "}
            <strong>{r.answered ? r.response : "(no answer)"}</strong>{" "}
            <span class={scoreClass(r.answered ? r.score : 0)}>({verdict(r)})</span>
          </p>
          {right ? null : (
            <p>
              <span class="result-label">Right answer</span> <strong>{r.answer}</strong>
            </p>
          )}
        </div>
      )}
      {/* An ordering's dates are its evidence; a quote would speak for only one of its events. */}
      {r.order ? null : r.quote === "" ? (
        <p class="small muted">
          <cite>From {r.sourceTitle}</cite>
        </p>
      ) : (
        <blockquote class="small">
          “{r.quote}” <cite>— {r.sourceTitle}</cite>
        </blockquote>
      )}
      {r.note ? <p class="small muted">{r.note}</p> : null}
    </li>
  );
}

/** The results: the total, the quiz's events on a timeline, then each question said once. */
export function QuizResultsPage(p: {
  user: SessionUser;
  quizId: string;
  title: string;
  points: number;
  total: number;
  percent: number;
  rows: QuestionResultRow[];
  timeline: TimelineLayout;
  timelineList: { id: string; dateLabel: string; text: string; markLabel?: string }[];
  finishedLate: boolean;
  canRetake: boolean;
  /** The one-time token of the Retake form. */
  retakeToken: string;
  deckId: string;
}) {
  return (
    <Layout title={`Results: ${p.title}`} user={p.user} active="quizzes">
      <h1>
        Results: {p.points} of {p.total} points ({p.percent}%)
      </h1>
      <p class="lead">{p.title}</p>
      {p.finishedLate ? (
        <p class="notice warn">Time ran out: answers after the end were not counted.</p>
      ) : null}
      <div class="row">
        {p.canRetake ? (
          <form method="post" action={`/quizzes/${p.quizId}/retake`} class="inline">
            <input type="hidden" name="form_token" value={p.retakeToken} />
            <button type="submit">Retake this quiz</button>
          </form>
        ) : null}
        <a class="button secondary" href={`/quizzes/new?deck=${encodeURIComponent(p.deckId)}`}>
          New quiz
        </a>
        <a class="button secondary" href="/quizzes">
          All my quizzes
        </a>
      </div>
      <h2>Where these events sit</h2>
      <Timeline
        id="quiz-timeline"
        layout={p.timeline}
        caption="Timeline of this quiz's events; missed ones are marked"
        list={p.timelineList}
        legend={[
          { mark: "right", label: "answered right" },
          { mark: "missed", label: "missed" },
        ]}
      />
      <h2 class="results-h">Every question</h2>
      <ol class="plain results">
        {p.rows.map((r) => (
          <ResultItem r={r} />
        ))}
      </ol>
    </Layout>
  );
}

export type HistoryRow = {
  attemptId: string;
  quizId: string;
  title: string;
  date: string;
  finished: boolean;
  score: string;
  /** The Retake form's one-time token; null when the quiz cannot be retaken (a teacher's). */
  retakeToken: string | null;
};

/** A student's past attempts. */
export function QuizHistoryPage({ user, rows }: { user: SessionUser; rows: HistoryRow[] }) {
  return (
    <Layout title="Quizzes" user={user} active="quizzes">
      <div class="spread">
        <h1>Quizzes</h1>
        <a class="button" href="/quizzes/new">
          Start quiz
        </a>
      </div>
      {rows.length === 0 ? (
        <p class="muted">No quizzes yet. Choose “Start quiz” and pick a deck.</p>
      ) : (
        <TableWrap label="Your quizzes">
          <table>
            <thead>
              <tr>
                <th scope="col">Quiz</th>
                <th scope="col" class="num">
                  Score
                </th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a
                      href={
                        r.finished ? `/attempts/${r.attemptId}/results` : `/attempts/${r.attemptId}`
                      }
                    >
                      {r.title}
                    </a>{" "}
                    {r.finished ? null : <span class="badge">in progress</span>}
                    <span class="small muted block">Started {r.date}</span>
                  </td>
                  <td class="num">{r.score}</td>
                  <td>
                    {r.retakeToken ? (
                      <form method="post" action={`/quizzes/${r.quizId}/retake`} class="inline">
                        <input type="hidden" name="form_token" value={r.retakeToken} />
                        <button type="submit" class="link">
                          Retake
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Layout>
  );
}

/** An exam's answers are in, but results wait for the due date. */
export function ExamPendingPage({
  user,
  title,
  due,
}: {
  user: SessionUser;
  title: string;
  due: string;
}) {
  return (
    <Layout title={`Submitted: ${title}`} user={user} active="quizzes">
      <section class="narrow">
        <h1>Your answers are in</h1>
        <p>
          “{title}” is an exam: your results, with the right answers, will be visible here after the
          due date ({due}).
        </p>
        <p>
          <a href="/">Back to your assignments</a>
        </p>
      </section>
    </Layout>
  );
}
