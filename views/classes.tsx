import type { SessionUser } from "../src/core/users.ts";
import { type Bar, BarChart } from "./charts.tsx";
import {
  type Errors,
  Field,
  FormErrors,
  Notice,
  QuestionCountField,
  SelectField,
  TimeLimitField,
  type Values,
} from "./fields.tsx";
import { percent } from "./format.ts";
import { Layout } from "./layout.tsx";
import { KIND_LABELS } from "./quiz.tsx";
import { TableWrap } from "./table.tsx";

export type ClassSummary = {
  id: string;
  name: string;
  joinCode?: string;
  students?: number;
  assignments?: number;
  teacher?: string;
};

/** Teachers see their classes and "Create class"; students see theirs and "Join class". */
export function ClassesPage(p: {
  user: SessionUser;
  classes: ClassSummary[];
  errors?: Errors;
  values?: Values;
  notice?: string;
}) {
  const teacher = p.user.role === "teacher";
  return (
    <Layout title="Classes" user={p.user} active="classes">
      <h1>Classes</h1>
      <Notice text={p.notice} />
      {p.classes.length === 0 ? (
        <p class="muted">
          {teacher
            ? "You have no classes yet. Create one below, then share its join code with your students."
            : "You are not in a class yet. If your teacher gave you a join code, enter it below."}
        </p>
      ) : (
        <ul class="grid plain">
          {p.classes.map((c) => (
            <li class="card">
              <h2>
                <a href={`/classes/${c.id}`}>{c.name}</a>
              </h2>
              {teacher ? (
                <p class="muted">
                  {c.students} student{c.students === 1 ? "" : "s"} · {c.assignments} assignment
                  {c.assignments === 1 ? "" : "s"} · join code <strong>{c.joinCode}</strong>
                </p>
              ) : (
                <p class="muted">Teacher: {c.teacher}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <section class="narrow">
        <FormErrors errors={p.errors} />
        {teacher ? (
          <form method="post" action="/classes" novalidate>
            <h2 id="new-class">New class</h2>
            <input type="hidden" name="form_token" value={p.values?.form_token} />
            <Field
              name="name"
              label="Class name"
              values={p.values}
              errors={p.errors}
              maxlength={100}
              required
            />
            <div class="form-actions">
              <button type="submit">Create class</button>
            </div>
          </form>
        ) : (
          <form method="post" action="/classes/join" novalidate>
            <h2>Join a class</h2>
            <Field
              name="code"
              label="Join code"
              values={p.values}
              errors={p.errors}
              maxlength={20}
              hint="Your teacher gives you a code of letters and digits, like K7M2-QXP4-9RTA."
              autocomplete="off"
              required
            />
            <div class="form-actions">
              <button type="submit">Join class</button>
            </div>
          </form>
        )}
      </section>
    </Layout>
  );
}

/** Confirm joining through a join link. */
export function JoinPage({
  user,
  name,
  teacher,
  code,
}: {
  user: SessionUser;
  name: string;
  teacher: string;
  code: string;
}) {
  return (
    <Layout title={`Join ${name}`} user={user} active="classes">
      <section class="narrow">
        <h1>Join “{name}”</h1>
        <p>Teacher: {teacher}. Your teacher will see your progress on what they assign.</p>
        <form method="post" action="/classes/join">
          <input type="hidden" name="code" value={code} />
          <button type="submit">Join class</button>
        </form>
      </section>
    </Layout>
  );
}

export type AssignmentRow = {
  title: string;
  kind: "deck" | "quiz";
  due: string;
  detail: string;
  href: string;
  status?: string;
  action?: { label: string; href?: string; post?: string; token?: string };
};

export type DeckOption = { id: string; title: string; kinds: string[] };

/** The teacher's view of a class: join code and link, roster, assignments and the "Assign" form. */
export function TeacherClassPage(p: {
  user: SessionUser;
  cls: { id: string; name: string; joinCode: string; joinLink: string; shortCode?: boolean };
  members: { userId: number; name: string; email: string; joined: string }[];
  /** Whether the teacher hands out password reset links (the site sends no email). */
  resetLinks?: boolean;
  assignments: AssignmentRow[];
  decks: DeckOption[];
  /** How many questions a quiz may ask (the core's limits). */
  questionRange: { min: number; max: number };
  values: Values;
  /** The Assign form's one-time token (src/http/form-token.ts). */
  formToken: string;
  errors?: Errors;
  notice?: string;
}) {
  const kinds = [...new Set(p.decks.flatMap((d) => d.kinds))];
  const checked = (k: string) =>
    (p.values[`kind_${k}`] ?? (p.values.assigned ? "" : "on")) === "on";
  return (
    <Layout title={p.cls.name} user={p.user} active="classes">
      <h1>{p.cls.name}</h1>
      <Notice text={p.notice} />
      <div class="panel join-panel">
        <p>
          Join code:{" "}
          <strong data-join-code={p.cls.joinCode.replace(/-/g, "")}>{p.cls.joinCode}</strong>
        </p>
        <p>
          Join link: <a href={p.cls.joinLink}>{p.cls.joinLink}</a>
        </p>
        {p.cls.shortCode ? (
          <p class="notice warn">
            This class has a short join code from an earlier version, which is easier to guess.
            Replace it; students already in the class stay in it.
          </p>
        ) : null}
        <form method="post" action={`/classes/${p.cls.id}/code`} class="inline">
          <button type="submit" class="secondary small">
            Replace join code
          </button>{" "}
          <span class="muted small">The old code and link stop working.</span>
        </form>
      </div>

      <section aria-labelledby="assignments-h">
        <h2 id="assignments-h">Assignments</h2>
        {p.assignments.length === 0 ? (
          <p class="muted">Nothing assigned yet: choose a deck below.</p>
        ) : (
          <TableWrap label="Assignments">
            <table>
              <thead>
                <tr>
                  <th scope="col">Assignment</th>
                  <th scope="col">Due</th>
                </tr>
              </thead>
              <tbody>
                {p.assignments.map((a) => (
                  <tr>
                    <td>
                      <a href={a.href}>{a.title}</a>
                      <span class="small muted block">{a.detail}</span>
                    </td>
                    <td>{a.due}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section aria-labelledby="assign-h" class="narrow">
        <h2 id="assign-h">Assign</h2>
        <FormErrors errors={p.errors} />
        <form
          method="post"
          action={`/classes/${p.cls.id}/assignments`}
          novalidate
          class="assign-form"
        >
          <input type="hidden" name="assigned" value="1" />
          <input type="hidden" name="form_token" value={p.formToken} />
          <SelectField
            name="deck"
            label="Deck"
            options={p.decks.map((d) => ({ value: d.id, label: d.title }))}
            values={p.values}
            errors={p.errors}
          />
          <fieldset>
            <legend>What to assign</legend>
            <label class="check">
              <input type="radio" name="kind" value="deck" checked={p.values.kind !== "quiz"} />{" "}
              Study the deck
            </label>
            <label class="check">
              <input type="radio" name="kind" value="quiz" checked={p.values.kind === "quiz"} /> A
              quiz on the deck
            </label>
          </fieldset>
          <Field
            name="due"
            label="Due date"
            type="date"
            values={p.values}
            errors={p.errors}
            required
          />
          {/* Only what applies to the choice above is shown (app.css, with :has(); no script). */}
          <div class="for-deck">
            <Field
              name="target"
              label="Target retention"
              type="number"
              min="0.70"
              max="0.97"
              step="0.01"
              values={{ target: "0.85", ...p.values }}
              errors={p.errors}
              hint="The recall each student should be predicted to have on the due date, from 0.70 to 0.97."
            />
          </div>
          <fieldset class="for-quiz">
            <legend>Quiz options</legend>
            <QuestionCountField range={p.questionRange} values={p.values} errors={p.errors} />
            <fieldset class="kinds">
              <legend>Kinds of question</legend>
              {kinds.map((k) => (
                <label class="check">
                  <input type="checkbox" name={`kind_${k}`} value="on" checked={checked(k)} />{" "}
                  {KIND_LABELS[k] ?? k}
                </label>
              ))}
              {p.errors?.kinds ? <p class="field-error">{p.errors.kinds}</p> : null}
            </fieldset>
            <TimeLimitField values={p.values} errors={p.errors} />
            <Field
              name="attempts"
              label="Attempts allowed"
              type="number"
              min="1"
              max="20"
              values={{ attempts: "1", ...p.values }}
              errors={p.errors}
            />
            <label class="check">
              <input type="checkbox" name="exam" value="on" checked={p.values.exam === "on"} /> Exam
              mode: no schedule updates, results visible after the due date
            </label>
          </fieldset>
          <div class="form-actions">
            <button type="submit">Assign</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="roster-h">
        <h2 id="roster-h">Students ({p.members.length})</h2>
        {p.members.length === 0 ? (
          <p class="muted">No students yet: share the join code or link.</p>
        ) : (
          <TableWrap label="Students">
            <table>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Joined</th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.members.map((m) => (
                  <tr>
                    <td>
                      {m.name}
                      <span class="small muted block break">{m.email}</span>
                    </td>
                    <td>{m.joined}</td>
                    <td>
                      {p.resetLinks ? (
                        <form
                          method="post"
                          action={`/classes/${p.cls.id}/members/${m.userId}/reset-link`}
                          class="inline"
                        >
                          <button
                            type="submit"
                            class="link"
                            aria-label={`Password reset link for ${m.name}`}
                          >
                            Reset link
                          </button>
                        </form>
                      ) : null}{" "}
                      <form
                        method="post"
                        action={`/classes/${p.cls.id}/members/${m.userId}/remove`}
                        class="inline"
                      >
                        <button
                          type="submit"
                          class="link"
                          aria-label={`Remove ${m.name} from the class`}
                        >
                          Remove
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </Layout>
  );
}

/** A student's view of a class: its assignments and where they stand. */
export function StudentClassPage(p: {
  user: SessionUser;
  name: string;
  teacher: string;
  assignments: AssignmentRow[];
  notice?: string;
}) {
  return (
    <Layout title={p.name} user={p.user} active="classes">
      <h1>{p.name}</h1>
      <Notice text={p.notice} />
      <p class="muted">Teacher: {p.teacher}</p>
      <h2>Assignments</h2>
      <AssignmentList rows={p.assignments} />
    </Layout>
  );
}

/** What to do next on an assignment: a link, or a form for actions that start something. */
function AssignmentAction({ action }: { action: NonNullable<AssignmentRow["action"]> }) {
  if (action.post)
    return (
      <form method="post" action={action.post} class="inline">
        {action.token ? <input type="hidden" name="form_token" value={action.token} /> : null}
        <button type="submit">{action.label}</button>
      </form>
    );
  return action.href ? (
    <a class="button" href={action.href}>
      {action.label}
    </a>
  ) : null;
}

/** Assignments with their status and what to do next, soonest due first; one card each on a phone. */
export function AssignmentList({ rows }: { rows: AssignmentRow[] }) {
  if (rows.length === 0) return <p class="muted">No assignments.</p>;
  return (
    <ul class="todo plain">
      {rows.map((a) => (
        <li class="todo-item">
          <div class="todo-what">
            <strong>{a.title}</strong>
            <span class="small muted">{a.detail}</span>
          </div>
          <div class="todo-when small">
            Due <span class="nowrap">{a.due}</span>
            {a.status ? (
              <>
                {" "}
                <span
                  class={`badge ${a.status === "done" ? "done" : a.status === "late" ? "late" : ""}`}
                >
                  {a.status}
                </span>
              </>
            ) : null}
          </div>
          <div class="todo-action">{a.action ? <AssignmentAction action={a.action} /> : null}</div>
        </li>
      ))}
    </ul>
  );
}

export type StudentRow = {
  name: string;
  studied: string;
  reviews: number;
  lastActive: string;
  score: string;
  recall: string;
  onTrack: string;
  status: string;
};

export type EventRow = { id: string; dateLabel: string; text: string; recall: number };
export type ItemRow = {
  position: number;
  prompt: string;
  /** "80%", or "—" when nobody has answered yet. */
  facility: string;
  discrimination: string;
  flags: string[];
};

/** The dashboard of one assignment: per student, per event, and per quiz question. */
export function AssignmentDashboard(p: {
  user: SessionUser;
  cls: { id: string; name: string };
  assignment: { id: string; title: string; kind: "deck" | "quiz"; due: string; detail: string };
  students: StudentRow[];
  events: EventRow[];
  items: ItemRow[];
  /** How discrimination is measured: the share of students in each group, and the minimum class. */
  discrimination: { groupShare: number; minStudents: number };
}) {
  const bars: Bar[] = p.events.map((e, i) => ({
    label: String(i + 1),
    value: e.recall,
    title: `${e.dateLabel} — ${e.text}: ${percent(e.recall)} predicted to recall`,
    tone: e.recall < 0.5 ? "bad" : e.recall < 0.8 ? "warn" : "alt",
  }));
  return (
    <Layout title={`${p.assignment.title} · ${p.cls.name}`} user={p.user} active="classes">
      <a class="back" href={`/classes/${p.cls.id}`}>
        ← {p.cls.name}
      </a>
      <div class="spread">
        <h1>{p.assignment.title}</h1>
        <a
          class="button secondary"
          href={`/classes/${p.cls.id}/assignments/${p.assignment.id}/export.csv`}
        >
          Export CSV
        </a>
      </div>
      <p class="lead">
        {p.assignment.kind === "deck" ? "Study goal" : "Quiz"}, due {p.assignment.due}.{" "}
        {p.assignment.detail}
      </p>

      <section aria-labelledby="students-h">
        <h2 id="students-h">Students</h2>
        <TableWrap label="Students">
          <table>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Status</th>
                <th scope="col" class="num">
                  Events studied
                </th>
                <th scope="col" class="num">
                  Reviews
                </th>
                <th scope="col">Last active</th>
                <th scope="col" class="num">
                  Quiz score
                </th>
                <th scope="col" class="num">
                  Predicted recall on due date
                </th>
                <th scope="col">On track</th>
              </tr>
            </thead>
            <tbody>
              {p.students.map((s) => (
                <tr>
                  <th scope="row">{s.name}</th>
                  <td>{s.status}</td>
                  <td class="num">{s.studied}</td>
                  <td class="num">{s.reviews}</td>
                  <td>{s.lastActive}</td>
                  <td class="num">{s.score}</td>
                  <td class="num">{s.recall}</td>
                  <td>{s.onTrack}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="events-h">
        <h2 id="events-h">Events: predicted recall on the due date</h2>
        <p class="muted small">
          The share of the class predicted to recall each event, weakest first.
        </p>
        <BarChart
          id="event-recall"
          title="Share of the class predicted to recall each event on the due date"
          bars={bars}
          max={1}
          format={percent}
          labelEvery={bars.length > 30 ? 5 : 1}
          xLabel="Event, by number in the table below"
          yLabel="Share of the class"
        />
        <TableWrap label="Events">
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Date</th>
                <th scope="col">Event</th>
                <th scope="col" class="num">
                  Predicted to recall
                </th>
              </tr>
            </thead>
            <tbody>
              {p.events.map((e, i) => (
                <tr>
                  <td>{i + 1}</td>
                  <td>{e.dateLabel}</td>
                  <td>{e.text}</td>
                  <td class="num">{percent(e.recall)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      {p.items.length > 0 ? (
        <section aria-labelledby="items-h">
          <h2 id="items-h">Questions</h2>
          <p class="muted small">
            Facility: share of students right on their first attempt. Discrimination: share right
            among the top {percent(p.discrimination.groupShare)} minus among the bottom{" "}
            {percent(p.discrimination.groupShare)} (needs {p.discrimination.minStudents} students).
          </p>
          <TableWrap label="Questions">
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Question</th>
                  <th scope="col" class="num">
                    Facility
                  </th>
                  <th scope="col" class="num">
                    Discrimination
                  </th>
                  <th scope="col">Flags</th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((q) => (
                  <tr data-flagged={q.flags.length > 0 ? "true" : undefined}>
                    <td>{q.position + 1}</td>
                    <td>{q.prompt}</td>
                    <td class="num">{q.facility}</td>
                    <td class="num">{q.discrimination}</td>
                    <td class="small">
                      {q.flags.length > 0 ? <strong>{q.flags.join("; ")}</strong> : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}
    </Layout>
  );
}
