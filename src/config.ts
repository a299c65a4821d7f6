import { z } from "zod";

/*
 * Configuration is read once, at start-up, from environment variables (Node) or
 * Worker bindings, and validated here. A bad value stops the process with one
 * message that lists every problem and how to fix it. Secrets never appear in it.
 */

export type Runtime = "node" | "worker";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], {
    error: "must be true or false",
  })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const databaseUrl = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .refine((v) => /^(file|libsql|https?|wss?):/.test(v) || v === ":memory:", {
    message: "must start with file:, libsql:, https:, http:, wss: or ws:",
  });

function schemaFor(runtime: Runtime) {
  return z
    .object({
      APP_ENV: z
        .enum(["development", "production", "test"], {
          error: "must be development, production or test",
        })
        .default(runtime === "worker" ? "production" : "development"),
      PORT: z.coerce
        .number({ error: "must be a number" })
        .int("must be a whole number")
        .min(1, "must be between 1 and 65535")
        .max(65535, "must be between 1 and 65535")
        .default(8787),
      HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
      DATABASE_URL:
        runtime === "worker"
          ? databaseUrl.refine((v) => !v.startsWith("file:") && v !== ":memory:", {
              message: "must be a libSQL server URL (libsql:// or https://) on Workers",
            })
          : databaseUrl.default("file:./data/chronodeck.db"),
      DATABASE_AUTH_TOKEN: z.string().trim().min(1, "must not be empty when set").optional(),
      PUBLIC_ORIGIN: z
        .string()
        .refine((v) => URL.canParse(v) && /^https?:\/\//.test(v), {
          message: "must be a full http(s) URL such as https://chronodeck.example.org",
        })
        .transform((v) => new URL(v).origin)
        .optional(),
      SEED_DEMO: bool.optional(),
      BANK_PATH: z.string().trim().min(1).default("questions/bank.json"),
      PASSWORD_ITERATIONS: z.coerce
        .number({ error: "must be a number" })
        .int("must be a whole number")
        .min(10_000, "must be at least 10000")
        .max(100_000, "must be at most 100000 (the Workers limit for PBKDF2)")
        .default(100_000),
    })
    .refine((raw) => !(raw.APP_ENV === "production" && raw.SEED_DEMO === true), {
      path: ["SEED_DEMO"],
      message:
        "must not be true when APP_ENV=production: the demo learner's password is published in the README",
    })
    .transform((raw) => ({
      runtime,
      env: raw.APP_ENV,
      port: raw.PORT,
      host: raw.HOST,
      databaseUrl: raw.DATABASE_URL,
      databaseAuthToken: raw.DATABASE_AUTH_TOKEN,
      publicOrigin: raw.PUBLIC_ORIGIN,
      seedDemo: raw.APP_ENV !== "production" && (raw.SEED_DEMO ?? raw.APP_ENV === "development"),
      bankPath: raw.BANK_PATH,
      passwordIterations: raw.PASSWORD_ITERATIONS,
    }));
}

export type Config = z.output<ReturnType<typeof schemaFor>>;

const HINTS: Record<string, string> = {
  APP_ENV: "set APP_ENV=production when deployed, development on your machine",
  PORT: "for example PORT=8787",
  HOST: "for example HOST=127.0.0.1 (this machine only) or HOST=0.0.0.0 (all interfaces)",
  DATABASE_URL:
    "for example DATABASE_URL=file:./data/chronodeck.db on Node, or libsql://<db>-<org>.turso.io on Workers (wrangler secret put DATABASE_URL)",
  DATABASE_AUTH_TOKEN: "create one with `turso db tokens create <db>`, then wrangler secret put",
  PUBLIC_ORIGIN: "the address users type, for example PUBLIC_ORIGIN=https://chronodeck.example.org",
  SEED_DEMO: "SEED_DEMO=true creates the demo learner at first start (never in production)",
  BANK_PATH: "the question bank file, for example BANK_PATH=questions/bank.json",
  PASSWORD_ITERATIONS: "PBKDF2 iterations, between 10000 and 100000",
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Chronodeck cannot start: the configuration has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/** Validate raw settings (process.env or Worker bindings); throws ConfigError listing every problem. */
export function loadConfig(source: Record<string, unknown>, runtime: Runtime): Config {
  // Empty strings mean "not set": a blank line in a .env file must not override a default.
  const raw = Object.fromEntries(
    Object.entries(source).filter(([, v]) => typeof v === "string" && v.trim() !== ""),
  );
  const result = schemaFor(runtime).safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "configuration");
    const hint = HINTS[key];
    return `${key} ${issue.message}${hint ? ` (${hint})` : ""}`;
  });
  throw new ConfigError(problems);
}
