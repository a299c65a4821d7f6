import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorFragment, ErrorPage } from "../../views/error-page.tsx";
import type { AppEnv } from "./env.ts";

/** Render an error as a fragment for htmx requests and as a full page otherwise. */
export function renderError(c: Context<AppEnv>, status: number, title: string, message: string) {
  const code = status as ContentfulStatusCode;
  if (c.get("htmx"))
    return c.html(<ErrorFragment status={status} title={title} message={message} />, code);
  return c.html(
    <ErrorPage status={status} title={title} message={message} user={c.get("user") ?? null} />,
    code,
  );
}
