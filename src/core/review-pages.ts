import type { Bank } from "./bank-schema.ts";

/*
 * The review page of a document is paged, so that what one request renders is
 * bounded whatever the document's size: a 2 MB document gives thousands of events
 * and tens of thousands of questions, and one page of all of them was 40 MB of HTML
 * that took seconds to make. Each list (events with their questions, questions about
 * several events, questions left out, sentences without a date) shows the same page
 * of its own items, so one "page N" walks through every list together.
 */

/** Items of each list on one page of the review. */
export const REVIEW_PAGE_SIZE = 50;

/** Characters of the text read from a document that the review page shows inline. */
export const TEXT_PREVIEW_CHARS = 20_000;

/** How many pages the review of these lists' lengths has (at least one). */
export function reviewPageCount(lengths: readonly number[]): number {
  return Math.max(1, ...lengths.map((n) => Math.ceil(n / REVIEW_PAGE_SIZE)));
}

/** The page asked for, kept within 1…count (a link to a page that no longer exists lands on the last). */
export function clampPage(page: number | undefined, count: number): number {
  if (page === undefined || !Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.floor(page)), count);
}

/** One page of a list, with the 1-based numbers of its first item and the list's length. */
export function pageSlice<T>(
  items: readonly T[],
  page: number,
): { items: T[]; first: number; total: number } {
  const start = (page - 1) * REVIEW_PAGE_SIZE;
  return {
    items: items.slice(start, start + REVIEW_PAGE_SIZE),
    first: start + 1,
    total: items.length,
  };
}

/**
 * The page on which an event or a question appears: an event by its place among the
 * events, a question under its event, a question about several events by its place
 * among those. Unknown ids are on page 1.
 */
export function pageOf(bank: Pick<Bank, "events" | "questions">, id: string): number {
  const page = (index: number) => (index < 0 ? 1 : Math.floor(index / REVIEW_PAGE_SIZE) + 1);
  const event = bank.events.findIndex((e) => e.id === id);
  if (event >= 0) return page(event);
  const question = bank.questions.find((q) => q.id === id);
  if (!question) return 1;
  const [only] = question.eventIds;
  if (question.eventIds.length === 1 && only !== undefined)
    return page(bank.events.findIndex((e) => e.id === only));
  return page(bank.questions.filter((q) => q.eventIds.length > 1).findIndex((q) => q.id === id));
}
