import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { formatIsoDay } from "../core/date-format.ts";
import { type DomNode, htmlBlocks } from "./blocks.ts";
import type { Extracted } from "./extracted.ts";

/*
 * A web page (an uploaded .html file, or HTML pasted from a browser) is parsed,
 * never rendered: no script runs and nothing is fetched. Readability keeps the
 * article and drops navigation and boilerplate; the publication date becomes the
 * dateline that anchors "on Tuesday" and year-less dates in the text.
 */

type Doc = ReturnType<typeof parseHTML>["document"];

/** The page's publication day (YYYY-MM-DD): JSON-LD datePublished, then article:published_time, then <time>. */
export function publishedDay(document: Doc): string | null {
  const candidates: string[] = [];
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  ) as { textContent: string | null }[]) {
    try {
      collectDatePublished(JSON.parse(script.textContent ?? ""), candidates, 0);
    } catch {
      // A page's broken JSON-LD is its own problem; the other sources still count.
    }
  }
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
  ]) {
    const v = document.querySelector(selector)?.getAttribute("content");
    if (v) candidates.push(v);
  }
  const time = document.querySelector("article time[datetime], time[pubdate], time[datetime]");
  if (time) candidates.push(time.getAttribute("datetime") ?? "");
  for (const c of candidates) {
    const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(c);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

function collectDatePublished(value: unknown, out: string[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) collectDatePublished(v, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === "string") out.push(record.datePublished);
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage"])
    if (key in record) collectDatePublished(record[key], out, depth + 1);
}

/** The article of a web page as the ingest's text. */
export function readHtml(html: string): Extracted {
  const { document } = parseHTML(html);
  const published = publishedDay(document);
  const pageTitle = document.querySelector("h1")?.textContent?.trim() || null;
  // Readability changes the tree it reads, so the date and heading are read first.
  let article: ReturnType<Readability<string>["parse"]> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
    }).parse();
  } catch {
    article = null;
  }
  let blocks: string[];
  let title: string | null;
  if (article?.content) {
    const content = parseHTML(
      `<!DOCTYPE html><html><body>${article.content}</body></html>`,
    ).document;
    blocks = htmlBlocks(content.body as unknown as DomNode);
    title = pageTitle ?? (article.title?.trim() || null);
  } else {
    // Too little text for Readability (a pasted fragment): read the whole body.
    const again = parseHTML(html).document;
    blocks = htmlBlocks((again.body ?? again.documentElement) as unknown as DomNode);
    title = pageTitle;
  }
  if (title !== null) blocks = blocks.filter((b) => b.replace(/^#+\s*/, "") !== title);
  const head = [...(title ? [`# ${title}`] : []), ...(published ? [formatIsoDay(published)] : [])];
  return { text: [...head, ...blocks].join("\n\n"), published };
}
