import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorFragment, ErrorPage } from "../../views/error-page.tsx";
import type { AppEnv } from "./env.ts";

/** Render an error as a fragment for htmx requests and as a full page otherwise, with the request's id. */
export function renderError(c: Context<AppEnv>, status: number, title: string, message: string) {
  const code = status as ContentfulStatusCode;
  const reference = c.get("requestId");
  if (c.get("htmx"))
    return c.html(
      <ErrorFragment status={status} title={title} message={message} reference={reference} />,
      code,
    );
  return c.html(
    <ErrorPage
      status={status}
      title={title}
      message={message}
      reference={reference}
      user={c.get("user") ?? null}
    />,
    code,
  );
}
