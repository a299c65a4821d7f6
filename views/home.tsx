import type { SessionUser } from "../src/core/users.ts";
import { AssignmentList, type AssignmentRow } from "./classes.tsx";
import { Layout } from "./layout.tsx";

export type HomeProps = { user: SessionUser | null; eventCount: number; deckCount: number };

/** The landing page for visitors. */
export function HomePage({ user, eventCount, deckCount }: HomeProps) {
  return (
    <Layout title="Learn when things happened" user={user} active="home">
      <section class="hero">
        <h1>Learn when things happened — and keep remembering.</h1>
        <p class="lead">
          Chronodeck turns articles and reports into dated-event quizzes and flashcards, and
          schedules each review with spaced repetition so the dates stay with you.
        </p>
        <p>
          The question bank holds <strong>{eventCount}</strong> dated events in{" "}
          <strong>{deckCount}</strong> decks, each traced to the sentence it came from.
        </p>
        <p class="actions">
          <a class="button" href="/signup">
            Sign up
          </a>{" "}
          <a class="button secondary" href="/login">
            Log in
          </a>{" "}
          <a class="button secondary" href="/decks">
            Browse decks
          </a>
        </p>
      </section>
      <section class="features">
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

/** A signed-in user's home: what is due, and their assignments by due date. */
export function DashboardPage(p: {
  user: SessionUser;
  due: { deckId: string; title: string; count: number }[];
  assignments: AssignmentRow[];
}) {
  return (
    <Layout title="Home" user={p.user} active="home">
      <h1>Hello, {p.user.name}</h1>
      {p.user.role === "teacher" ? (
        <p class="row">
          <a class="button" href="/classes">
            Your classes
          </a>
          <a class="button secondary" href="/documents">
            Your documents
          </a>
        </p>
      ) : null}
      <section aria-labelledby="assignments-h">
        <h2 id="assignments-h">Assignments</h2>
        <AssignmentList rows={p.assignments} />
      </section>
      <section aria-labelledby="due-h">
        <h2 id="due-h">Due today</h2>
        {p.due.length === 0 ? (
          <p class="muted">
            Nothing is due. <a href="/decks">Pick a deck</a> to learn something new.
          </p>
        ) : (
          <ul>
            {p.due.map((d) => (
              <li>
                <a href={`/decks/${d.deckId}/study`}>{d.title}</a>: {d.count} card
                {d.count === 1 ? "" : "s"} due
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
