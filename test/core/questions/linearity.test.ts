import { describe, expect, it } from "vitest";
import type { BankEvent, BankSource } from "../../../src/core/bank-schema.ts";
import { generateQuestions } from "../../../src/core/questions/index.ts";
import { seededRandom } from "../../../src/core/simulate.ts";
import { NLP } from "../../helpers/nlp.ts";

/*
 * Question generation must stay linear in the number of events: teachers upload
 * documents of up to 2 MB that are built inside one request. Timing would be
 * flaky, so the work is counted in deterministic units instead: the comparisons
 * generation reports to a meter (names, date spans, seeded picks, steps of its
 * candidate walks) and the substring searches it makes. A bank of twice the events
 * must cost about twice as much; an all-pairs loop costs four times as much.
 */

const CONSONANTS = [..."bcdfghjklmnpqrstvwz"];
const VOWELS = [..."aeiou"];
const MONTHS = ["January", "March", "May", "July", "September", "November"];

/**
 * `count` events in documents of 40, with invented names (some written two ways,
 * as transliterations are), dates at every precision and counts to ask about:
 * enough for every kind of question and for the catalog to compare names.
 */
function bank(count: number) {
  const r = seededRandom(7);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const name = () => {
    // Names of four varied syllables stay distinct as the bank grows; only the variants
    // written below look alike, as the spellings of one name do.
    const n = Array.from({ length: 4 }, () => pick(CONSONANTS) + pick(VOWELS)).join("");
    return n.charAt(0).toUpperCase() + n.slice(1);
  };
  const events: BankEvent[] = [];
  const texts = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const doc = `doc${String(Math.floor(i / 40)).padStart(4, "0")}`;
    const year = 1800 + Math.floor(r() * 220);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const precision = pick(["day", "day", "month", "year"] as const);
    const start =
      precision === "year"
        ? `${year}`
        : precision === "month"
          ? `${year}-${String(month).padStart(2, "0")}`
          : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const [group, town, other] = [`${name()} Front`, name(), name()];
    // Every fifth town is also written with a doubled vowel, as transliterations vary.
    const spelled = i % 5 === 0 ? town.replace(/a/, "aa") : town;
    const text = pick([
      `${group} captured ${spelled} after ${2 + (i % 9)} days of fighting near ${other}.`,
      `${2 + (i % 40)} buses evacuated civilians from ${town} to ${other}.`,
      `Fighters of ${group} attacked the town of ${town}, killing ${3 + (i % 50)} soldiers.`,
      `${group} signed an agreement with ${other} in ${town} in ${pick(MONTHS)}.`,
    ]);
    const entities = [group, spelled, other].filter((n) => text.includes(n));
    events.push({
      id: `ev_${i.toString(36)}`,
      date: { start, precision, qualifier: null, provenance: "explicit" },
      text,
      sources: [{ doc, quote: text }],
      entities,
      conflicts: [],
    });
    texts.set(doc, [...(texts.get(doc) ?? []), text]);
  }
  const sources: BankSource[] = [...texts.keys()].map((id) => ({
    id,
    title: `Chronicle ${id}`,
    published: null,
  }));
  const documents = [...texts.entries()].map(([id, lines]) => ({ id, text: lines.join("\n") }));
  return { events, sources, documents, nlp: NLP.nlp };
}

/** The work of generating questions for `count` events: metered units and substring searches. */
function work(count: number): { units: number; searches: number; questions: number } {
  const input = bank(count);
  let units = 0;
  let searches = 0;
  const proto = String.prototype;
  const originals = {
    includes: proto.includes,
    indexOf: proto.indexOf,
    startsWith: proto.startsWith,
    endsWith: proto.endsWith,
  };
  // Substring searches are counted too: a loop asking every name "are you in this
  // sentence?" reports no comparison to the meter but makes N searches per event.
  for (const key of Object.keys(originals) as (keyof typeof originals)[]) {
    const original = originals[key] as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, key, {
      configurable: true,
      writable: true,
      value(this: string, ...args: unknown[]) {
        searches++;
        return original.apply(this, args);
      },
    });
  }
  try {
    const questions = generateQuestions(input, { meter: (n) => (units += n) });
    return { units, searches, questions: questions.length };
  } finally {
    for (const [key, value] of Object.entries(originals)) {
      Object.defineProperty(proto, key, { configurable: true, writable: true, value });
    }
  }
}

describe("question generation scales linearly", () => {
  it("does about twice the work for twice the events", () => {
    const small = work(800);
    const large = work(1600);
    console.log(
      `work for 800 / 1600 events: ${small.units} / ${large.units} units (×${(large.units / small.units).toFixed(2)}), ` +
        `${small.searches} / ${large.searches} substring searches (×${(large.searches / small.searches).toFixed(2)}), ` +
        `${small.questions} / ${large.questions} questions`,
    );
    expect(small.questions).toBeGreaterThan(1000);
    expect(large.questions / small.questions).toBeGreaterThan(1.8);
    expect(large.units / small.units).toBeLessThanOrEqual(2.3);
    expect(large.searches / small.searches).toBeLessThanOrEqual(2.3);
  });
});
