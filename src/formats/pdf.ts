import { getDocumentProxy } from "unpdf";
import { type Extracted, UnreadableFile } from "./extracted.ts";

/*
 * A PDF's text layer (through unpdf, PDF.js built for servers and Workers) put
 * back into reading order. A PDF stores positioned pieces of text, not lines or
 * paragraphs, so the layout is rebuilt: pieces on one baseline make a line;
 * a vertical gutter with text on both sides splits a page into columns, read
 * left then right; type larger than the body text is a heading (the largest
 * size level 1, and so on); lines that repeat at the top or bottom of most pages
 * (running headers and footers) and bare page numbers are dropped; a word split
 * by a hyphen at a line end is joined again.
 */

/** More pages than any handout: a bound on the work one file may cause. */
const MAX_PAGES = 2_000;

type Piece = { text: string; x: number; y: number; w: number; size: number };
type Line = { text: string; x: number; y: number; right: number; size: number; page: number };

export async function readPdf(bytes: Uint8Array, name: string): Promise<Extracted> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes the buffer over; it gets its own copy so the caller's stays intact.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const kind = error instanceof Error ? error.name : "";
    if (kind === "PasswordException")
      throw new UnreadableFile(
        `“${name}” is encrypted with a password. Save or print it to a new PDF without a password and upload that.`,
      );
    throw new UnreadableFile(`“${name}” is damaged and cannot be read as a PDF.`);
  }
  try {
    if (pdf.numPages > MAX_PAGES)
      throw new UnreadableFile(`“${name}” has ${pdf.numPages} pages; upload at most ${MAX_PAGES}.`);
    const pages: { lines: Line[]; height: number }[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const [, , , top = 0] = page.view;
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
        const size = Math.hypot(a, b) || Math.abs(d) || item.height;
        pieces.push({ text: item.str, x, y, w: item.width, size });
      }
      pages.push({ lines: readingOrder(linesOf(pieces, p), top), height: top });
      page.cleanup();
    }
    if (pages.every((p) => p.lines.length === 0))
      throw new UnreadableFile(
        `“${name}”: this PDF has no text to read; OCR is not supported. If it is a scan, upload the original document instead.`,
      );
    return { text: assemble(dropFurniture(pages)), published: null };
  } finally {
    await pdf.cleanup?.();
    await (pdf as { loadingTask?: { destroy(): Promise<void> } }).loadingTask?.destroy();
  }
}

/** Pieces on one baseline, left to right, become lines; a wide gap splits them (columns). */
function linesOf(pieces: Piece[], page: number): Line[] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const last = lines[lines.length - 1];
    const sameBaseline =
      last && Math.abs(last.y - piece.y) <= Math.max(last.size, piece.size) * 0.3;
    const gap = last ? piece.x - last.right : 0;
    if (last && sameBaseline && gap < Math.max(last.size, piece.size) * 0.8 && gap > -last.size) {
      last.text +=
        gap > piece.size * 0.15 && !/\s$/.test(last.text) ? ` ${piece.text}` : piece.text;
      last.right = Math.max(last.right, piece.x + piece.w);
      last.size = Math.max(last.size, piece.size);
    } else {
      lines.push({
        text: piece.text,
        x: piece.x,
        y: piece.y,
        right: piece.x + piece.w,
        size: piece.size,
        page,
      });
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, " ").trim() }));
}

/**
 * Order a page's lines for reading. Where a vertical gutter runs between text on
 * both sides, lines left of it are read before lines right of it, within each band
 * between lines that span the gutter (a title across both columns).
 */
function readingOrder(lines: Line[], _top: number): Line[] {
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const gutter = findGutter(byY);
  if (gutter === null) return byY;
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of byY) {
    if (line.right <= gutter) left.push(line);
    else if (line.x >= gutter) right.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

/** The x of a clear vertical gap in the middle of the page with several lines on each side, or null. */
function findGutter(lines: Line[]): number | null {
  if (lines.length < 6) return null;
  const minX = Math.min(...lines.map((l) => l.x));
  const maxX = Math.max(...lines.map((l) => l.right));
  const width = maxX - minX;
  if (width <= 0) return null;
  // Lines that cross every candidate gap (titles) are left out when looking for one.
  let best: { x: number; score: number } | null = null;
  for (let x = minX + width * 0.3; x <= minX + width * 0.7; x += 2) {
    const crossing = lines.filter((l) => l.x < x - 3 && l.right > x + 3).length;
    const leftCount = lines.filter((l) => l.right <= x).length;
    const rightCount = lines.filter((l) => l.x >= x).length;
    if (leftCount < 3 || rightCount < 3) continue;
    if (crossing > Math.max(2, lines.length * 0.1)) continue;
    const score = Math.min(leftCount, rightCount) - crossing * 3;
    if (best === null || score > best.score) best = { x, score };
  }
  return best?.x ?? null;
}

const PAGE_NUMBER =
  /^(?:page\s+)?[-–—(]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** A line's text with numbers masked, and its height on the page: what a running header repeats. */
const furnitureKey = (l: Line) =>
  `${Math.round(l.y / 4)}:${l.text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim()}`;

/** Drop running headers and footers (the same line at the top or bottom of most pages) and page numbers. */
function dropFurniture(pages: { lines: Line[]; height: number }[]): Line[] {
  const edge = (page: { lines: Line[]; height: number }) => {
    const ys = page.lines.map((l) => l.y);
    const top = Math.max(...ys);
    const bottom = Math.min(...ys);
    return page.lines.filter(
      (l, i) =>
        (i < 3 || i >= page.lines.length - 3) &&
        (l.y >= top - page.height * 0.08 || l.y <= bottom + page.height * 0.08),
    );
  };
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(edge(page).map(furnitureKey)))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (l: Line) =>
    pages.length >= 2 && (counts.get(furnitureKey(l)) ?? 0) >= Math.max(2, pages.length * 0.5);
  return pages.flatMap((page) => {
    const edges = new Set(edge(page));
    return page.lines.filter((l) => !(edges.has(l) && (repeated(l) || PAGE_NUMBER.test(l.text))));
  });
}

/** The body text's size: the size with the most characters. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    chars.set(s, (chars.get(s) ?? 0) + l.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** Lines into headings and paragraphs, with line-end hyphenation undone. */
function assemble(lines: Line[]): string {
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.map((l) => Math.round(l.size * 2) / 2))]
    .filter((s) => s >= body * 1.15)
    .sort((a, b) => b - a);
  const levelOf = (l: Line) => {
    const i = headingSizes.indexOf(Math.round(l.size * 2) / 2);
    return i < 0 ? 0 : Math.min(i + 1, 6);
  };
  // The usual distance between two lines of a paragraph, to tell a paragraph break from a line break.
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a && b && a.page === b.page && levelOf(a) === 0 && levelOf(b) === 0 && a.y > b.y)
      steps.push(a.y - b.y);
  }
  steps.sort((a, b) => a - b);
  const step = steps[Math.floor(steps.length / 2)] ?? body * 1.2;

  const blocks: { level: number; text: string }[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const level = levelOf(line);
    const current = blocks[blocks.length - 1];
    const continues =
      current !== undefined &&
      prev !== null &&
      current.level === level &&
      (level > 0
        ? prev.page === line.page && prev.y - line.y <= line.size * 1.6 && prev.y > line.y
        : prev.page === line.page && prev.y > line.y
          ? prev.y - line.y <= step * 1.3 &&
            !(line.x - prev.x > body * 0.8 && /[.!?:"”]$/.test(prev.text))
          : // A new column or page: the paragraph goes on unless the last line ended a sentence.
            !/[.!?:"”)]$/.test(prev.text));
    if (continues && current) current.text = joinLines(current.text, line.text);
    else blocks.push({ level, text: line.text });
    prev = line;
  }
  return blocks
    .map((b) => (b.level > 0 ? `${"#".repeat(b.level)} ${b.text}` : b.text))
    .join("\n\n");
}

/** Join a line to the text before it, undoing a hyphen that only split a word at the line end. */
export function joinLines(before: string, next: string): string {
  if (/\u00ad$/.test(before)) return before.slice(0, -1) + next;
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(next)) return before.slice(0, -1) + next;
  if (/-$/.test(before)) return before + next;
  return `${before} ${next}`;
}
