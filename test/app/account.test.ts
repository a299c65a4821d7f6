import { afterEach, describe, expect, it } from "vitest";
import { assignmentsOfClass } from "../../src/db/classes.ts";
import { getQuiz } from "../../src/db/quizzes.ts";
import { createClassAs } from "../helpers/classes.ts";
import { type Client, client } from "../helpers/client.ts";
import { hiddenFields, plain } from "../helpers/html.ts";
import { recordingMailer } from "../helpers/mailer.ts";
import { type TestApp, testApp } from "../helpers/test-app.ts";

/*
 * Account lifecycle: change the password, see and end sessions, export one's
 * data, delete the account (a student's data goes; a teacher's classes are
 * handed over or closed), and reset a forgotten password by email or by a
 * teacher's one-time link. Each action leaves its row in the audit log.
 */

let t: TestApp;
afterEach(() => t?.cleanup());

const PASSWORD = "correct horse battery";
const count = (sql: string, args: (string | number)[] = []) =>
  t.db.first(sql, args, (r) => Number(r.n));
const auditActions = () =>
  t.db.all("SELECT action FROM audit_log ORDER BY id", undefined, (r) => String(r.action));

/** The first account is the administrator: sign one up so the accounts under test are not it. */
async function withAdmin(): Promise<void> {
  await client(t.app).signup("Ada Admin", "ada@example.org");
}

/** A student who has studied one card and answered a quiz. */
async function studiedStudent(name: string, email: string): Promise<Client> {
  const s = client(t.app);
  await s.signup(name, email);
  const front = await (await s.get("/decks/bank-all/study")).text();
  const fields = hiddenFields(front, "/decks/bank-all/study/answer");
  await s.post("/decks/bank-all/study/grade", { ...fields, rating: "3" });
  const quiz = await s.post("/quizzes", {
    deck: "bank-all",
    count: "5",
    kinds: ["date-choice", "what-happened", "which-first"],
  });
  const attempt = quiz.headers.get("location")?.split("/").pop() ?? "";
  await s.post(`/attempts/${attempt}/answer`, {
    position: "0",
    question: "q_none",
    action: "next",
    response: "2015",
  });
  return s;
}

describe("changing the password", () => {
  it("asks for the current password, checks the new one, and signs out every other session", async () => {
    t = await testApp();
    const laptop = client(t.app);
    await laptop.signup("Ann", "ann@example.org");
    const phone = client(t.app);
    expect((await phone.login("ann@example.org")).status).toBe(303);

    const wrong = await laptop.post("/account/password", {
      current_password: "not my password",
      password: "a brand new passphrase",
      password_confirm: "a brand new passphrase",
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("That is not your current password.");

    const common = await laptop.post("/account/password", {
      current_password: PASSWORD,
      password: "1234567890",
      password_confirm: "1234567890",
    });
    expect(common.status).toBe(422);
    const differ = await laptop.post("/account/password", {
      current_password: PASSWORD,
      password: "a brand new passphrase",
      password_confirm: "a brand new passphrasE",
    });
    expect(differ.status).toBe(422);
    expect(await differ.text()).toContain("The two new passwords differ.");

    const ok = await laptop.post("/account/password", {
      current_password: PASSWORD,
      password: "a brand new passphrase",
      password_confirm: "a brand new passphrase",
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Every other session was signed out.");
    expect((await laptop.get("/settings")).status).toBe(200);
    const phoneNow = await phone.get("/settings");
    expect(phoneNow.status).toBe(303);
    expect(phoneNow.headers.get("location")).toMatch(/^\/login/);
    expect((await client(t.app).login("ann@example.org")).status).toBe(401);
    expect((await client(t.app).login("ann@example.org", "a brand new passphrase")).status).toBe(
      303,
    );
    expect(await auditActions()).toContain("password.change");
  });

  it("refuses common passwords, ones made of the name or email, and runs, at sign-up too", async () => {
    t = await testApp();
    for (const [password, message] of [
      ["password123", "one of the most common ones"],
      ["qwertyuiop", "one of the most common ones"],
      ["aaaaaaaaaaaa", "single repeated character"],
      ["abcdefghijkl", "a run like 1234567890"],
      ["annabelle-lee-2026", "does not contain your name"],
      ["annabelle@example.org", "does not contain your email"],
    ]) {
      const res = await client(t.app).post("/signup", {
        name: "Annabelle Lee",
        email: "annabelle@example.org",
        password: password ?? "",
      });
      expect(res.status, password).toBe(422);
      expect(plain(await res.text()), password).toContain(message);
    }
    expect(await count("SELECT COUNT(*) AS n FROM users")).toBe(0);
  });
});

describe("sessions", () => {
  it("lists the active sessions, ends one, and signs out everywhere", async () => {
    t = await testApp();
    const laptop = client(t.app);
    await laptop.signup("Ann", "ann@example.org");
    const phone = client(t.app);
    await phone.post(
      "/login",
      { email: "ann@example.org", password: PASSWORD },
      {
        "User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/605.1",
        "X-Forwarded-For": "198.51.100.4",
      },
    );
    const page = await (await laptop.get("/account")).text();
    const text = plain(page);
    expect(text).toContain("Safari on iOS");
    expect(text).toContain("198.51.100.4");
    expect(text).toContain("(this device)");
    const ids = [...page.matchAll(/action="\/account\/sessions\/([\w]+)\/end"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(1);
    const ended = await laptop.post(`/account/sessions/${ids[0]}/end`);
    expect(ended.status).toBe(200);
    expect((await phone.get("/settings")).status).toBe(303);
    // Someone else's session id is not found.
    const other = client(t.app);
    await other.signup("Bob", "bob@example.org");
    await laptop.post("/logout");
    await laptop.login("ann@example.org");
    expect((await laptop.post("/account/sessions/ses_notmine/end")).status).toBe(404);

    const everywhere = await laptop.post("/account/sessions/end-all");
    expect(everywhere.status).toBe(200);
    expect(await everywhere.text()).toContain("You were signed out everywhere.");
    expect((await laptop.get("/settings")).status).toBe(303);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'ann@example.org'",
      ),
    ).toBe(0);
    expect((await other.get("/settings")).status).toBe(200);
  });
});

describe("exporting one's data", () => {
  it("gives reviews, attempts with answers and classes as JSON and as CSV", async () => {
    t = await testApp();
    await withAdmin();
    const teacher = client(t.app);
    await teacher.signup("Tess", "tess@example.org", { teacher: true });
    const cls = await createClassAs(teacher, "=1+1 History");
    const ann = await studiedStudent("Ann", "ann@example.org");
    await ann.post("/classes/join", { code: cls.code });
    const json = await ann.get("/account/export.json");
    expect(json.headers.get("content-disposition")).toContain("attachment");
    const data = (await json.json()) as {
      account: { email: string };
      reviews: { eventId: string; rating: number }[];
      attempts: { answers: unknown[] }[];
      classes: { name: string; as: string }[];
    };
    expect(data.account.email).toBe("ann@example.org");
    expect(data.reviews).toHaveLength(1);
    expect(data.reviews[0]?.rating).toBe(3);
    expect(data.attempts).toHaveLength(1);
    expect(data.classes).toEqual([
      expect.objectContaining({ name: "=1+1 History", as: "student" }),
    ]);
    const reviews = await (await ann.get("/account/export/reviews.csv")).text();
    expect(reviews.split("\r\n")[0]).toBe(
      "reviewed_at,event_id,question_id,origin,rating,duration_ms,undone_at",
    );
    expect(reviews.split("\r\n")[1]).toMatch(/^2026-03-02T09:00:00\.000Z,ev_/);
    const classes = await (await ann.get("/account/export/classes.csv")).text();
    expect(classes).toContain("'=1+1 History");
    const attempts = await (await ann.get("/account/export/attempts.csv")).text();
    expect(attempts.split("\r\n")[0]).toContain("attempt_id,quiz,started_at");
    expect((await ann.get("/account/export/secrets.csv")).status).toBe(404);
  });
});

describe("deleting an account", () => {
  it("removes a student's reviews, answers and memberships, and signs them out", async () => {
    t = await testApp();
    await withAdmin();
    const teacher = client(t.app);
    await teacher.signup("Tess", "tess@example.org", { teacher: true });
    const cls = await createClassAs(teacher, "History");
    const ann = await studiedStudent("Ann", "ann@example.org");
    await ann.post("/classes/join", { code: cls.code });
    const annId = await count("SELECT id AS n FROM users WHERE email = 'ann@example.org'");
    const page = plain(await (await ann.get("/account/delete")).text());
    expect(page).toContain("This cannot be undone.");

    expect((await ann.post("/account/delete", { password: PASSWORD })).status).toBe(422);
    const wrong = await ann.post("/account/delete", { password: "not it at all", confirm: "on" });
    expect(wrong.status).toBe(422);
    expect(await count("SELECT COUNT(*) AS n FROM users WHERE email = 'ann@example.org'")).toBe(1);

    const done = await ann.post("/account/delete", { password: PASSWORD, confirm: "on" });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Your account was deleted");
    for (const table of ["cards", "review_logs", "quiz_attempts", "class_members", "sessions"])
      expect(
        await count(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`, [annId ?? 0]),
        table,
      ).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM quiz_answers")).toBe(0);
    expect((await ann.get("/settings")).status).toBe(303);
    expect((await client(t.app).login("ann@example.org")).status).toBe(401);
    const roster = plain(await (await teacher.get(`/classes/${cls.id}`)).text());
    expect(roster).toContain("Students (0)");
    const row = await t.db.first(
      "SELECT actor_id, subject_id, detail FROM audit_log WHERE action = 'account.delete'",
      undefined,
      (r) => ({
        actor: Number(r.actor_id),
        subject: Number(r.subject_id),
        detail: String(r.detail),
      }),
    );
    expect(row).toEqual({ actor: annId, subject: annId, detail: "student" });
  });

  it("hands a teacher's classes, documents and quizzes over to another teacher, students and results kept", async () => {
    t = await testApp();
    await withAdmin();
    const tess = client(t.app);
    await tess.signup("Tess", "tess@example.org", { teacher: true });
    const otto = client(t.app);
    await otto.signup("Otto", "otto@example.org", { teacher: true });
    const cls = await createClassAs(tess, "History");
    const ann = client(t.app);
    await ann.signup("Ann", "ann@example.org");
    await ann.post("/classes/join", { code: cls.code });
    await tess.post(`/classes/${cls.id}/assignments`, {
      deck: "bank-all",
      kind: "quiz",
      due: "2026-03-30",
      count: "5",
      "kind_date-choice": "on",
      "kind_what-happened": "on",
      "kind_which-first": "on",
    });
    const [a] = await assignmentsOfClass(t.db, cls.id);
    await ann.post(`/assignments/${a?.id}/start`);
    const warning = plain(await (await tess.get("/account/delete")).text());
    expect(warning).toContain("You teach 1 class");
    expect(warning).toContain("History: 1 student, 1 assignment");

    const student = await tess.post("/account/delete", {
      password: PASSWORD,
      confirm: "on",
      handover: "ann@example.org",
    });
    expect(student.status).toBe(422);
    expect(await student.text()).toContain("Give the email of another teacher");

    const done = await tess.post("/account/delete", {
      password: PASSWORD,
      confirm: "on",
      handover: "otto@example.org",
    });
    expect(done.status).toBe(200);
    const page = plain(await (await otto.get(`/classes/${cls.id}`)).text());
    expect(page).toContain("Students (1)");
    expect(page).toContain("Quiz:");
    expect(await getQuiz(t.db, a?.quizId ?? "")).not.toBeNull();
    expect(await count("SELECT COUNT(*) AS n FROM quiz_attempts")).toBe(1);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["account.delete", "class.handover"]),
    );
  });

  it("closes a teacher's classes when nobody takes them; students keep their own reviews", async () => {
    t = await testApp();
    await withAdmin();
    const tess = client(t.app);
    await tess.signup("Tess", "tess@example.org", { teacher: true });
    const cls = await createClassAs(tess, "History");
    const ann = await studiedStudent("Ann", "ann@example.org");
    await ann.post("/classes/join", { code: cls.code });
    const done = await tess.post("/account/delete", { password: PASSWORD, confirm: "on" });
    expect(done.status).toBe(200);
    expect(await count("SELECT COUNT(*) AS n FROM classes")).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM class_members")).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM review_logs")).toBe(1);
    expect((await ann.get(`/classes/${cls.id}`)).status).toBe(404);
    expect(await auditActions()).toEqual(expect.arrayContaining(["account.delete", "class.close"]));
  });

  it("never deletes the last administrator", async () => {
    t = await testApp();
    const ada = client(t.app);
    await ada.signup("Ada", "ada@example.org");
    const page = plain(await (await ada.get("/account/delete")).text());
    expect(page).toContain("You are the only administrator");
    const res = await ada.post("/account/delete", { password: PASSWORD, confirm: "on" });
    expect(res.status).toBe(422);
    expect(await count("SELECT COUNT(*) AS n FROM users")).toBe(1);
  });
});

describe("resetting a forgotten password", () => {
  it("by email, where the site sends email: one link, used once, every session ended", async () => {
    const mailer = recordingMailer();
    t = await testApp("2026-03-02T09:00:00Z", { mailer });
    const ann = client(t.app);
    await ann.signup("Ann", "ann@example.org");
    const forgot = await client(t.app).post("/password/forgot", { email: "ANN@example.org" });
    expect(await forgot.text()).toContain("If an account has this email, we have sent it a link");
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to).toBe("ann@example.org");
    const link = mailer.linkTo("ann@example.org");
    const visitor = client(t.app);
    const form = await visitor.get(link);
    expect(form.status).toBe(200);
    expect(form.headers.get("cache-control")).toBe("private, no-store");
    const common = await visitor.post(link, {
      password: "iloveyou12",
      password_confirm: "iloveyou12",
    });
    expect(common.status).toBe(422);
    const done = await visitor.post(link, {
      password: "a fresh passphrase",
      password_confirm: "a fresh passphrase",
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/login?done=reset");
    expect((await ann.get("/settings")).status).toBe(303);
    expect((await client(t.app).login("ann@example.org", "a fresh passphrase")).status).toBe(303);
    const again = await visitor.post(link, {
      password: "another fresh one",
      password_confirm: "another fresh one",
    });
    expect(again.status).toBe(410);
    // A link expires after an hour.
    await client(t.app).post("/password/forgot", { email: "ann@example.org" });
    t.clock.advance(61 * 60_000);
    expect((await visitor.get(mailer.linkTo("ann@example.org"))).status).toBe(410);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["password.reset.request", "password.reset"]),
    );
  });

  it("by a teacher's one-time link for a student of their class, where the site sends no email", async () => {
    t = await testApp();
    const tess = client(t.app);
    await tess.signup("Tess", "tess@example.org", { teacher: true });
    const otto = client(t.app);
    await otto.signup("Otto", "otto@example.org", { teacher: true });
    const cls = await createClassAs(tess, "History");
    const ann = client(t.app);
    await ann.signup("Ann", "ann@example.org");
    await ann.post("/classes/join", { code: cls.code });
    const annId = await count("SELECT id AS n FROM users WHERE email = 'ann@example.org'");
    const forgot = plain(await (await client(t.app).get("/password/forgot")).text());
    expect(forgot).toContain("ask your teacher");
    const roster = await (await tess.get(`/classes/${cls.id}`)).text();
    expect(roster).toContain(`/classes/${cls.id}/members/${annId}/reset-link`);
    expect((await otto.post(`/classes/${cls.id}/members/${annId}/reset-link`)).status).toBe(404);
    const made = await tess.post(`/classes/${cls.id}/members/${annId}/reset-link`);
    expect(made.status).toBe(200);
    const link = (await made.text()).match(/value="(http[^"]+\/password\/reset\/[\w-]+)"/)?.[1];
    expect(link).toBeDefined();
    const path = new URL(link ?? "").pathname;
    const done = await client(t.app).post(path, {
      password: "my own new phrase",
      password_confirm: "my own new phrase",
    });
    expect(done.status).toBe(303);
    expect((await ann.get("/settings")).status).toBe(303);
    expect((await client(t.app).login("ann@example.org", "my own new phrase")).status).toBe(303);
    expect((await client(t.app).get(path)).status).toBe(410);
    // Not for another teacher, not for a student outside the class.
    const bob = client(t.app);
    await bob.signup("Bob", "bob@example.org");
    const bobId = await count("SELECT id AS n FROM users WHERE email = 'bob@example.org'");
    expect((await tess.post(`/classes/${cls.id}/members/${bobId}/reset-link`)).status).toBe(404);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["password.reset.link", "password.reset"]),
    );
  });
});
