import type { Context } from "hono";
import { startOfLearnerDay } from "../core/learner-day.ts";
import type { StudyState } from "../db/study-state.ts";
import type { AppEnv } from "./env.ts";
import { LoginRequiredError } from "./errors.ts";
import { learnerSettings, requireUser } from "./session.ts";

/**
 * The signed-in learner's study state (cards, today's work, Undo), through this
 * process's copy: one version read when nothing changed. Every page that shows
 * the learner's cards reads them here, so none decodes them from rows again.
 */
export async function learnerStudyState(c: Context<AppEnv>): Promise<StudyState> {
  const user = requireUser(c);
  const { timeZone } = learnerSettings(c);
  const day = startOfLearnerDay(c.get("now"), timeZone);
  const state = await c.get("study").read(c.get("db"), user.id, day);
  // The account was deleted since the session was read.
  if (state === null) throw new LoginRequiredError();
  return state;
}
