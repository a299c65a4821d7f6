import { Hono } from "hono";
import * as z from "zod";
import { DeckListPage, DeckPage } from "../../views/decks.tsx";
import { formatDate } from "../core/date-format.ts";
import { type CardStatus, cardStatus, formatInterval, statusCounts } from "../core/schedule.ts";
import { layoutTimeline } from "../core/timeline.ts";
import { visibleDecks } from "../db/collections.ts";
import { openDeck } from "../http/access.ts";
import type { AppEnv } from "../http/env.ts";
import { learnerStudyState } from "../http/study-state.ts";
import { DECK_ID, params } from "../http/validate.ts";

export const DeckId = z.object({ id: z.string().regex(DECK_ID) });

export const decks = new Hono<AppEnv>()
  .get("/decks", async (c) => {
    const user = c.get("user");
    const rows = await visibleDecks(c.get("db"), user?.id ?? null);
    const cards = user ? (await learnerStudyState(c)).cards : null;
    const items = [];
    for (const row of rows) {
      const deck = await c.get("content").deck(row.id);
      if (deck === null) continue;
      const events = deck.events;
      const counts = cards
        ? statusCounts(events.map((e) => cardStatus(cards.get(e.id) ?? null, c.get("now"))))
        : null;
      items.push({
        id: row.id,
        title: row.title,
        description: row.description,
        kind: row.kind,
        counts,
        draft: row.status === "draft",
      });
    }
    return c.html(<DeckListPage user={user} decks={items} />);
  })
  .get("/decks/:id", params(DeckId), async (c) => {
    const user = c.get("user");
    const { deck, collection, events } = await openDeck(c, c.req.valid("param").id);
    const cards = user ? (await learnerStudyState(c)).cards : null;
    const now = c.get("now");
    const statusOf = new Map<string, CardStatus>();
    if (cards) for (const e of events) statusOf.set(e.id, cardStatus(cards.get(e.id) ?? null, now));
    const counts = cards ? statusCounts(statusOf.values()) : null;
    const rows = events.map((e) => {
      const card = cards?.get(e.id);
      const status = statusOf.get(e.id) ?? null;
      return {
        id: e.id,
        dateLabel: formatDate(e.date),
        text: e.text,
        status,
        sources: [...new Set(e.sources.map((s) => s.doc))].map(
          (doc) => collection.sourceLabels.get(doc) ?? doc,
        ),
        dueLabel:
          card && status === "known"
            ? `next in ${formatInterval(card.due - now.getTime())}`
            : undefined,
      };
    });
    const timeline = layoutTimeline(
      events.map((e) => ({
        id: e.id,
        date: e.date,
        label: `${formatDate(e.date)}: ${e.text}`,
        mark: statusOf.get(e.id) ?? "new",
      })),
    );
    return c.html(
      <DeckPage
        user={user}
        deck={{
          id: deck.id,
          title: deck.title,
          description: deck.description,
          draft: collection.status === "draft",
        }}
        events={rows}
        counts={counts}
        timeline={timeline}
      />,
    );
  });
