import { describe, expect, it } from "vitest";
import { signupInBrowser, useServerAndBrowser, watchedPage } from "./harness.ts";

const world = useServerAndBrowser();

describe("a student takes a quiz in the browser", () => {
  it("answers a multiple-choice, a typed date and an ordering question, submits, and reads the results", async () => {
    const context = await world.browser.newContext({ baseURL: world.server.url });
    const { page, problems } = await watchedPage(context, "student-quiz");
    await signupInBrowser(page, "Quinn", "quinn@example.org");
    await page.goto("/decks/bank-all");
    await page.getByRole("link", { name: "Start quiz" }).click();
    await page.getByLabel("Number of questions").fill("5");
    for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
    await page.getByLabel("Date, multiple choice").check();
    await page.getByLabel("Date, typed").check();
    await page.getByLabel("Put events in order").check();
    await page.getByRole("button", { name: "Start quiz" }).click();

    const seen = new Set<string>();
    for (let i = 1; i <= 5; i++) {
      await page.getByText(`Question ${i} of 5`).waitFor();
      if ((await page.locator("[data-order-list]").count()) > 0) {
        seen.add("order");
        // Move the last item up, by keyboard, with the accessible buttons.
        const ups = page.getByRole("button", { name: /^Move “.+” up$/ });
        await ups.last().focus();
        await page.keyboard.press("Enter");
        await page
          .locator("[data-order-status]")
          .filter({ hasText: /Moved to position/ })
          .waitFor({ state: "attached" });
      } else if ((await page.getByRole("radio").count()) > 0) {
        seen.add("choice");
        await page.getByRole("radio").nth(1).check();
      } else {
        seen.add("typed");
        await page.getByLabel("Your answer").fill("March 2015");
      }
      await page
        .getByRole("button", { name: i === 5 ? "Submit" : "Next question", exact: true })
        .click();
    }
    await page.getByRole("heading", { name: "Results" }).waitFor();
    expect(seen).toEqual(new Set(["order", "choice", "typed"]));
    const text = await page.locator("main").innerText();

    expect(text).toMatch(/of 5 points \(\d+(\.\d)?%\)/);
    // Each question says the student's answer once, the right one only if it differs.
    expect((text.match(/Your (answer|order)/g) ?? []).length).toBe(5);
    expect(await page.locator("li.result").count()).toBe(5);
    expect(await page.locator("svg.chart circle.dot").count()).toBeGreaterThan(0);
    // Each names its source: a quote and its document, or the dates of an ordering's events.
    expect(
      await page
        .locator("li.result")
        .filter({ has: page.locator("cite, .dated-list") })
        .count(),
    ).toBe(5);

    // A timed quiz counts down in the page; the server keeps the real clock.
    await page.goto("/decks/bank-all");
    await page.getByRole("link", { name: "Start quiz" }).click();
    await page.getByLabel("Number of questions").fill("5");
    await page.getByLabel("Time limit in minutes").fill("2");
    await page.getByRole("button", { name: "Start quiz" }).click();
    const clock = page.locator("[data-countdown]");
    const first = await clock.innerText();
    await page.waitForFunction(
      (before) => document.querySelector("[data-countdown]")?.textContent !== before,
      first,
    );
    expect(first).toMatch(/^[12]:\d\d$/);
    expect(problems).toEqual([]);
  });
});
