import { buildBank } from "../../src/core/bank-build.ts";
import { MONTHS } from "../../src/core/date-format.ts";
import { seededRandom } from "../../src/core/simulate.ts";
import { nodeNlp } from "../../src/nlp/node.ts";
import { profileAreas } from "./where-time-goes.ts";

/*
 * Bank-building throughput on a synthetic corpus of at least 1 MB: documents in
 * several styles (wiki article with infobox and year sections, news with a
 * dateline, dateline-first wire copy, encyclopedia prose, short agency news),
 * each with its own invented names and numbers so that merging has real work to
 * do without collapsing everything into a few events. Prints KB/s for 1× and 2×
 * the corpus and the time ratio, which stays near 2 when the build is linear.
 * The whole build is timed, questions included (teachers' uploads are built so);
 * `--without-questions` times the event pipeline alone, and `--single` also
 * builds the corpus as one document of SIZE_KB (at most 2048, the upload limit).
 * Run: npx tsx test/bench/bank-throughput.ts [SIZE_KB] [--without-questions] [--single] [--runs N]
 */

type File = { name: string; bytes: Uint8Array };

const SYLLABLES = [
  "ka",
  "fu",
  "ra",
  "ma",
  "di",
  "ya",
  "zab",
  "ha",
  "lo",
  "ne",
  "sh",
  "ir",
  "ba",
  "to",
  "qu",
  "el",
  "mo",
  "ar",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function generator(seed: number) {
  // Seeded, so every run measures the same corpus.
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const name = () => {
    const n = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    return n.charAt(0).toUpperCase() + n.slice(1);
  };
  return { pick, int, name };
}

function wikiArticle(seed: number): string {
  const g = generator(seed);
  const [town, other, group, leader] = [
    g.name(),
    g.name(),
    `${g.name()} Front`,
    `${g.name()} ${g.name()}`,
  ];
  const y = g.int(1850, 2015);
  const lines = [
    `= Siege of ${town} and ${other} =`,
    "",
    `- Date: ${g.int(1, 28)} March ${y} – ${g.int(1, 28)} July ${y + 3}`,
    `- Result: ${group} reached an agreement to withdraw from ${town} on ${g.int(1, 28)} July ${y + 3}`,
    "",
  ];
  lines.push(
    `The siege of ${town} and ${other} was a siege of two towns in the ${g.name()} province. The siege began with an assault by ${group} in March ${y}.`,
    "",
  );
  for (let k = 0; k < 4; k++) {
    lines.push(`===${y + k}===`);
    for (let p = 0; p < 4; p++) {
      const month = g.pick(MONTHS);
      lines.push(
        `On ${g.int(1, 28)} ${month}, fighters of ${group} attacked ${g.name()} near ${town}, killing ${g.int(2, 90)} soldiers.[${g.int(1, 99)}] ` +
          `Two days later, ${g.int(100, 5000)} civilians left ${other} for ${g.name()}. ` +
          `${leader} said the ceasefire would hold until the end of the month, according to ${g.name()} media.`,
        "",
      );
    }
    lines.push(
      `In mid-${g.pick(MONTHS)}, ${g.name()} Brigade captured ${g.name()} hill from the ${g.name()} Army in an attempt to cut the road linking ${town} and ${other}.`,
      "",
    );
  }
  lines.push("==See also==", `- Siege of ${g.name()}`, `- Battle of ${g.name()} (${y})`);
  return lines.join("\n");
}

function newsArticle(seed: number): string {
  const g = generator(seed);
  const y = g.int(1990, 2023);
  const town = g.name();
  const head = `${g.name()} forces recapture symbolic town of ${town}`;
  const lines = [
    head,
    "",
    head,
    `A town that was among the first to rebel has been recaptured, a monitor said on ${g.pick(WEEKDAYS)}.`,
    "4 min read",
    `${g.int(1, 28)} ${g.pick(MONTHS)}, ${y}`,
    `${g.name()} launched an offensive against rebels in ${town} [Getty]`,
  ];
  for (let p = 0; p < 10; p++) {
    lines.push(
      `${g.name()} forces captured ${town}${p} and ${g.int(2, 40)} nearby villages on ${g.pick(WEEKDAYS)}, the ${g.name()} Observatory said.`,
      `In ${y - g.int(1, 15)}, the town of ${town}${p} was rocked by fighting between ${g.name()} and ${g.name()} fighters.`,
      `President ${g.name()} ${g.name()} said he might hold talks with ${g.name()} on ${g.int(1, 28)} ${g.pick(MONTHS)}.`,
      `Read also: ${g.name()} steps in to help ${g.name()} family`,
      "",
    );
  }
  lines.push(
    "Agencies contributed to this report.",
    "Follow us on Twitter and Instagram to stay connected",
  );
  return lines.join("\n");
}

function wireCopy(seed: number): string {
  const g = generator(seed);
  const y = g.int(1995, 2022);
  const [a, b] = [g.name(), g.name()];
  const lines = [
    ` date ${y}-0${g.int(1, 9)}-1${g.int(0, 9)} Register`,
    `    convoys resumed transporting residents out of ${a} and ${b}`,
    "",
    `    Mass Evacuation Under Way in ${g.name()}`,
    "",
  ];
  for (let p = 0; p < 8; p++) {
    lines.push(
      `    Maj. Gen. ${g.name()} ${g.name()} said on ${g.pick(WEEKDAYS)} that over ${g.int(1, 9)},000 civilians have been evacuated from ${a}${p} and ${b}${p}.`,
      `    The towns of some ${g.int(5, 40)},000 people have been under siege since ${y - g.int(1, 6)}; aid convoys were stopped.`,
      `    In ${g.pick(MONTHS)}, the authorities reached an agreement on the evacuation of civilians from ${a}${p} in exchange for fighters from ${g.name()}.`,
      "",
    );
  }
  lines.push(`    © AP Photo / ${g.name()} Civil Defense`);
  return lines.join("\n");
}

function encyclopedia(seed: number): string {
  const g = generator(seed);
  const king = `${g.name()} ${g.pick(["I", "II", "III", "the Elder"])}`;
  const y = g.int(600, 1700);
  const paras = [`${king} of ${g.name()}`, ""];
  for (let p = 0; p < 8; p++) {
    const yy = y + p * g.int(2, 9);
    paras.push(
      `${king} was crowned at ${g.name()} in ${yy} after the death of his brother. In the ${Math.floor(yy / 100) + 1}th century the abbey of ${g.name()} was rebuilt. ` +
        `On ${g.int(1, 28)} ${g.pick(MONTHS)} ${yy + 1}, his army defeated ${g.name()} at the Battle of ${g.name()}; the following year he married ${g.name()} of ${g.name()}. ` +
        `The treaty of ${g.name()} was signed by ${g.pick(MONTHS)} ${yy + 3}, around ${g.int(2, 9)}0 years before the ${g.name()} revolt of ${yy + 40}-${(yy + 42) % 100}.`,
      "",
    );
  }
  return paras.join("\n");
}

function agencyNews(seed: number): string {
  const g = generator(seed);
  const y = g.int(2000, 2023);
  const lines = [
    `${g.name()} to close ${g.int(20, 200)} regional offices`,
    `${g.int(1, 28)} ${g.pick(MONTHS)}, ${y}`,
    "",
  ];
  for (let p = 0; p < 8; p++) {
    lines.push(
      `The ${g.name()} agency on ${g.pick(WEEKDAYS)} announced it will close ${g.int(20, 200)} offices because of spending cuts. A phased closure will begin on ${g.pick(MONTHS)} ${g.int(1, 28)}, the agency said.`,
      `Officials resisted a similar order ${g.pick(["two", "three", "four", "six"])} years ago, and ${g.int(3, 40)} companies were selected last year for the ${g.name()} program.`,
      "",
    );
  }
  return lines.join("\n");
}

const STYLES = [wikiArticle, newsArticle, wireCopy, encyclopedia, agencyNews];

/** A corpus of at least `bytes` bytes, documents numbered from `first`. */
export function corpus(bytes: number, first = 0): File[] {
  const files: File[] = [];
  const encoder = new TextEncoder();
  let total = 0;
  for (let i = first; total < bytes; i++) {
    const style = STYLES[i % STYLES.length] ?? wikiArticle;
    const data = encoder.encode(style(i * 7919 + 17));
    files.push({ name: `${String(i).padStart(5, "0")}_${style.name}.txt`, bytes: data });
    total += data.length;
  }
  return files;
}

/** One document of at most `bytes` bytes: the corpus's documents one after the other. */
export function singleDocument(bytes: number): File {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (const f of corpus(bytes + 64 * 1024)) {
    const text = decoder.decode(f.bytes);
    if (size + text.length + 2 > bytes) break;
    parts.push(text);
    size += text.length + 2;
  }
  return { name: "00000_single.txt", bytes: new TextEncoder().encode(parts.join("\n\n")) };
}

/** The best of `runs` timings: the first run of a size also pays for garbage left by the last. */
function time<T>(f: () => T, runs = 2): { ms: number; value: T } {
  let best = Number.POSITIVE_INFINITY;
  let value = runs > 1 ? f() : (undefined as T);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = f();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, value };
}

/**
 * One more build of the corpus, timed by stage (dating events, then writing questions,
 * as a job reports its progress) and profiled, its time summed by area of the code.
 */
async function whereTheTimeGoes(files: File[]): Promise<void> {
  const marks: { stage: string; at: number }[] = [];
  const { areas } = await profileAreas(() =>
    buildBank(files, {
      nlp: nodeNlp(),
      onStage: (stage) => marks.push({ stage, at: performance.now() }),
    }),
  );
  const end = performance.now();
  const stages = marks.map(
    (m, i) => `${m.stage} ${((marks[i + 1]?.at ?? end) - m.at).toFixed(0)} ms`,
  );
  console.log(`by stage (profiled run): ${stages.join(", ")}`);
  const shown = areas.filter((a) => a.share >= 0.01);
  const rest = areas.slice(shown.length).reduce((n, a) => n + a.share, 0);
  console.log(
    `where the time goes (own time by area, ≥ 1 %): ${shown
      .map((a) => `${a.area} ${(a.share * 100).toFixed(1)} %`)
      .join(", ")}; the rest ${(rest * 100).toFixed(1)} %`,
  );
}

/**
 * Build 1× and 2× corpora, print KB/s and the 2×/1× time ratio, with question
 * generation (issue 4) unless `--without-questions`; `--single` also times the
 * corpus built as one document.
 */
export async function main(args: string[] = []): Promise<void> {
  const sizeKb = Number(args.find((a) => /^\d+$/.test(a)) ?? 1024);
  const questions = !args.includes("--without-questions");
  const runsAt = args.indexOf("--runs");
  const runs = (runsAt >= 0 ? Number(args[runsAt + 1]) : 0) || (questions ? 1 : 2);
  const one = corpus(sizeKb * 1024);
  const two = [...one, ...corpus(sizeKb * 1024, one.length)];
  const kb = (files: File[]) => files.reduce((n, f) => n + f.bytes.length, 0) / 1024;
  const label = questions ? "buildBank with questions" : "buildBank without questions";
  // Warm-up: chrono, regexes and the JIT, so that the 1× run is not charged for them.
  buildBank(corpus(128 * 1024, 10_000_000), { nlp: nodeNlp(), questions });
  const b1 = time(() => buildBank(one, { nlp: nodeNlp(), questions }), runs);
  const b2 = time(() => buildBank(two, { nlp: nodeNlp(), questions }), runs);
  const banks = [b1.value.bank, b2.value.bank];
  console.log(
    `${one.length} + ${two.length - one.length} documents; ` +
      `${banks.map((b) => b.events.length).join(" / ")} events; ` +
      `${banks.map((b) => b.questions.length).join(" / ")} questions`,
  );
  console.log(
    `${label}: 1× ${kb(one).toFixed(0)} KB in ${b1.ms.toFixed(0)} ms (${((kb(one) / b1.ms) * 1000).toFixed(0)} KB/s), ` +
      `2× ${kb(two).toFixed(0)} KB in ${b2.ms.toFixed(0)} ms (${((kb(two) / b2.ms) * 1000).toFixed(0)} KB/s), ` +
      `2×/1× time ratio ${(b2.ms / b1.ms).toFixed(2)}`,
  );
  if (questions) await whereTheTimeGoes(one);
  // A hostile shape: one "sentence" with no full stop, dates and names repeated to the end.
  for (const size of [160, 640, 1900]) {
    const unit = "on 3 March 2015 and 4 April 2016 rebels took Foo and Bar, ";
    let text = "A document without full stops\n\n";
    while (text.length < size * 1024) text += unit;
    const file = { name: "00000_endless.txt", bytes: new TextEncoder().encode(text) };
    const p = time(() => buildBank([file], { nlp: nodeNlp(), questions }), 1);
    console.log(`${label}, one ${size} KB sentence without a stop: ${p.ms.toFixed(0)} ms`);
  }
  // Brackets, quotes and markup openers that never close, on one line.
  {
    let text = "A document of unclosed brackets\n\n";
    while (text.length < 512 * 1024) text += "(“[In 2015 (rebels (took [[Foo ** '''Bar ";
    const file = { name: "00000_unclosed.txt", bytes: new TextEncoder().encode(text) };
    const p = time(() => buildBank([file], { nlp: nodeNlp(), questions }), 1);
    console.log(`${label}, one 512 KB line of unclosed brackets and markup: ${p.ms.toFixed(0)} ms`);
  }
  if (args.includes("--single")) {
    const file = singleDocument(Math.min(sizeKb, 2048) * 1024);
    const s = time(() => buildBank([file], { nlp: nodeNlp(), questions }), runs);
    const size = file.bytes.length / 1024;
    console.log(
      `${label}, one document of ${size.toFixed(0)} KB: ${s.value.bank.events.length} events, ` +
        `${s.value.bank.questions.length} questions in ${s.ms.toFixed(0)} ms (${((size / s.ms) * 1000).toFixed(0)} KB/s)` +
        (s.value.problems.length > 0 ? `; problems: ${JSON.stringify(s.value.problems)}` : ""),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
