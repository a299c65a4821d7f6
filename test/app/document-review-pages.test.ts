import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Bank, parseBank } from "../../src/core/bank-schema.ts";
import { REVIEW_PAGE_SIZE, TEXT_PREVIEW_CHARS } from "../../src/core/review-pages.ts";
import { workingCopy } from "../../src/db/collections.ts";
import { type Client, client } from "../helpers/client.ts";
import { fileForm, uploadAndWait } from "../helpers/documents.ts";
import { plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

/*
 * A long document's review page is paged: each request renders one page of events
 * (and of the other lists), so its size and cost are bounded whatever the document's.
 */

let t: TestApp;
let teacher: Client;

beforeEach(async () => {
  t = await testApp("2026-03-02T09:00:00Z");
  teacher = client(t.app);
  await teacher.signup("Ms Tess", "tess@example.org", { teacher: true });
});
afterEach(() => t.cleanup());

/** A chronicle of one dated event per paragraph, each about a different town and year. */
function chronicle(events: number, padding = 0): string {
  const paragraphs = Array.from(
    { length: events },
    (_, i) => `On ${1 + (i % 28)} March ${1800 + i}, Town${i} held its first election.`,
  );
  return `A chronicle of bridges\n\n${paragraphs.join("\n\n")}${"\n\nThe end.".repeat(padding)}`;
}

async function bankOf(cid: string): Promise<Bank> {
  const copy = await workingCopy(t.db, cid);
  if (!copy) throw new Error(`no collection ${cid}`);
  return parseBank(JSON.parse(copy.bankJson));
}

describe("the review page of a long document", () => {
  it("shows one page of events at a time, with links between pages and totals over the whole document", async () => {
    const { cid } = await uploadAndWait(t, teacher, fileForm("bridges.txt", chronicle(120)));
    const bank = await bankOf(cid);
    const total = bank.events.length;
    expect(total).toBeGreaterThan(2 * REVIEW_PAGE_SIZE);
    const pages = Math.ceil(total / REVIEW_PAGE_SIZE);

    const first = await (await teacher.get(`/documents/${cid}`)).text();
    expect(plain(first)).toContain(`Events (1–${REVIEW_PAGE_SIZE} of ${total})`);
    expect(plain(first)).toContain(`Page 1 of ${pages}`);
    expect(plain(first)).toContain(`${total} events`);
    expect(first).toContain(`href="/documents/${cid}?page=2"`);
    expect(first).not.toContain('rel="prev"');
    // Only this page's events are on it.
    expect(first).toContain(`id="${bank.events[0]?.id}"`);
    expect(first).not.toContain(`id="${bank.events[REVIEW_PAGE_SIZE]?.id}"`);

    const second = await (await teacher.get(`/documents/${cid}?page=2`)).text();
    expect(second).toContain(`id="${bank.events[REVIEW_PAGE_SIZE]?.id}"`);
    expect(second).not.toContain(`id="${bank.events[0]?.id}"`);
    expect(second).toContain(`href="/documents/${cid}"`);
    expect(second).toContain('start="51"');

    // A page past the end (say, after a new, shorter version) shows the last page.
    const beyond = await teacher.get(`/documents/${cid}?page=999`);
    expect(beyond.status).toBe(200);
    expect(plain(await beyond.text())).toContain(`Page ${pages} of ${pages}`);
    // A malformed page number is ignored, not an error.
    expect((await teacher.get(`/documents/${cid}?page=abc`)).status).toBe(200);
  });

  it("returns the teacher to the page of the event or question they changed", async () => {
    const { cid } = await uploadAndWait(t, teacher, fileForm("bridges.txt", chronicle(120)));
    const bank = await bankOf(cid);
    const event = bank.events[REVIEW_PAGE_SIZE + 3];
    if (!event) throw new Error("no event on page 2");
    const hidden = await teacher.post(`/documents/${cid}/events/${event.id}/hide`, {});
    expect(hidden.status).toBe(303);
    expect(hidden.headers.get("location")).toBe(
      `/documents/${cid}?done=event-hidden&page=2#${event.id}`,
    );
    const page = await (await teacher.get(`/documents/${cid}?done=event-hidden&page=2`)).text();
    expect(plain(page)).toContain("The event and its questions are hidden from students.");
    expect(page).toContain(`id="${event.id}"`);

    const question = bank.questions.find(
      (q) => q.eventIds.length === 1 && q.eventIds[0] === event.id,
    );
    if (!question) throw new Error("the event has no question");
    // An edit refused (422) is shown on the page that holds the question, with its error.
    const refused = await teacher.post(`/documents/${cid}/questions/${question.id}`, {
      prompt: "Wh?",
      answer: "1853",
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain(`id="${question.id}"`);
    expect(plain(html)).toContain("Write the question (at least 5 characters).");
    const saved = await teacher.post(`/documents/${cid}/questions/${question.id}/hide`, {});
    expect(saved.headers.get("location")).toBe(
      `/documents/${cid}?done=question-hidden&page=2#${question.id}`,
    );
  });

  it("shows the start of a long text and links to the whole of it, for its teacher only", async () => {
    const text = chronicle(10, 20_000);
    expect(text.length).toBeGreaterThan(TEXT_PREVIEW_CHARS);
    const { cid } = await uploadAndWait(t, teacher, fileForm("bridges.txt", text));
    const page = await (await teacher.get(`/documents/${cid}`)).text();
    expect(plain(page)).toContain(
      `The first ${TEXT_PREVIEW_CHARS.toLocaleString("en")} characters are shown.`,
    );
    expect(page).toContain(`href="/documents/${cid}/text"`);
    expect(page.length).toBeLessThan(text.length);

    const whole = await teacher.get(`/documents/${cid}/text`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect((await whole.text()).trim()).toBe(text.trim());

    const other = client(t.app);
    await other.signup("Mr Other", "other@example.org", { teacher: true });
    expect((await other.get(`/documents/${cid}/text`)).status).toBe(404);
    const student = client(t.app);
    await student.signup("Ann", "ann@example.org");
    expect((await student.get(`/documents/${cid}/text`)).status).toBe(403);
  });

  it("checks a question again once a teacher has edited it, and says what is wrong with it", async () => {
    const { cid } = await uploadAndWait(t, teacher, fileForm("bridges.txt", chronicle(120)));
    const bank = await bankOf(cid);
    const cloze = bank.questions.filter((q) => q.type === "cloze").at(-1);
    if (!cloze) throw new Error("no cloze question");
    // Saved (nothing leaks the answer), but a cloze without its blank asks nothing.
    const saved = await teacher.post(`/documents/${cid}/questions/${cloze.id}`, {
      prompt: "A town held its first election that year.",
      answer: typeof cloze.answer === "string" ? cloze.answer : "",
    });
    expect(saved.status).toBe(303);
    const location = saved.headers.get("location") ?? "";
    expect(location).toMatch(/&page=3#q_/);
    const html = await (await teacher.get(location)).text();
    const row = html.slice(html.indexOf(`id="${cloze.id}"`));
    const shown = plain(row.slice(0, row.indexOf("</li>")));
    expect(shown).toContain("flagged");
    expect(shown).toMatch(/Check: .*cloze prompt must have exactly one blank/);
  });

  it("shows a short document on one page, without page links", async () => {
    const { cid } = await uploadAndWait(t, teacher, fileForm("bridges.txt", chronicle(8)));
    const page = await (await teacher.get(`/documents/${cid}`)).text();
    expect(page).not.toContain("Page 1 of");
    expect(page).not.toContain("The whole text");
    expect(plain(page)).toMatch(/Events \(\d+\)/);
  });
});
