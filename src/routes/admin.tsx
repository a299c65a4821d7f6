import { type Context, Hono } from "hono";
import * as z from "zod";
import {
  AcceptInvitationPage,
  AdminPage,
  AuditPage,
  InvitationCreatedPage,
} from "../../views/admin.tsx";
import { ResetLinkPage } from "../../views/password-reset.tsx";
import { newToken, sha256Hex } from "../auth/tokens.ts";
import type { SessionUser } from "../core/users.ts";
import { listUsers, setAdmin, setRole, userById } from "../db/accounts.ts";
import { auditPage } from "../db/audit.ts";
import {
  acceptInvitation,
  createInvitation,
  invitationIsOpen,
  recentInvitations,
} from "../db/invitations.ts";
import { createReset } from "../db/password-resets.ts";
import { auditEntry, auditOf } from "../http/audit.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, ConflictError, NotFoundError } from "../http/errors.ts";
import { learnerSettings, requireAdmin, requireUser } from "../http/session.ts";
import { type FieldErrors, form, formOrBadRequest, params, query } from "../http/validate.ts";
import { LinkToken } from "./auth.tsx";

/*
 * The administrator's pages: accounts and their roles, teacher invitations,
 * reset links for accounts no teacher can reset, and the audit log. Only
 * administrators reach them (403 for everyone else). Invitations are opened by
 * whoever received one.
 */

const PAGE = 50;
const INVITATION_MS = 7 * 86_400_000;
const RESET_LINK_MS = 3 * 86_400_000;

const UserId = z.object({ uid: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const Page = z.object({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
const AuditQuery = z.object({
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
const Token = z.object({ token: LinkToken });
const RoleForm = z.object({ role: z.enum(["student", "teacher"]) });
const AdminForm = z.object({ admin: z.enum(["on", "off"]) });
const InvitationForm = z.object({
  note: z
    .string()
    .trim()
    .max(100, "Keep the note under 100 characters.")
    .refine((v) => !/\p{Cc}/u.test(v), "The note contains characters that are not allowed.")
    .optional(),
});

const origin = (c: Context<AppEnv>) => c.get("config").publicOrigin ?? new URL(c.req.url).origin;

function dateIn(c: Context<AppEnv>, ms: number, time = false): string {
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    ...(time ? { timeStyle: "medium" } : {}),
    timeZone: learnerSettings(c).timeZone,
  }).format(new Date(ms));
}

async function renderAdmin(
  c: Context<AppEnv>,
  admin: SessionUser,
  extra: { notice?: string; errors?: FieldErrors; after?: number } = {},
) {
  const db = c.get("db");
  const users = await listUsers(db, extra.after ?? 0, PAGE + 1);
  const now = c.get("now").getTime();
  const invitations = await recentInvitations(db);
  const last = users[PAGE - 1];
  return c.html(
    <AdminPage
      user={admin}
      users={users.slice(0, PAGE).map((u) => ({ ...u, created: dateIn(c, u.createdAt) }))}
      next={users.length > PAGE && last ? `/admin?after=${last.id}` : null}
      invitations={invitations.map((i) => ({
        note: i.note,
        created: dateIn(c, i.createdAt),
        expires: dateIn(c, i.expiresAt),
        status:
          i.usedAt !== null
            ? `used by ${i.usedByName ?? "a deleted account"}`
            : i.expiresAt <= now
              ? "expired"
              : `open until ${dateIn(c, i.expiresAt)}`,
      }))}
      resetLinks={c.get("mailer") === null}
      teacherSignup={c.get("config").teacherSignup === "open"}
      notice={extra.notice}
      errors={extra.errors}
    />,
  );
}

async function target(c: Context<AppEnv>, uid: number) {
  const user = await userById(c.get("db"), uid);
  if (user === null) throw new NotFoundError("There is no such account.");
  return user;
}

export const admin = new Hono<AppEnv>()
  .get("/admin", query(Page), (c) =>
    renderAdmin(c, requireAdmin(c), { after: c.req.valid("query").after ?? 0 }),
  )
  .post(
    "/admin/users/:uid/role",
    params(UserId),
    formOrBadRequest(RoleForm, "Choose teacher or student."),
    async (c) => {
      const me = requireAdmin(c);
      const who = await target(c, c.req.valid("param").uid);
      const { role } = c.req.valid("form");
      await setRole(
        c.get("db"),
        who.id,
        role,
        auditEntry(c, "role.change", { subjectId: who.id, detail: `${who.role} → ${role}` }),
      );
      c.get("sessions").dropUser(who.id);
      return renderAdmin(c, me, { notice: `${who.name} is now a ${role}.` });
    },
  )
  .post(
    "/admin/users/:uid/admin",
    params(UserId),
    formOrBadRequest(AdminForm, "Choose to grant or remove the administrator role."),
    async (c) => {
      const me = requireAdmin(c);
      const who = await target(c, c.req.valid("param").uid);
      const on = c.req.valid("form").admin === "on";
      const changed = await setAdmin(
        c.get("db"),
        who.id,
        on,
        auditEntry(c, "admin.change", { subjectId: who.id, detail: on ? "granted" : "removed" }),
      );
      if (!changed) throw new ConflictError("The last administrator cannot stop being one.");
      c.get("sessions").dropUser(who.id);
      return renderAdmin(c, me, {
        notice: on
          ? `${who.name} is now an administrator.`
          : `${who.name} is no longer an administrator.`,
      });
    },
  )
  .post("/admin/users/:uid/reset-link", params(UserId), async (c) => {
    const me = requireAdmin(c);
    const who = await target(c, c.req.valid("param").uid);
    if (c.get("mailer") !== null)
      throw new AppError(409, "Reset by email", "This site sends reset links by email.");
    if (who.id === me.id)
      throw new AppError(409, "Your own account", "Change your own password on the account page.");
    const token = newToken();
    const now = c.get("now");
    const expiresAt = new Date(now.getTime() + RESET_LINK_MS);
    await createReset(
      c.get("db"),
      {
        tokenHash: await sha256Hex(token),
        userId: who.id,
        kind: "teacher",
        createdBy: me.id,
        now,
        expiresAt,
      },
      auditEntry(c, "password.reset.link", { subjectId: who.id, detail: "by an administrator" }),
    );
    c.header("Referrer-Policy", "no-referrer");
    return c.html(
      <ResetLinkPage
        user={me}
        student={who.name}
        link={`${origin(c)}/password/reset/${token}`}
        expires={dateIn(c, expiresAt.getTime(), true)}
        back={{ href: "/admin", label: "Administration" }}
      />,
    );
  })
  .post(
    "/admin/invitations",
    form(InvitationForm, (c, errors) => renderAdmin(c, requireAdmin(c), { errors })),
    async (c) => {
      const me = requireAdmin(c);
      const note = c.req.valid("form").note ?? "";
      const token = newToken();
      const now = c.get("now");
      const expiresAt = new Date(now.getTime() + INVITATION_MS);
      await createInvitation(
        c.get("db"),
        { tokenHash: await sha256Hex(token), createdBy: me.id, note, now, expiresAt },
        auditOf(c, "invitation.create", { detail: note }),
      );
      c.header("Referrer-Policy", "no-referrer");
      return c.html(
        <InvitationCreatedPage
          user={me}
          link={`${origin(c)}/invite/${token}`}
          note={note}
          expires={dateIn(c, expiresAt.getTime(), true)}
        />,
      );
    },
  )
  .get("/admin/audit", query(AuditQuery), async (c) => {
    const me = requireAdmin(c);
    const before = c.req.valid("query").before ?? null;
    const rows = await auditPage(c.get("db"), before, PAGE + 1);
    const page = rows.slice(0, PAGE);
    const who = (id: number | null, name: string | null, email: string | null) =>
      id === null ? "—" : name === null ? `account ${id} (deleted)` : `${name} <${email}>`;
    const last = page.at(-1);
    return c.html(
      <AuditPage
        user={me}
        newest={before === null}
        older={rows.length > PAGE && last ? `/admin/audit?before=${last.id}` : null}
        rows={page.map((r) => ({
          id: r.id,
          at: dateIn(c, r.at, true),
          actor: who(r.actorId, r.actorName, r.actorEmail),
          action: r.action,
          subject:
            r.subjectId === null || r.subjectId === r.actorId
              ? ""
              : who(r.subjectId, r.subjectName, r.subjectEmail),
          target: r.target,
          detail: r.detail,
          address: r.address,
        }))}
      />,
    );
  })
  .get("/invite/:token", params(Token), async (c) => {
    c.header("Cache-Control", "private, no-store");
    c.header("Referrer-Policy", "no-referrer");
    const { token } = c.req.valid("param");
    if (!(await invitationIsOpen(c.get("db"), await sha256Hex(token), c.get("now"))))
      throw new AppError(
        410,
        "Invitation no longer valid",
        "This invitation was already used or has expired. Ask for a new one.",
      );
    const user = c.get("user");
    if (user === null) return c.redirect(`/signup?invite=${token}`, 303);
    return c.html(<AcceptInvitationPage user={user} action={`/invite/${token}`} />);
  })
  .post("/invite/:token", params(Token), async (c) => {
    const user = requireUser(c);
    const { token } = c.req.valid("param");
    if (user.role === "teacher") return c.redirect("/classes", 303);
    const accepted = await acceptInvitation(
      c.get("db"),
      await sha256Hex(token),
      user.id,
      c.get("now"),
      auditEntry(c, "invitation.accept", { subjectId: user.id }),
    );
    if (!accepted)
      throw new AppError(
        410,
        "Invitation no longer valid",
        "This invitation was already used or has expired. Ask for a new one.",
      );
    c.get("sessions").dropUser(user.id);
    return c.redirect("/classes", 303);
  });
