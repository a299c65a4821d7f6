import { Hono, type MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Config } from "./config.ts";
import { createContent } from "./content.ts";
import { DatabaseUnavailableError, type Db } from "./db/db.ts";
import { metered, newMeter, serverTiming } from "./db/metered.ts";
import { createStudyStates } from "./db/study-state.ts";
import { csrfGuard } from "./http/csrf.ts";
import type { AppEnv } from "./http/env.ts";
import { AppError, LoginRequiredError } from "./http/errors.ts";
import { renderError } from "./http/render.tsx";
import { securityHeaders } from "./http/security-headers.ts";
import { createSessionCache, loadSession } from "./http/session.ts";
import { auth } from "./routes/auth.tsx";
import { classes } from "./routes/classes.tsx";
import { decks } from "./routes/decks.tsx";
import { documents } from "./routes/documents.tsx";
import { health } from "./routes/health.tsx";
import { home } from "./routes/home.tsx";
import { progress } from "./routes/progress.tsx";
import { quizzes } from "./routes/quizzes.tsx";
import { settings } from "./routes/settings.tsx";
import { study } from "./routes/study.tsx";

export type AppDeps = {
  db: Db;
  /** The clock; read once per request. */
  now: () => Date;
  config: Config;
  /** Serves /assets/* on Node; on Workers the platform serves them before the app runs. */
  assets?: MiddlewareHandler;
  /** Where unexpected errors are reported; never shown to the user. */
  log?: (message: string, error: unknown) => void;
};

/** Build the whole web app; the same app runs on Node and on Workers. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { db, now, config } = deps;
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const content = createContent(db);
  const sessions = createSessionCache();
  const studyStates = createStudyStates();
  // Outside production each response says what it asked of the database (Server-Timing).
  const meter = config.env !== "production";
  const app = new Hono<AppEnv>();

  app.use(securityHeaders(config.env === "production"));
  if (deps.assets) app.use("/assets/*", deps.assets);
  app.use(async (c, next) => {
    const counted = meter ? newMeter() : null;
    const handle = counted ? metered(db, counted) : db;
    c.set("db", handle);
    c.set("config", config);
    c.set("content", counted ? content.using(handle) : content);
    c.set("sessions", sessions);
    c.set("study", studyStates);
    c.set("now", now());
    c.set("user", null);
    c.set("learner", null);
    c.set("htmx", c.req.header("hx-request") === "true");
    await next();
    if (counted) c.header("Server-Timing", serverTiming(counted));
  });
  app.use(csrfGuard(config.publicOrigin));
  // The study loop reads the session in the same statement as the learner's cards (one round
  // trip to a libSQL server), so it is mounted before `loadSession`, which never runs for it.
  app.route("/", study);
  app.use(loadSession);

  app.route("/", health);
  app.route("/", home);
  app.route("/", auth);
  app.route("/", decks);
  app.route("/", settings);
  app.route("/", progress);
  app.route("/", quizzes);
  app.route("/", classes);
  app.route("/", documents);

  app.notFound((c) =>
    renderError(c, 404, "Not found", "There is nothing at this address. It may have been moved."),
  );

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
      log("Database unavailable", error.cause);
      c.header("Retry-After", "30");
      return renderError(
        c,
        503,
        "Temporarily unavailable",
        "Chronodeck cannot reach its database right now. Nothing you saved was lost; please try again in a minute.",
      );
    }
    if (error instanceof AppError) {
      return renderError(c, error.status, error.title, error.message);
    }
    if (error instanceof HTTPException) {
      // Uploads over the limit never get here: the upload route's bodyLimit throws an AppError(413).
      if (error.status < 500) {
        return renderError(
          c,
          error.status,
          "Request refused",
          "The request could not be understood.",
        );
      }
    }
    log(`Unexpected error on ${c.req.method} ${new URL(c.req.url).pathname}`, error);
    return renderError(
      c,
      500,
      "Something went wrong",
      "We could not finish this request. Nothing you saved before was lost; please try again.",
    );
  });

  return app;
}
