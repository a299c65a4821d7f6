import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { signupInBrowser as signup, useServerAndBrowser, watchedPage } from "./harness.ts";

const world = useServerAndBrowser();

function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

describe("a teacher and a student in the browser", () => {
  it("class, join code, assignment, study, and the dashboard shows it", async () => {
    const t = await watchedPage(
      await world.browser.newContext({ baseURL: world.server.url }),
      "teacher-class",
    );
    const s = await watchedPage(
      await world.browser.newContext({ baseURL: world.server.url }),
      "student-class",
    );
    await signup(t.page, "Ms Tess", "tess@example.org", true);
    await t.page.goto("/classes");
    await t.page.getByLabel("Class name").fill("History 9B");
    await t.page.getByRole("button", { name: "Create class" }).click();
    const code = (await t.page.locator("[data-join-code]").innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    await signup(s.page, "Sam Student", "sam@example.org");
    await s.page.goto("/classes");
    await s.page.getByLabel("Join code").fill(code.toLowerCase());
    await s.page.getByRole("button", { name: "Join class" }).click();
    await s.page.getByRole("heading", { name: "History 9B" }).waitFor();

    await t.page.reload();
    await t.page.getByText("sam@example.org").waitFor();
    await t.page.getByLabel("Deck", { exact: true }).selectOption("bank-all");
    await t.page.getByLabel("Due date", { exact: true }).fill(inTwoWeeks());
    await t.page.getByRole("button", { name: "Assign" }).click();
    await t.page.getByText("The assignment was created.").waitFor();

    await s.page.goto("/");
    await s.page.getByText("not started").waitFor();
    await s.page.getByRole("link", { name: "Study", exact: true }).click();
    for (let i = 0; i < 3; i++) {
      await s.page.getByRole("button", { name: "Show answer" }).click();
      await s.page.getByRole("button", { name: /^Good/ }).click();
    }
    await s.page.goto("/");
    await s.page.getByText("in progress").waitFor();

    await t.page.getByRole("link", { name: /^Study: / }).click();
    const row = t.page.getByRole("row", { name: /Sam Student/ });
    await row.waitFor();
    const cells = await row.innerText();
    expect(cells).toMatch(/in progress/);
    expect(cells).toMatch(/3 \/ \d+/);
    expect(cells).toMatch(/\b3\b/);
    const download = t.page.waitForEvent("download");
    await t.page.getByRole("link", { name: "Export CSV" }).click();
    const csv = readFileSync((await (await download).path()) ?? "", "utf8");
    expect(csv.split("\r\n")[1]).toMatch(/^Sam Student,sam@example.org,in progress,3,/);
    expect([...t.problems, ...s.problems]).toEqual([]);
  });

  it("uploads a PDF, watches it finish, reviews and publishes it, and a student studies the deck", async () => {
    const t = await watchedPage(
      await world.browser.newContext({ baseURL: world.server.url }),
      "teacher-upload",
    );
    const s = await watchedPage(
      await world.browser.newContext({ baseURL: world.server.url }),
      "student-upload",
    );
    await signup(t.page, "Mr Upload", "upload@example.org", true);
    await t.page.goto("/documents");
    await t.page
      .getByLabel("Document file (PDF, Word .docx, web page .html, .txt or .md; up to 10 MB)")
      .setInputFiles("test/fixtures/formats/siege-headings.pdf");
    await t.page.getByRole("button", { name: "Upload document" }).click();
    // The upload is answered at once with the job's page; htmx polling brings the review page.
    await t.page.waitForURL(/\/documents\/(jobs\/job_|col_)/);
    await t.page.getByRole("heading", { name: "Siege of al-Fu'ah and Kafriya" }).waitFor();
    expect(t.page.url()).toMatch(/\/documents\/col_\w+\?job=/);
    await t.page.getByText("Your document was processed").waitFor();
    expect(await t.page.getByText("Draft: students cannot see this deck yet.").count()).toBe(1);
    // A 3,300-character document's review fits in three screens at 1280×800, Publish in view.
    await t.page.setViewportSize({ width: 1280, height: 800 });
    const height = await t.page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(3 * 800);
    await t.page.mouse.wheel(0, 1500);
    expect(await t.page.getByRole("button", { name: "Publish" }).isVisible()).toBe(true);
    await t.page.getByText(/Text read from the document \(PDF\)/).click();
    await t.page.getByText("The siege", { exact: false }).first().waitFor();

    // Questions are collapsed under their event; hide one, then approve the rest.
    await t.page
      .locator(".review-event details summary", { hasText: /questions?/ })
      .first()
      .click();
    await t.page.getByRole("button", { name: "Hide this question" }).first().click();
    await t.page.getByText("The question is hidden from students.").waitFor();
    await t.page.getByRole("button", { name: "Approve all" }).click();
    await t.page.getByText("Every question shown to students is approved.").waitFor();
    await t.page.getByRole("button", { name: "Publish" }).click();
    await t.page.getByText("Published: you can now assign this deck to your classes.").waitFor();

    await t.page.goto("/classes");
    await t.page.getByLabel("Class name").fill("History 10A");
    await t.page.getByRole("button", { name: "Create class" }).click();
    const code = (await t.page.locator("[data-join-code]").innerText()).trim();
    await signup(s.page, "Sia Student", "sia@example.org");
    await s.page.goto("/classes");
    await s.page.getByLabel("Join code").fill(code);
    await s.page.getByRole("button", { name: "Join class" }).click();
    await s.page.getByRole("heading", { name: "History 10A" }).waitFor();
    await t.page.reload();
    const deck = t.page.getByLabel("Deck", { exact: true });
    const option = deck.locator("option", { hasText: "Siege of al-Fu'ah and Kafriya" }).first();
    await deck.selectOption((await option.getAttribute("value")) ?? "");
    await t.page.getByLabel("Due date", { exact: true }).fill(inTwoWeeks());
    await t.page.getByRole("button", { name: "Assign" }).click();
    await t.page.getByText("The assignment was created.").waitFor();

    await s.page.goto("/decks");
    await s.page
      .getByRole("link", { name: /Siege of al-Fu'ah and Kafriya/ })
      .first()
      .click();
    await s.page.getByRole("heading", { name: /Siege of al-Fu'ah and Kafriya/ }).waitFor();
    expect(await s.page.locator("svg.chart circle.dot").count()).toBeGreaterThan(3);
    expect([...t.problems, ...s.problems]).toEqual([]);
  });
});
