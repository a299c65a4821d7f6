import type { Child } from "hono/jsx";
import type { SessionUser } from "../src/core/users.ts";
import { percent, scoreClass } from "./format.ts";
import { Layout } from "./layout.tsx";

export type QueueCounts = { learning: number; review: number; fresh: number };

export type CardRef = {
  deckId: string;
  eventId: string;
  version: number;
  questionId: string;
  shownAt: number;
};

export type StudyFront = CardRef & {
  type: string;
  prompt: string;
  choices: string[] | null;
  counts: QueueCounts;
  /** The review Undo reverts (its log id), or null when there is nothing to undo. */
  undo: number | null;
  notice?: string;
};

export type StudyBack = CardRef & {
  prompt: string;
  answer: string;
  response: string | null;
  score: number | null;
  /** Why a score is partial ("the year is right"), or "". */
  detail: string;
  /** The source sentence; "" when it would only restate the answer (then only its document is named). */
  quote: string;
  sourceTitle: string;
  /** What other sources say differently, or "": never a restatement of the event. */
  note: string;
  intervals: Record<1 | 2 | 3 | 4, string>;
  suggested: 1 | 2 | 3 | 4 | null;
  counts: QueueCounts;
};

export type StudyDone = {
  deckId: string;
  deckTitle: string;
  nextDue: string | null;
  undo: number | null;
  notice?: string;
};

const GRADES: { rating: 1 | 2 | 3 | 4; label: string; cls: string }[] = [
  { rating: 1, label: "Again", cls: "again" },
  { rating: 2, label: "Hard", cls: "hard" },
  { rating: 3, label: "Good", cls: "good" },
  { rating: 4, label: "Easy", cls: "easy" },
];

/** htmx swaps the whole card; a 4xx/5xx answer (htmx 4 swaps those too) goes to the notice slot. */
const swapCard = (action: string) => ({
  method: "post" as const,
  action,
  "hx-post": action,
  "hx-target": "#study-card",
  "hx-swap": "outerHTML",
  "hx-status:4xx": "target:#study-notice swap:innerHTML",
  "hx-status:5xx": "target:#study-notice swap:innerHTML",
});

function Hidden({ card }: { card: CardRef }) {
  return (
    <>
      <input type="hidden" name="event" value={card.eventId} />
      <input type="hidden" name="version" value={String(card.version)} />
      <input type="hidden" name="question" value={card.questionId} />
      <input type="hidden" name="shown_at" value={String(card.shownAt)} />
    </>
  );
}

function Counts({ counts }: { counts: QueueCounts }) {
  return (
    <p class="progress-line">
      <span>{counts.learning} learning</span> · <span>{counts.review} to review</span> ·{" "}
      <span>{counts.fresh} new</span> left today
    </p>
  );
}

/** Undo names the review it reverts, so a repeated or retried Undo reverts nothing more. */
function UndoForm({ deckId, review }: { deckId: string; review: number }) {
  return (
    <form {...swapCard(`/decks/${deckId}/study/undo`)} class="inline undo">
      <input type="hidden" name="review" value={String(review)} />
      <button type="submit" class="secondary small" data-action="undo" aria-keyshortcuts="Z">
        Undo
      </button>{" "}
      <kbd class="kbd-hint">Z</kbd>
    </form>
  );
}

/** The card's top line: what is left today, and Undo out of the way of the answer buttons. */
function CardTop({
  counts,
  deckId,
  undo,
}: {
  counts?: QueueCounts;
  deckId: string;
  /** The review Undo reverts, or null when there is nothing to undo. */
  undo: number | null;
}) {
  return (
    <div class="card-top">
      {counts ? <Counts counts={counts} /> : <span />}
      {undo !== null ? <UndoForm deckId={deckId} review={undo} /> : null}
    </div>
  );
}

/** The question side of a card. */
export function StudyFrontCard({ card }: { card: StudyFront }) {
  const typed = card.choices === null;
  return (
    <section id="study-card" class="flashcard" data-study aria-labelledby="study-prompt">
      <div id="study-notice" role="status">
        {card.notice ? <p class="notice">{card.notice}</p> : null}
      </div>
      <CardTop counts={card.counts} deckId={card.deckId} undo={card.undo} />
      <h2 class="prompt" id="study-prompt" tabindex={-1} data-autofocus={typed ? undefined : true}>
        {card.prompt}
      </h2>
      <form {...swapCard(`/decks/${card.deckId}/study/answer`)}>
        <Hidden card={card} />
        {typed ? (
          <div class="field">
            <label for="study-response">Your answer</label>
            <input
              id="study-response"
              name="response"
              type="text"
              autocomplete="off"
              maxlength={300}
              data-autofocus
              aria-describedby="study-keys"
            />
          </div>
        ) : (
          <fieldset>
            <legend>Choose one</legend>
            <ul class="choices">
              {(card.choices ?? []).map((choice, i) => (
                <li>
                  <label>
                    <input type="radio" name="response" value={choice} />
                    <span>
                      <kbd>{String.fromCharCode(97 + i)}</kbd> {choice}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div class="form-actions">
          <button type="submit" data-action="show">
            Show answer
          </button>
          <span class="kbd-hint" id="study-keys">
            <kbd>Space</kbd> or <kbd>Enter</kbd> shows the answer
          </span>
        </div>
      </form>
    </section>
  );
}

function verdictOf(score: number, detail: string): { cls: string; text: string } {
  const cls = scoreClass(score);
  const text =
    cls === "score-good"
      ? "Right"
      : cls === "score-partial"
        ? `Partly right (${percent(score)})`
        : "Not right";
  return { cls, text: detail === "" || cls === "score-good" ? text : `${text}: ${detail}` };
}

/**
 * The answer side, said once: the learner's answer and whether it was right, the
 * right answer, and the one source sentence with its document; then the four
 * ratings with their next intervals.
 */
export function StudyBackCard({ card }: { card: StudyBack }) {
  const verdict = card.score === null ? null : verdictOf(card.score, card.detail);
  const right = card.score !== null && card.score >= 1;
  return (
    <section id="study-card" class="flashcard" data-study aria-labelledby="study-prompt">
      <div id="study-notice" role="status"></div>
      <CardTop counts={card.counts} deckId={card.deckId} undo={null} />
      <h2 class="prompt" id="study-prompt">
        {card.prompt}
      </h2>
      <div class="answer" tabindex={-1} data-autofocus={card.suggested === null ? true : undefined}>
        {card.response !== null && verdict ? (
          <p>
            <span class="muted">Your answer:</span> <strong>{card.response || "(none)"}</strong>{" "}
            <span class={verdict.cls}>— {verdict.text}</span>
          </p>
        ) : null}
        {right ? null : (
          <p>
            <span class="muted">Answer:</span> <strong>{card.answer}</strong>
          </p>
        )}
      </div>
      {card.quote === "" ? (
        <p class="small muted">
          <cite>From {card.sourceTitle}</cite>
        </p>
      ) : (
        <blockquote>
          “{card.quote}” <cite class="small">— {card.sourceTitle}</cite>
        </blockquote>
      )}
      {card.note ? <p class="small muted">{card.note}</p> : null}
      <fieldset class="grades">
        <legend class="visually-hidden">How well did you remember?</legend>
        {GRADES.map((g) => (
          <form {...swapCard(`/decks/${card.deckId}/study/grade`)}>
            <Hidden card={card} />
            <input type="hidden" name="rating" value={String(g.rating)} />
            <button
              type="submit"
              class={g.cls}
              data-grade={String(g.rating)}
              data-suggested={card.suggested === g.rating ? "true" : undefined}
              data-autofocus={card.suggested === g.rating ? true : undefined}
              aria-describedby={card.suggested === g.rating ? "suggested-note" : undefined}
            >
              <span>
                {g.label} <kbd>{g.rating}</kbd>
              </span>
              <span class="interval">{card.intervals[g.rating]}</span>
            </button>
          </form>
        ))}
      </fieldset>
      {card.suggested !== null ? (
        <p class="kbd-hint" id="suggested-note">
          Suggested from your answer: {GRADES[card.suggested - 1]?.label}. Press <kbd>Enter</kbd> to
          accept or <kbd>1</kbd>–<kbd>4</kbd> to choose.
        </p>
      ) : (
        <p class="kbd-hint">
          Press <kbd>1</kbd>–<kbd>4</kbd> to rate.
        </p>
      )}
    </section>
  );
}

/** Nothing left for today. */
export function StudyDoneCard({ done }: { done: StudyDone }) {
  return (
    <section id="study-card" class="flashcard" data-study aria-labelledby="study-done">
      <div id="study-notice" role="status">
        {done.notice ? <p class="notice">{done.notice}</p> : null}
      </div>
      <CardTop deckId={done.deckId} undo={done.undo} />
      <h2 id="study-done" tabindex={-1} data-autofocus>
        All done for now
      </h2>
      <p>
        You have studied everything due in this deck today.
        {done.nextDue ? ` The next card is due ${done.nextDue}.` : ""}
      </p>
      <p class="row">
        <a class="button" href="/progress">
          See your progress
        </a>
        <a class="button secondary" href={`/decks/${done.deckId}`}>
          Back to the deck
        </a>
      </p>
    </section>
  );
}

/** The study page: the card in the middle, nothing else to distract. */
export function StudyPage({
  user,
  deck,
  children,
}: {
  user: SessionUser;
  deck: { id: string; title: string };
  children: Child;
}) {
  return (
    <Layout title={`Study: ${deck.title}`} user={user} active="decks">
      <div class="study">
        <a class="back" href={`/decks/${deck.id}`}>
          ← {deck.title}
        </a>
        {children}
        <p class="kbd-hint">
          Keys: <kbd>Space</kbd>/<kbd>Enter</kbd> show answer · <kbd>1</kbd> Again · <kbd>2</kbd>{" "}
          Hard · <kbd>3</kbd> Good · <kbd>4</kbd> Easy · <kbd>Z</kbd> undo
        </p>
      </div>
    </Layout>
  );
}
