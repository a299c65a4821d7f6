import type { Child } from "hono/jsx";

/*
 * Server-rendered SVG charts. Colours come from CSS classes (light and dark
 * themes), never inline styles, and every chart has a text alternative: a title,
 * and a table the caller renders beside it.
 */

/** An SVG chart's frame: an image named by its title, which screen readers announce. */
export function ChartFrame(p: {
  id: string;
  title: string;
  width: number;
  height: number;
  /** The id of the text alternative beside the chart, if it has one. */
  describedBy?: string;
  children: Child;
}) {
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${p.width} ${p.height}`}
      role="img"
      aria-labelledby={`${p.id}-title`}
      aria-describedby={p.describedBy}
    >
      <title id={`${p.id}-title`}>{p.title}</title>
      {p.children}
    </svg>
  );
}

export type Bar = { label: string; value: number; title: string; tone?: "alt" | "warn" | "bad" };

/** Vertical bars with a label under every `labelEvery`-th bar. */
export function BarChart({
  id,
  title,
  bars,
  max,
  labelEvery = 1,
  format = (n: number) => String(n),
}: {
  id: string;
  title: string;
  bars: Bar[];
  max?: number;
  labelEvery?: number;
  format?: (n: number) => string;
}) {
  const width = 720;
  const height = 180;
  const top = 16;
  const bottom = 24;
  const left = 8;
  const top_ = Math.max(1, max ?? Math.max(0, ...bars.map((b) => b.value)));
  const slot = (width - left * 2) / Math.max(1, bars.length);
  const barW = Math.max(2, slot * 0.7);
  const plotH = height - top - bottom;
  return (
    <ChartFrame id={id} title={title} width={width} height={height}>
      <line class="axis" x1={left} x2={width - left} y1={height - bottom} y2={height - bottom} />
      {bars.map((b, i) => {
        const h = (Math.max(0, b.value) / top_) * plotH;
        const x = left + i * slot + (slot - barW) / 2;
        return (
          <g>
            <title>{b.title}</title>
            <rect
              class={`bar${b.tone ? ` ${b.tone}` : ""}`}
              x={x.toFixed(1)}
              y={(height - bottom - h).toFixed(1)}
              width={barW.toFixed(1)}
              height={h.toFixed(1)}
            />
            {b.value > 0 && bars.length <= 40 ? (
              <text
                x={(x + barW / 2).toFixed(1)}
                y={(height - bottom - h - 3).toFixed(1)}
                text-anchor="middle"
              >
                {format(b.value)}
              </text>
            ) : null}
            {i % labelEvery === 0 ? (
              <text x={(x + barW / 2).toFixed(1)} y={height - 8} text-anchor="middle">
                {b.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </ChartFrame>
  );
}

export type HeatCell = { week: number; weekday: number; level: number; title: string };

/** A year of days as a calendar heatmap: weeks in columns, Monday at the top. */
export function Heatmap({
  id,
  title,
  cells,
  monthLabels,
}: {
  id: string;
  title: string;
  cells: HeatCell[];
  monthLabels: { week: number; label: string }[];
}) {
  const size = 12;
  const gap = 2;
  const left = 26;
  const top = 16;
  const weeks = Math.max(1, ...cells.map((c) => c.week + 1));
  const width = left + weeks * (size + gap);
  const height = top + 7 * (size + gap);
  return (
    <ChartFrame id={id} title={title} width={width} height={height}>
      {monthLabels.map((m) => (
        <text x={left + m.week * (size + gap)} y={11}>
          {m.label}
        </text>
      ))}
      {["Mon", "Wed", "Fri"].map((d, i) => (
        <text x={0} y={top + (i * 2 + 1) * (size + gap) - 3}>
          {d}
        </text>
      ))}
      {cells.map((c) => (
        <rect
          class={`heat-${c.level}`}
          x={left + c.week * (size + gap)}
          y={top + c.weekday * (size + gap)}
          width={size}
          height={size}
          rx="2"
        >
          <title>{c.title}</title>
        </rect>
      ))}
    </ChartFrame>
  );
}
