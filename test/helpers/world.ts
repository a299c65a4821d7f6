import { readFileSync } from "node:fs";
import { parseBank } from "../../src/core/bank-schema.ts";
import { assignmentsOfClass } from "../../src/db/classes.ts";
import { loadCollection } from "../../src/db/collections.ts";
import { getAttempt } from "../../src/db/quizzes.ts";
import { createClassAs } from "./classes.ts";
import { type Client, client } from "./client.ts";
import { uploadAndWait } from "./documents.ts";
import { type TestApp, testApp } from "./test-app.ts";

/*
 * A small world for the whole-app tests (access matrix, hostile input): users of
 * every kind, a class with a quiz assignment and an attempt, a student's own quiz,
 * and a teacher's uploaded document; with one rule per route saying who may use it.
 */

export type Role = "anon" | "student" | "outsider" | "teacher" | "otherTeacher" | "admin";
export type Outcome = "ok" | "login" | 403 | 404;
export type Rule = {
  path: string;
  form?: Record<string, string | string[]>;
  multipart?: boolean;
  expect: Record<Role, Outcome>;
};

export const ROLES: Role[] = ["anon", "student", "outsider", "teacher", "otherTeacher", "admin"];
/** Outcomes for everyone but the administrator, who is a teacher owning nothing of the world's (as otherTeacher). */
type Outcomes = Omit<Record<Role, Outcome>, "admin"> & { admin?: Outcome };
const everyone: Outcomes = {
  anon: "ok",
  student: "ok",
  outsider: "ok",
  teacher: "ok",
  otherTeacher: "ok",
};
const users: Outcomes = { ...everyone, anon: "login" };
const administrators: Outcomes = {
  anon: "login",
  student: 403,
  outsider: 403,
  teacher: 403,
  otherTeacher: 403,
  admin: "ok",
};
/** Someone else's session (or none): every user gets 404. */
const notMine: Outcomes = {
  anon: "login",
  student: 404,
  outsider: 404,
  teacher: 404,
  otherTeacher: 404,
  admin: 404,
};
const teachers: Outcomes = {
  anon: "login",
  student: 403,
  outsider: 403,
  teacher: "ok",
  otherTeacher: "ok",
};
const classOwner: Outcomes = {
  anon: "login",
  student: 403,
  outsider: 403,
  teacher: "ok",
  otherTeacher: 404,
};
const classMembers: Outcomes = {
  anon: "login",
  student: "ok",
  outsider: 404,
  teacher: "ok",
  otherTeacher: 404,
};
const memberOnly: Outcomes = {
  anon: "login",
  student: "ok",
  outsider: 404,
  teacher: 404,
  otherTeacher: 404,
};
const attemptOwner: Outcomes = {
  anon: "login",
  student: "ok",
  outsider: 404,
  teacher: 404,
  otherTeacher: 404,
};
const uploadOwner: Outcomes = {
  anon: "login",
  student: 403,
  outsider: 403,
  teacher: "ok",
  otherTeacher: 404,
};
const draftDeck: Outcomes = {
  anon: 404,
  student: 404,
  outsider: 404,
  teacher: "ok",
  otherTeacher: 404,
};
const draftDeckUser: Outcomes = {
  anon: "login",
  student: 404,
  outsider: 404,
  teacher: "ok",
  otherTeacher: 404,
};

export let t: TestApp;
export const ids = {
  cls: "",
  code: "",
  asg: "",
  attempt: "",
  myQuiz: "",
  col: "",
  job: "",
  question: "",
  event: "",
  studentId: "",
  dummyId: "",
};
const people: Record<Exclude<Role, "anon">, string> = {
  student: "sam@example.org",
  outsider: "olga@example.org",
  teacher: "tess@example.org",
  otherTeacher: "otto@example.org",
  admin: "ada@example.org",
};

/** The access rule of every route, with a sample request for it. */
export function rules(): Record<string, Rule> {
  const table = ruleTable();
  return Object.fromEntries(
    Object.entries(table).map(([route, r]) => [
      route,
      { ...r, expect: { ...r.expect, admin: r.expect.admin ?? r.expect.otherTeacher } },
    ]),
  );
}

function ruleTable(): Record<string, Omit<Rule, "expect"> & { expect: Outcomes }> {
  const deck = `${ids.col}-all`;
  const card = { event: ids.event, version: "0", question: ids.question, shown_at: "0" };
  const token = "A".repeat(43);
  return {
    "GET /healthz": { path: "/healthz", expect: everyone },
    "GET /": { path: "/", expect: everyone },
    "GET /signup": { path: "/signup", expect: everyone },
    "POST /signup": {
      path: "/signup",
      form: { name: "", email: "", password: "" },
      expect: everyone,
    },
    "GET /login": { path: "/login", expect: everyone },
    "POST /login": { path: "/login", form: { email: "", password: "" }, expect: everyone },
    "POST /logout": { path: "/logout", expect: everyone },
    "GET /decks": { path: "/decks", expect: everyone },
    "GET /decks/:id": { path: `/decks/${deck}`, expect: draftDeck },
    "GET /decks/:id/study": { path: `/decks/${deck}/study`, expect: draftDeckUser },
    "POST /decks/:id/study/answer": {
      path: `/decks/${deck}/study/answer`,
      form: card,
      expect: draftDeckUser,
    },
    "POST /decks/:id/study/grade": {
      path: `/decks/${deck}/study/grade`,
      form: { ...card, rating: "3" },
      expect: draftDeckUser,
    },
    "POST /decks/:id/study/undo": {
      path: `/decks/${deck}/study/undo`,
      form: { review: "1" },
      expect: draftDeckUser,
    },
    "GET /decks/:id/export/anki.csv": {
      path: `/decks/${deck}/export/anki.csv`,
      expect: draftDeckUser,
    },
    "GET /decks/:id/export/gift.txt": {
      path: `/decks/${deck}/export/gift.txt`,
      expect: draftDeckUser,
    },
    "GET /settings": { path: "/settings", expect: users },
    "POST /settings": { path: "/settings", form: { new_per_day: "x" }, expect: users },
    "GET /progress": { path: "/progress", expect: users },
    "GET /quizzes": { path: "/quizzes", expect: users },
    "GET /quizzes/new": { path: `/quizzes/new?deck=${deck}`, expect: draftDeckUser },
    "POST /quizzes": {
      path: "/quizzes",
      form: { deck, count: "5", kinds: "date-choice" },
      expect: draftDeckUser,
    },
    "POST /quizzes/:id/retake": { path: `/quizzes/${ids.myQuiz}/retake`, expect: attemptOwner },
    "GET /attempts/:id": { path: `/attempts/${ids.attempt}`, expect: attemptOwner },
    "POST /attempts/:id/answer": {
      path: `/attempts/${ids.attempt}/answer`,
      form: { position: "0", question: "q_x", response: "x" },
      expect: attemptOwner,
    },
    "POST /attempts/:id/finish": { path: `/attempts/${ids.attempt}/finish`, expect: attemptOwner },
    "GET /attempts/:id/results": { path: `/attempts/${ids.attempt}/results`, expect: attemptOwner },
    "GET /classes": { path: "/classes", expect: users },
    "POST /classes": { path: "/classes", form: { name: "" }, expect: teachers },
    "POST /classes/join": { path: "/classes/join", form: { code: "ZZZZZZ" }, expect: users },
    "GET /join/:code": { path: `/join/${ids.code}`, expect: users },
    "GET /classes/:id": { path: `/classes/${ids.cls}`, expect: classMembers },
    "POST /classes/:id/members/:uid/remove": {
      path: `/classes/${ids.cls}/members/999999/remove`,
      expect: classOwner,
    },
    "POST /classes/:id/assignments": {
      path: `/classes/${ids.cls}/assignments`,
      form: { deck: "bank-all", kind: "deck", due: "2000-01-01" },
      expect: classOwner,
    },
    "GET /classes/:id/assignments/:aid": {
      path: `/classes/${ids.cls}/assignments/${ids.asg}`,
      expect: classOwner,
    },
    "GET /classes/:id/assignments/:aid/export.csv": {
      path: `/classes/${ids.cls}/assignments/${ids.asg}/export.csv`,
      expect: classOwner,
    },
    "POST /assignments/:aid/start": { path: `/assignments/${ids.asg}/start`, expect: memberOnly },
    "GET /documents": { path: "/documents", expect: teachers },
    "POST /documents": {
      path: "/documents",
      multipart: true,
      form: { text: "" },
      expect: teachers,
    },
    "GET /documents/:cid": { path: `/documents/${ids.col}`, expect: uploadOwner },
    "GET /documents/:cid/text": { path: `/documents/${ids.col}/text`, expect: uploadOwner },
    "POST /documents/:cid/version": {
      path: `/documents/${ids.col}/version`,
      multipart: true,
      form: { text: "" },
      expect: uploadOwner,
    },
    "POST /documents/:cid/questions/:qid": {
      path: `/documents/${ids.col}/questions/${ids.question}`,
      form: { prompt: "" },
      expect: uploadOwner,
    },
    "POST /documents/:cid/questions/:qid/:op": {
      path: `/documents/${ids.col}/questions/${ids.question}/hide`,
      expect: uploadOwner,
    },
    "POST /documents/:cid/events/:eid/:op": {
      path: `/documents/${ids.col}/events/${ids.event}/hide`,
      expect: uploadOwner,
    },
    "POST /documents/:cid/publish": { path: `/documents/${ids.col}/publish`, expect: uploadOwner },
    "POST /documents/:cid/bulk/:op": {
      path: `/documents/${ids.col}/bulk/approve-all`,
      expect: uploadOwner,
    },
    "GET /documents/jobs/:jid": { path: `/documents/jobs/${ids.job}`, expect: uploadOwner },
    "POST /documents/jobs/:jid/retry": {
      path: `/documents/jobs/${ids.job}/retry`,
      expect: uploadOwner,
    },
    "POST /classes/:id/members/:uid/reset-link": {
      path: `/classes/${ids.cls}/members/${ids.studentId}/reset-link`,
      expect: classOwner,
    },
    // Last of the class routes: it replaces the join code the ones above use (the test reads the new one).
    "POST /classes/:id/code": { path: `/classes/${ids.cls}/code`, expect: classOwner },
    "GET /account": { path: "/account", expect: users },
    "POST /account/password": {
      path: "/account/password",
      form: { current_password: "", password: "" },
      expect: users,
    },
    "POST /account/sessions/:sid/end": {
      path: "/account/sessions/ses_nosuchsession/end",
      expect: notMine,
    },
    "GET /account/export.json": { path: "/account/export.json", expect: users },
    "GET /account/export/:part": { path: "/account/export/reviews.csv", expect: users },
    "GET /account/delete": { path: "/account/delete", expect: users },
    "POST /account/delete": { path: "/account/delete", form: { password: "" }, expect: users },
    // Signs the user out everywhere, like /logout (the test logs in again).
    "POST /account/sessions/end-all": { path: "/account/sessions/end-all", expect: users },
    "GET /password/forgot": { path: "/password/forgot", expect: everyone },
    "POST /password/forgot": { path: "/password/forgot", form: { email: "" }, expect: everyone },
    "GET /password/reset/:token": { path: `/password/reset/${token}`, expect: everyone },
    "POST /password/reset/:token": {
      path: `/password/reset/${token}`,
      form: { password: "" },
      expect: everyone,
    },
    "GET /invite/:token": { path: `/invite/${token}`, expect: everyone },
    "POST /invite/:token": { path: `/invite/${token}`, expect: users },
    "GET /admin": { path: "/admin", expect: administrators },
    "POST /admin/users/:uid/role": {
      path: `/admin/users/${ids.dummyId}/role`,
      form: { role: "student" },
      expect: administrators,
    },
    "POST /admin/users/:uid/admin": {
      path: `/admin/users/${ids.dummyId}/admin`,
      form: { admin: "off" },
      expect: administrators,
    },
    "POST /admin/users/:uid/reset-link": {
      path: `/admin/users/${ids.dummyId}/reset-link`,
      expect: administrators,
    },
    "POST /admin/invitations": {
      path: "/admin/invitations",
      form: { note: "x" },
      expect: administrators,
    },
    "GET /admin/audit": { path: "/admin/audit", expect: administrators },
  };
}

/** Routes after which the session is gone (the tests log in again). */
export const SIGNS_OUT = new Set(["POST /logout", "POST /account/sessions/end-all"]);

/** Reread what the world's routes may have changed (the join code is replaced by one of them). */
export async function refreshIds(): Promise<void> {
  ids.code =
    (await t.db.first("SELECT join_code FROM classes WHERE id = ?", [ids.cls], (r) =>
      String(r.join_code),
    )) ?? ids.code;
}

/**
 * Every table's rows, but those that record attempts by design: sessions and
 * login failures (logging in changes them), rate-limit counters, and the audit
 * rows of failed log-ins (a wrong password is refused and still recorded).
 */
export async function snapshot(): Promise<string> {
  // A document accepted by an earlier request is processed in the background: let it finish.
  await t.jobs.idle();
  const tables = await t.db.all(
    `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name NOT IN ('sessions', 'login_failures', 'throttles', 'upload_slots') ORDER BY name`,
    undefined,
    (r) => String(r.name),
  );
  const out: Record<string, unknown> = {};
  for (const name of tables)
    out[name] = (
      await t.db.execute(
        name === "audit_log"
          ? "SELECT * FROM audit_log WHERE action NOT IN ('login.failure', 'login.locked') ORDER BY 1"
          : `SELECT * FROM "${name}" ORDER BY 1`,
      )
    ).rows;
  return JSON.stringify(out);
}

/** A client logged in as `role` (a fresh session). */
export async function as(role: Role): Promise<Client> {
  const c = client(t.app);
  if (role !== "anon") {
    const res = await c.login(people[role]);
    if (res.status !== 303) throw new Error(`login as ${role} failed`);
  }
  return c;
}

/** Build the world on a fresh app; call from beforeAll. */
export async function buildWorld(): Promise<void> {
  t = await testApp("2026-03-02T09:00:00Z");
  const clients = {} as Record<Exclude<Role, "anon">, Client>;
  // The administrator signs up first: the first account is the administrator.
  for (const role of ["admin", "student", "outsider", "teacher", "otherTeacher"] as const) {
    clients[role] = client(t.app);
    await clients[role].signup(role, people[role], {
      teacher: role === "teacher" || role === "otherTeacher" || role === "admin",
    });
  }
  await client(t.app).signup("Dummy", "dummy@example.org");
  const uid = (email: string) =>
    t.db.first("SELECT id FROM users WHERE email = ?", [email], (r) => String(r.id));
  ids.studentId = (await uid(people.student)) ?? "";
  ids.dummyId = (await uid("dummy@example.org")) ?? "";
  const teacher = clients.teacher;
  const cls = await createClassAs(teacher, "Class");
  ids.cls = cls.id;
  ids.code = cls.code;
  await clients.student.post("/classes/join", { code: ids.code });
  await teacher.post(`/classes/${ids.cls}/assignments`, {
    deck: "bank-all",
    kind: "quiz",
    due: "2026-03-30",
    count: "5",
    "kind_date-choice": "on",
    "kind_what-happened": "on",
    "kind_which-first": "on",
    attempts: "3",
  });
  ids.asg = (await assignmentsOfClass(t.db, ids.cls))[0]?.id ?? "";
  ids.attempt =
    (await clients.student.post(`/assignments/${ids.asg}/start`)).headers
      .get("location")
      ?.split("/")
      .pop() ?? "";
  const own = await clients.student.post("/quizzes", {
    deck: "bank-all",
    count: "5",
    kinds: ["date-choice", "what-happened", "which-first"],
  });
  const ownAttempt = own.headers.get("location")?.split("/").pop() ?? "";
  ids.myQuiz = (await getAttempt(t.db, ownAttempt))?.quizId ?? "";
  const f = new FormData();
  f.append(
    "file",
    new File([readFileSync("test/fixtures/uploads/apollo.txt")], "apollo.txt", {
      type: "text/plain",
    }),
  );
  const uploaded = await uploadAndWait(t, teacher, f);
  ids.col = uploaded.cid;
  ids.job = uploaded.job;
  const bank = parseBank(JSON.parse((await loadCollection(t.db, ids.col))?.bankJson ?? "{}"));
  ids.event = bank.events[0]?.id ?? "";
  ids.question = bank.questions.find((q) => q.eventIds[0] === ids.event)?.id ?? "";
  for (const [k, v] of Object.entries(ids)) if (!v) throw new Error(`world: ${k} is missing`);
}

/** Remove the world; call from afterAll. */
export function destroyWorld(): void {
  t.cleanup();
}
