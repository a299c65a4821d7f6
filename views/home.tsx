import type { DueSummary } from "../src/core/stats.ts";
import type { SessionUser } from "../src/core/users.ts";
import { AssignmentList, type AssignmentRow } from "./classes.tsx";
import { Notice } from "./fields.tsx";
import { Layout } from "./layout.tsx";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export type BankSummary = {
  title: string;
  /** What it is about, to follow "questions about". */
  subject: string;
  events: number;
  questions: number;
  from: number | null;
  to: number | null;
  documents: { title: string; href: string; published: string | null }[];
};

/** The landing page for visitors: what Chronodeck does, what the bank covers, and how to start. */
export function LandingPage({ bank }: { bank: BankSummary }) {
  const span =
    bank.from === null
      ? ""
      : bank.from === bank.to
        ? ` (${bank.from})`
        : ` (${bank.from}–${bank.to})`;
  return (
    <Layout title="Learn when things happened" user={null} active="home">
      <section class="hero">
        <h1>Learn when things happened — and keep remembering.</h1>
        <p class="lead">
          Chronodeck turns articles and reports into dated-event quizzes and flashcards, and
          schedules each review with spaced repetition so the dates stay with you.
        </p>
        <p class="actions row">
          <a class="button" href="/signup">
            Sign up
          </a>
          <a class="button secondary" href="/login">
            Log in
          </a>
        </p>
      </section>
      <section class="panel" aria-labelledby="bank-h">
        <h2 id="bank-h">
          What the question bank covers: {bank.title}
          {span}
        </h2>
        <p>
          {plural(bank.events, "dated event")} and {plural(bank.questions, "question")} about{" "}
          {bank.subject}, each traced to the sentence it came from in one of these{" "}
          {plural(bank.documents.length, "document")}:
        </p>
        <ul class="doc-list">
          {bank.documents.map((d) => (
            <li>
              <a href={d.href}>{d.title}</a>
              {d.published ? <span class="muted small"> — published {d.published}</span> : null}
            </li>
          ))}
        </ul>
        <p>
          <a class="button secondary" href="/decks">
            Browse the decks
          </a>
        </p>
      </section>
      <section class="features" aria-label="Who it is for">
        <article>
          <h2>Students</h2>
          <p>
            Take quizzes on dates: pick the date, type it, order events, say which came first — with
            partial credit for a nearly-right answer.
          </p>
        </article>
        <article>
          <h2>Learners</h2>
          <p>
            Review what is due each day, one card at a time, from the keyboard. The schedule adapts
            to how well you remember.
          </p>
        </article>
        <article>
          <h2>Teachers</h2>
          <p>
            Assign decks to classes with a due date, see who is on track, and build decks from your
            own documents.
          </p>
        </article>
      </section>
    </Layout>
  );
}

export type DeckDue = {
  id: string;
  title: string;
  dueNow: number;
  laterToday: number;
  studied: number;
  events: number;
};

/**
 * A learner's or student's home. Its first button is the main task: the next
 * assignment's action if there is one, else studying what is due, else starting
 * the first deck. The due count is the progress page's, from the same function.
 */
export function LearnerHome(p: {
  user: SessionUser;
  due: DueSummary;
  decks: DeckDue[];
  studiedAny: boolean;
  assignments: AssignmentRow[];
  notice?: string;
}) {
  const withDue = p.decks.filter((d) => d.dueNow > 0);
  const first = p.decks[0];
  return (
    <Layout title="Home" user={p.user} active="home">
      <h1>Hello, {p.user.name}</h1>
      <Notice text={p.notice} />
      {p.assignments.length > 0 ? (
        <section aria-labelledby="assignments-h">
          <h2 id="assignments-h">Your assignments</h2>
          <AssignmentList rows={p.assignments} />
        </section>
      ) : null}
      <section aria-labelledby="due-h" class="panel start">
        <h2 id="due-h">Today</h2>
        {p.due.now > 0 ? (
          <>
            <p class="due-line" data-due-now={String(p.due.now)}>
              <strong>{plural(p.due.now, "card")} due now</strong>
              {p.due.laterToday > 0 ? `, ${p.due.laterToday} more later today` : ""}.
            </p>
            <ul class="plain stack-tight">
              {withDue.map((d) => (
                <li class="row">
                  <a class="button" href={`/decks/${d.id}/study`}>
                    Study {d.title}
                  </a>
                  <span class="muted">{plural(d.dueNow, "card")} due</span>
                </li>
              ))}
            </ul>
          </>
        ) : p.studiedAny ? (
          <>
            <p class="due-line" data-due-now="0">
              <strong>Nothing is due now</strong>
              {p.due.laterToday > 0 ? `; ${p.due.laterToday} more later today` : ""}. Learn
              something new, or test yourself:
            </p>
            {first ? (
              <p class="row">
                <a class="button" href={`/decks/${first.id}/study`}>
                  Study new cards of {first.title}
                </a>
                <a
                  class="button secondary"
                  href={`/quizzes/new?deck=${encodeURIComponent(first.id)}`}
                >
                  Start quiz
                </a>
              </p>
            ) : null}
          </>
        ) : first ? (
          <>
            <p>
              Start with <strong>{first.title}</strong>: {plural(first.events, "dated event")}, one
              card at a time. Chronodeck schedules each one again just before you would forget it.
            </p>
            <p class="row">
              <a class="button" href={`/decks/${first.id}/study`}>
                Start studying
              </a>
              <a
                class="button secondary"
                href={`/quizzes/new?deck=${encodeURIComponent(first.id)}`}
              >
                Take a quiz instead
              </a>
            </p>
          </>
        ) : (
          <p>
            <a class="button" href="/decks">
              Pick a deck
            </a>
          </p>
        )}
      </section>
      {p.decks.length > 0 && p.studiedAny ? (
        <section aria-labelledby="decks-h">
          <h2 id="decks-h">Your decks</h2>
          <ul class="plain deck-lines">
            {p.decks.map((d) => (
              <li>
                <a href={`/decks/${d.id}`}>{d.title}</a>
                <span class="muted small">
                  {" "}
                  — {d.studied} of {plural(d.events, "event")} studied
                  {d.dueNow > 0 ? `, ${d.dueNow} due now` : ""}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <a href="/decks">All decks</a> · <a href="/progress">Your progress</a>
          </p>
        </section>
      ) : null}
    </Layout>
  );
}

export type TeacherClassLine = {
  id: string;
  name: string;
  students: number;
  assignments: number;
  joinCode: string;
};

/** A teacher's home: their classes first (the main task), then their documents. */
export function TeacherHome(p: {
  user: SessionUser;
  classes: TeacherClassLine[];
  documents: { count: number; drafts: number };
  notice?: string;
}) {
  return (
    <Layout title="Home" user={p.user} active="home">
      <h1>Hello, {p.user.name}</h1>
      <Notice text={p.notice} />
      <section aria-labelledby="classes-h">
        <div class="spread">
          <h2 id="classes-h">Your classes</h2>
          <a class="button secondary" href="/classes#new-class">
            New class
          </a>
        </div>
        {p.classes.length === 0 ? (
          <div class="panel start">
            <p>
              Create a class, share its join code with your students, then assign them a deck to
              study or a quiz, with a due date.
            </p>
            <p>
              <a class="button" href="/classes#new-class">
                Create your first class
              </a>
            </p>
          </div>
        ) : (
          <ul class="grid plain">
            {p.classes.map((k) => (
              <li class="card">
                <h3>
                  <a href={`/classes/${k.id}`}>{k.name}</a>
                </h3>
                <p class="muted">
                  {plural(k.students, "student")} · {plural(k.assignments, "assignment")} · join
                  code <strong>{k.joinCode}</strong>
                </p>
                <p>
                  <a class="button" href={`/classes/${k.id}#assign-h`}>
                    Assign work
                  </a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="docs-h">
        <h2 id="docs-h">Your documents</h2>
        <p>
          {p.documents.count === 0
            ? "Turn your own reading into a deck: upload a text, check the questions Chronodeck writes from it, and publish it to your classes."
            : `${plural(p.documents.count, "document")}${p.documents.drafts > 0 ? `, ${p.documents.drafts} with changes not yet published` : ""}.`}
        </p>
        <p class="row">
          <a class="button secondary" href="/documents">
            {p.documents.count === 0 ? "Upload a document" : "Your documents"}
          </a>
          <a class="button secondary" href="/decks">
            Browse the decks
          </a>
        </p>
      </section>
    </Layout>
  );
}
