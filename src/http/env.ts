import type { Config } from "../config.ts";
import type { Content } from "../content.ts";
import type { SessionUser } from "../core/users.ts";
import type { Db } from "../db/db.ts";
import type { StudyStates } from "../db/study-state.ts";
import type { LearnerSettings } from "../db/users.ts";
import type { JobQueue } from "../jobs/run.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { SessionCache } from "./session.ts";
import type { WorkingCopies } from "./working-copies.ts";

/** What every handler can reach through `c.get(name)` (`c.var` copies all of it on each access). */
export type AppEnv = {
  Variables: {
    db: Db;
    config: Config;
    content: Content;
    /** Teachers' working copies of their documents, parsed once per version. */
    workingCopies: WorkingCopies;
    sessions: SessionCache;
    /** Learners' study states kept between requests, checked against the database on each read. */
    study: StudyStates;
    /** The clock, read once per request: every rule in the request sees the same instant. */
    now: Date;
    user: SessionUser | null;
    /** The signed-in user's scheduling settings, read with the session. */
    learner: LearnerSettings | null;
    /** Where uploaded documents go to be processed (a thread pool on Node, a Queue on Workers). */
    jobs: JobQueue;
    /** Whether the request came from htmx and wants a fragment rather than a page. */
    htmx: boolean;
    /** The client's address (see src/http/client-address.ts); "" when unknown. */
    address: string;
    /** Where password reset emails go; null when the deployment sends no email. */
    mailer: Mailer | null;
    /** This request's id: in its log line, its X-Request-Id header and any error page. */
    requestId: string;
  };
};
