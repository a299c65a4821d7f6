import type { SessionUser } from "../src/core/users.ts";
import { Layout } from "./layout.tsx";

export type ErrorProps = { status: number; title: string; message: string };

/** The error as a fragment, for htmx to swap where the request was made. */
export function ErrorFragment({ status, title, message }: ErrorProps) {
  return (
    <div class="notice error" role="alert" data-status={String(status)}>
      <strong>{title}.</strong> {message}
    </div>
  );
}

/** The error as a full page, for ordinary navigation. */
export function ErrorPage(props: ErrorProps & { user: SessionUser | null }) {
  return (
    <Layout title={props.title} user={props.user}>
      <section class="narrow">
        <h1>{props.title}</h1>
        <ErrorFragment {...props} />
        <p>
          <a href="/">Go to the home page</a>
        </p>
      </section>
    </Layout>
  );
}
