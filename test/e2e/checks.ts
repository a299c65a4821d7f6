import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/*
 * What every page must satisfy in the browser, each check returning a list of
 * problems (empty when the page passes), so one run reports all of them.
 */

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe-core tags with these. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** The rules whose outcome depends on the colour theme (the others are checked once per width). */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * axe-core's WCAG A/AA violations, one line per rule with the elements it names;
 * with `colourOnly`, only the rules a change of theme can affect.
 */
export async function axeViolations(page: Page, colourOnly = false): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (colourOnly
    ? builder.withRules(COLOUR_RULES)
    : builder.withTags(WCAG_TAGS)
  ).analyze();
  return result.violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(" "))
        .join(", ")}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ""}`,
  );
}

/** The page is wider than the window (it would scroll sideways). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  return scroll > client ? [`scrolls sideways: ${scroll} px wide in a ${client} px window`] : [];
}

/**
 * Targets smaller than 44×44 CSS pixels. A checkbox or radio button counts with
 * its label; a link inside a sentence is exempt (WCAG 2.5.8's inline exception);
 * whatever is not rendered (a closed menu, a hidden field) is skipped.
 */
export async function smallTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const selector =
      'a[href], button, summary, select, textarea, input:not([type="hidden"]), [tabindex="0"]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      const target =
        el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")
          ? (el.closest("label") ?? el)
          : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.right <= 0 || box.bottom <= 0) continue;
      if (el.tagName === "A" && getComputedStyle(el).display === "inline") {
        const block = el.closest("p, li, td, th, dd, figcaption, blockquote, footer, div");
        const around = (block?.textContent ?? "").replace(el.textContent ?? "", "").trim();
        if (around.length > 0) continue;
      }
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40);
        out.push(
          `small target ${Math.round(box.width)}×${Math.round(box.height)}: <${el.tagName.toLowerCase()}> “${name}”`,
        );
      }
    }
    return out;
  }, min);
}

/**
 * Chart text smaller than `min` CSS pixels as drawn: its font size times the
 * chart's scale (a chart with a viewBox is scaled to its box; ours are not).
 */
export async function smallChartText(page: Page, min = 12): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart")) {
      const box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      const scale = view && view.width > 0 ? box.width / view.width : 1;
      for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
        if (!text.checkVisibility()) continue;
        const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < min - 0.01) {
          out.push(`chart text ${size.toFixed(1)} px: “${(text.textContent ?? "").slice(0, 20)}”`);
          break;
        }
      }
    }
    return out;
  }, min);
}

/** Tab through the first `count` stops: each must show a visible focus indicator. */
export async function focusNotVisible(page: Page, count = 8): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== "none" && Number.parseFloat(s.outlineWidth) >= 2;
      const ring = s.boxShadow !== "none";
      return {
        ok: outline || ring,
        what: `<${el.tagName.toLowerCase()}> “${(el.textContent ?? "").trim().slice(0, 30)}”`,
      };
    });
    if (seen === null) break;
    if (!seen.ok) out.push(`no visible focus on ${seen.what}`);
  }
  return out;
}

/** JavaScript errors, console errors and CSP violations reported while a page is open. */
export function watchProblems(page: Page): { take(): string[] } {
  let problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`JavaScript error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (execute|load|apply|evaluate)/i.test(text))
      problems.push(`CSP: ${text}`);
    else if (
      message.type() === "error" &&
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(text)
    )
      problems.push(`console error: ${text}`);
  });
  return {
    take() {
      const out = problems;
      problems = [];
      return out;
    },
  };
}
