import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseBank } from "../../src/core/bank-schema.ts";

const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "bank-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bank = (...args: string[]) =>
  spawnSync("npx", ["tsx", "src/cli.ts", "bank", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });

describe("npm run bank -- build", () => {
  it("writes the bank from the good file and names the bad one with its reason", () => {
    const sources = join(dir, "sources");
    const out = join(dir, "bank.json");
    spawnSync("mkdir", ["-p", sources]);
    writeFileSync(
      join(sources, "a_good.txt"),
      "Library\n\nOn 3 May 2019, the town council of Hama opened a new library.\n",
    );
    writeFileSync(join(sources, "b_bad.md"), new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
    writeFileSync(join(sources, "ignored.pdf"), "not read");
    const run = bank("build", "--sources", sources, "--out", out);
    expect(run.stderr).toContain("b_bad.md: binary file (contains NUL bytes)");
    expect(run.status).toBe(0);
    const written = parseBank(JSON.parse(readFileSync(out, "utf8")));
    expect(written.sources.map((s) => s.id)).toEqual(["a_good"]);
    expect(written.events[0]).toMatchObject({ date: { start: "2019-05-03" } });
  });

  it("exits non-zero and writes nothing when no file is usable", () => {
    const sources = join(dir, "bad-only");
    const out = join(dir, "none.json");
    spawnSync("mkdir", ["-p", sources]);
    writeFileSync(join(sources, "empty.txt"), "");
    const run = bank("build", "--sources", sources, "--out", out);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("empty.txt: empty file");
    expect(existsSync(out)).toBe(false);
  });

  it("prints usage and exits 2 on wrong arguments", () => {
    const run = bank("build", "--sources");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: bank build --sources DIR --out FILE");
  });
});
