import { readSentence } from "../../src/core/nlp/read-sentence.ts";
import { nodeNlp } from "../../src/nlp/node.ts";

const r = readSentence(process.argv[2] ?? "", nodeNlp());
console.log(r.tokens.map((t, i) => `${i}:${t.text}/${t.pos}${r.isDate[i] ? "*" : ""}`).join(" "));
const w = (a: number, b: number) =>
  r.tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(" ");
for (const u of r.parse.units)
  console.log(
    `${u.kind} [${u.from},${u.to}) "${w(u.from, u.to)}" verb=${u.verb ? w(u.verb.from ?? 0, u.verb.to ?? 0) : "-"} subj=${u.subject ? w(u.subject[0], u.subject[1]) : "-"} shared=${u.sharedSubject} parent=${u.parent?.kind ?? "-"} fronted=${u.fronted}`,
  );
