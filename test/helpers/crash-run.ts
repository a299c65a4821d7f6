import type { Db } from "../../src/db/db.ts";
import { client, type Reply } from "../bench/http-client.ts";
import { hiddenFields } from "./html.ts";

/*
 * A crash run with retries across processes: learners study through two servers
 * in front of one libSQL server, each request going to the other server than the
 * last, grading cards and now and then undoing a review. One server is killed
 * (SIGKILL) mid-load, so some requests die after their commit and before their
 * answer; a learner whose request gets no answer sends the same form again to
 * the other server, as a browser retry or a load balancer would. Afterwards the
 * database must hold exactly the reviews the learners meant, each once, and
 * exactly the undos they meant, each once.
 */

export type CrashReport = {
  learners: number;
  /** Grades and undos the learners sent (first attempts). */
  grades: number;
  undos: number;
  /** Requests that got no answer (the killed server) and were sent again to the other server. */
  retried: number;
  /** Retries answered "already graded/undone": the first attempt had committed before the crash. */
  committedBeforeCrash: number;
  /** Reviews stored that no learner meant, or meant reviews missing, or stored twice. */
  extraReviews: number;
  lostReviews: number;
  /** Undone reviews no learner undid, or undos that did not happen. */
  extraUndos: number;
  lostUndos: number;
  /** Requests answered with a 5xx by the server that stayed up. */
  errors: number;
};

const ANSWER = (deck: string) => `/decks/${deck}/study/answer`;
const UNDO = (deck: string) => `/decks/${deck}/study/undo`;

const fieldsOf = (html: string, action: string): Record<string, string> | null =>
  html.includes(`action="${action}"`) ? hiddenFields(html, action) : null;

export async function crashRun(options: {
  /** Base URLs of the two servers. */
  servers: [string, string];
  /** One session cookie per learner (`name=value`). */
  cookies: string[];
  /** Kills the first server; called once, `killAfterMs` into the run. */
  kill: () => Promise<void>;
  killAfterMs: number;
  /** How long the learners keep studying. */
  durationMs: number;
  /** The learners' email addresses, in `cookies` order, to find their rows. */
  emails: string[];
  /** A handle on the libSQL server, to check what was stored. */
  db: Db;
  deck?: string;
}): Promise<CrashReport> {
  const deck = options.deck ?? "bank-all";
  const study = `/decks/${deck}/study`;
  const http = options.servers.map((base) => client(base, 16));
  let dead = -1;
  const report: CrashReport = {
    learners: options.cookies.length,
    grades: 0,
    undos: 0,
    retried: 0,
    committedBeforeCrash: 0,
    extraReviews: 0,
    lostReviews: 0,
    extraUndos: 0,
    lostUndos: 0,
    errors: 0,
  };
  // What each learner meant: the card versions they graded, the reviews they undid.
  const meantReviews = options.cookies.map(() => new Set<string>());
  const meantUndos = options.cookies.map(() => new Set<string>());
  const until = performance.now() + options.durationMs;

  /** Send to the server after `k`'s, or to the other one if that gives no answer; null if neither does. */
  async function send(
    k: number,
    method: "GET" | "POST",
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<{ reply: Reply; retried: boolean } | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const target = (k + attempt) % 2;
      const send = http[target];
      if (!send || target === dead) continue;
      const reply = await send(method, path, headers, body);
      if (reply.status !== 0 && reply.status < 500) return { reply, retried: attempt > 0 };
      if (reply.status >= 500 && target !== 0) report.errors++;
    }
    // Both failed (the kill happened between the two attempts): the next call picks the survivor.
    return null;
  }

  const killer = (async () => {
    await new Promise((r) => setTimeout(r, options.killAfterMs));
    dead = 0;
    await options.kill();
  })();

  await Promise.all(
    options.cookies.map(async (cookie, i) => {
      const headers = { cookie, "hx-request": "true" };
      let k = i;
      let page = "";
      let actions = 0;
      while (performance.now() < until) {
        if (page === "") {
          page = (await send(k++, "GET", study, headers))?.reply.body ?? "";
          continue;
        }
        const card = fieldsOf(page, ANSWER(deck));
        const undo = fieldsOf(page, UNDO(deck));
        actions++;
        if (undo && (actions % 5 === 0 || !card)) {
          const form = new URLSearchParams(undo).toString();
          report.undos++;
          let answer: { reply: Reply; retried: boolean } | null = null;
          let retried = false;
          // The same form until some server answers it.
          while (answer === null) {
            answer = await send(k++, "POST", `${study}/undo`, headers, form);
            if (answer === null || answer.retried) retried = true;
          }
          if (retried) report.retried++;
          const body = answer.reply.body;
          if (body.includes("The last review was undone.")) meantUndos[i]?.add(String(undo.review));
          else if (body.includes("already undone") && retried) {
            meantUndos[i]?.add(String(undo.review));
            report.committedBeforeCrash++;
          }
          page = body;
          continue;
        }
        if (!card) break;
        const form = new URLSearchParams({ ...card, rating: String(1 + (actions % 4)) }).toString();
        report.grades++;
        let answer: { reply: Reply; retried: boolean } | null = null;
        let retried = false;
        while (answer === null) {
          answer = await send(k++, "POST", `${study}/grade`, headers, form);
          if (answer === null || answer.retried) retried = true;
        }
        if (retried) report.retried++;
        const body = answer.reply.body;
        const key = `${card.event}@${card.version}`;
        if (!body.includes("already graded")) meantReviews[i]?.add(key);
        else if (retried) {
          meantReviews[i]?.add(key);
          report.committedBeforeCrash++;
        }
        page = body;
      }
    }),
  );
  await killer;
  for (const h of http) h.close();

  for (const [i, email] of options.emails.entries()) {
    const rows = await options.db.all(
      `SELECT l.id, l.event_id, l.card_version, l.undone_at FROM review_logs l JOIN users u ON u.id = l.user_id
       WHERE u.email = ? AND l.origin = 'study'`,
      [email],
      (r) => ({
        id: String(r.id),
        key: `${r.event_id}@${r.card_version}`,
        undone: r.undone_at !== null,
      }),
    );
    const meant = meantReviews[i] ?? new Set();
    const stored = new Map<string, number>();
    for (const r of rows) stored.set(r.key, (stored.get(r.key) ?? 0) + 1);
    for (const [key, n] of stored) {
      if (!meant.has(key)) report.extraReviews += n;
      else if (n > 1) report.extraReviews += n - 1;
    }
    for (const key of meant) if (!stored.has(key)) report.lostReviews++;
    const undone = new Set(rows.filter((r) => r.undone).map((r) => r.id));
    const meantUndone = meantUndos[i] ?? new Set();
    for (const id of undone) if (!meantUndone.has(id)) report.extraUndos++;
    for (const id of meantUndone) if (!undone.has(id)) report.lostUndos++;
  }
  return report;
}
