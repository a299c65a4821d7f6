import { type Context, Hono, type MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Config } from "./config.ts";
import { createContent } from "./content.ts";
import { DatabaseUnavailableError, type Db } from "./db/db.ts";
import { metered, newMeter, serverTiming } from "./db/metered.ts";
import { createStudyStates } from "./db/study-state.ts";
import { MAX_FILE_BYTES } from "./formats/sniff.ts";
import { bodyLimits } from "./http/body-limits.ts";
import { cacheControl } from "./http/cache-control.ts";
import { addressFromHeader } from "./http/client-address.ts";
import { csrfGuard } from "./http/csrf.ts";
import type { AppEnv } from "./http/env.ts";
import { AppError, LoginRequiredError, RateLimitedError } from "./http/errors.ts";
import { routeLimits } from "./http/limits.ts";
import { renderError } from "./http/render.tsx";
import { errorLine, type LogWriter, requestLog } from "./http/request-log.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { createSessionCache, loadSession } from "./http/session.ts";
import { createWorkingCopies } from "./http/working-copies.ts";
import type { JobQueue } from "./jobs/run.ts";
import { type Mailer, mailerFor } from "./mail/mailer.ts";
import { account } from "./routes/account.tsx";
import { admin } from "./routes/admin.tsx";
import { assignmentReports } from "./routes/assignment-reports.tsx";
import { assignments } from "./routes/assignments.tsx";
import { auth } from "./routes/auth.tsx";
import { classes } from "./routes/classes.tsx";
import { decks } from "./routes/decks.tsx";
import { documentJobs } from "./routes/document-jobs.tsx";
import { documentReview } from "./routes/document-review.tsx";
import { documents } from "./routes/documents.tsx";
import { health } from "./routes/health.tsx";
import { home } from "./routes/home.tsx";
import { passwordReset } from "./routes/password-reset.tsx";
import { progress } from "./routes/progress.tsx";
import { quizzes } from "./routes/quizzes.tsx";
import { settings } from "./routes/settings.tsx";
import { study } from "./routes/study.tsx";

export type AppDeps = {
  db: Db;
  /** The clock; read once per request. */
  now: () => Date;
  config: Config;
  /** Where uploaded documents are processed, off the request path. */
  jobs: JobQueue;
  /** Serves /assets/* on Node; on Workers the platform serves them before the app runs. */
  assets?: MiddlewareHandler;
  /** Compresses responses on Node; on Workers the platform does it. */
  compress?: MiddlewareHandler;
  /** Where the JSON log lines go: one per request, one per unexpected error (default: the console). */
  logger?: { info: LogWriter; error: LogWriter };
  /** Where unexpected errors are also handed (tests collect them); never shown to the user. */
  log?: (message: string, error: unknown) => void;
  /** The connection's remote address (Node's socket), used unless config names a proxy header. */
  clientAddress?: (c: Context) => string | undefined;
  /** Sends password reset emails; defaults to the configured transport (none, log or http). */
  mailer?: Mailer | null;
  /**
   * Characters of teachers' working copies (bank JSON) kept parsed in this process
   * (src/http/working-copies.ts); a Worker isolate, with far less memory, keeps less.
   */
  workingCopyBudget?: number;
};

/** About one 2 MB document's bank, or many ordinary ones. */
const WORKING_COPY_BUDGET = 24 * 1024 * 1024;

const consoleLogger = {
  info: (line: string) => console.log(line),
  error: (line: string) => console.error(line),
};

/** Build the whole web app; the same app runs on Node and on Workers. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { db, now, config } = deps;
  const logger = deps.logger ?? consoleLogger;
  const content = createContent(db);
  const workingCopies = createWorkingCopies(deps.workingCopyBudget ?? WORKING_COPY_BUDGET);
  const sessions = createSessionCache();
  const studyStates = createStudyStates();
  const mailer = deps.mailer === undefined ? mailerFor(config.email) : deps.mailer;
  const header = config.clientAddressHeader;
  const address = (c: Context) =>
    header ? addressFromHeader(c.req.header(header)) : (deps.clientAddress?.(c) ?? "");
  // Outside production each response says what it asked of the database (Server-Timing).
  const meter = config.env !== "production";
  const app = new Hono<AppEnv>();

  app.use(requestLog(logger.info));
  if (deps.compress) app.use(deps.compress);
  app.use(securityHeaders(config.env === "production"));
  app.use(cacheControl);
  if (deps.assets) app.use("/assets/*", deps.assets);
  app.use(async (c, next) => {
    const counted = meter ? newMeter() : null;
    const handle = counted ? metered(db, counted) : db;
    c.set("db", handle);
    c.set("config", config);
    c.set("content", counted ? content.using(handle) : content);
    c.set("workingCopies", workingCopies);
    c.set("sessions", sessions);
    c.set("study", studyStates);
    c.set("jobs", deps.jobs);
    c.set("now", now());
    c.set("user", null);
    c.set("learner", null);
    c.set("htmx", c.req.header("hx-request") === "true");
    c.set("address", address(c));
    c.set("mailer", mailer);
    await next();
    if (counted) c.header("Server-Timing", serverTiming(counted));
  });
  app.use(bodyLimits({ formMaxBytes: config.limits.formMaxBytes, uploadMaxBytes: MAX_FILE_BYTES }));
  app.use(csrfGuard(config.publicOrigin));
  // The study loop reads the session in the same statement as the learner's cards (one round
  // trip to a libSQL server), so it is mounted before `loadSession`, which never runs for it.
  app.route("/", study);
  app.use(loadSession);
  app.use(routeLimits(config.limits));

  app.route("/", health);
  app.route("/", home);
  app.route("/", auth);
  app.route("/", decks);
  app.route("/", settings);
  app.route("/", progress);
  app.route("/", quizzes);
  app.route("/", classes);
  app.route("/", assignments);
  app.route("/", assignmentReports);
  app.route("/", documentJobs);
  app.route("/", documents);
  app.route("/", documentReview);
  app.route("/", account);
  app.route("/", passwordReset);
  app.route("/", admin);

  app.notFound((c) =>
    renderError(c, 404, "Not found", "There is nothing at this address. It may have been moved."),
  );

  const log = (c: Context<AppEnv>, message: string, error: unknown) => {
    logger.error(errorLine(c, message, error));
    deps.log?.(message, error);
  };

  app.onError((error, c) => {
    if (error instanceof LoginRequiredError) {
      const back = new URL(c.req.url);
      const target = `/login?next=${encodeURIComponent(back.pathname + back.search)}`;
      if (c.get("htmx")) {
        c.header("HX-Redirect", target);
        return c.body(null, 204);
      }
      return c.redirect(target, 303);
    }
    if (error instanceof DatabaseUnavailableError) {
      log(c, "Database unavailable", error.cause);
      c.header("Retry-After", "30");
      return renderError(
        c,
        503,
        "Temporarily unavailable",
        "Chronodeck cannot reach its database right now. Nothing you saved was lost; please try again in a minute.",
      );
    }
    if (error instanceof RateLimitedError) {
      c.header("Retry-After", String(Math.ceil(error.retryAfterMs / 1000)));
    }
    if (error instanceof AppError) {
      return renderError(c, error.status, error.title, error.message);
    }
    if (error instanceof HTTPException) {
      // Bodies over their limit never get here: src/http/body-limits.ts throws an AppError(413).
      if (error.status < 500) {
        return renderError(
          c,
          error.status,
          "Request refused",
          "The request could not be understood.",
        );
      }
    }
    log(c, "Unexpected error", error);
    return renderError(
      c,
      500,
      "Something went wrong",
      "We could not finish this request. Nothing you saved before was lost; please try again.",
    );
  });

  return app;
}
