import type { SessionUser } from "../src/core/users.ts";
import { Layout } from "./layout.tsx";

export type ErrorProps = {
  status: number;
  title: string;
  message: string;
  /** The request's id, as in the server's log: what to quote when reporting a problem. */
  reference?: string;
};

/** The error as a fragment, for htmx to swap where the request was made. */
export function ErrorFragment({ status, title, message, reference }: ErrorProps) {
  return (
    <div class="notice error" role="alert" data-status={String(status)}>
      <strong>{title}.</strong> {message}
      {status >= 500 && reference ? (
        <span class="small muted"> (Reference {reference}.)</span>
      ) : null}
    </div>
  );
}

/** The error as a full page, for ordinary navigation. */
export function ErrorPage(props: ErrorProps & { user: SessionUser | null }) {
  return (
    <Layout title={props.title} user={props.user}>
      <section class="narrow">
        <h1>{props.title}</h1>
        <div class="notice error" role="alert" data-status={String(props.status)}>
          {props.message}
        </div>
        <p class="row">
          <a class="button secondary" href="/">
            Go to the home page
          </a>
        </p>
        {props.reference ? (
          <p class="small muted">
            Reference: <code data-request-id>{props.reference}</code>. If this keeps happening,
            quote it when you report the problem.
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
