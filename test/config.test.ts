import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

function problems(source: Record<string, string>, runtime: "node" | "worker" = "node"): string[] {
  try {
    loadConfig(source, runtime);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("needs nothing on Node: every value has a working default", () => {
    const config = loadConfig({}, "node");
    expect(config).toMatchObject({
      env: "development",
      port: 8787,
      databaseUrl: "file:./data/chronodeck.db",
      seedDemo: true,
      passwordIterations: 100_000,
    });
  });

  it.each([
    [{ PORT: "eighty" }, /^PORT must be a number/],
    [{ PORT: "70000" }, /^PORT must be between 1 and 65535/],
    [{ APP_ENV: "staging" }, /^APP_ENV must be development, production or test/],
    [{ DATABASE_URL: "postgres://x" }, /^DATABASE_URL must start with file:, libsql:/],
    [{ PUBLIC_ORIGIN: "not a url" }, /^PUBLIC_ORIGIN must be a full http\(s\) URL/],
    [{ SEED_DEMO: "maybe" }, /^SEED_DEMO must be true or false/],
    [{ PASSWORD_ITERATIONS: "500000" }, /^PASSWORD_ITERATIONS must be at most 100000/],
  ])("explains the invalid value %o", (source, message) => {
    const found = problems(source);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it("never seeds the demo learner in production, and refuses to be asked to", () => {
    expect(loadConfig({ APP_ENV: "production" }, "node").seedDemo).toBe(false);
    expect(loadConfig({ APP_ENV: "test", SEED_DEMO: "true" }, "node").seedDemo).toBe(true);
    const found = problems({ APP_ENV: "production", SEED_DEMO: "true" });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^SEED_DEMO must not be true when APP_ENV=production/);
  });

  it("lists every problem at once, each with how to fix it", () => {
    const found = problems({ PORT: "0", APP_ENV: "x", DATABASE_URL: "ftp://a" });
    expect(found).toHaveLength(3);
    expect(found.every((p) => /\(.+\)$/.test(p))).toBe(true);
    const error = new ConfigError(found);
    expect(error.message).toMatch(/has 3 problems/);
  });

  it("requires a libSQL server URL on Workers and never echoes the token", () => {
    const missing = problems({ DATABASE_AUTH_TOKEN: "super-secret-token" }, "worker");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^DATABASE_URL is required/);
    const local = problems({ DATABASE_URL: "file:./x.db" }, "worker");
    expect(local[0]).toMatch(/must be a libSQL server URL/);
    const all = problems(
      { DATABASE_URL: "ftp://x", DATABASE_AUTH_TOKEN: "super-secret-token" },
      "worker",
    );
    expect(all.join("\n")).not.toContain("super-secret-token");
  });

  it("treats blank values as unset", () => {
    expect(loadConfig({ PORT: "  ", DATABASE_URL: "" }, "node").port).toBe(8787);
  });

  it("keeps only the origin of PUBLIC_ORIGIN", () => {
    expect(
      loadConfig({ PUBLIC_ORIGIN: "https://chronodeck.example.org/app/" }, "node").publicOrigin,
    ).toBe("https://chronodeck.example.org");
  });

  it("reads every limit with its default, and explains a malformed one", () => {
    const config = loadConfig({}, "node");
    expect(config.limits).toMatchObject({
      formMaxBytes: 8192,
      loginLockAfter: 10,
      loginLockMs: 15 * 60_000,
      loginPerAddress: { limit: 30, windowMs: 15 * 60_000 },
      joinPerAccount: { limit: 10, windowMs: 3_600_000 },
      uploadsPerTeacher: { limit: 50, windowMs: 86_400_000 },
      documentsPerTeacher: 200,
    });
    expect(loadConfig({ RATE_JOIN_PER_ADDRESS: "5/30s" }, "node").limits.joinPerAddress).toEqual({
      limit: 5,
      windowMs: 30_000,
    });
    expect(problems({ RATE_LOGIN_PER_ADDRESS: "lots" })[0]).toMatch(
      /^RATE_LOGIN_PER_ADDRESS must look like 30\/15m .*\(a count per period, default 30\/15m\)$/,
    );
    expect(problems({ RATE_SIGNUP_PER_ADDRESS: "0/1h" })[0]).toMatch(/at least 1/);
    expect(problems({ LOGIN_LOCK_AFTER: "2" })[0]).toMatch(/^LOGIN_LOCK_AFTER must be between 4/);
  });

  it("needs a relay URL and the public origin to send reset emails, and never echoes the relay token", () => {
    const found = problems({ EMAIL_TRANSPORT: "http", EMAIL_HTTP_TOKEN: "relay-secret-token" });
    expect(found).toHaveLength(2);
    expect(found.join("\n")).toMatch(/EMAIL_HTTP_URL is required/);
    expect(found.join("\n")).toMatch(/PUBLIC_ORIGIN is required/);
    expect(found.join("\n")).not.toContain("relay-secret-token");
    const ok = loadConfig(
      {
        EMAIL_TRANSPORT: "http",
        EMAIL_HTTP_URL: "https://relay.example/send",
        PUBLIC_ORIGIN: "https://chronodeck.example.org",
      },
      "node",
    );
    expect(ok.email.transport).toBe("http");
    expect(loadConfig({ DATABASE_URL: "libsql://x.turso.io" }, "worker").clientAddressHeader).toBe(
      "cf-connecting-ip",
    );
  });
});
