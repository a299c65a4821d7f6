import { Hono } from "hono";
import { DashboardPage, HomePage } from "../../views/home.tsx";
import { BANK_COLLECTION } from "../content.ts";
import { dueEventIds } from "../db/cards.ts";
import { visibleDecks } from "../db/collections.ts";
import type { AppEnv } from "../http/env.ts";
import { studentAssignmentRows } from "./classes.tsx";

export const home = new Hono<AppEnv>().get("/", async (c) => {
  const user = c.get("user");
  if (user === null) {
    const bank = await c.get("content").collection(BANK_COLLECTION);
    return c.html(
      <HomePage
        user={null}
        eventCount={bank?.events.size ?? 0}
        deckCount={bank?.decks.length ?? 0}
      />,
    );
  }
  const dueIds = new Set(await dueEventIds(c.get("db"), user.id, c.get("now"), 5000));
  const due: { deckId: string; title: string; count: number }[] = [];
  if (dueIds.size > 0) {
    for (const d of await visibleDecks(c.get("db"), user.id)) {
      if (d.kind === "span") continue;
      const deck = await c.get("content").deck(d.id);
      if (!deck) continue;
      const count = deck.events.filter((e) => dueIds.has(e.id)).length;
      if (count > 0) due.push({ deckId: d.id, title: d.title, count });
    }
  }
  return c.html(
    <DashboardPage user={user} due={due} assignments={await studentAssignmentRows(c, user)} />,
  );
});
