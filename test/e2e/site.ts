import type { Browser, BrowserContext, Page } from "playwright-core";
import { signupInBrowser } from "./harness.ts";

/*
 * The site as each role sees it: a small world built through the browser (a
 * teacher with a class, an assignment of each kind and an uploaded document; a
 * student in that class with a finished quiz; a new learner; the demo learner
 * with two months of reviews), and the list of every page each role can open.
 * A new page is one line in PAGES.
 */

export type Role = "visitor" | "demo" | "newcomer" | "student" | "teacher";

export const ROLES: Role[] = ["visitor", "demo", "newcomer", "student", "teacher"];

export type Site = {
  url: string;
  contexts: Record<Role, BrowserContext>;
  classId: string;
  joinCode: string;
  deckAssignment: string;
  quizAssignment: string;
  /** A finished ten-question quiz of the student's own. */
  results: string;
  /** An unfinished attempt whose current question is an ordering question. */
  orderQuestion: string;
  /** An unfinished attempt whose current question is not an ordering question. */
  question: string;
  /** The teacher's review page of a small uploaded document. */
  documentReview: string;
};

export type PageSpec = {
  /** Names the screenshots: test-results/pages/<role>-<name>-<width>.png. */
  name: string;
  path: (site: Site) => string;
  /** What to do once the page is open, before it is checked (e.g. turn a card over). */
  act?: (page: Page) => Promise<void>;
  /** The status the page is expected to answer with (200 unless said). */
  status?: number;
};

const at = (path: string) => () => path;

/** Every page of every role. Pages added by later work go here. */
export const PAGES: Record<Role, PageSpec[]> = {
  visitor: [
    { name: "landing", path: at("/") },
    { name: "decks", path: at("/decks") },
    { name: "deck", path: at("/decks/bank-all") },
    { name: "login", path: at("/login") },
    { name: "signup", path: at("/signup") },
    { name: "not-found", path: at("/no/such/page"), status: 404 },
  ],
  demo: [
    { name: "home", path: at("/") },
    { name: "decks", path: at("/decks") },
    { name: "deck", path: at("/decks/bank-all") },
    { name: "study-front", path: at("/decks/bank-all/study") },
    {
      name: "study-back",
      path: at("/decks/bank-all/study"),
      act: async (page) => {
        await page.getByRole("button", { name: "Show answer" }).click();
        await page.getByRole("button", { name: /^Good/ }).waitFor();
      },
    },
    { name: "progress", path: at("/progress") },
    { name: "quizzes", path: at("/quizzes") },
    { name: "quiz-new", path: at("/quizzes/new?deck=bank-all") },
    { name: "quiz-pick-deck", path: at("/quizzes/new") },
    { name: "classes", path: at("/classes") },
    { name: "settings", path: at("/settings") },
  ],
  newcomer: [
    { name: "home", path: at("/") },
    { name: "progress", path: at("/progress") },
    { name: "quizzes", path: at("/quizzes") },
    { name: "classes", path: at("/classes") },
    { name: "join", path: (s) => `/join/${s.joinCode}` },
  ],
  student: [
    { name: "home", path: at("/") },
    { name: "class", path: (s) => `/classes/${s.classId}` },
    { name: "question", path: (s) => s.question },
    { name: "order-question", path: (s) => s.orderQuestion },
    { name: "results", path: (s) => s.results },
    { name: "quizzes", path: at("/quizzes") },
    { name: "study-done", path: at("/decks/bank-doc-000_e3f0895716d02afc/study") },
    { name: "teachers-only", path: at("/documents"), status: 403 },
  ],
  teacher: [
    { name: "home", path: at("/") },
    { name: "classes", path: at("/classes") },
    { name: "class", path: (s) => `/classes/${s.classId}` },
    {
      name: "deck-assignment",
      path: (s) => `/classes/${s.classId}/assignments/${s.deckAssignment}`,
    },
    {
      name: "quiz-assignment",
      path: (s) => `/classes/${s.classId}/assignments/${s.quizAssignment}`,
    },
    { name: "documents", path: at("/documents") },
    { name: "document-review", path: (s) => s.documentReview },
  ],
};

function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

/** Start a quiz on the bank from the New quiz form with only `kinds`; resolves on its first question. */
async function startQuiz(page: Page, count: number, kinds: string[]): Promise<void> {
  await page.goto("/quizzes/new?deck=bank-all");
  await page.getByLabel("Number of questions").fill(String(count));
  for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
  for (const kind of kinds) await page.getByLabel(kind).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/attempts\/att_[0-9a-z]+$/);
}

/** Answer the current question somehow (the second option, a typed date, the order as shown). */
async function answer(page: Page, last: boolean): Promise<void> {
  if ((await page.getByRole("radio").count()) > 0) await page.getByRole("radio").nth(1).check();
  else if ((await page.locator("[data-order-list]").count()) === 0)
    await page.getByLabel("Your answer").fill("March 2015");
  await page.getByRole("button", { name: last ? "Submit" : "Next question", exact: true }).click();
  await page.waitForLoadState("load");
}

/** Build the world every role's pages show, through the browser as people would. */
export async function buildSite(browser: Browser, url: string): Promise<Site> {
  const context = () => browser.newContext({ baseURL: url });
  const contexts = {} as Record<Role, BrowserContext>;
  for (const role of ROLES) contexts[role] = await context();
  const t = await contexts.teacher.newPage();
  const s = await contexts.student.newPage();
  const n = await contexts.newcomer.newPage();
  const d = await contexts.demo.newPage();

  await signupInBrowser(t, "Ms Tess Teacher", "tess@example.org", true);
  await t.goto("/classes");
  await t.getByLabel("Class name").fill("History 9B");
  await t.getByRole("button", { name: "Create class" }).click();
  await t.waitForURL(/\/classes\/cls_/);
  const classId = new URL(t.url()).pathname.split("/").pop() ?? "";
  const joinCode = (await t.locator("[data-join-code]").innerText()).trim();

  await signupInBrowser(s, "Sam Student", "sam@example.org");
  await s.goto("/classes");
  await s.getByLabel("Join code").fill(joinCode);
  await s.getByRole("button", { name: "Join class" }).click();
  await s.waitForURL(/\/classes\/cls_/);

  for (const kind of ["Study the deck", "A quiz on the deck"]) {
    await t.goto(`/classes/${classId}`);
    await t.getByLabel("Deck", { exact: true }).selectOption("bank-all");
    await t.getByLabel(kind).check();
    await t.getByLabel("Due date", { exact: true }).fill(inTwoWeeks());
    await t.getByRole("button", { name: "Assign" }).click();
    await t.waitForLoadState("load");
  }
  const hrefs = await t
    .locator(`a[href^="/classes/${classId}/assignments/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const ids = hrefs.map((h) => h.split("/").pop() ?? "");
  const titles = await t
    .locator(`a[href^="/classes/${classId}/assignments/"]`)
    .evaluateAll((links) => links.map((a) => a.textContent ?? ""));
  const quizAt = titles.findIndex((x) => x.startsWith("Quiz"));
  const quizAssignment = ids[quizAt] ?? "";
  const deckAssignment = ids.find((_, i) => i !== quizAt) ?? "";

  // The student studies a little, finishes a ten-question quiz, and leaves two open.
  await s.goto("/decks/bank-all/study");
  for (let i = 0; i < 3; i++) {
    await s.getByRole("button", { name: "Show answer" }).click();
    await s.getByRole("button", { name: /^Good/ }).click();
  }
  await startQuiz(s, 10, [
    "Date, multiple choice",
    "Date, typed",
    "Put events in order",
    "Which came first",
    "Who",
  ]);
  for (let i = 0; i < 10; i++) await answer(s, i === 9);
  await s.waitForURL(/\/results$/);
  const results = new URL(s.url()).pathname;
  // The bank need not hold five ordering questions: a quiz of two kinds, answered up to its
  // first ordering question.
  await startQuiz(s, 5, ["Put events in order", "Which came first"]);
  while ((await s.locator("[data-order-list]").count()) === 0) await answer(s, false);
  const orderQuestion = new URL(s.url()).pathname;
  await startQuiz(s, 5, ["Date, multiple choice"]);
  const question = new URL(s.url()).pathname;
  // A span deck studied to the end, for the "all done" card.
  await s.goto("/decks/bank-doc-000_e3f0895716d02afc/study");
  while ((await s.getByRole("button", { name: "Show answer" }).count()) > 0) {
    await s.getByRole("button", { name: "Show answer" }).click();
    await s.getByRole("button", { name: /^Easy/ }).click();
    await s.waitForLoadState("load");
  }

  await t.goto("/documents");
  await t.locator('input[type="file"]').setInputFiles("test/fixtures/uploads/apollo.txt");
  await t.getByRole("button", { name: "Upload document" }).click();
  await t.getByRole("button", { name: "Publish" }).waitFor({ timeout: 30_000 });
  const documentReview = new URL(t.url()).pathname;

  await signupInBrowser(n, "Nia Newcomer", "nia@example.org");
  await login(d, "demo@chronodeck.test", "chronodeck-demo");
  for (const page of [t, s, n, d]) await page.close();
  return {
    url,
    contexts,
    classId,
    joinCode,
    deckAssignment,
    quizAssignment,
    results,
    orderQuestion,
    question,
    documentReview,
  };
}
