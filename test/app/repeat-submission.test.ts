import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QUESTION_TYPES } from "../../src/core/bank-schema.ts";
import { type Client, client } from "../helpers/client.ts";
import { hiddenFields, plain } from "../helpers/html.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

/*
 * Post/redirect/get and one-time form tokens: every form that changes something
 * answers with a 303 to the page that shows the result (so a reload repeats
 * nothing), and the same form sent twice — one after the other, or both at once
 * as a double click does — creates one record, not two.
 */

let t: TestApp;
let teacher: Client;
let sam: Client;

beforeEach(async () => {
  t = await testApp("2026-03-02T09:00:00Z");
  teacher = client(t.app);
  await teacher.signup("Ms Tess", "tess@example.org", { teacher: true });
  sam = client(t.app);
  await sam.signup("Sam", "sam@example.org");
});
afterEach(() => t.cleanup());

const count = (table: string) =>
  t.db.first(`SELECT COUNT(*) AS n FROM ${table}`, undefined, (r) => Number(r.n));

/** The hidden fields (the one-time token among them) of a form on a page. */
async function formOn(who: Client, page: string, action: string | RegExp) {
  return hiddenFields(await (await who.get(page)).text(), action);
}

async function newClass(): Promise<{ id: string; code: string }> {
  const res = await teacher.post("/classes", {
    name: "History 9B",
    ...(await formOn(teacher, "/classes", "/classes")),
  });
  const id = res.headers.get("location")?.split("/").pop() ?? "";
  const html = await (await teacher.get(`/classes/${id}`)).text();
  const code = html.match(/data-join-code="([A-Z0-9]{12})"/)?.[1] ?? "";
  await sam.post("/classes/join", { code });
  return { id, code };
}

const ASSIGN = {
  deck: "bank-all",
  due: "2026-03-20",
  target: "0.85",
  count: "6",
  attempts: "3",
  minutes: "",
  assigned: "1",
};

describe("a form sent twice creates one record", () => {
  it("creates one class, whether the copies arrive one after the other or together", async () => {
    const form = await formOn(teacher, "/classes", "/classes");
    expect(form.form_token).toMatch(/^[\w-]{22}$/);
    const first = await teacher.post("/classes", { name: "History 9B", ...form });
    const again = await teacher.post("/classes", { name: "History 9B", ...form });
    expect(first.status).toBe(303);
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(await count("classes")).toBe(1);
    const shown = plain(await (await teacher.get(again.headers.get("location") ?? "")).text());
    expect(shown).toContain("This form had already been sent, so nothing new was created.");

    const twin = await formOn(teacher, "/classes", "/classes");
    expect(twin.form_token).not.toBe(form.form_token);
    const both = await Promise.all([
      teacher.post("/classes", { name: "History 9C", ...twin }),
      teacher.post("/classes", { name: "History 9C", ...twin }),
    ]);
    expect(both.map((r) => r.status)).toEqual([303, 303]);
    expect(both[0]?.headers.get("location")).toBe(both[1]?.headers.get("location"));
    expect(await count("classes")).toBe(2);
  });

  it("creates one assignment of each kind, and one quiz for the quiz assignment", async () => {
    const { id } = await newClass();
    for (const kind of ["deck", "quiz"]) {
      const form = await formOn(teacher, `/classes/${id}`, `/classes/${id}/assignments`);
      const fields = {
        ...ASSIGN,
        ...form,
        kind,
        ...Object.fromEntries(QUESTION_TYPES.map((k) => [`kind_${k}`, "on"])),
      };
      const sent = await Promise.all([
        teacher.post(`/classes/${id}/assignments`, fields),
        teacher.post(`/classes/${id}/assignments`, fields),
      ]);
      expect(sent.map((r) => [r.status, r.headers.get("location")])).toEqual([
        [303, `/classes/${id}`],
        [303, `/classes/${id}`],
      ]);
      expect(await teacher.post(`/classes/${id}/assignments`, fields).then((r) => r.status)).toBe(
        303,
      );
    }
    expect(await count("assignments")).toBe(2);
    expect(await count("quizzes")).toBe(1);
    // The page the redirect leads to says what happened once; a reload says nothing more.
    expect(plain(await (await teacher.get(`/classes/${id}`)).text())).not.toContain(
      "The assignment was created.",
    );
  });

  it("starts one attempt from an assignment, one own quiz, and one retake", async () => {
    const { id } = await newClass();
    await teacher.post(`/classes/${id}/assignments`, {
      ...ASSIGN,
      ...(await formOn(teacher, `/classes/${id}`, `/classes/${id}/assignments`)),
      kind: "quiz",
      ...Object.fromEntries(QUESTION_TYPES.map((k) => [`kind_${k}`, "on"])),
    });
    const start = await formOn(sam, "/", /^\/assignments\/asg_\w+\/start$/);
    const action = (await (await sam.get("/")).text()).match(
      /action="(\/assignments\/asg_\w+\/start)"/,
    )?.[1];
    const starts = await Promise.all([
      sam.post(action ?? "", start),
      sam.post(action ?? "", start),
    ]);
    expect(starts.map((r) => r.status)).toEqual([303, 303]);
    expect(starts[0]?.headers.get("location")).toBe(starts[1]?.headers.get("location"));
    expect(await count("quiz_attempts")).toBe(1);

    const own = await formOn(sam, "/quizzes/new?deck=bank-all", "/quizzes");
    const quizForm = {
      ...own,
      count: "5",
      kinds: ["date-choice", "date-typed"],
      from: "",
      to: "",
      minutes: "",
    };
    const made = [await sam.post("/quizzes", quizForm), await sam.post("/quizzes", quizForm)];
    expect(made.map((r) => r.status)).toEqual([303, 303]);
    expect(made[1]?.headers.get("location")).toBe(made[0]?.headers.get("location"));
    expect(await count("quizzes")).toBe(2);
    expect(await count("quiz_attempts")).toBe(2);

    const attempt = made[0]?.headers.get("location") ?? "";
    await sam.post(`${attempt}/finish`);
    const results = await (await sam.get(`${attempt}/results`)).text();
    const retake = hiddenFields(results, /\/retake$/);
    const retakeAction = results.match(/action="(\/quizzes\/quiz_\w+\/retake)"/)?.[1] ?? "";
    const retakes = await Promise.all([
      sam.post(retakeAction, retake),
      sam.post(retakeAction, retake),
    ]);
    expect(retakes.map((r) => r.status)).toEqual([303, 303]);
    expect(retakes[0]?.headers.get("location")).toBe(retakes[1]?.headers.get("location"));
    expect(await count("quiz_attempts")).toBe(3);
  });

  it("still works for a client that sends no token (without the protection)", async () => {
    const res = await teacher.post("/classes", { name: "No token" });
    expect(res.status).toBe(303);
    expect(await count("classes")).toBe(1);
  });
});

describe("every form that changes something answers with a redirect to a page", () => {
  it("answers 303, and the page it leads to loads with a GET", async () => {
    const { id } = await newClass();
    const assign = await teacher.post(`/classes/${id}/assignments`, {
      ...ASSIGN,
      ...(await formOn(teacher, `/classes/${id}`, `/classes/${id}/assignments`)),
      kind: "deck",
    });
    const samId = await t.db.first(
      "SELECT id FROM users WHERE email = ?",
      ["sam@example.org"],
      (r) => Number(r.id),
    );
    const followed = async (who: Client, res: Response) => {
      expect(res.status).toBe(303);
      return (await who.get(res.headers.get("location") ?? "")).status;
    };
    expect(await followed(teacher, assign)).toBe(200);
    const settings = await sam.post("/settings", {
      new_per_day: "5",
      reviews_per_day: "50",
      retention: "0.85",
      time_zone: "Europe/Paris",
    });
    expect(await followed(sam, settings)).toBe(200);
    const code =
      (await (await teacher.get(`/classes/${id}`)).text()).match(
        /data-join-code="([A-Z0-9]{12})"/,
      )?.[1] ?? "";
    expect(await followed(sam, await sam.post("/classes/join", { code }))).toBe(200);
    const remove = await teacher.post(`/classes/${id}/members/${samId}/remove`);
    expect(await followed(teacher, remove)).toBe(200);
    // A second removal (a resent form) changes nothing and says so.
    const removeAgain = await teacher.post(`/classes/${id}/members/${samId}/remove`);
    expect(removeAgain.status).toBe(303);
    expect(plain(await (await teacher.get(`/classes/${id}`)).text())).toContain(
      "That student is not in this class.",
    );
  });
});
