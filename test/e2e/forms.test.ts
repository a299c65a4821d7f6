import { createClient } from "@libsql/client";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signupInBrowser, useServerAndBrowser, watchedPage } from "./harness.ts";

/*
 * Forms in a real browser: after each form that changes something the address
 * is a page (post/redirect/get), so a reload repeats nothing; the same form
 * sent three times — twice at once from the page, as a double click or a
 * network retry would, then by its button — still makes one record. The Assign
 * form shows only the options that apply, without JavaScript.
 */

const world = useServerAndBrowser();

/** Send the form of a button twice at once from the page (same fields, same token), then click it. */
async function sendThriceAndClick(page: Page, button: string): Promise<void> {
  const target = page.getByRole("button", { name: button, exact: true }).first();
  await target.evaluate(async (el) => {
    const form = (el as HTMLButtonElement).form;
    if (!form) throw new Error("no form");
    const send = () =>
      fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
        redirect: "manual",
      });
    await Promise.all([send(), send()]);
  });
  await target.click();
}

function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

describe("forms in the browser", () => {
  it("a form sent three times makes one record, and a reload after each form makes nothing new", async () => {
    const db = createClient({ url: world.server.dbUrl });
    const count = async (table: string) =>
      Number((await db.execute(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]?.n);
    const t = await watchedPage(
      await world.browser.newContext({ baseURL: world.server.url }),
      "forms-teacher",
    );
    const s = await watchedPage(
      await world.browser.newContext({ baseURL: world.server.url }),
      "forms-student",
    );
    /** Reload the page the form led to: same address, a GET, nothing more in `table`. */
    const reloadChangesNothing = async (page: typeof t.page, table: string) => {
      const before = await count(table);
      const url = page.url();
      const response = await page.reload();
      expect(response?.request().method()).toBe("GET");
      expect(page.url()).toBe(url);
      expect(await count(table)).toBe(before);
    };

    const posts: string[] = [];
    for (const page of [t.page, s.page])
      page.on("request", (r) => {
        if (r.method() === "POST") posts.push(new URL(r.url()).pathname);
      });
    const sent = (path: RegExp) => posts.filter((p) => path.test(p)).length;

    await signupInBrowser(t.page, "Ms Tess", "tess@example.org", true);
    await t.page.goto("/classes");
    await t.page.getByLabel("Class name").fill("History 9B");
    await sendThriceAndClick(t.page, "Create class");
    await t.page.waitForURL(/\/classes\/cls_\w+$/);
    // The browser sent the form three times; the server made one class.
    expect(sent(/^\/classes$/)).toBe(3);
    expect(await count("classes")).toBe(1);
    await reloadChangesNothing(t.page, "classes");
    const classUrl = t.page.url();
    const code = (await t.page.locator("[data-join-code]").innerText()).trim();

    // The Assign form: what applies to a study goal, or to a quiz, never both.
    const target = t.page.getByLabel("Target retention");
    const questions = t.page.getByLabel("Number of questions");
    await t.page.getByLabel("Study the deck").check();
    expect([await target.isVisible(), await questions.isVisible()]).toEqual([true, false]);
    await t.page.getByLabel("A quiz on the deck").check();
    expect([await target.isVisible(), await questions.isVisible()]).toEqual([false, true]);

    await signupInBrowser(s.page, "Sam Student", "sam@example.org");
    await s.page.goto("/classes");
    await s.page.getByLabel("Join code").fill(code);
    await sendThriceAndClick(s.page, "Join class");
    await s.page.waitForURL(/\/classes\/cls_\w+$/);
    expect(await count("class_members")).toBe(1);
    await reloadChangesNothing(s.page, "class_members");

    for (const kind of ["Study the deck", "A quiz on the deck"]) {
      await t.page.goto(classUrl);
      await t.page.getByLabel(kind).check();
      await t.page.getByLabel("Due date", { exact: true }).fill(inTwoWeeks());
      await sendThriceAndClick(t.page, "Assign");
      // The copy sent first made the assignment; the click is told nothing new was made.
      await t.page
        .getByText("This form had already been sent, so nothing new was created.")
        .waitFor();
      await reloadChangesNothing(t.page, "assignments");
      expect(await t.page.locator(".notice").count()).toBe(0);
    }
    expect(await count("assignments")).toBe(2);
    expect(await count("quizzes")).toBe(1);

    await s.page.goto("/");
    await sendThriceAndClick(s.page, "Start quiz");
    await s.page.waitForURL(/\/attempts\/att_\w+$/);
    expect(await count("quiz_attempts")).toBe(1);
    await reloadChangesNothing(s.page, "quiz_attempts");
    await s.page.getByRole("button", { name: "Submit" }).last().click();
    await s.page.waitForURL(/\/results$/);

    await s.page.goto("/quizzes/new?deck=bank-all");
    await s.page.getByLabel("Number of questions").fill("5");
    await sendThriceAndClick(s.page, "Start quiz");
    await s.page.waitForURL(/\/attempts\/att_\w+$/);
    expect(await count("quiz_attempts")).toBe(2);
    await reloadChangesNothing(s.page, "quiz_attempts");
    await s.page.getByRole("button", { name: "Submit" }).last().click();
    await s.page.waitForURL(/\/results$/);
    await sendThriceAndClick(s.page, "Retake this quiz");
    await s.page.waitForURL(/\/attempts\/att_\w+$/);
    expect(await count("quiz_attempts")).toBe(3);
    await reloadChangesNothing(s.page, "quiz_attempts");

    await s.page.goto("/settings");
    await s.page.getByLabel("New cards per day").fill("7");
    await s.page.getByRole("button", { name: "Save settings" }).click();
    await s.page.getByText("Your settings were saved.").waitFor();
    expect(new URL(s.page.url()).pathname).toBe("/settings");
    await s.page.reload();
    expect(await s.page.getByText("Your settings were saved.").count()).toBe(0);

    await t.page.goto(classUrl);
    await t.page.getByRole("button", { name: "Remove Sam Student from the class" }).click();
    await t.page.getByText("The student was removed from the class.").waitFor();
    await reloadChangesNothing(t.page, "class_members");
    expect(await count("class_members")).toBe(0);
    db.close();
    expect([...t.problems, ...s.problems]).toEqual([]);
  });
});
