import { buildBank } from "../../src/core/bank-build.ts";
import { nodeNlp } from "../../src/nlp/node.ts";

const paras = process.argv.slice(2);
const text = paras[0]?.startsWith("@")
  ? (await import("node:fs")).readFileSync(paras[0].slice(1), "utf8")
  : `Handout\n\n${paras.join("\n\n")}`;
const { bank } = buildBank([{ name: "doc.txt", bytes: new TextEncoder().encode(text) }], {
  nlp: nodeNlp(),
});
const fmt = (d: { start: string; end?: string; qualifier?: string | null }) =>
  `${d.qualifier ? d.qualifier + " " : ""}${d.start}${d.end ? "–" + d.end : ""}`;
for (const e of bank.events) console.log(`E ${fmt(e.date)} | ${e.text}`);
for (const u of bank.undated) console.log(`U ${u.quote.slice(0, 100)} — ${u.reason}`);
for (const q of bank.questions)
  console.log(
    `Q ${q.type}: ${q.prompt} → ${Array.isArray(q.answer) ? q.answer.join(",") : q.answer}${q.choices ? "  [" + q.choices.join(" | ") + "]" : ""}`,
  );
for (const d of bank.dropped ?? [])
  console.log(`D ${d.type}: ${d.prompt.slice(0, 100)} — ${d.reason}`);
