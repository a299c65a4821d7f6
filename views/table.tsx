import type { Child } from "hono/jsx";

/**
 * A wide table's frame: on a narrow screen the table scrolls inside it rather
 * than the page scrolling sideways. The frame is a named region that takes the
 * keyboard focus, so it can be scrolled without a mouse.
 */
export function TableWrap({ label, children }: { label: string; children: Child }) {
  return (
    <section class="table-wrap" aria-label={label} tabindex={0}>
      {children}
    </section>
  );
}
