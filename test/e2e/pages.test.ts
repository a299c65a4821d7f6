import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  focusNotVisible,
  horizontalOverflow,
  smallChartText,
  smallTargets,
  watchProblems,
} from "./checks.ts";
import { launchBrowser, removeServerDir, type Server, startServer } from "./harness.ts";
import { buildSite, PAGES, type PageSpec, ROLES, type Role, type Site } from "./site.ts";

/*
 * Every page of every role, at 1280×800 and 390×844, in the light and the dark
 * theme: no sideways scrolling, no WCAG 2.2 A/AA violation found by axe-core (all
 * rules in the light theme, those about colour again in the dark one), no
 * JavaScript error or CSP violation, every target at least 44×44 px on a phone,
 * and a visible focus on each of the first stops of the keyboard. Screenshots of
 * every page at both widths go to test-results/pages/ for reviewers (CI keeps
 * them as artefacts). Chart text must be drawn at 12 px or more at both widths. One browser, one tab per role, reused page after page.
 */

const SHOTS = "test-results/pages";
const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let server: Server;
let browser: Browser;
let site: Site;
const tabs = new Map<Role, { page: Page; problems: { take(): string[] } }>();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ SEED_DEMO: "true" });
  browser = await launchBrowser();
  site = await buildSite(browser, server.url);
  for (const role of ROLES) {
    const page = await site.contexts[role].newPage();
    tabs.set(role, { page, problems: watchProblems(page) });
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeServerDir(server);
});

async function check(role: Role, spec: PageSpec): Promise<string[]> {
  const tab = tabs.get(role);
  if (!tab) throw new Error(`no tab for ${role}`);
  const { page } = tab;
  const problems: string[] = [];
  const say = (where: string, list: string[]) => {
    for (const p of list) problems.push(`${where}: ${p}`);
  };
  await page.setViewportSize(WIDE);
  await page.emulateMedia({ colorScheme: "light" });
  const response = await page.goto(spec.path(site));
  const status = response?.status() ?? 0;
  if (status !== (spec.status ?? 200)) problems.push(`answered ${status}`);
  await spec.act?.(page);
  const base = `${SHOTS}/${role}-${spec.name}`;

  await page.screenshot({ path: `${base}-1280.png`, fullPage: true });
  say("1280 light", await horizontalOverflow(page));
  say("1280 light", await smallChartText(page));
  say("1280 light", await axeViolations(page));
  say("1280 keyboard", await focusNotVisible(page));
  await page.emulateMedia({ colorScheme: "dark" });
  say("1280 dark", await axeViolations(page, true));

  await page.setViewportSize(PHONE);
  // The keyboard check left a focus ring; the screenshots show the page as it opens.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  say("390 dark", await axeViolations(page, true));
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: `${base}-390.png`, fullPage: true });
  say("390 light", await horizontalOverflow(page));
  say("390 light", await smallTargets(page));
  say("390 light", await smallChartText(page));
  say("390 light", await axeViolations(page));
  say("console", tab.problems.take());
  return problems;
}

for (const role of ROLES) {
  describe(`every page of the ${role}`, () => {
    for (const spec of PAGES[role]) {
      it(`${spec.name} passes on a phone and a laptop, light and dark`, async () => {
        expect(await check(role, spec)).toEqual([]);
      });
    }
  });
}

describe("the results of a ten-question quiz", () => {
  it("fit in about 2,500 px at 1280×800: each question said once", async () => {
    const tab = tabs.get("student");
    if (!tab) throw new Error("no student tab");
    await tab.page.setViewportSize(WIDE);
    await tab.page.goto(site.results);
    expect(await tab.page.locator("li.result").count()).toBe(10);
    const height = await tab.page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(2500);
  });
});
