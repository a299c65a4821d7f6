import type { Context } from "hono";
import type { OpenedDeck } from "../content.ts";
import { deckAssignedTo } from "../db/classes.ts";
import type { AppEnv } from "./env.ts";
import { NotFoundError } from "./errors.ts";

/*
 * Who may open a deck. The built-in bank is open to everyone (studying needs an
 * account). An uploaded deck is visible to the teacher who owns it, and, once
 * published, to the students of a class it was assigned to. A deck that is not
 * visible is answered with 404, not 403, so its existence is not revealed.
 */

/**
 * A deck the current user may open, with its content; 404 otherwise. With `kept`,
 * the deck as this process keeps it, if it does, without checking its version
 * (the caller reads that along with its own write).
 */
export async function openDeck(
  c: Context<AppEnv>,
  deckId: string,
  options: { kept?: boolean } = {},
): Promise<OpenedDeck> {
  const content = c.get("content");
  const found = (options.kept ? content.keptDeck(deckId) : null) ?? (await content.deck(deckId));
  if (found === null) throw new NotFoundError("There is no such deck.");
  const { collection } = found;
  if (collection.kind === "bank") return found;
  const user = c.get("user");
  if (user !== null && collection.ownerId === user.id) return found;
  if (
    user !== null &&
    collection.status === "published" &&
    (await deckAssignedTo(c.get("db"), user.id, deckId))
  ) {
    return found;
  }
  throw new NotFoundError("There is no such deck.");
}
