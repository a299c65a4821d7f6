import type { CardStatus, StatusCounts } from "../src/core/schedule.ts";
import type { TimelineLayout } from "../src/core/timeline.ts";
import type { SessionUser } from "../src/core/users.ts";
import { Layout } from "./layout.tsx";
import { Timeline } from "./timeline.tsx";

export type DeckListItem = {
  id: string;
  title: string;
  description: string;
  kind: string;
  counts: StatusCounts | null;
  draft?: boolean;
};

const STATUS_LABEL: Record<CardStatus, string> = {
  new: "new",
  learning: "learning",
  due: "due",
  known: "known",
};

/** Counts per status as badges. */
export function StatusBadges({ counts }: { counts: StatusCounts }) {
  return (
    <span class="row">
      {(Object.keys(STATUS_LABEL) as CardStatus[]).map((s) => (
        <span class={`badge ${s}`}>
          {counts[s]} {STATUS_LABEL[s]}
        </span>
      ))}
    </span>
  );
}

/** All decks the user can open. */
export function DeckListPage({ user, decks }: { user: SessionUser | null; decks: DeckListItem[] }) {
  const groups: [string, DeckListItem[]][] = [
    ["All events", decks.filter((d) => d.kind === "all")],
    ["By document", decks.filter((d) => d.kind === "document")],
    ["By years", decks.filter((d) => d.kind === "span")],
  ];
  return (
    <Layout title="Decks" user={user} active="decks">
      <h1>Decks</h1>
      {user ? null : (
        <p class="notice">
          <a href="/signup">Sign up</a> or <a href="/login">log in</a> to study a deck and keep your
          schedule.
        </p>
      )}
      {groups.map(([heading, list]) =>
        list.length === 0 ? null : (
          <section>
            <h2>{heading}</h2>
            <ul class="grid plain">
              {list.map((d) => (
                <li class="card">
                  <h3>
                    <a href={`/decks/${d.id}`}>{d.title}</a>{" "}
                    {d.draft ? <span class="badge">draft</span> : null}
                  </h3>
                  <p class="muted">{d.description}</p>
                  {d.counts ? <StatusBadges counts={d.counts} /> : null}
                  {user && !d.draft ? (
                    <p class="row">
                      <a class="button small" href={`/decks/${d.id}/study`}>
                        Study
                      </a>
                      <a
                        class="button small secondary"
                        href={`/quizzes/new?deck=${encodeURIComponent(d.id)}`}
                      >
                        Start quiz
                      </a>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </Layout>
  );
}

export type DeckEventRow = {
  id: string;
  dateLabel: string;
  text: string;
  status: CardStatus | null;
  /** The documents that state the event, each named once. */
  sources: string[];
  dueLabel?: string;
};

/** One deck: its events on a timeline and in a table, with the learner's progress on each. */
export function DeckPage(p: {
  user: SessionUser | null;
  deck: { id: string; title: string; description: string; draft: boolean };
  events: DeckEventRow[];
  counts: StatusCounts | null;
  timeline: TimelineLayout;
}) {
  return (
    <Layout title={p.deck.title} user={p.user} active="decks">
      <div class="spread">
        <h1>{p.deck.title}</h1>
        {p.user && !p.deck.draft ? (
          <p class="row">
            <a class="button" href={`/decks/${p.deck.id}/study`}>
              Study
            </a>
            <a class="button secondary" href={`/quizzes/new?deck=${encodeURIComponent(p.deck.id)}`}>
              Start quiz
            </a>
          </p>
        ) : null}
      </div>
      <p class="lead">{p.deck.description}</p>
      {p.counts ? <StatusBadges counts={p.counts} /> : null}
      <h2>Timeline</h2>
      <Timeline
        layout={p.timeline}
        caption={`Timeline of ${p.events.length} events`}
        legend={
          p.user
            ? [
                { mark: "new", label: "new" },
                { mark: "learning", label: "learning" },
                { mark: "due", label: "due" },
                { mark: "known", label: "known" },
              ]
            : undefined
        }
        list={p.events.map((e) => ({
          id: e.id,
          dateLabel: e.dateLabel,
          text: e.text,
          markLabel: e.status ?? undefined,
        }))}
      />
      <h2>Events</h2>
      <ol class="plain event-list">
        {p.events.map((e) => (
          <li id={e.id} class="event-row">
            <span class="event-date">{e.dateLabel}</span>
            <span class="event-text">
              {e.text}
              <span class="event-sources small muted">
                {e.sources.length === 1 ? "Source: " : "Sources: "}
                {e.sources.join(" · ")}
              </span>
            </span>
            {p.user ? (
              <span class="event-status">
                {e.status ? (
                  <span class={`badge ${e.status}`}>{STATUS_LABEL[e.status]}</span>
                ) : null}
                {e.dueLabel ? <span class="small muted"> {e.dueLabel}</span> : null}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
