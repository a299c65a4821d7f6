import type { TimelineLayout } from "../src/core/timeline.ts";
import { ChartFrame } from "./charts.tsx";

export type TimelineListItem = { id: string; dateLabel: string; text: string; markLabel?: string };

/** A position on the layout's axis as a share of the drawn width (see charts.tsx). */
const at = (x: number, width: number) => `${Math.round((x / width) * 100000) / 1000}%`;

/** A timeline as SVG, with the same events as an ordered list for screen readers and text browsers. */
export function Timeline({
  layout,
  list,
  caption,
  id = "timeline",
  legend,
}: {
  layout: TimelineLayout;
  list: TimelineListItem[];
  caption: string;
  id?: string;
  /** The marks used, with what each means, shown under the chart. */
  legend?: { mark: string; label: string }[];
}) {
  return (
    <figure class="timeline">
      <ChartFrame id={id} title={caption} height={layout.height} describedBy={`${id}-list`}>
        <line class="axis" x1="0" x2="100%" y1={layout.axisY} y2={layout.axisY} />
        {layout.ticks.map((t, i) => {
          const x = at(t.x, layout.width);
          // On a phone, every other year label gives way when there are many.
          const minor = layout.ticks.length > 6 && i % 2 === 1 ? "minor" : undefined;
          return (
            <g>
              <line class="axis" x1={x} x2={x} y1={layout.axisY - 5} y2={layout.axisY + 5} />
              <text class={minor} x={x} y={layout.axisY - 10} text-anchor="middle">
                {t.label}
              </text>
            </g>
          );
        })}
        {layout.items.map((item) => (
          <g data-event={item.id}>
            <title>{item.label}</title>
            {item.x2 - item.x > 2 ? (
              <line
                class={`range ${item.mark}`}
                x1={at(item.x, layout.width)}
                x2={at(item.x2, layout.width)}
                y1={item.y}
                y2={item.y}
              />
            ) : null}
            <circle class={`dot ${item.mark}`} cx={at(item.x, layout.width)} cy={item.y} r="4.5" />
          </g>
        ))}
      </ChartFrame>
      <figcaption>
        {legend ? (
          <ul class="legend">
            {legend.map((l) => (
              <li class={l.mark}>{l.label}</li>
            ))}
          </ul>
        ) : null}
        <details class="text-alt">
          <summary>{caption} as a list</summary>
          <ol class="timeline-list" id={`${id}-list`}>
            {list.map((e) => (
              <li>
                <strong>{e.dateLabel}</strong> — {e.text}
                {e.markLabel ? <span class="muted"> ({e.markLabel})</span> : null}
              </li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
}
