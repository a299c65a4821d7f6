import type { SessionUser } from "../src/core/users.ts";
import { NewPasswordTwice } from "./auth.tsx";
import { type Errors, Field, FormErrors, Notice, type Values } from "./fields.tsx";
import { Layout } from "./layout.tsx";

export type SessionView = {
  id: string;
  started: string;
  address: string;
  device: string;
  current: boolean;
};

/** "Firefox on Linux" from a User-Agent header, or "Unknown browser". */
export function describeAgent(ua: string): string {
  const browser =
    [
      [/Edg\//, "Edge"],
      [/OPR\/|Opera/, "Opera"],
      [/Firefox\//, "Firefox"],
      [/Chrom(e|ium)\//, "Chrome"],
      [/Safari\//, "Safari"],
    ].find(([re]) => (re as RegExp).test(ua))?.[1] ?? "Unknown browser";
  const os =
    [
      [/Android/, "Android"],
      [/iPhone|iPad|iOS/, "iOS"],
      [/Windows/, "Windows"],
      [/Mac OS X|Macintosh/, "macOS"],
      [/Linux/, "Linux"],
    ].find(([re]) => (re as RegExp).test(ua))?.[1] ?? null;
  return os ? `${browser} on ${os}` : `${browser}`;
}

/** Account and security: password, sessions, export, and the way to delete the account. */
export function AccountPage(p: {
  user: SessionUser;
  sessions: SessionView[];
  errors?: Errors;
  values?: Values;
  notice?: string;
}) {
  return (
    <Layout title="Account" user={p.user} active="settings">
      <section class="narrow stack">
        <p>
          <a href="/settings">← Settings</a>
        </p>
        <h1>Account and security</h1>
        <p class="muted">
          Signed in as <strong>{p.user.name}</strong> ({p.user.email}),{" "}
          {p.user.role === "teacher" ? "teacher" : "student"}
          {p.user.admin ? " and administrator" : ""}.
        </p>
        {p.user.admin ? (
          <p>
            <a href="/admin">Administration</a>: accounts, teacher invitations and the audit log.
          </p>
        ) : null}
        <Notice text={p.notice} />

        <h2 id="password-h">Change password</h2>
        <FormErrors errors={p.errors} />
        <form method="post" action="/account/password" novalidate aria-labelledby="password-h">
          <Field
            name="current_password"
            label="Current password"
            type="password"
            errors={p.errors}
            required
            autocomplete="current-password"
            maxlength={200}
          />
          <NewPasswordTwice errors={p.errors} />
          <div class="form-actions">
            <button type="submit">Change password</button>
            <span class="muted">Your other sessions are signed out.</span>
          </div>
        </form>

        <h2 id="sessions-h">Active sessions</h2>
        <div class="table-wrap">
          <table aria-labelledby="sessions-h">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Signed in</th>
                <th scope="col">From</th>
                <th scope="col">
                  <span class="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {p.sessions.map((s) => (
                <tr>
                  <td>
                    {s.device}
                    {s.current ? <strong> (this device)</strong> : null}
                  </td>
                  <td>{s.started}</td>
                  <td>{s.address || "—"}</td>
                  <td>
                    {s.current ? null : (
                      <form method="post" action={`/account/sessions/${s.id}/end`} class="inline">
                        <button type="submit" class="secondary small">
                          Sign out
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form method="post" action="/account/sessions/end-all">
          <div class="form-actions">
            <button type="submit" class="secondary">
              Sign out everywhere
            </button>
            <span class="muted">Ends every session, this one included.</span>
          </div>
        </form>

        <h2>Your data</h2>
        <p>Everything Chronodeck keeps about you: your reviews, quiz attempts and classes.</p>
        <ul>
          <li>
            <a href="/account/export.json" download>
              Export my data (JSON)
            </a>
          </li>
          <li>
            <a href="/account/export/reviews.csv" download>
              Reviews (CSV)
            </a>{" "}
            ·{" "}
            <a href="/account/export/attempts.csv" download>
              Quiz attempts (CSV)
            </a>{" "}
            ·{" "}
            <a href="/account/export/classes.csv" download>
              Classes (CSV)
            </a>
          </li>
        </ul>

        <h2>Delete account</h2>
        <p>
          <a href="/account/delete">Delete my account</a> and everything it holds.
        </p>
      </section>
    </Layout>
  );
}

export type OwnedClass = { name: string; students: number; assignments: number };

/** The warning and confirmation before an account is deleted for good. */
export function DeleteAccountPage(p: {
  user: SessionUser;
  classes: OwnedClass[];
  documents: number;
  lastAdmin: boolean;
  errors?: Errors;
  values?: Values;
}) {
  const teacher = p.classes.length > 0 || p.documents > 0;
  return (
    <Layout title="Delete account" user={p.user} active="settings">
      <section class="narrow stack">
        <p>
          <a href="/account">← Account and security</a>
        </p>
        <h1>Delete your account</h1>
        <div class="notice warn" role="note">
          <p>
            <strong>This cannot be undone.</strong> Your account, your cards and review history,
            your quiz attempts and answers, and your class memberships are deleted at once.{" "}
            <a href="/account">Export your data</a> first if you want to keep it.
          </p>
          {teacher ? (
            <p>
              You teach {p.classes.length} class{p.classes.length === 1 ? "" : "es"} and own{" "}
              {p.documents} document{p.documents === 1 ? "" : "s"}. Hand them over to another
              teacher, who then owns them, their assignments and results; or leave the field empty
              to <strong>close them</strong>: their assignments, quizzes and class results are
              deleted (each student keeps their own reviews).
            </p>
          ) : null}
        </div>
        {teacher ? (
          <ul>
            {p.classes.map((c) => (
              <li>
                {c.name}: {c.students} student{c.students === 1 ? "" : "s"}, {c.assignments}{" "}
                assignment{c.assignments === 1 ? "" : "s"}
              </li>
            ))}
          </ul>
        ) : null}
        {p.lastAdmin ? (
          <p class="notice error" role="alert">
            You are the only administrator. Make another account an administrator first, on the{" "}
            <a href="/admin">administration page</a>.
          </p>
        ) : (
          <>
            <FormErrors errors={p.errors} />
            <form method="post" action="/account/delete" novalidate>
              {teacher ? (
                <Field
                  name="handover"
                  label="Hand over to (a teacher's email)"
                  type="email"
                  values={p.values}
                  errors={p.errors}
                  maxlength={254}
                  hint="Leave empty to close your classes and delete your documents."
                />
              ) : null}
              <Field
                name="password"
                label="Password"
                type="password"
                errors={p.errors}
                required
                autocomplete="current-password"
                maxlength={200}
              />
              <label class="check">
                <input type="checkbox" name="confirm" value="on" /> I understand that my account and
                its data are deleted for good
              </label>
              {p.errors?.confirm ? <p class="field-error">{p.errors.confirm}</p> : null}
              <div class="form-actions">
                <button type="submit">Delete my account</button>
                <a href="/account">Keep my account</a>
              </div>
            </form>
          </>
        )}
      </section>
    </Layout>
  );
}

/** After deletion: there is nothing left to sign in to. */
export function AccountDeletedPage() {
  return (
    <Layout title="Account deleted" user={null}>
      <section class="narrow">
        <h1>Your account was deleted</h1>
        <p>Your account and its data are gone, and every session of it was signed out.</p>
        <p>
          <a href="/">Go to the home page</a>
        </p>
      </section>
    </Layout>
  );
}
