import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readBankFile } from "../../src/bank-file.ts";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "../../src/demo.ts";
import { client } from "../helpers/client.ts";
import { plain } from "../helpers/html.ts";
import { MINI_BANK, type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeEach(async () => {
  t = await testApp("2026-03-02T09:00:00Z");
});
afterEach(() => t.cleanup());

describe("the demo learner", () => {
  it("is created once, with weeks of reviews, and can log in", async () => {
    const first = await seedDemo(t.db, readBankFile(MINI_BANK), t.clock.now, 10_000, "test");
    expect(first.created).toBe(true);
    expect(first.reviews).toBeGreaterThan(20);
    expect(
      (await seedDemo(t.db, readBankFile(MINI_BANK), t.clock.now, 10_000, "test")).created,
    ).toBe(false);
    const res = await client(t.app).login(DEMO_EMAIL, DEMO_PASSWORD);
    expect(res.status).toBe(303);
  });
});

describe("the demo learner in production", () => {
  it("is never created, whatever calls for it", async () => {
    const result = await seedDemo(t.db, readBankFile(MINI_BANK), t.clock.now, 10_000, "production");
    expect(result).toEqual({ created: false, reviews: 0, refused: true });
    expect(await t.db.first("SELECT COUNT(*) AS n FROM users", undefined, (r) => Number(r.n))).toBe(
      0,
    );
  });
});

describe("the progress page", () => {
  it("shows the forecast, the review calendar, retention per month and card states, each with a text alternative", async () => {
    const bank = readBankFile(MINI_BANK);
    await seedDemo(t.db, bank, t.clock.now, 10_000, "test");
    const demo = client(t.app);
    await demo.login(DEMO_EMAIL, DEMO_PASSWORD);
    const res = await demo.get("/progress");
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const title of [
      "Cards by state",
      "Cards due on each of the next 30 days",
      "Reviews per day over the past year",
      "True retention per month",
    ]) {
      expect(html).toContain(`<title id="`);
      expect(html).toContain(title);
    }
    expect(html).not.toMatch(/style="/);
    const total = await t.db.first("SELECT COUNT(*) AS n FROM review_logs", undefined, (r) =>
      Number(r.n),
    );
    expect(plain(html)).toContain(`${total} reviews in the past year`);
    // 30 forecast rows in the table alternative.
    const forecastTable = html.split("Forecast as a table")[1]?.split("</table>")[0] ?? "";
    expect(forecastTable.match(/<tr>/g)?.length).toBe(31);
    // Every card of the deck is counted in exactly one state: those studied, and the new
    // ones the demo leaves for its first visit.
    const studied = await t.db.first("SELECT COUNT(*) AS n FROM cards", undefined, (r) =>
      Number(r.n),
    );
    expect(studied).toBeLessThan(bank.events.length);
    const cards = bank.events.length;
    const stateTable = html.split("Cards by state as a table")[1]?.split("</table>")[0] ?? "";
    const sum = [...stateTable.matchAll(/<td class="num">(\d+)<\/td>/g)].reduce(
      (a, m) => a + Number(m[1]),
      0,
    );
    expect(sum).toBe(cards);
    expect(html).toMatch(/class="heat-[1-4]"/);
  });

  it("says the same number due as the home page, from the same count", async () => {
    await seedDemo(t.db, readBankFile(MINI_BANK), t.clock.now, 10_000, "test");
    const demo = client(t.app);
    await demo.login(DEMO_EMAIL, DEMO_PASSWORD);
    for (const hours of [0, 5, 30]) {
      t.clock.advance(hours * 3_600_000);
      const due = async (path: string) =>
        Number((await (await demo.get(path)).text()).match(/data-due-now="(\d+)"/)?.[1] ?? -1);
      const home = await due("/");
      expect(home).toBeGreaterThanOrEqual(0);
      expect(await due("/progress")).toBe(home);
    }
  });

  it("says there is not enough yet rather than drawing empty charts for a new learner", async () => {
    const lou = client(t.app);
    await lou.signup("Lou", "lou@example.org");
    const text = plain(await (await lou.get("/progress")).text());
    expect(text).toContain("No reviews yet");
    expect(text).toContain("Not enough reviews yet");
    expect(text).toContain("Nothing is scheduled yet");
    const home = plain(await (await lou.get("/")).text());
    expect(home).toContain("Start studying");
  });

  it("labels every chart's axes", async () => {
    await seedDemo(t.db, readBankFile(MINI_BANK), t.clock.now, 10_000, "test");
    const demo = client(t.app);
    await demo.login(DEMO_EMAIL, DEMO_PASSWORD);
    const html = await (await demo.get("/progress")).text();
    const titles = [...html.matchAll(/<text class="axis-title"[^>]*>([^<]+)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(titles).toEqual(
      expect.arrayContaining(["Cards", "State", "Cards due", "Days from today"]),
    );
  });

  it("is only for signed-in learners", async () => {
    const res = await client(t.app).get("/progress");
    expect(res.status).toBe(303);
  });
});
