import type { SessionUser } from "../src/core/users.ts";
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
        {user ? (
          <p>
            <a class="button" href="/decks">
              Browse decks
            </a>
          </p>
        ) : (
          <p class="actions">
            <a class="button" href="/signup">
              Sign up
            </a>{" "}
            <a class="button secondary" href="/login">
              Log in
            </a>
          </p>
        )}
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
