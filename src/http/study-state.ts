import type { InStatement } from "@libsql/client";
import type { Context } from "hono";
import { sha256Hex } from "../auth/tokens.ts";
import type { StudyState } from "../db/study-state.ts";
import type { AppEnv } from "./env.ts";
import { LoginRequiredError } from "./errors.ts";
import { adoptSession, requireUser, sessionToken } from "./session.ts";

/**
 * The signed-in learner's study state (cards, today's work, Undo), through this
 * process's copy: one statement, which returns only what changed since the copy.
 * Every page that shows the learner's cards reads them here, so none decodes
 * them from rows again.
 */
export async function learnerStudyState(c: Context<AppEnv>): Promise<StudyState> {
  const user = requireUser(c);
  const read = await c.get("study").read(c.get("db"), user.id, c.get("now"));
  // The account was deleted since the session was read.
  if (read === null) throw new LoginRequiredError();
  return read.state;
}

/**
 * The learner's study state as this process keeps it, without a read, for a write
 * that is guarded by what the copy holds and reads back what changed (a grade,
 * an undo): only when the session was read here in the last two seconds and the
 * deck is kept too. Null otherwise; the caller then reads with `studyRead`.
 */
export function studyKept(c: Context<AppEnv>, deckId: string): StudyState | null {
  const token = sessionToken(c);
  if (token === null || c.get("content").keptDeck(deckId) === null) return null;
  const cached = c.get("sessions").get(token, c.get("now"));
  if (cached === null) return null;
  const state = c.get("study").kept(cached.user.id);
  if (state === null) return null;
  c.set("user", cached.user);
  c.set("learner", cached.settings);
  return state;
}

/**
 * A write to the learner's study state (see `StudyStates.write`), with the
 * version of the deck's collection read back along when it is due.
 */
export async function studyWrite(
  c: Context<AppEnv>,
  deckId: string,
  userId: number,
  statements: InStatement[],
  seen: StudyState,
) {
  const content = c.get("content");
  const collectionId = content.versionDue(deckId);
  const written = await c
    .get("study")
    .write(c.get("db"), userId, statements, seen, c.get("now"), collectionId);
  if (written.state === null) throw new LoginRequiredError();
  if (collectionId !== null) content.noteVersion(collectionId, written.collectionVersion);
  return { results: written.results, state: written.state };
}

/**
 * Everything a study request reads, in one statement and so one round trip to a
 * libSQL server: what changed in the learner's study state, the version of the
 * deck's collection when this process keeps it and its second of trust is over,
 * and — unless this process read the session in the last two seconds — the
 * session and the learner's settings (the study routes run before `loadSession`,
 * which would read them apart).
 */
export async function studyRead(c: Context<AppEnv>, deckId: string): Promise<StudyState> {
  const token = sessionToken(c);
  if (token === null) throw new LoginRequiredError();
  const content = c.get("content");
  const collectionId = content.versionDue(deckId);
  const cached = c.get("sessions").get(token, c.get("now"));
  let state: StudyState;
  let collectionVersion: number | null;
  if (cached !== null) {
    c.set("user", cached.user);
    c.set("learner", cached.settings);
    const read = await c.get("study").read(c.get("db"), cached.user.id, c.get("now"), collectionId);
    if (read === null) throw new LoginRequiredError();
    ({ state, collectionVersion } = read);
  } else {
    const found = await c
      .get("study")
      .readSession(c.get("db"), await sha256Hex(token), c.get("now"), collectionId);
    if (found === null) throw new LoginRequiredError();
    adoptSession(c, token, found);
    ({ state, collectionVersion } = found);
  }
  if (collectionId !== null) content.noteVersion(collectionId, collectionVersion);
  return state;
}
