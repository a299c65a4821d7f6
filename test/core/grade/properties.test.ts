import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventDate, Question } from "../../../src/core/bank-schema.ts";
import { formatDate, MONTHS } from "../../../src/core/date-format.ts";
import { gradeAnswer, rightResponse } from "../../../src/core/grade/index.ts";
import { formatQuantity } from "../../../src/core/questions/numbers.ts";
import { eventDateArb } from "./arbitraries.ts";
import { question, typedDate } from "./helpers.ts";

const plainDate = eventDateArb.map((d): EventDate => ({ ...d, qualifier: null }));

function dayText(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function bounds(date: EventDate): { first: number; last: number } {
  const [y, m, d] = date.start.split("-").map(Number);
  const first = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  const [ey, em, ed] = (date.end ?? date.start).split("-").map(Number);
  const last =
    date.precision === "year"
      ? Date.UTC((ey ?? 0) + 1, 0, 0)
      : date.precision === "month"
        ? Date.UTC(ey ?? 0, em ?? 1, 0)
        : Date.UTC(ey ?? 0, (em ?? 1) - 1, ed ?? 1);
  return { first, last };
}

const DAY = 86_400_000;

describe("grading properties", () => {
  it("the right answer always scores 1, whatever the kind", () => {
    const dateQuestions = plainDate.chain((date) =>
      fc.constantFrom<Question>(
        typedDate(date),
        question({
          type: "date-choice",
          answer: formatDate(date),
          date,
          choices: [formatDate(date), "1 January 1000"],
        }),
      ),
    );
    const numeric = fc
      .record({ n: fc.integer({ min: 0, max: 50_000_000 }), t: fc.constantFrom(0, 0.1, 0.2) })
      .map(({ n, t }) =>
        question({ type: "numeric", answer: formatQuantity({ low: n, high: n }), tolerance: t }),
      );
    const names = fc
      .constantFrom(
        "al-Fu'ah",
        "Kafriya",
        "Hayat Tahrir al-Sham",
        "Idlib city",
        "Army of Conquest",
        "US",
      )
      .map((name) => question({ type: "who", answer: name }));
    const orders = fc
      .uniqueArray(fc.stringMatching(/^ev_[a-z0-9]{1,6}$/), { minLength: 3, maxLength: 5 })
      .chain((ids) =>
        fc
          .shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length })
          .map((shown) => ({ ids, shown })),
      )
      .map(({ ids, shown }) =>
        question({
          type: "order",
          eventIds: shown,
          answer: ids,
          choices: shown.map((id) => `${id} happened.`),
        }),
      );
    fc.assert(
      fc.property(fc.oneof(dateQuestions, numeric, names, orders), (q) => {
        const graded = gradeAnswer(q, rightResponse(q));
        expect(graded.score).toBe(1);
        expect(graded.correct).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a typed date's score never increases as it moves further from the true date", () => {
    fc.assert(
      fc.property(
        plainDate,
        fc.boolean(),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.constantFrom("day", "month", "year"),
        (date, later, a, b, precision) => {
          const near = Math.min(a, b);
          const far = Math.max(a, b);
          const { first, last } = bounds(date);
          const at = (offset: number) => (later ? last + offset * DAY : first - offset * DAY);
          const write = (ms: number) => {
            const text = dayText(ms);
            if (precision === "day") return text;
            const parts = text.split(" ");
            return precision === "month" ? parts.slice(1).join(" ") : (parts[2] ?? "");
          };
          const q = typedDate(date);
          const nearScore = gradeAnswer(q, write(at(near))).score;
          const farScore = gradeAnswer(q, write(at(far))).score;
          expect(farScore).toBeLessThanOrEqual(nearScore);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("a date without its year scores 0.5 exactly when its day and month are the key's, and never more than with the year", () => {
    const dayKey = plainDate.filter((d) => d.precision === "day" && d.end === undefined);
    fc.assert(
      fc.property(
        dayKey,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        (date, month, dd, same) => {
          const [y, m, d] = date.start.split("-").map(Number);
          const mm = same ? (m ?? 1) : month;
          const dy = same ? (d ?? 1) : dd;
          const q = typedDate(date);
          const yearless = gradeAnswer(q, `${dy} ${MONTHS[mm - 1]}`).score;
          const withYear = gradeAnswer(q, `${dy} ${MONTHS[mm - 1]} ${y}`).score;
          expect(yearless).toBe(mm === m && dy === d ? 0.5 : 0);
          expect(yearless).toBeLessThanOrEqual(withYear);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("ordering scores 1 iff the order is right, and grows with the correctly placed prefix", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^ev_[a-z0-9]{1,6}$/), { minLength: 3, maxLength: 5 }),
        fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
        (truth, keys) => {
          const q = question({ type: "order", eventIds: [...truth].reverse(), answer: truth });
          // One fixed arrangement of the events; prefix k takes the first k in the true order.
          const arrangement = [...truth].sort(
            (x, y) =>
              (keys[truth.indexOf(x)] ?? 0) - (keys[truth.indexOf(y)] ?? 0) || (x < y ? -1 : 1),
          );
          let previous = -1;
          for (let k = 0; k <= truth.length; k++) {
            const prefix = truth.slice(0, k);
            const response = [...prefix, ...arrangement.filter((id) => !prefix.includes(id))];
            const score = gradeAnswer(q, response.join(",")).score;
            const right = response.join(",") === truth.join(",");
            expect(score === 1).toBe(right);
            expect(score).toBeGreaterThanOrEqual(previous);
            previous = score;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
