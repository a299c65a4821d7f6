import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import * as z from "zod";
import {
  type CardRef,
  type QueueCounts,
  StudyBackCard,
  StudyDoneCard,
  StudyFrontCard,
  StudyPage,
} from "../../views/study.tsx";
import type { OpenedDeck } from "../content.ts";
import type { Question } from "../core/bank-schema.ts";
import { sourceFeedback } from "../core/grade/feedback.ts";
import { answerText, gradeAnswer, isChoice, ratingFromScore } from "../core/grade/index.ts";
import { learnerDay, startOfLearnerDay } from "../core/learner-day.ts";
import {
  formatInterval,
  type Grade,
  newCard,
  previewDue,
  reviewCard,
  type SchedulerOptions,
} from "../core/schedule.ts";
import { chooseVariant, deckQueue, nextInQueue, type UserCard } from "../core/study-queue.ts";
import type { SessionUser } from "../core/users.ts";
import { reviewStatements } from "../db/cards.ts";
import {
  doneToday,
  lastUndoable,
  type StudyState,
  undoableReview,
  undoStatements,
} from "../db/study-state.ts";
import type { LearnerSettings } from "../db/users.ts";
import { openDeck } from "../http/access.ts";
import type { AppEnv } from "../http/env.ts";
import { BadRequestError } from "../http/errors.ts";
import { learnerSettings, requireUser } from "../http/session.ts";
import { studyKept, studyRead, studyWrite } from "../http/study-state.ts";
import { formOrBadRequest, params } from "../http/validate.ts";
import { DeckId } from "./decks.tsx";

/*
 * The study loop. The server keeps no session state: each request works out the
 * next card from the schedule, and each form names what it acts on — a grade the
 * card version it showed, an Undo the review it reverts — which makes every
 * action idempotent: a double click, a retry after a lost answer, or the same
 * form sent to another process or isolate changes nothing more and shows where
 * the learner is. htmx swaps only the card; without JavaScript the same forms
 * post whole pages.
 *
 * Round trips to the database (each a network exchange on Workers): showing a
 * card or its answer costs one statement (session, settings, what changed in the
 * learner's state, the deck's version: `studyRead`). Grading and undoing cost one
 * batch, which reads back what changed in the same transaction, preceded by that
 * read only when this process's copy cannot vouch for the card: the session was
 * not read here in the last two seconds, or the copy does not hold the card at
 * the version the form names. The write is guarded by that version and the
 * card's change stamp, so a copy that is behind can only make it a no-op.
 */

type Session = {
  user: SessionUser;
  deck: OpenedDeck;
  settings: LearnerSettings;
  options: SchedulerOptions;
  today: number;
  /** Start of the learner's day (ms): today's work counts from here. */
  dayStart: number;
};

/**
 * The signed-in learner, the deck and their study state, read together; or, given
 * `kept` (see `studyKept`), as this process keeps them, without a read.
 */
async function session(
  c: Context<AppEnv>,
  deckId: string,
  kept: StudyState | null = null,
): Promise<{ s: Session; state: StudyState }> {
  const state = kept ?? (await studyRead(c, deckId));
  const user = requireUser(c);
  const deck = await openDeck(c, deckId, { kept: kept !== null });
  const settings = learnerSettings(c);
  const now = c.get("now");
  return {
    s: {
      user,
      deck,
      settings,
      options: { retention: settings.retention, params: settings.params },
      today: learnerDay(now, settings.timeZone),
      dayStart: startOfLearnerDay(now, settings.timeZone).getTime(),
    },
    state,
  };
}

/** Where the learner stands in the deck: the next card, what is left today, and what Undo reverts. */
function queue(state: StudyState, s: Session, now: Date) {
  const input = deckQueue(state.cards, s.deck.studyIds, now);
  return {
    ...nextInQueue(input, s.settings, doneToday(state, s.dayStart), now),
    nextDue: input.nextDue,
    undo: lastUndoable(state)?.logId ?? null,
  };
}

function intervals(
  card: UserCard | null,
  now: Date,
  options: SchedulerOptions,
): Record<Grade, string> {
  const due = previewDue(card ?? newCard(now), now, options);
  const t = now.getTime();
  return {
    1: formatInterval(due[1] - t),
    2: formatInterval(due[2] - t),
    3: formatInterval(due[3] - t),
    4: formatInterval(due[4] - t),
  } as Record<Grade, string>;
}

function relative(ms: number): string {
  return ms <= 60_000 ? "in a minute" : `in ${formatInterval(ms)}`;
}

/** Render the next card (front) or "all done", as a fragment for htmx or a whole page. */
async function renderNext(
  c: Context<AppEnv>,
  s: Session,
  state: StudyState,
  opts: {
    notice?: string;
    only?: { eventId: string; questionId: string | null };
  } = {},
) {
  const now = c.get("now");
  const summary = queue(state, s, now);
  const undo = summary.undo;
  const counts: QueueCounts = {
    learning: summary.learning,
    review: summary.review,
    fresh: summary.fresh,
  };
  let next = summary.next;
  if (opts.only && s.deck.studyIds.includes(opts.only.eventId)) {
    // After Undo, show the restored card again, whatever the queue would pick.
    const card = state.cards.get(opts.only.eventId);
    next = {
      eventId: opts.only.eventId,
      version: card?.version ?? 0,
      variant: card?.variant ?? 0,
      variantDay: card?.variantDay ?? -1,
      kind: "learning",
    };
  }
  let body: Child;
  if (next === null) {
    const nextDueAt = summary.nextDue;
    body = (
      <StudyDoneCard
        done={{
          deckId: s.deck.deck.id,
          deckTitle: s.deck.deck.title,
          nextDue: nextDueAt === null ? null : relative(nextDueAt - now.getTime()),
          undo,
          notice: opts.notice,
        }}
      />
    );
  } else {
    const variants = s.deck.collection.variants.get(next.eventId) ?? [];
    const pinned = opts.only?.questionId
      ? variants.find((q) => q.id === opts.only?.questionId)
      : undefined;
    const chosen = pinned ? { question: pinned } : chooseVariant(next, variants, s.today);
    if (!chosen) throw new Error(`event ${next.eventId} has no question`);
    const q = chosen.question;
    body = (
      <StudyFrontCard
        card={{
          deckId: s.deck.deck.id,
          eventId: next.eventId,
          version: next.version,
          questionId: q.id,
          shownAt: now.getTime(),
          type: q.type,
          prompt: q.prompt,
          choices: isChoice(q) ? (q.choices ?? null) : null,
          counts,
          undo,
          notice: opts.notice,
        }}
      />
    );
  }
  if (c.get("htmx")) return c.html(body);
  return c.html(
    <StudyPage user={s.user} deck={{ id: s.deck.deck.id, title: s.deck.deck.title }}>
      {body}
    </StudyPage>,
  );
}

const INCOMPLETE = "This card form is incomplete or out of date; reload the page.";
const CardForm = z.object({
  event: z.string({ error: INCOMPLETE }).regex(/^ev_[0-9a-z]+$/, "Unknown card."),
  version: z.coerce
    .number({ error: INCOMPLETE })
    .int(INCOMPLETE)
    .min(0, INCOMPLETE)
    .max(1e9, INCOMPLETE),
  question: z.string({ error: INCOMPLETE }).regex(/^q_[0-9a-z]+$/, "Unknown question."),
  shown_at: z.coerce.number({ error: INCOMPLETE }).int(INCOMPLETE).min(0, INCOMPLETE),
});

const AnswerForm = CardForm.extend({
  response: z.string().max(300, "Keep your answer under 300 characters.").optional(),
});

const GradeForm = CardForm.extend({
  rating: z.coerce
    .number({ error: "Choose a rating from 1 to 4." })
    .int("Choose a rating from 1 to 4.")
    .min(1, "Choose a rating from 1 to 4.")
    .max(4, "Choose a rating from 1 to 4."),
});

/** A card form refers to an event of this deck and one of its question variants (the variant's index). */
function checkCard(s: Session, f: z.infer<typeof CardForm>): { q: Question; variant: number } {
  if (!s.deck.studyIds.includes(f.event))
    throw new BadRequestError("That card is not part of this deck.");
  const variants = s.deck.collection.variants.get(f.event) ?? [];
  const variant = variants.findIndex((v) => v.id === f.question);
  const q = variants[variant];
  if (!q) throw new BadRequestError("That question does not belong to this card.");
  return { q, variant };
}

const ALREADY = "That card was already graded — here is where you are now.";
const ALREADY_UNDONE =
  "That review was already undone, or the card was studied again since — here is where you are now.";

const UndoForm = z.object({
  review: z.coerce
    .number({ error: INCOMPLETE })
    .int(INCOMPLETE)
    .min(1, INCOMPLETE)
    .max(Number.MAX_SAFE_INTEGER, INCOMPLETE),
});

export const study = new Hono<AppEnv>()
  .get("/decks/:id/study", params(DeckId), async (c) => {
    const { s, state } = await session(c, c.req.valid("param").id);
    return renderNext(c, s, state);
  })
  .post("/decks/:id/study/answer", params(DeckId), formOrBadRequest(AnswerForm), async (c) => {
    const { s, state } = await session(c, c.req.valid("param").id);
    const f = c.req.valid("form");
    const { q } = checkCard(s, f);
    const now = c.get("now");
    const card = state.cards.get(f.event) ?? null;
    if ((card?.version ?? 0) !== f.version) return renderNext(c, s, state, { notice: ALREADY });
    const response = f.response?.trim() ?? "";
    const graded = response === "" ? null : gradeAnswer(q, response);
    const event = s.deck.collection.events.get(f.event);
    const source = s.deck.collection.sources.get(q.source.doc);
    const sourceTitle = source?.title || q.source.doc;
    const ref: CardRef = {
      deckId: s.deck.deck.id,
      eventId: f.event,
      version: f.version,
      questionId: q.id,
      shownAt: f.shown_at,
    };
    const { learning, review, fresh } = queue(state, s, now);
    const back = (
      <StudyBackCard
        card={{
          ...ref,
          prompt: q.prompt,
          answer: answerText(q),
          response: graded ? response : null,
          score: graded?.score ?? null,
          detail: graded?.detail ?? "",
          sourceTitle,
          // Said once: the quote unless it only restates the answer, and a note only if it adds.
          ...sourceFeedback(q, {
            answer: answerText(q),
            response,
            eventText: event?.text ?? "",
            sourceTitle,
          }),
          intervals: intervals(card, now, s.options),
          suggested: graded
            ? ratingFromScore(graded.score, Math.max(0, now.getTime() - f.shown_at))
            : null,
          counts: { learning, review, fresh },
        }}
      />
    );
    if (c.get("htmx")) return c.html(back);
    return c.html(
      <StudyPage user={s.user} deck={{ id: s.deck.deck.id, title: s.deck.deck.title }}>
        {back}
      </StudyPage>,
    );
  })
  .post("/decks/:id/study/grade", params(DeckId), formOrBadRequest(GradeForm), async (c) => {
    const deckId = c.req.valid("param").id;
    const f = c.req.valid("form");
    const kept = studyKept(c, deckId);
    const vouches = kept !== null && (kept.cards.get(f.event)?.version ?? 0) === f.version;
    let { s, state } = await session(c, deckId, vouches ? kept : null);
    const { q, variant } = checkCard(s, f);
    const now = c.get("now");
    let notice: string | undefined;
    // Twice at most: a write that finds the card changed under the copy without a new
    // version (a job writing behind the app's back) is computed again from the copy it
    // read back, exact as of that commit.
    for (let attempt = 0; ; attempt++) {
      const current = state.cards.get(f.event) ?? null;
      if ((current?.version ?? 0) !== f.version || attempt === 2) {
        notice = ALREADY;
        break;
      }
      const before = current ?? newCard(now);
      const { card, log } = reviewCard(before, f.rating as Grade, now, s.options);
      const stamp = current === null ? undefined : state.stamps.get(f.event);
      const written = await studyWrite(
        c,
        deckId,
        s.user.id,
        reviewStatements({
          userId: s.user.id,
          eventId: f.event,
          shownVersion: f.version,
          before,
          after: card,
          log,
          questionId: q.id,
          origin: "study",
          variant,
          variantDay: s.today,
          durationMs: Math.min(3_600_000, Math.max(0, now.getTime() - f.shown_at)),
          ...(stamp === undefined ? {} : { stamp }),
        }),
        state,
      );
      state = written.state;
      // The log row is written only if the card was still as the copy had it.
      if ((written.results[1]?.rowsAffected ?? 0) === 1) break;
    }
    if (!c.get("htmx")) return c.redirect(`/decks/${s.deck.deck.id}/study`, 303);
    return renderNext(c, s, state, { notice });
  })
  .post("/decks/:id/study/undo", params(DeckId), formOrBadRequest(UndoForm), async (c) => {
    const deckId = c.req.valid("param").id;
    const { review } = c.req.valid("form");
    const kept = studyKept(c, deckId);
    const { s, state } = await session(
      c,
      deckId,
      kept !== null && undoableReview(kept, review) !== null ? kept : null,
    );
    // The form names the review: once it is undone (here, in another tab or on another
    // process), or the card was studied again, the same form changes nothing.
    const target = undoableReview(state, review);
    if (target === null) return renderNext(c, s, state, { notice: ALREADY_UNDONE });
    const now = c.get("now");
    const written = await studyWrite(
      c,
      deckId,
      s.user.id,
      undoStatements(s.user.id, review, now),
      state,
    );
    if ((written.results[1]?.rowsAffected ?? 0) !== 1)
      return renderNext(c, s, written.state, { notice: ALREADY_UNDONE });
    return renderNext(c, s, written.state, {
      notice: "The last review was undone.",
      only: { eventId: target.eventId, questionId: target.questionId },
    });
  });
