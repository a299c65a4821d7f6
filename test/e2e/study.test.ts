import { describe, expect, it } from "vitest";
import { useServerAndBrowser, watchedPage } from "./harness.ts";

const world = useServerAndBrowser();

describe("a learner in the browser", () => {
  it("signs up, studies five cards from the keyboard, undoes one and opens the progress page", async () => {
    const context = await world.browser.newContext({ baseURL: world.server.url });
    const { page, problems } = await watchedPage(context, "learner-study");
    await page.goto("/");
    await page.getByRole("link", { name: "Sign up" }).first().click();
    await page.getByLabel("Name").fill("Lea Learner");
    await page.getByLabel("Email").fill("lea@example.org");
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.waitForURL(/\/decks$/);

    await page.getByRole("link", { name: "Study" }).first().click();
    await page.getByRole("button", { name: "Show answer" }).waitFor();
    let loads = 0;
    page.on("load", () => {
      loads++;
    });
    for (let i = 0; i < 5; i++) {
      await page.getByRole("button", { name: "Show answer" }).waitFor();
      await page.locator("#study-prompt").click();
      if ((await page.getByRole("radio").count()) > 0) {
        // A multiple-choice card: "b" picks the second option from the keyboard.
        await page.keyboard.press("b");
        expect(await page.getByRole("radio").nth(1).isChecked()).toBe(true);
      }
      await page.keyboard.press("Space");
      await page.getByRole("button", { name: /^Good/ }).waitFor();
      await page.keyboard.press(i % 2 === 0 ? "3" : "4");
    }
    await page.getByRole("button", { name: "Undo" }).waitFor();
    // htmx swapped the cards in place: the study page was never reloaded.
    expect(loads).toBe(0);
    await page.keyboard.press("z");
    await page.getByText("The last review was undone.").waitFor();

    await page.getByRole("link", { name: "Progress" }).click();
    await page.getByRole("heading", { name: "Your progress" }).waitFor();
    expect(await page.getByText("4 reviews in the past year").count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
