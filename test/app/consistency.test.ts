import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBankFile } from "../../src/bank-file.ts";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "../../src/demo.ts";
import { type Client, client } from "../helpers/client.ts";
import { decode, hiddenFields, plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

/*
 * The same thing said the same way everywhere, on the real question bank:
 * every date in one style (never "2020-02-25", never a month as "26/01"), deck
 * titles unique, each event's sources named once, no developer notes on pages.
 */

const BANK = "questions/bank.json";
let t: TestApp;
let demo: Client;
let teacher: Client;
let classId = "";

beforeAll(async () => {
  t = await testApp("2026-12-06T07:53:00Z", { bankPath: BANK });
  await seedDemo(t.db, readBankFile(BANK), t.clock.now, 10_000, "test");
  demo = client(t.app);
  await demo.login(DEMO_EMAIL, DEMO_PASSWORD);
  teacher = client(t.app);
  await teacher.signup("Ms Tess", "tess@example.org", { teacher: true });
  const made = await teacher.post("/classes", {
    name: "History 9B",
    ...hiddenFields(await (await teacher.get("/classes")).text(), "/classes"),
  });
  classId = made.headers.get("location")?.split("/").pop() ?? "";
  const code =
    (await (await teacher.get(`/classes/${classId}`)).text()).match(
      /data-join-code="([A-Z0-9]{12})"/,
    )?.[1] ?? "";
  await demo.post("/classes/join", { code });
  await teacher.post(`/classes/${classId}/assignments`, {
    deck: "bank-all",
    kind: "deck",
    due: "2026-12-20",
    target: "0.85",
    assigned: "1",
  });
  const quiz = await demo.post("/quizzes", {
    deck: "bank-all",
    count: "5",
    kinds: ["date-choice", "order"],
  });
  await demo.post(`${quiz.headers.get("location")}/finish`);
});
afterAll(() => t.cleanup());

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const DAY_LIKE_MONTH = /\b\d{2}\/\d{2}\b/;

describe("one way of saying things", () => {
  it("writes every date in one style on every page", async () => {
    const assignment = (await (await teacher.get(`/classes/${classId}`)).text()).match(
      /href="(\/classes\/cls_\w+\/assignments\/asg_\w+)"/,
    )?.[1];
    const pages: [Client, string][] = [
      [demo, "/"],
      [demo, "/progress"],
      [demo, "/quizzes"],
      [demo, "/settings"],
      [demo, "/decks"],
      [demo, "/decks/bank-all"],
      [demo, `/classes/${classId}`],
      [teacher, `/classes/${classId}`],
      [teacher, assignment ?? "/"],
    ];
    for (const [who, path] of pages) {
      const res = await who.get(path);
      expect(res.status, path).toBe(200);
      // Visible text and the text alternatives of charts (their <title>s).
      const text = plain(await res.text());
      expect(text, path).not.toMatch(ISO_DAY);
      expect(text, path).not.toMatch(DAY_LIKE_MONTH);
      expect(text, path).not.toContain("README");
    }
  });

  it("gives every deck a title of its own, in the deck list and in the Assign menu", async () => {
    const list = await (await demo.get("/decks")).text();
    const titles = [...list.matchAll(/<h3><a href="\/decks\/[^"]+">([^<]+)<\/a>/g)].map((m) =>
      decode(m[1] ?? ""),
    );
    expect(titles.length).toBeGreaterThan(5);
    expect(new Set(titles).size).toBe(titles.length);
    const menu = (await (await teacher.get(`/classes/${classId}`)).text()).split('name="deck"')[1];
    const options = [...(menu?.split("</select>")[0] ?? "").matchAll(/>([^<]+)<\/option>/g)].map(
      (m) => m[1],
    );
    expect(new Set(options).size).toBe(options.length);
  });

  it("names each source of an event once", async () => {
    const html = await (await demo.get("/decks/bank-all")).text();
    const lists = [...html.matchAll(/class="event-sources[^"]*">Sources?: ([^<]+)</g)].map((m) =>
      decode(m[1] ?? "").split(" · "),
    );
    expect(lists.length).toBeGreaterThan(40);
    expect(lists.some((l) => l.length > 1)).toBe(true);
    for (const l of lists) expect(new Set(l).size).toBe(l.length);
  });
});
