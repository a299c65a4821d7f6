import { readFile, writeFile } from "node:fs/promises";
import { buildBank } from "../core/bank-build.ts";
import { parseBank } from "../core/bank-schema.ts";
import { gradeAnswer } from "../core/grade/index.ts";
import { nodeNlp } from "../nlp/node.ts";
import { flags } from "./common.ts";
import { readSources, sourceNames } from "./source-files.ts";

/*
 * `npm run bank -- build --sources DIR --out FILE` and
 * `npm run bank -- grade --bank FILE --question ID --answer TEXT`.
 * The shell around the pure builder: reads the directory (sorted by name, so the
 * output does not depend on the file system's order), writes the JSON, reports
 * unusable files on stderr as "<file>: <reason>".
 */

const USAGE =
  "usage: bank build --sources DIR --out FILE\n" +
  "       bank grade --bank FILE --question ID --answer TEXT\n";

/** The `--name value` pairs, all of `names` and no other; null when they are not. */
function options(args: string[], names: string[]): Record<string, string> | null {
  try {
    const out = flags(args, names);
    return names.every((n) => out[n] !== undefined) ? out : null;
  } catch {
    return null;
  }
}

async function build(sourcesDir: string, outFile: string): Promise<number> {
  let names: string[];
  try {
    names = sourceNames(sourcesDir);
  } catch (error) {
    process.stderr.write(`${sourcesDir}: cannot read directory (${(error as Error).message})\n`);
    return 2;
  }
  if (names.length === 0) {
    process.stderr.write(`${sourcesDir}: no .txt or .md files\n`);
    return 1;
  }
  const { bank, problems } = buildBank(readSources(sourcesDir, names), { nlp: nodeNlp() });
  for (const p of problems) process.stderr.write(`${p.file}: ${p.reason}\n`);
  if (bank.events.length === 0) {
    process.stderr.write("no usable document: nothing written\n");
    return 1;
  }
  await writeFile(outFile, `${JSON.stringify(bank, null, 2)}\n`);
  process.stdout.write(
    `${outFile}: ${bank.sources.length} sources, ${bank.events.length} events, ` +
      `${bank.undated.length} undated, ${bank.questions.length} questions\n`,
  );
  return 0;
}

async function grade(bankFile: string, questionId: string, answer: string): Promise<number> {
  const bank = parseBank(JSON.parse(await readFile(bankFile, "utf8")));
  const question = bank.questions.find((q) => q.id === questionId);
  if (question === undefined) {
    process.stderr.write(`${bankFile}: no question ${questionId}\n`);
    return 1;
  }
  const { score, correct, feedback } = gradeAnswer(question, answer);
  process.stdout.write(`${JSON.stringify({ score, correct, feedback })}\n`);
  return 0;
}

/** Run the bank command; returns the process exit code. */
export async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === "build") {
    const o = options(rest, ["sources", "out"]);
    if (o !== null) return build(o.sources ?? "", o.out ?? "");
  } else if (command === "grade") {
    const o = options(rest, ["bank", "question", "answer"]);
    if (o !== null) return grade(o.bank ?? "", o.question ?? "", o.answer ?? "");
  }
  process.stderr.write(USAGE);
  return 2;
}
