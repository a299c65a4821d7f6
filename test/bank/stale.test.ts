import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSources } from "../../src/cli/source-files.ts";
import { buildBank } from "../../src/core/bank-build.ts";
import { NLP } from "../helpers/nlp.ts";

describe("questions/bank.json", () => {
  it("is the build of questions/sources (run `npm run bank -- build --sources questions/sources --out questions/bank.json`)", () => {
    const { bank } = buildBank(
      readSources(new URL("../../questions/sources/", import.meta.url)),
      NLP,
    );
    const committed = readFileSync(new URL("../../questions/bank.json", import.meta.url), "utf8");
    expect(committed === `${JSON.stringify(bank, null, 2)}\n`).toBe(true);
  });
});
