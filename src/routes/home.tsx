import { type Context, Hono } from "hono";
import { type DeckDue, LandingPage, LearnerHome, TeacherHome } from "../../views/home.tsx";
import { BANK_COLLECTION, BANK_SUBJECT } from "../content.ts";
import { formatIsoDay } from "../core/date-format.ts";
import { eventYear } from "../core/decks.ts";
import { dueSummary } from "../core/stats.ts";
import type { SessionUser } from "../core/users.ts";
import { classesOfTeacher } from "../db/classes.ts";
import { collectionsOwnedBy, visibleDecks } from "../db/collections.ts";
import type { AppEnv } from "../http/env.ts";
import { takeFlash } from "../http/flash.ts";
import { learnerSettings } from "../http/session.ts";
import { learnerStudyState } from "../http/study-state.ts";
import { studentAssignmentRows } from "./assignments.tsx";

/*
 * Each role's home starts its main task in one click: a visitor learns what the
 * bank covers and signs up; a learner studies what is due (or starts the bank);
 * a student sees their next assignment; a teacher opens a class or creates one.
 */

async function landing(c: Context<AppEnv>) {
  const bank = await c.get("content").collection(BANK_COLLECTION);
  const events = bank ? [...bank.events.values()] : [];
  const years = events.map(eventYear);
  const sources = bank ? [...bank.bank.sources] : [];
  return c.html(
    <LandingPage
      bank={{
        title: bank?.title ?? "",
        subject: BANK_SUBJECT,
        events: events.length,
        questions: bank?.questions.size ?? 0,
        from: years.length > 0 ? Math.min(...years) : null,
        to: years.length > 0 ? Math.max(...years) : null,
        documents: (bank?.decks ?? [])
          .filter((d) => d.kind === "document")
          .map((d) => {
            const source = sources.find((s) => s.id === d.filter.doc);
            return {
              title: d.title,
              href: `/decks/${d.id}`,
              published: source?.published ? formatIsoDay(source.published) : null,
            };
          }),
      }}
    />,
  );
}

/** Due cards per collection (its "all events" deck), from the same count the progress page shows. */
async function dueByDeck(c: Context<AppEnv>, user: SessionUser) {
  const { timeZone } = learnerSettings(c);
  const now = c.get("now");
  const cards = (await learnerStudyState(c)).cards;
  const total = dueSummary(cards.values(), now, timeZone);
  const decks: DeckDue[] = [];
  for (const d of await visibleDecks(c.get("db"), user.id)) {
    if (d.kind !== "all" || d.status !== "published") continue;
    const deck = await c.get("content").deck(d.id);
    if (!deck) continue;
    const mine = deck.events.flatMap((e) => {
      const card = cards.get(e.id);
      return card ? [card] : [];
    });
    const due = dueSummary(mine, now, timeZone);
    decks.push({
      id: d.id,
      title: d.title,
      dueNow: due.now,
      laterToday: due.laterToday,
      studied: mine.length,
      events: deck.events.length,
    });
  }
  return { total, decks, studiedAny: cards.size > 0, cards };
}

export const home = new Hono<AppEnv>().get("/", async (c) => {
  const user = c.get("user");
  if (user === null) return landing(c);
  if (user.role === "teacher") {
    const classes = await classesOfTeacher(c.get("db"), user.id);
    const documents = await collectionsOwnedBy(c.get("db"), user.id);
    return c.html(
      <TeacherHome
        user={user}
        notice={takeFlash(c)}
        classes={classes.map((k) => ({
          id: k.id,
          name: k.name,
          students: k.students,
          assignments: k.assignments,
          joinCode: k.joinCode,
        }))}
        documents={{
          count: documents.length,
          drafts: documents.filter((d) => d.status === "draft" || d.hasDraft).length,
        }}
      />,
    );
  }
  const due = await dueByDeck(c, user);
  return c.html(
    <LearnerHome
      user={user}
      notice={takeFlash(c)}
      due={due.total}
      decks={due.decks}
      studiedAny={due.studiedAny}
      assignments={await studentAssignmentRows(c, user, undefined, due.cards)}
    />,
  );
});
