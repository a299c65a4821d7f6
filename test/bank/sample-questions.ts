import { mkdirSync, writeFileSync } from "node:fs";
import { orderItemText, startingOrder } from "../../src/core/grade/order-answer.ts";
import { seededRandom } from "../../src/core/simulate.ts";
import { scoreCorpus } from "./real-corpus.ts";

/*
 * A fixed-seed sample of questions from the bank built on the dev corpus of real
 * documents, for a judge who has not seen the code (../shared/eval/QUESTION-RUBRIC.md):
 * 60 questions stratified by kind (each kind in proportion, at least 4 of each kind
 * present), written with the source documents to a folder.
 * Run: npx tsx test/bank/sample-questions.ts OUT_DIR [CORPUS_DIR] [SEED]
 */

const [out = "sample", corpusDir = "test/fixtures/real/", seedArg = "20261206"] =
  process.argv.slice(2);
const dir = new URL(
  corpusDir.endsWith("/") ? corpusDir : `${corpusDir}/`,
  `file://${process.cwd()}/`,
);
const { bank } = scoreCorpus(dir);
const random = seededRandom(Number(seedArg));
const byKind = new Map<string, typeof bank.questions>();
for (const q of bank.questions) byKind.set(q.type, [...(byKind.get(q.type) ?? []), q]);
const total = 60;
const quota = new Map<string, number>();
for (const [kind, list] of byKind)
  quota.set(kind, Math.max(4, Math.round((list.length / bank.questions.length) * total)));
let over = [...quota.values()].reduce((a, b) => a + b, 0) - total;
while (over > 0) {
  const largest = [...quota].filter(([, n]) => n > 4).sort((a, b) => b[1] - a[1])[0];
  if (largest === undefined) break;
  quota.set(largest[0], largest[1] - 1);
  over--;
}
const shuffledByKind = [...byKind].map(
  ([kind, list]) =>
    [
      kind,
      list
        .map((q) => ({ q, r: random() }))
        .sort((a, b) => a.r - b.r)
        .map((x) => x.q),
    ] as const,
);
const sample = shuffledByKind.flatMap(([kind, list]) =>
  list.slice(0, Math.min(list.length, quota.get(kind) ?? 0)),
);
// A kind with fewer questions than its quota leaves room: the largest kinds fill it.
for (const [kind, list] of [...shuffledByKind].sort((a, b) => b[1].length - a[1].length)) {
  const taken = Math.min(list.length, quota.get(kind) ?? 0);
  for (const q of list.slice(taken)) {
    if (sample.length >= total) break;
    sample.push(q);
  }
}
// An ordering's items read as the quiz shows them: the option listed with each event id.
const itemText = (q: (typeof sample)[number], id: string) => orderItemText(q, id) ?? id;
mkdirSync(out, { recursive: true });
writeFileSync(
  `${out}/questions.json`,
  `${JSON.stringify(
    sample.map((q, i) => ({
      n: i + 1,
      kind: q.type,
      prompt: q.prompt,
      choices: q.choices ?? null,
      answer: q.type === "order" ? (q.answer as string[]).map((id) => itemText(q, id)) : q.answer,
      // What a quiz shows first: a seeded arrangement that is never the right order.
      shownOrder:
        q.type === "order"
          ? startingOrder(q.answer as string[], `sample:${q.id}`).map((id) => itemText(q, id))
          : undefined,
      accepted: q.accepted ?? null,
      document: q.source.doc,
      sourceQuote: q.source.quote,
    })),
    null,
    2,
  )}\n`,
);
console.log(
  `${sample.length} questions from ${bank.questions.length} (${[...quota].map(([k, n]) => `${k} ${n}`).join(", ")}) → ${out}/questions.json`,
);
