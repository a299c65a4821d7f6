import type { DueSummary, HeatDay, MonthRetention, StateCounts } from "../src/core/stats.ts";
import type { SessionUser } from "../src/core/users.ts";
import { BarChart, Heatmap } from "./charts.tsx";
import { percent } from "./format.ts";
import { Layout } from "./layout.tsx";

export type ProgressProps = {
  user: SessionUser;
  due: DueSummary;
  forecast: { label: string; day: string; count: number }[];
  heatmap: (HeatDay & { day: string })[];
  monthLabels: { week: number; label: string; minor: boolean }[];
  /** Each month with its name ("Jan 2026") and its axis label ("Jan"). */
  retention: (MonthRetention & { name: string; short: string })[];
  states: StateCounts;
  totals: { reviews: number; streak: number; reviewDays: { day: string; count: number }[] };
};

const pct = (r: number | null) => (r === null ? "—" : percent(r));

/** Below this many reviews of learned cards, a month's retention says little. */
const ENOUGH_FOR_RETENTION = 10;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The one due count (as on the home page), then the forecast, review calendar, retention and card states. */
export function ProgressPage(p: ProgressProps) {
  const stateRows: [string, number][] = [
    ["Not started", p.states.new],
    ["Learning", p.states.learning],
    ["Relearning", p.states.relearning],
    ["Young (interval under 21 days)", p.states.young],
    ["Mature (21 days or more)", p.states.mature],
  ];
  const retentionReviews = p.retention.reduce((a, m) => a + m.reviews, 0);
  const scheduled = p.forecast.reduce((a, f) => a + f.count, 0);
  return (
    <Layout title="Progress" user={p.user} active="progress">
      <h1>Your progress</h1>
      <p class="lead">
        {p.totals.reviews === 0
          ? "No reviews yet: study a deck and your progress appears here."
          : `${plural(p.totals.reviews, "review")} in the past year, on ${plural(p.totals.reviewDays.length, "day")}${p.totals.streak > 0 ? `; a ${p.totals.streak}-day streak` : ""}.`}
      </p>
      {p.totals.reviews === 0 && p.due.now === 0 ? null : (
        <p class="due-line" data-due-now={String(p.due.now)}>
          <strong>{plural(p.due.now, "card")} due now</strong>
          {p.due.laterToday > 0 ? `, ${p.due.laterToday} more later today` : ""}.{" "}
          {p.due.now > 0 ? <a href="/">Study them from your home page</a> : null}
        </p>
      )}

      <section aria-labelledby="states-h">
        <h2 id="states-h">Cards by state</h2>
        <BarChart
          id="states"
          title="Cards by state"
          xLabel="State"
          yLabel="Cards"
          bars={stateRows.map(([label, value], i) => ({
            label: label.replace(/ \(.*\)$/, ""),
            value,
            title: `${label}: ${value}`,
            tone: i === 4 ? "alt" : i === 2 ? "bad" : i === 1 ? "warn" : undefined,
          }))}
        />
        <details class="text-alt">
          <summary>Cards by state as a table</summary>
          <table>
            <tbody>
              {stateRows.map(([label, value]) => (
                <tr>
                  <th scope="row">{label}</th>
                  <td class="num">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="forecast-h">
        <h2 id="forecast-h">Due in the next 30 days</h2>
        {scheduled === 0 ? (
          <p class="muted empty">
            Nothing is scheduled yet: the cards you study appear here on the days they come due.
          </p>
        ) : (
          <BarChart
            id="forecast"
            title="Cards due on each of the next 30 days"
            xLabel="Days from today"
            yLabel="Cards due"
            labelEvery={5}
            bars={p.forecast.map((f) => ({
              label: f.label,
              value: f.count,
              title: `${f.day}: ${f.count} due`,
            }))}
          />
        )}
        <details class="text-alt">
          <summary>Forecast as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" class="num">
                  Cards due
                </th>
              </tr>
            </thead>
            <tbody>
              {p.forecast.map((f) => (
                <tr>
                  <td>{f.day}</td>
                  <td class="num">{f.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="heat-h">
        <h2 id="heat-h">Reviews over the past year</h2>
        {p.totals.reviews === 0 ? (
          <p class="muted empty">No reviews yet: each day you study fills in a square.</p>
        ) : (
          <>
            <Heatmap
              id="heat"
              title="Reviews per day over the past year"
              monthLabels={p.monthLabels}
              cells={p.heatmap.map((d) => ({
                week: d.week,
                weekday: d.weekday,
                level: d.level,
                title: `${d.day}: ${plural(d.count, "review")}`,
              }))}
            />
            <details class="text-alt">
              <summary>Days with reviews as a list</summary>
              <ul>
                {p.totals.reviewDays.map((d) => (
                  <li>
                    {d.day}: {d.count}
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="ret-h">
        <h2 id="ret-h">True retention per month</h2>
        <p class="muted small">
          The share of reviews of learned cards that you remembered (anything but Again).
        </p>
        {retentionReviews < ENOUGH_FOR_RETENTION ? (
          <p class="muted empty">
            Not enough reviews yet: retention is shown once you have reviewed {ENOUGH_FOR_RETENTION}{" "}
            cards you had already learned ({retentionReviews} so far).
          </p>
        ) : (
          <>
            <BarChart
              id="retention"
              title="True retention per month"
              xLabel={`Month, ${p.retention[0]?.name ?? ""} to ${p.retention.at(-1)?.name ?? ""}`}
              yLabel="Remembered"
              max={1}
              format={percent}
              bars={p.retention.map((m) => ({
                label: m.short,
                value: m.rate ?? 0,
                title: `${m.name}: ${m.rate === null ? "no reviews" : `${pct(m.rate)} of ${m.reviews} reviews`}`,
                tone: m.rate !== null && m.rate < 0.8 ? "warn" : "alt",
              }))}
            />
            <details class="text-alt">
              <summary>Retention as a table</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col" class="num">
                      Reviews
                    </th>
                    <th scope="col" class="num">
                      Remembered
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.retention.map((m) => (
                    <tr>
                      <td>{m.name}</td>
                      <td class="num">{m.reviews}</td>
                      <td class="num">{pct(m.rate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>
    </Layout>
  );
}
