import * as z from "zod";

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

export type Rate = { limit: number; windowMs: number };

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "30/15m": at most 30 in any 15 minutes (s, m, h or d), refilled evenly. */
const rate = z
  .string()
  .trim()
  .regex(/^\d{1,6}\/\d{0,4}[smhd]$/, {
    message: "must look like 30/15m (a count, a slash, a period in s, m, h or d)",
  })
  .transform((v, ctx): Rate => {
    const [count = "", period = ""] = v.split("/");
    const unit = period.slice(-1) as keyof typeof UNIT_MS;
    const windowMs = Number(period.slice(0, -1) || "1") * UNIT_MS[unit];
    const limit = Number(count);
    if (limit < 1 || windowMs < 1_000) {
      ctx.addIssue({ code: "custom", message: "must allow at least 1 in a period of 1s or more" });
      return z.NEVER;
    }
    return { limit, windowMs };
  });

const whole = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

/** Defaults of every limit; the README lists them. */
export const LIMIT_DEFAULTS = {
  FORM_MAX_BYTES: "8192",
  LOGIN_LOCK_AFTER: "10",
  LOGIN_LOCK_MINUTES: "15",
  RATE_LOGIN_PER_ADDRESS: "30/15m",
  RATE_SIGNUP_PER_ADDRESS: "30/1h",
  RATE_JOIN_PER_ADDRESS: "20/1h",
  RATE_JOIN_PER_ACCOUNT: "10/1h",
  RATE_UPLOAD_PER_ADDRESS: "30/1h",
  RATE_RESET_PER_ADDRESS: "10/1h",
  QUOTA_UPLOADS_PER_TEACHER: "50/1d",
  QUOTA_DOCUMENTS_PER_TEACHER: "200",
} as const;

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
      CLIENT_ADDRESS_HEADER: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9-]{1,64}$/, "must be a header name such as x-forwarded-for")
        .optional(),
      TEACHER_SIGNUP: z.enum(["open", "granted"], { error: "must be open or granted" }).optional(),
      FORM_MAX_BYTES: whole(1024, 1_048_576).default(Number(LIMIT_DEFAULTS.FORM_MAX_BYTES)),
      LOGIN_LOCK_AFTER: whole(4, 100).default(Number(LIMIT_DEFAULTS.LOGIN_LOCK_AFTER)),
      LOGIN_LOCK_MINUTES: whole(1, 1440).default(Number(LIMIT_DEFAULTS.LOGIN_LOCK_MINUTES)),
      RATE_LOGIN_PER_ADDRESS: rate.prefault(LIMIT_DEFAULTS.RATE_LOGIN_PER_ADDRESS),
      RATE_SIGNUP_PER_ADDRESS: rate.prefault(LIMIT_DEFAULTS.RATE_SIGNUP_PER_ADDRESS),
      RATE_JOIN_PER_ADDRESS: rate.prefault(LIMIT_DEFAULTS.RATE_JOIN_PER_ADDRESS),
      RATE_JOIN_PER_ACCOUNT: rate.prefault(LIMIT_DEFAULTS.RATE_JOIN_PER_ACCOUNT),
      RATE_UPLOAD_PER_ADDRESS: rate.prefault(LIMIT_DEFAULTS.RATE_UPLOAD_PER_ADDRESS),
      RATE_RESET_PER_ADDRESS: rate.prefault(LIMIT_DEFAULTS.RATE_RESET_PER_ADDRESS),
      QUOTA_UPLOADS_PER_TEACHER: rate.prefault(LIMIT_DEFAULTS.QUOTA_UPLOADS_PER_TEACHER),
      QUOTA_DOCUMENTS_PER_TEACHER: whole(1, 100_000).default(
        Number(LIMIT_DEFAULTS.QUOTA_DOCUMENTS_PER_TEACHER),
      ),
      EMAIL_TRANSPORT: z
        .enum(["none", "log", "http"], { error: "must be none, log or http" })
        .default("none"),
      EMAIL_HTTP_URL: z
        .string()
        .refine((v) => URL.canParse(v) && /^https?:\/\//.test(v), {
          message: "must be a full http(s) URL",
        })
        .optional(),
      EMAIL_HTTP_TOKEN: z.string().trim().min(1, "must not be empty when set").optional(),
      EMAIL_FROM: z
        .string()
        .trim()
        .max(254)
        .pipe(z.email({ error: "must be an email address" }))
        .default("chronodeck@localhost"),
    })
    .superRefine((raw, ctx) => {
      if (raw.EMAIL_TRANSPORT === "http" && !raw.EMAIL_HTTP_URL)
        ctx.addIssue({
          code: "custom",
          path: ["EMAIL_HTTP_URL"],
          message: "is required when EMAIL_TRANSPORT=http",
        });
      // A reset link built from the request's Host header could point anywhere.
      if (raw.EMAIL_TRANSPORT === "http" && !raw.PUBLIC_ORIGIN)
        ctx.addIssue({
          code: "custom",
          path: ["PUBLIC_ORIGIN"],
          message: "is required when EMAIL_TRANSPORT=http (reset links are built from it)",
        });
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
      // Cloudflare sets CF-Connecting-IP itself; on Node the socket's address is used unless a proxy is named.
      clientAddressHeader:
        raw.CLIENT_ADDRESS_HEADER ?? (runtime === "worker" ? "cf-connecting-ip" : undefined),
      teacherSignup: raw.TEACHER_SIGNUP ?? (raw.APP_ENV === "production" ? "granted" : "open"),
      limits: {
        formMaxBytes: raw.FORM_MAX_BYTES,
        loginLockAfter: raw.LOGIN_LOCK_AFTER,
        loginLockMs: raw.LOGIN_LOCK_MINUTES * 60_000,
        loginPerAddress: raw.RATE_LOGIN_PER_ADDRESS,
        signupPerAddress: raw.RATE_SIGNUP_PER_ADDRESS,
        joinPerAddress: raw.RATE_JOIN_PER_ADDRESS,
        joinPerAccount: raw.RATE_JOIN_PER_ACCOUNT,
        uploadPerAddress: raw.RATE_UPLOAD_PER_ADDRESS,
        resetPerAddress: raw.RATE_RESET_PER_ADDRESS,
        uploadsPerTeacher: raw.QUOTA_UPLOADS_PER_TEACHER,
        documentsPerTeacher: raw.QUOTA_DOCUMENTS_PER_TEACHER,
      },
      email: {
        transport: raw.EMAIL_TRANSPORT,
        url: raw.EMAIL_HTTP_URL,
        token: raw.EMAIL_HTTP_TOKEN,
        from: raw.EMAIL_FROM,
      },
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
  CLIENT_ADDRESS_HEADER:
    "the header your proxy sets to the client's address, for example CLIENT_ADDRESS_HEADER=x-forwarded-for",
  TEACHER_SIGNUP:
    "open lets anyone tick 'I am a teacher'; granted lets only administrators make teachers",
  FORM_MAX_BYTES: `the largest form body in bytes, default ${LIMIT_DEFAULTS.FORM_MAX_BYTES}`,
  LOGIN_LOCK_AFTER: `failed log-ins before an email is locked, default ${LIMIT_DEFAULTS.LOGIN_LOCK_AFTER}`,
  LOGIN_LOCK_MINUTES: `how long the lock lasts, default ${LIMIT_DEFAULTS.LOGIN_LOCK_MINUTES}`,
  QUOTA_DOCUMENTS_PER_TEACHER: `documents a teacher may keep, default ${LIMIT_DEFAULTS.QUOTA_DOCUMENTS_PER_TEACHER}`,
  EMAIL_TRANSPORT:
    "none (no reset emails), log (print them, for development) or http (POST them to EMAIL_HTTP_URL)",
  EMAIL_HTTP_URL: "the endpoint that accepts {from, to, subject, text} as JSON",
  EMAIL_HTTP_TOKEN: "sent as a Bearer token; set it with wrangler secret put",
  EMAIL_FROM: "the sender address, for example EMAIL_FROM=chronodeck@school.example",
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
    const hint =
      HINTS[key] ??
      (/^(RATE_|QUOTA_UPLOADS)/.test(key)
        ? `a count per period, default ${LIMIT_DEFAULTS[key as keyof typeof LIMIT_DEFAULTS]}`
        : undefined);
    return `${key} ${issue.message}${hint ? ` (${hint})` : ""}`;
  });
  throw new ConfigError(problems);
}
