import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputFile } from "../core/bank-build.ts";

/*
 * The builder's input read from a directory, shared by `bank build` and the tests
 * that check the committed bank, so both build from the same selection of files.
 */

const SOURCE_FILE = /\.(?:txt|md)$/i;

const pathOf = (dir: string | URL): string => (typeof dir === "string" ? dir : fileURLToPath(dir));

/** The .txt/.md files of a directory, sorted by name so output does not depend on the file system's order. */
export function sourceNames(dir: string | URL): string[] {
  return readdirSync(pathOf(dir), { withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE_FILE.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** The named files of a directory (by default its source files) as builder input. */
export function readSources(dir: string | URL, names = sourceNames(dir)): InputFile[] {
  return names.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(pathOf(dir), name))),
  }));
}
