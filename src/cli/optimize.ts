import { checkParameters } from "ts-fsrs";
import { MIN_REVIEWS_FOR_OPTIMIZER, trainingItems } from "../core/fsrs-training.ts";
import type { Db } from "../db/db.ts";
import { learnersWithReviews, reviewHistory } from "../db/reviews.ts";
import { saveFsrsParams } from "../db/users.ts";
import { withCliDb } from "./common.ts";

/*
 * `npm run optimize`: fit FSRS parameters to each learner's own reviews with
 * @open-spaced-repetition/binding (fsrs-rs, native: Node only) and store them;
 * the scheduler uses them on both runtimes. Learners with fewer than
 * MIN_REVIEWS_FOR_OPTIMIZER reviews keep the defaults.
 */

export type OptimizeResult = { userId: number; reviews: number; params: number[] };

/** Fit and store parameters for every learner with enough reviews. */
export async function optimizeAll(
  db: Db,
  now: Date,
  min = MIN_REVIEWS_FOR_OPTIMIZER,
): Promise<OptimizeResult[]> {
  const { computeParameters, FSRSBindingItem, FSRSBindingReview } = await import(
    "@open-spaced-repetition/binding"
  );
  const results: OptimizeResult[] = [];
  for (const learner of await learnersWithReviews(db, min)) {
    const items = trainingItems(await reviewHistory(db, learner.userId), learner.timeZone).map(
      (reviews) =>
        new FSRSBindingItem(reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))),
    );
    if (items.length === 0) continue;
    // No `timeout` option: with it, binding 0.5 waits out the whole timeout even when done.
    const fitted = await computeParameters(items, { enableShortTerm: true });
    const params = [...checkParameters(fitted.map((w) => Math.round(w * 10_000) / 10_000))];
    await saveFsrsParams(db, learner.userId, params, learner.reviews, now);
    results.push({ userId: learner.userId, reviews: learner.reviews, params });
  }
  return results;
}

export async function run(args: string[]): Promise<number> {
  return withCliDb(args, async (db) => {
    const results = await optimizeAll(db, new Date());
    process.stdout.write(
      results.length === 0
        ? `No learner has ${MIN_REVIEWS_FOR_OPTIMIZER} reviews yet; everyone keeps the default parameters.\n`
        : results.map((r) => `learner ${r.userId}: fitted to ${r.reviews} reviews\n`).join(""),
    );
    return 0;
  });
}
