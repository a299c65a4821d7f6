import type { SessionUser } from "../src/core/users.ts";
import { type Errors, Field, FormErrors, Notice, type Values } from "./fields.tsx";
import { Layout } from "./layout.tsx";

export type AdminUserRow = {
  id: number;
  name: string;
  email: string;
  role: "student" | "teacher";
  admin: boolean;
  created: string;
  classes: number;
  documents: number;
};

export type InvitationRow = { note: string; created: string; expires: string; status: string };

function Back() {
  return (
    <p>
      <a href="/account">← Account and security</a>
    </p>
  );
}

/** Accounts (with their roles) and teacher invitations. */
export function AdminPage(p: {
  user: SessionUser;
  users: AdminUserRow[];
  next: string | null;
  invitations: InvitationRow[];
  resetLinks: boolean;
  /** Whether sign-up lets people declare themselves teachers (TEACHER_SIGNUP=open). */
  teacherSignup: boolean;
  notice?: string;
  errors?: Errors;
  values?: Values;
}) {
  return (
    <Layout title="Administration" user={p.user} active="settings">
      <Back />
      <h1>Administration</h1>
      <p>
        <a href="/admin/audit">Audit log</a>: who signed in, changed a password or a role, joined or
        left a class, assigned or published, and from where.
      </p>
      <Notice text={p.notice} />
      <FormErrors errors={p.errors} />
      <h2 id="users-h">Accounts</h2>
      <p class="muted">
        {p.teacherSignup
          ? "Sign-up still offers “I am a teacher” on this site (TEACHER_SIGNUP=open); teachers can also be made here or by invitation."
          : "Teachers are made here or by invitation: sign-up makes students."}{" "}
        Taking the teacher role from an account keeps its classes and documents for when it is given
        back.
      </p>
      <div class="grid">
        {p.users.map((u) => (
          <article class="card stack" data-user-id={String(u.id)}>
            <div>
              <strong>{u.name}</strong>
              <br />
              <span class="muted">{u.email}</span>
            </div>
            <p>
              {u.role === "teacher" ? "Teacher" : "Student"}
              {u.admin ? ", administrator" : ""} · since {u.created}
              {u.role === "teacher" || u.classes + u.documents > 0
                ? ` · ${u.classes} class${u.classes === 1 ? "" : "es"}, ${u.documents} document${u.documents === 1 ? "" : "s"}`
                : ""}
            </p>
            <div class="row">
              <form method="post" action={`/admin/users/${u.id}/role`} class="inline">
                <input
                  type="hidden"
                  name="role"
                  value={u.role === "teacher" ? "student" : "teacher"}
                />
                <button
                  type="submit"
                  class="secondary small"
                  aria-label={`${u.role === "teacher" ? "Make student" : "Make teacher"}: ${u.name}`}
                >
                  {u.role === "teacher" ? "Make student" : "Make teacher"}
                </button>
              </form>
              {u.id === p.user.id ? null : (
                <form method="post" action={`/admin/users/${u.id}/admin`} class="inline">
                  <input type="hidden" name="admin" value={u.admin ? "off" : "on"} />
                  <button
                    type="submit"
                    class="secondary small"
                    aria-label={`${u.admin ? "Remove administrator" : "Make administrator"}: ${u.name}`}
                  >
                    {u.admin ? "Remove administrator" : "Make administrator"}
                  </button>
                </form>
              )}
              {p.resetLinks && u.id !== p.user.id ? (
                <form method="post" action={`/admin/users/${u.id}/reset-link`} class="inline">
                  <button
                    type="submit"
                    class="secondary small"
                    aria-label={`Reset link: ${u.name}`}
                  >
                    Reset link
                  </button>
                </form>
              ) : null}
            </div>
          </article>
        ))}
      </div>
      {p.next ? (
        <p>
          <a href={p.next}>Next accounts →</a>
        </p>
      ) : null}
      <section class="narrow">
        <h2>Invite a teacher</h2>
        <p>
          An invitation link makes a teacher account when it is used to sign up, or turns the
          account of whoever opens it while signed in into one. It works once, for seven days.
        </p>
        <form method="post" action="/admin/invitations" novalidate>
          <Field
            name="note"
            label="Who it is for"
            values={p.values}
            errors={p.errors}
            maxlength={100}
            hint="A reminder for you, such as a name. Not shown to anyone else."
          />
          <div class="form-actions">
            <button type="submit">Create invitation</button>
          </div>
        </form>
        {p.invitations.length > 0 ? (
          <>
            <h3>Recent invitations</h3>
            <ul>
              {p.invitations.map((i) => (
                <li>
                  {i.note || "(no note)"}: made {i.created}, {i.status}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </Layout>
  );
}

/** A new invitation's link, shown once. */
export function InvitationCreatedPage(p: {
  user: SessionUser;
  link: string;
  note: string;
  expires: string;
}) {
  return (
    <Layout title="Invitation" user={p.user} active="settings">
      <section class="narrow stack">
        <p>
          <a href="/admin">← Administration</a>
        </p>
        <h1>Teacher invitation{p.note ? ` for ${p.note}` : ""}</h1>
        <p>
          Send this link to the new teacher. It works once, until {p.expires}. This page is the only
          place it is shown.
        </p>
        <label for="invite-link">Invitation link</label>
        <input id="invite-link" type="text" readonly value={p.link} />
      </section>
    </Layout>
  );
}

/** A signed-in user opening an invitation: accept it to become a teacher. */
export function AcceptInvitationPage(p: { user: SessionUser; action: string }) {
  return (
    <Layout title="Invitation" user={p.user}>
      <section class="narrow stack">
        <h1>You are invited to teach</h1>
        {p.user.role === "teacher" ? (
          <p>Your account is already a teacher account: you can create classes right away.</p>
        ) : (
          <>
            <p>
              Accepting makes your account, {p.user.email}, a teacher account: you can then create
              classes, assign decks and upload your own documents. Your own study stays as it is.
            </p>
            <form method="post" action={p.action}>
              <div class="form-actions">
                <button type="submit">Accept invitation</button>
              </div>
            </form>
          </>
        )}
      </section>
    </Layout>
  );
}

export type AuditView = {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  target: string;
  detail: string;
  address: string;
};

/** The audit log, newest first, a page at a time. */
export function AuditPage(p: {
  user: SessionUser;
  rows: AuditView[];
  older: string | null;
  newest: boolean;
}) {
  return (
    <Layout title="Audit log" user={p.user} active="settings">
      <p>
        <a href="/admin">← Administration</a>
      </p>
      <h1>Audit log</h1>
      <p class="muted">
        Append-only: the database refuses to change or delete a row. Times are in your time zone.
      </p>
      {p.rows.length === 0 ? (
        <p>Nothing recorded {p.newest ? "yet" : "before this"}.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who, from where</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr data-audit-id={String(r.id)}>
                  <td>{r.at}</td>
                  <td>
                    {r.actor}
                    <br />
                    <span class="muted small">{r.address || "address unknown"}</span>
                  </td>
                  <td>
                    <code>{r.action}</code>
                  </td>
                  <td>
                    {[r.subject && `account: ${r.subject}`, r.target, r.detail]
                      .filter(Boolean)
                      .join(" · ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="row">
        {p.newest ? null : <a href="/admin/audit">Newest</a>}
        {p.older ? <a href={p.older}>Older entries →</a> : null}
      </p>
    </Layout>
  );
}
