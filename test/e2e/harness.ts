import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, onTestFailed } from "vitest";
import { freePort } from "../helpers/sqld.ts";

/*
 * End-to-end harness: the real server (`src/server.ts`) on a fresh temporary
 * database, driven by Debian's Chromium through playwright-core. A browser is
 * never downloaded. Every page is watched for JavaScript errors and
 * Content-Security-Policy violations; a failing test leaves a screenshot and the
 * page's HTML in test-results/.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export type Server = {
  url: string;
  dir: string;
  dbUrl: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
};

/** Start the Node server on a free port with its own database; resolves once /healthz answers. */
export async function startServer(env: Record<string, string> = {}, dir?: string): Promise<Server> {
  const home = dir ?? mkdtempSync(join(tmpdir(), "chronodeck-e2e-"));
  const port = await freePort();
  const dbUrl = `file:${join(home, "e2e.db")}`;
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: {
      ...process.env,
      APP_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: dbUrl,
      SEED_DEMO: "false",
      PASSWORD_ITERATIONS: "10000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (b: Buffer) => {
    output += b.toString();
  });
  child.stderr?.on("data", (b: Buffer) => {
    output += b.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dir: home,
    dbUrl,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

/** Remove a server's temporary folder. */
export function removeServerDir(server: Server): void {
  rmSync(server.dir, { recursive: true, force: true });
}

/** Launch Debian's Chromium headless, with the flags this sandbox needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export type Watched = { page: Page; problems: string[] };

/** A new page that records JavaScript errors and CSP violations, and saves evidence if the test fails. */
export async function watchedPage(context: BrowserContext, name: string): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`JavaScript error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    if (
      message.type() === "error" &&
      !/Failed to load resource: the server responded with a status of (4\d\d)/.test(text)
    ) {
      problems.push(`console error: ${text}`);
    }
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(text))
      problems.push(`CSP: ${text}`);
  });
  onTestFailed(async () => {
    mkdirSync("test-results", { recursive: true });
    const base = join("test-results", name.replace(/[^\w-]+/g, "-"));
    try {
      await page.screenshot({ path: `${base}.png`, fullPage: true });
      writeFileSync(`${base}.html`, await page.content());
    } catch {
      // the page may be gone
    }
  });
  return { page, problems };
}

/** Start a server and a browser for a test file, stopped after it; read them in tests. */
export function useServerAndBrowser() {
  const world = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    world.server = await startServer();
    world.browser = await launchBrowser();
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.server?.stop();
    if (world.server) removeServerDir(world.server);
  });
  return world;
}

/** Sign up through the form, as a person would. */
export async function signupInBrowser(
  page: Page,
  name: string,
  email: string,
  teacher = false,
): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  if (teacher) await page.getByLabel("I am a teacher").check();
  await page.getByRole("button", { name: "Sign up" }).click();
  // The signup page itself had already loaded, so wait for the redirect, not a load state.
  await page.waitForURL(teacher ? /\/classes$/ : /\/decks$/);
}
