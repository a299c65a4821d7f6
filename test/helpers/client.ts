import type { Hono } from "hono";
import type { AppEnv } from "../../src/http/env.ts";
import { ORIGIN } from "./test-app.ts";

type Form = Record<string, string | string[]>;

/** A browser-like client for app.request(): keeps cookies and sends same-origin form posts. */
export function client(app: Hono<AppEnv>) {
  const jar = new Map<string, string>();

  function remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  }

  function headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    return { ...(cookie ? { Cookie: cookie } : {}), ...extra };
  }

  async function get(path: string, extra: Record<string, string> = {}): Promise<Response> {
    const res = await app.request(`${ORIGIN}${path}`, { headers: headers(extra) });
    remember(res);
    return res;
  }

  async function post(
    path: string,
    form: Form = {},
    extra: Record<string, string> = {},
  ): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) {
      for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    }
    const res = await app.request(`${ORIGIN}${path}`, {
      method: "POST",
      headers: headers({
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: ORIGIN,
        "Sec-Fetch-Site": "same-origin",
        ...extra,
      }),
      body,
    });
    remember(res);
    return res;
  }

  async function postMultipart(
    path: string,
    form: FormData,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    const res = await app.request(`${ORIGIN}${path}`, {
      method: "POST",
      headers: headers({ Origin: ORIGIN, "Sec-Fetch-Site": "same-origin", ...extra }),
      body: form,
    });
    remember(res);
    return res;
  }

  return {
    jar,
    get,
    post,
    postMultipart,
    /** Sign up and stay logged in. */
    async signup(name: string, email: string, opts: { teacher?: boolean; password?: string } = {}) {
      const res = await post("/signup", {
        name,
        email,
        password: opts.password ?? "correct horse battery",
        ...(opts.teacher ? { teacher: "on" } : {}),
        tz: "Europe/Paris",
      });
      if (res.status !== 303) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
      return res;
    },
    async login(email: string, password = "correct horse battery") {
      return post("/login", { email, password });
    },
  };
}

export type Client = ReturnType<typeof client>;
