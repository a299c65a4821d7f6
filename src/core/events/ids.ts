import { matchKey } from "../ingest/normalize.ts";

/*
 * Event ids come from content, never from order: a 53-bit string hash (cyrb53)
 * of the event's normalised text, in base 36. Two events with the same text get
 * their canonical dates mixed in to tell them apart.
 */

/** A 53-bit hash of a string, as a base-36 string. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(36);
}

/** Stable ids for events given their canonical texts and dates; colliding texts are told apart by date. */
export function eventIds(events: { text: string; dateKey: string }[]): string[] {
  const counts = new Map<string, number>();
  const base = events.map((e) => matchKey(e.text).replace(/[^\p{L}\p{N} ]/gu, ""));
  for (const b of base) counts.set(b, (counts.get(b) ?? 0) + 1);
  return events.map((e, i) => {
    const b = base[i] ?? "";
    const key = (counts.get(b) ?? 0) > 1 ? `${b}|${e.dateKey}` : b;
    return `ev_${hash53(key)}`;
  });
}
