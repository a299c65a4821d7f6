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
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

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

  it("uploads a document, reviews it, publishes it", async () => {
    const t = await watchedPage(
      await world.browser.newContext({ baseURL: world.server.url }),
      "teacher-upload",
    );
    await signup(t.page, "Mr Upload", "upload@example.org", true);
    await t.page.goto("/documents");
    await t.page
      .getByLabel("Document file (.txt or .md, up to 2 MB)")
      .setInputFiles("test/fixtures/uploads/apollo.txt");
    await t.page.getByRole("button", { name: "Upload document" }).click();
    await t.page.getByRole("heading", { name: "Apollo program" }).waitFor();
    expect(await t.page.getByText("Draft: students cannot see this deck yet").count()).toBe(1);
    const first = t.page.getByRole("button", { name: "Hide this question" }).first();
    await first.click();
    await t.page.getByText("The question is hidden from students.").waitFor();
    await t.page.getByRole("button", { name: "Publish" }).click();
    await t.page
      .getByText("Published: you can now assign this deck to your classes.")
      .first()
      .waitFor();
    await t.page.getByRole("link", { name: "Open the deck" }).click();
    await t.page.getByRole("heading", { name: "Apollo program" }).waitFor();
    expect(await t.page.locator("svg.chart circle.dot").count()).toBeGreaterThan(3);
    expect(t.problems).toEqual([]);
  });
});
