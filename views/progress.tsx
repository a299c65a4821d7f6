import type { HeatDay, MonthRetention, ReviewTotals, StateCounts } from "../src/core/stats.ts";
import type { SessionUser } from "../src/core/users.ts";
import { BarChart, Heatmap } from "./charts.tsx";
import { percent } from "./format.ts";
import { Layout } from "./layout.tsx";

export type ProgressProps = {
  user: SessionUser;
  forecast: { label: string; iso: string; count: number }[];
  heatmap: HeatDay[];
  retention: MonthRetention[];
  states: StateCounts;
  totals: ReviewTotals & { reviews: number };
};

const pct = (r: number | null) => (r === null ? "—" : percent(r));

/** Due forecast, review calendar, true retention and card states. */
export function ProgressPage(p: ProgressProps) {
  const monthLabels: { week: number; label: string }[] = [];
  let lastMonth = "";
  let lastWeek = -10;
  for (const d of p.heatmap) {
    const m = d.iso.slice(0, 7);
    // A label needs about three columns of room, or it runs into the next one.
    if (d.weekday === 0 && m !== lastMonth && d.week - lastWeek >= 3) {
      lastMonth = m;
      lastWeek = d.week;
      monthLabels.push({
        week: d.week,
        label: new Date(`${d.iso}T00:00:00Z`).toLocaleString("en", {
          month: "short",
          timeZone: "UTC",
        }),
      });
    }
  }
  const stateRows: [string, number][] = [
    ["Not started", p.states.new],
    ["Learning", p.states.learning],
    ["Relearning", p.states.relearning],
    ["Young (interval under 21 days)", p.states.young],
    ["Mature (21 days or more)", p.states.mature],
  ];
  return (
    <Layout title="Progress" user={p.user} active="progress">
      <h1>Your progress</h1>
      <p class="lead">
        {p.totals.reviews} review{p.totals.reviews === 1 ? "" : "s"} in the past year, on{" "}
        {p.totals.reviewDays.length} day
        {p.totals.reviewDays.length === 1 ? "" : "s"}
        {p.totals.streak > 0 ? `; a ${p.totals.streak}-day streak` : ""}.
      </p>

      <section aria-labelledby="states-h">
        <h2 id="states-h">Cards by state</h2>
        <BarChart
          id="states"
          title="Cards by state"
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
        <BarChart
          id="forecast"
          title="Cards due on each of the next 30 days"
          labelEvery={5}
          bars={p.forecast.map((f) => ({
            label: f.label,
            value: f.count,
            title: `${f.iso}: ${f.count} due`,
          }))}
        />
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
                  <td>{f.iso}</td>
                  <td class="num">{f.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="heat-h">
        <h2 id="heat-h">Reviews over the past year</h2>
        <Heatmap
          id="heat"
          title="Reviews per day over the past year"
          monthLabels={monthLabels}
          cells={p.heatmap.map((d) => ({
            week: d.week,
            weekday: d.weekday,
            level: d.level,
            title: `${d.iso}: ${d.count} review${d.count === 1 ? "" : "s"}`,
          }))}
        />
        <details class="text-alt">
          <summary>Days with reviews as a list</summary>
          <ul>
            {p.totals.reviewDays.map((d) => (
              <li>
                {d.iso}: {d.count}
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section aria-labelledby="ret-h">
        <h2 id="ret-h">True retention per month</h2>
        <p class="muted small">
          The share of reviews of learned cards that you remembered (anything but Again).
        </p>
        <BarChart
          id="retention"
          title="True retention per month"
          max={1}
          format={percent}
          bars={p.retention.map((m) => ({
            label: m.month.slice(2).replace("-", "/"),
            value: m.rate ?? 0,
            title: `${m.month}: ${pct(m.rate)} of ${m.reviews} reviews`,
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
                  <td>{m.month}</td>
                  <td class="num">{m.reviews}</td>
                  <td class="num">{pct(m.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </Layout>
  );
}
