import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  as,
  buildWorld,
  destroyWorld,
  type Outcome,
  type Role,
  rules,
  SIGNS_OUT,
  snapshot,
} from "../helpers/world.ts";

/*
 * Hostile input on every route: each form field and query parameter receives
 * generated values — oversized strings, control characters, mixed scripts, HTML
 * and SQL metacharacters, wrong types, missing and duplicated fields. No answer
 * may be a 5xx, nothing may be reflected unescaped, and a rejected request must
 * leave the database exactly as it was.
 */

beforeAll(buildWorld);
afterAll(destroyWorld);

/** The fields each route reads (its form or query), beyond those in its sample request. */
const FIELDS: Record<string, string[]> = {
  "POST /signup": ["name", "email", "password", "teacher", "tz", "invite"],
  "POST /login": ["email", "password", "next"],
  "GET /login": ["next"],
  "POST /settings": ["new_per_day", "reviews_per_day", "retention", "time_zone"],
  "GET /quizzes/new": ["deck"],
  "POST /quizzes": ["deck", "count", "kinds", "from", "to", "doc", "minutes", "form_token"],
  "POST /quizzes/:id/retake": ["form_token"],
  "POST /assignments/:aid/start": ["form_token"],
  "POST /decks/:id/study/answer": ["event", "version", "question", "shown_at", "response"],
  "POST /decks/:id/study/grade": ["event", "version", "question", "shown_at", "rating"],
  "POST /attempts/:id/answer": ["position", "question", "action", "response", "order", "move"],
  "POST /classes": ["name", "form_token"],
  "POST /classes/join": ["code"],
  "POST /classes/:id/assignments": [
    "deck",
    "kind",
    "due",
    "target",
    "count",
    "minutes",
    "attempts",
    "exam",
    "kind_date-choice",
    "form_token",
  ],
  "POST /documents": ["text", "file"],
  "POST /documents/:cid/version": ["text", "file"],
  "POST /documents/:cid/questions/:qid": ["prompt", "answer"],
  "POST /account/password": ["current_password", "password", "password_confirm"],
  "POST /account/delete": ["password", "confirm", "handover"],
  "POST /password/forgot": ["email"],
  "POST /password/reset/:token": ["password", "password_confirm"],
  "POST /admin/users/:uid/role": ["role"],
  "POST /admin/users/:uid/admin": ["admin"],
  "POST /admin/invitations": ["note"],
  "GET /admin": ["after"],
  "GET /admin/audit": ["before"],
};

const MARKER = "x-evil";
const hostileString = fc.oneof(
  fc.constantFrom(
    `<${MARKER}>alert(1)</${MARKER}>`,
    `"><${MARKER} onfocus=alert(1) autofocus>`,
    `' OR 1=1; DROP TABLE users; --`,
    "\u0000\u0001\u0007\u001b[31m",
    "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ Кириллица العربية 中文 \u202e",
    "../../../../etc/passwd",
    "1e309",
    "-1",
    "NaN",
    "9".repeat(400),
    "",
    " ",
    "%00",
    "{{7*7}}$" + "{7*7}",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.integer().map(String),
  fc.double().map(String),
);

type Mutation = {
  kind: "set" | "duplicate" | "drop" | "extra";
  field: string;
  value: string;
  other: string;
};

const mutation = (fields: string[]) =>
  fc.record({
    kind: fc.constantFrom("set", "duplicate", "drop", "extra") as fc.Arbitrary<Mutation["kind"]>,
    field: fields.length > 0 ? fc.constantFrom(...fields) : fc.constant("unexpected"),
    value: hostileString,
    other: hostileString,
  });

/** The first role the matrix lets through this route (the owner where there is one). */
function allowedRole(outcomes: Record<Role, Outcome>): Role {
  const order: Role[] = ["teacher", "student", "anon", "outsider", "otherTeacher", "admin"];
  return order.find((r) => outcomes[r] === "ok") ?? "teacher";
}

describe("hostile input", () => {
  it("has fields listed only for routes that exist", () => {
    const known = Object.keys(rules());
    expect(Object.keys(FIELDS).filter((k) => !known.includes(k))).toEqual([]);
  });

  for (const [route, rule] of Object.entries(rules())) {
    // Logging out would end the session the next runs rely on; it has no input.
    if (SIGNS_OUT.has(route)) continue;
    it(`${route} survives generated hostile values`, async () => {
      const method = route.split(" ")[0];
      const [pathOnly, queryString] = rule.path.split("?");
      const base: Record<string, string | string[]> = {
        ...Object.fromEntries(new URLSearchParams(queryString ?? "")),
        ...(rule.form ?? {}),
      };
      const fields = [...new Set([...Object.keys(base), ...(FIELDS[route] ?? [])])];
      const role = allowedRole(rule.expect);
      const who = await as(role);
      await fc.assert(
        fc.asyncProperty(mutation(fields), async (m) => {
          const form: Record<string, string | string[]> = { ...base };
          if (m.kind === "set") form[m.field] = m.value;
          else if (m.kind === "duplicate") form[m.field] = [m.value, m.other];
          else if (m.kind === "drop") delete form[m.field];
          else form[`${m.field}_${m.value.slice(0, 20)}`] = m.other;
          const before = await snapshot();
          let res: Response;
          if (method === "GET") {
            const q = new URLSearchParams();
            for (const [k, v] of Object.entries(form))
              for (const x of Array.isArray(v) ? v : [v]) q.append(k, x);
            res = await who.get(`${pathOnly}?${q}`);
          } else if (rule.multipart) {
            const f = new FormData();
            for (const [k, v] of Object.entries(form))
              for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
            res = await who.postMultipart(pathOnly ?? "", f);
          } else res = await who.post(pathOnly ?? "", form);
          const body = await res.text();
          const label = `${route} ${JSON.stringify(m).slice(0, 200)} → ${res.status}`;
          expect(res.status, label).toBeLessThan(500);
          expect(body.includes(`<${MARKER}`), `${label} reflected a tag`).toBe(false);
          expect(/" ?onfocus=alert/.test(body), `${label} broke out of an attribute`).toBe(false);
          if (res.status >= 400)
            expect(await snapshot(), `${label} changed the database`).toBe(before);
        }),
        { numRuns: 25, seed: 20261123, endOnFailure: true },
      );
    }, 60_000);
  }
});
