import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  as,
  buildWorld,
  destroyWorld,
  ROLES,
  refreshIds,
  rules,
  SIGNS_OUT,
  snapshot,
  t,
} from "../helpers/world.ts";

/*
 * Every route of the app, checked for every kind of user. A route added without
 * a rule fails the first test, so no page ships without an access decision.
 * "ok" means the user gets through (any status but 401/403/404/5xx and no
 * redirect to the login page); a refused request must leave the database as it was.
 */

beforeAll(buildWorld);
afterAll(destroyWorld);

describe("the access matrix", () => {
  it("has a rule for every route of the app", () => {
    const routes = [
      ...new Set(
        t.app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`),
      ),
    ];
    const missing = routes.filter((r) => !(r in rules()));
    expect(missing, `routes without an access rule: ${missing.join(", ")}`).toEqual([]);
    const stale = Object.keys(rules()).filter((r) => !routes.includes(r));
    expect(stale, `rules for routes that no longer exist: ${stale.join(", ")}`).toEqual([]);
  });

  for (const role of ROLES) {
    it(`lets ${role} through only where the matrix says, changing nothing when refused`, async () => {
      // One session for the whole table (logging in hashes a password), renewed after logout.
      let who = await as(role);
      for (const [route, rule] of Object.entries(rules())) {
        const method = route.split(" ")[0];
        const expected = rule.expect[role];
        const before = expected === "ok" ? "" : await snapshot();
        let res: Response;
        if (method === "GET") res = await who.get(rule.path);
        else if (rule.multipart) {
          const f = new FormData();
          for (const [k, v] of Object.entries(rule.form ?? {})) f.append(k, String(v));
          res = await who.postMultipart(rule.path, f);
        } else res = await who.post(rule.path, rule.form ?? {});
        const location = res.headers.get("location") ?? "";
        const label = `${role} ${route} → ${res.status} ${location}`;
        expect(res.status, label).toBeLessThan(500);
        if (expected === "ok") {
          expect([401, 403, 404], label).not.toContain(res.status);
          expect(location.startsWith("/login"), label).toBe(false);
        } else {
          if (expected === "login") {
            expect(res.status, label).toBe(303);
            expect(location, label).toMatch(/^\/login\?next=/);
          } else expect(res.status, label).toBe(expected);
          expect(await snapshot(), `${label} changed the database`).toBe(before);
        }
        if (SIGNS_OUT.has(route)) who = await as(role);
        if (route === "POST /classes/:id/code") await refreshIds();
      }
    }, 60_000);
  }
});
