import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Bank, parseBank } from "../../src/core/bank-schema.ts";
import { loadCollection, workingCopy } from "../../src/db/collections.ts";
import { findUserByEmail } from "../../src/db/users.ts";
import { createClassAs } from "../helpers/classes.ts";
import { type Client, client } from "../helpers/client.ts";
import { fileForm, uploadAndWait } from "../helpers/documents.ts";
import { hiddenFields, plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

let t: TestApp;
let teacher: Client;
let ann: Client;
const APOLLO = new Uint8Array(readFileSync("test/fixtures/uploads/apollo.txt"));
const APOLLO_V2 = new Uint8Array(readFileSync("test/fixtures/uploads/apollo-v2.txt"));

beforeEach(async () => {
  t = await testApp("2026-03-02T09:00:00Z");
  teacher = client(t.app);
  await teacher.signup("Ms Tess", "tess@example.org", { teacher: true });
  ann = client(t.app);
  await ann.signup("Ann", "ann@example.org");
});
afterEach(() => t.cleanup());

async function upload(
  bytes: Uint8Array<ArrayBuffer> | string = APOLLO,
  name = "apollo.txt",
): Promise<string> {
  return (await uploadAndWait(t, teacher, fileForm(name, bytes))).cid;
}

async function working(cid: string): Promise<Bank> {
  const copy = await workingCopy(t.db, cid);
  if (!copy) throw new Error(`no uploaded collection ${cid}`);
  return parseBank(JSON.parse(copy.bankJson));
}

const jobCount = () =>
  t.db.first("SELECT COUNT(*) AS n FROM document_jobs", undefined, (r) => Number(r.n));

const collectionCount = () =>
  t.db.first("SELECT COUNT(*) AS n FROM collections WHERE kind = 'upload'", undefined, (r) =>
    Number(r.n),
  );

describe("decks from documents", () => {
  it("turns an uploaded file into a draft deck the teacher reviews; students cannot see it", async () => {
    const cid = await upload();
    const page = await (await teacher.get(`/documents/${cid}`)).text();
    const text = plain(page);
    expect(text).toContain("Apollo program");
    expect(text).toContain("Draft: students cannot see this deck yet");
    expect(text).toContain("20 July 1969");
    expect(text).toContain("Sentences without a date");
    expect(page).toContain("Publish");
    expect((await ann.get(`/decks/${cid}-all`)).status).toBe(404);
    expect((await ann.get(`/documents/${cid}`)).status).toBe(403);
    const other = client(t.app);
    await other.signup("Mr Other", "other@example.org", { teacher: true });
    expect((await other.get(`/documents/${cid}`)).status).toBe(404);
  });

  it("accepts pasted text", async () => {
    const f = new FormData();
    f.append("text", new TextDecoder().decode(APOLLO));
    await uploadAndWait(t, teacher, f);
    expect(await collectionCount()).toBe(1);
  });

  it("lists the questions the quality gate left out, with the reason, on the review page", async () => {
    const f = new FormData();
    f.append(
      "text",
      [
        "Expeditions to the East",
        "",
        "In 1851, President Millard Fillmore authorized a naval expedition to Japan to return shipwrecked Japanese sailors.",
        "",
        "In 1853, Commodore Matthew Perry led four ships into Tokyo Bay.",
        "",
        "In 1854, Japan signed the Convention of Kanagawa with the United States.",
      ].join("\n"),
    );
    const { review } = await uploadAndWait(t, teacher, f);
    const text = plain(await (await teacher.get(review)).text());
    // "Japanese" gives away "Japan": the blank is left out, and the teacher sees why.
    expect(text).toMatch(/Questions left out \(\d+\)/);
    expect(text).toContain("a naval expedition to _____ to return shipwrecked Japanese sailors");
    expect(text).toContain("prompt contains the answer");
  });

  it("says on the review page why an event has no questions", async () => {
    const f = new FormData();
    f.append(
      "text",
      [
        "Apollo 13",
        "",
        "An oxygen tank exploded aboard Apollo 13 on 13 April 1970.",
        "",
        "The crew returned safely on 17 April 1970.",
      ].join("\n"),
    );
    const { review } = await uploadAndWait(t, teacher, f);
    const text = plain(await (await teacher.get(review)).text());
    expect(text).toContain("The crew returned safely.");
    expect(text).toContain("No questions: “The crew” is not said in the sentence.");
    // An event with questions says nothing of the kind, and the event is no "question left out".
    expect(text.match(/No questions:/g)).toHaveLength(1);
    expect(text).not.toMatch(/Questions left out \(\d+\)[\s\S]*The crew returned safely/);
  });

  it.each([
    ["an empty file", "empty.txt", "", /empty/i],
    [
      "a binary file",
      "photo.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]),
      /named like a text file, but its content is binary data/i,
    ],
    [
      "a file that is not UTF-8",
      "latin1.txt",
      new Uint8Array([
        0x44, 0xe9, 0x63, 0x65, 0x6d, 0x62, 0x72, 0x65, 0x20, 0x31, 0x39, 0x36, 0x39,
      ]),
      /binary data/,
    ],
    ["a file that says it is a PDF but is not", "paper.pdf", "Just some notes", /named like a PDF/],
    ["an unknown kind of file", "tool.exe", "MZ", /Upload a PDF, a Word document/],
  ])("explains why %s cannot be used, and stores nothing", async (_what, name, bytes, message) => {
    const res = await teacher.postMultipart("/documents", fileForm(name, bytes));
    expect(res.status).toBe(422);
    expect(plain(await res.text())).toMatch(message);
    expect(await collectionCount()).toBe(0);
    expect(await jobCount()).toBe(0);
  });

  it("refuses a document over 10 MB with 413", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 100 * 1024).fill(0x41);
    const res = await teacher.postMultipart("/documents", fileForm("big.pdf", big));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("larger than 10 MB");
    expect(await collectionCount()).toBe(0);
    expect(await jobCount()).toBe(0);
  });

  it("lets the teacher edit a question, rejecting an answer that is not an option or a prompt that gives it away", async () => {
    const cid = await upload();
    const bank = await working(cid);
    const choice = bank.questions.find((q) => q.type === "date-choice");
    if (!choice) throw new Error("no date-choice question");
    const path = `/documents/${cid}/questions/${choice.id}`;
    const bad = await teacher.post(path, { prompt: choice.prompt, answer: "1 January 1900" });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("The answer must be one of the options");
    const leak = await teacher.post(path, {
      prompt: `Was it on ${choice.answer}?`,
      answer: choice.answer as string,
    });
    expect(leak.status).toBe(422);
    expect(await leak.text()).toContain("would not be fair");
    const ok = await teacher.post(path, {
      prompt: "When did this mission happen?",
      answer: choice.answer as string,
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/documents/${cid}?done=saved#${choice.id}`);
    const saved = (await working(cid)).questions.find((q) => q.id === choice.id);
    expect(saved).toMatchObject({ prompt: "When did this mission happen?", edited: true });
  });

  it("hides questions and events from students, then publishes the deck for assignment", async () => {
    const cid = await upload();
    const bank = await working(cid);
    const event = bank.events[0];
    const question = bank.questions.find((q) => q.eventIds[0] !== event?.id);
    await teacher.post(`/documents/${cid}/events/${event?.id}/hide`);
    await teacher.post(`/documents/${cid}/questions/${question?.id}/hide`);
    const published = await teacher.post(`/documents/${cid}/publish`);
    expect(published.status).toBe(303);
    const after = await teacher.get(published.headers.get("location") ?? "");
    expect(plain(await after.text())).toContain("Published: you can now assign this deck");
    // Assign to a class and let Ann study it.
    const { id: cls, code } = await createClassAs(teacher, "Space");
    await ann.post("/classes/join", { code });
    const assigned = await teacher.post(`/classes/${cls}/assignments`, {
      deck: `${cid}-all`,
      kind: "deck",
      due: "2026-03-30",
      target: "0.85",
      assigned: "1",
    });
    expect(assigned.status).toBe(303);
    const deck = await (await ann.get(`/decks/${cid}-all`)).text();
    expect(deck).not.toContain(event?.text ?? "§");
    const studyPage = await (await ann.get(`/decks/${cid}-all/study`)).text();
    const fields = hiddenFields(studyPage, `/decks/${cid}-all/study/answer`);
    expect(fields.event).not.toBe(event?.id);
    expect(fields.question).not.toBe(question?.id);
  });

  it("a new version keeps schedules of unchanged events and marks changed ones for relearning", async () => {
    const cid = await upload();
    await teacher.post(`/documents/${cid}/publish`);
    const before = await working(cid);
    const apollo12 = before.events.find((e) => e.text.includes("Apollo 12"));
    const apollo11 = before.events.find((e) => e.text.includes("Apollo 11"));
    const annId = (await findUserByEmail(t.db, "ann@example.org"))?.id ?? null;
    for (const e of [apollo11, apollo12]) {
      await t.db.execute(
        `INSERT INTO cards (user_id, event_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, version)
         VALUES (?, ?, 1777000000000, 12, 5, 3, 12, 0, 3, 0, 2, 1772000000000, 3)`,
        [annId, e?.id ?? ""],
      );
    }
    const f = fileForm("apollo.txt", APOLLO_V2);
    const { review } = await uploadAndWait(t, teacher, f, `/documents/${cid}/version`);
    const page = plain(await (await teacher.get(review)).text());
    expect(page).toMatch(/1 changed/);
    expect(page).toContain("The new version was processed");
    // Students still see the published version until the teacher publishes the new one.
    const published = parseBank(JSON.parse((await loadCollection(t.db, cid))?.bankJson ?? "{}"));
    expect(published.events.some((e) => e.id === apollo12?.id)).toBe(true);
    await teacher.post(`/documents/${cid}/publish`);
    const after = await working(cid);
    const new12 = after.events.find((e) => e.text.includes("Apollo 12"));
    expect(new12?.id).toBeDefined();
    expect(new12?.date.start).toBe("1969-11-19");
    expect(after.events.some((e) => e.id === apollo11?.id)).toBe(true);
    const cards = await t.db.all(
      "SELECT event_id, state, stability, reps FROM cards WHERE user_id = ?",
      [annId],
      (r) => ({ ...r }),
    );
    expect(cards).toContainEqual({ event_id: apollo11?.id, state: 2, stability: 12, reps: 3 });
    expect(cards).toContainEqual(
      expect.objectContaining({ event_id: new12?.id, state: 0, reps: 3 }),
    );
  });

  it("exports a deck for Anki (stable GUID column) and for Moodle (GIFT)", async () => {
    const cid = await upload();
    await teacher.post(`/documents/${cid}/publish`);
    const anki = await (await teacher.get(`/decks/${cid}-all/export/anki.csv`)).text();
    const lines = anki.split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "#separator:Comma",
      "#html:true",
      "#notetype:Basic",
      "#deck:Chronodeck::Apollo program",
      "#guid column:1",
      "#tags column:4",
      "#columns:GUID,Front,Back,Tags",
    ]);
    expect(lines[7]).toMatch(/^chronodeck-q_\w+,/);
    const again = await (await teacher.get(`/decks/${cid}-all/export/anki.csv`)).text();
    expect(again).toBe(anki);
    const gift = await (await teacher.get(`/decks/${cid}-all/export/gift.txt`)).text();
    // A date choice: its options, the right one marked "=" wherever it falls in date order.
    expect(gift).toMatch(/::q_\w+::When [^{\n]+\{\n(?:~.+\n)*=.+\n(?:~.+\n)*####/);
    expect(gift).toMatch(/~\d{1,2} \w+ 19\d\d/);
    expect((await ann.get(`/decks/${cid}-all/export/gift.txt`)).status).toBe(404);
  });
});
