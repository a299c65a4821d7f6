import type { Child } from "hono/jsx";

/*
 * Server-rendered SVG charts. Colours come from CSS classes (light and dark
 * themes), never inline styles, and every chart has a text alternative: a title,
 * and a table the caller renders beside it.
 *
 * Charts are drawn without a viewBox: horizontal positions are percentages of
 * the chart's width and vertical ones are pixels, so the chart stretches to any
 * width while its text keeps the stylesheet's size (at least 12 px; a scaled
 * drawing would shrink it to 6 px on a phone). Labels that would crowd a narrow
 * screen carry the class "minor", which app.css hides there.
 */

/** A number as an SVG percentage attribute ("12.5%"). */
const pc = (n: number) => `${Math.round(n * 1000) / 1000}%`;

/** An SVG chart's frame: an image named by its title, which screen readers announce. */
export function ChartFrame(p: {
  id: string;
  title: string;
  height: number;
  /** The id of the text alternative beside the chart, if it has one. */
  describedBy?: string;
  class?: string;
  children: Child;
}) {
  return (
    <svg
      class={`chart${p.class ? ` ${p.class}` : ""}`}
      width="100%"
      height={p.height}
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

/** Beyond this many bars, value labels and every other axis label give way on a phone. */
const CROWDED = 12;

/**
 * Vertical bars with labelled axes: the y axis's name at the top left and its
 * largest value on a line across the top, the x axis's name under the labels.
 */
export function BarChart({
  id,
  title,
  bars,
  max,
  labelEvery = 1,
  format = (n: number) => String(n),
  xLabel,
  yLabel,
}: {
  id: string;
  title: string;
  bars: Bar[];
  max?: number;
  labelEvery?: number;
  format?: (n: number) => string;
  /** What the horizontal axis counts ("Day", "Month"). */
  xLabel: string;
  /** What the bars measure ("Cards due"). */
  yLabel: string;
}) {
  const height = 220;
  const top = 40;
  const bottom = 50;
  const plotH = height - top - bottom;
  const base = height - bottom;
  const top_ = Math.max(1, max ?? Math.max(0, ...bars.map((b) => b.value)));
  const slot = 100 / Math.max(1, bars.length);
  const crowded = bars.length > CROWDED;
  return (
    <ChartFrame id={id} title={title} height={height} class="bars">
      <text class="axis-title" x="0" y="14">
        {yLabel}
      </text>
      <line class="grid" x1="0" x2="100%" y1={top} y2={top} />
      <text class="scale" x="100%" y="14" text-anchor="end">
        {`dashed line: ${format(top_)}`}
      </text>
      <line class="axis" x1="0" x2="100%" y1={base} y2={base} />
      {bars.map((b, i) => {
        const h = (Math.max(0, b.value) / top_) * plotH;
        const mid = i * slot + slot / 2;
        const minor = crowded && i % (labelEvery * 2) !== 0 ? " minor" : "";
        return (
          <g>
            <title>{b.title}</title>
            <rect
              class={`bar${b.tone ? ` ${b.tone}` : ""}`}
              x={pc(i * slot + slot * 0.15)}
              y={(base - h).toFixed(1)}
              width={pc(slot * 0.7)}
              height={h.toFixed(1)}
            />
            {b.value > 0 && bars.length <= 40 ? (
              <text
                class={`value${crowded ? " minor" : ""}`}
                x={pc(mid)}
                y={(base - h - 4).toFixed(1)}
                text-anchor="middle"
              >
                {format(b.value)}
              </text>
            ) : null}
            {i % labelEvery === 0 ? (
              <text class={`tick${minor}`} x={pc(mid)} y={base + 16} text-anchor="middle">
                {b.label}
              </text>
            ) : null}
          </g>
        );
      })}
      <text class="axis-title" x="50%" y={height - 6} text-anchor="middle">
        {xLabel}
      </text>
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
  monthLabels: { week: number; label: string; minor: boolean }[];
}) {
  const row = 14;
  const top = 20;
  // Room for "Mon", "Wed", "Fri" on the left, as a share of the width.
  const left = 9;
  const weeks = Math.max(1, ...cells.map((c) => c.week + 1));
  const col = (100 - left) / weeks;
  const height = top + 7 * row;
  return (
    <ChartFrame id={id} title={title} height={height} class="heatmap">
      {monthLabels.map((m) => (
        <text class={m.minor ? "minor" : undefined} x={pc(left + m.week * col)} y={13}>
          {m.label}
        </text>
      ))}
      {["Mon", "Wed", "Fri"].map((d, i) => (
        <text x="0" y={top + (i * 2 + 1) * row + 10}>
          {d}
        </text>
      ))}
      {cells.map((c) => (
        <rect
          class={`heat-${c.level}`}
          x={pc(left + c.week * col)}
          y={top + c.weekday * row}
          width={pc(col * 0.82)}
          height={row - 2}
          rx="2"
        >
          <title>{c.title}</title>
        </rect>
      ))}
    </ChartFrame>
  );
}
