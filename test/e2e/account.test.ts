import { describe, expect, it } from "vitest";
import { signupInBrowser as signup, useServerAndBrowser, watchedPage } from "./harness.ts";

const world = useServerAndBrowser();

describe("accounts in the browser", () => {
  it("an administrator reads the audit log; a student changes their password and a teacher resets it", async () => {
    const context = () => world.browser.newContext({ baseURL: world.server.url });
    const admin = await watchedPage(await context(), "account-admin");
    const teacher = await watchedPage(await context(), "account-teacher");
    const student = await watchedPage(await context(), "account-student");
    await signup(admin.page, "Ada Admin", "ada@example.org", true);
    await signup(teacher.page, "Ms Tess", "tess@example.org", true);
    await teacher.page.goto("/classes");
    await teacher.page.getByLabel("Class name").fill("History 9B");
    await teacher.page.getByRole("button", { name: "Create class" }).click();
    const code = (await teacher.page.locator("[data-join-code]").innerText()).trim();
    await signup(student.page, "Sam Student", "sam@example.org");
    await student.page.goto("/classes");
    await student.page.getByLabel("Join code").fill(code);
    await student.page.getByRole("button", { name: "Join class" }).click();
    await student.page.getByRole("heading", { name: "History 9B" }).waitFor();

    // Settings → Account and security → Change password, with a common password first.
    await student.page.goto("/settings");
    await student.page.getByRole("link", { name: "Account and security" }).click();
    await student.page.getByLabel("Current password").fill("a long enough password");
    await student.page.getByLabel("New password", { exact: true }).fill("password123");
    await student.page.getByLabel("New password again").fill("password123");
    await student.page.getByRole("button", { name: "Change password" }).click();
    await student.page.getByText("one of the most common ones").waitFor();
    await student.page.getByLabel("Current password").fill("a long enough password");
    await student.page.getByLabel("New password", { exact: true }).fill("three quiet rivers");
    await student.page.getByLabel("New password again").fill("three quiet rivers");
    await student.page.getByRole("button", { name: "Change password" }).click();
    await student.page.getByText("Your password was changed.").waitFor();

    // The teacher makes a one-time reset link; the student uses it.
    await teacher.page.reload();
    await teacher.page.getByRole("button", { name: "Password reset link for Sam Student" }).click();
    const link = await teacher.page.getByLabel("Reset link").inputValue();
    await student.page.goto(link);
    await student.page.getByLabel("New password", { exact: true }).fill("four loud mountains");
    await student.page.getByLabel("New password again").fill("four loud mountains");
    await student.page.getByRole("button", { name: "Set the new password" }).click();
    await student.page
      .getByText("Your password was changed and every session was signed out.")
      .waitFor();
    await student.page.getByLabel("Email").fill("sam@example.org");
    await student.page.getByLabel("Password").fill("four loud mountains");
    await student.page.getByRole("button", { name: "Log in" }).click();
    await student.page.waitForURL(/\/$/);

    await admin.page.goto("/account");
    await admin.page.getByRole("link", { name: "Administration" }).click();
    await admin.page.getByRole("link", { name: "Audit log" }).click();
    const log = await admin.page.locator("main").innerText();
    for (const action of ["password.change", "password.reset.link", "password.reset", "class.join"])
      expect(log).toContain(action);

    for (const w of [admin, teacher, student]) expect(w.problems).toEqual([]);
  });
});
