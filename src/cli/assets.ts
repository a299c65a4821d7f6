import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { NLP_MODEL_PATH } from "../nlp/model-path.ts";

/*
 * Static files are gathered into build/public/assets: our own (views/assets) and htmx,
 * self-hosted from its npm package. Node serves that folder; wrangler uploads it
 * as the Worker's assets. It is build output, so git ignores it.
 */

/** The folder served at the site root; files live under its assets/ subfolder. */
export const PUBLIC_DIR = "build/public";
const ASSETS_DIR = `${PUBLIC_DIR}/assets`;

/** Copy every static file into `outDir`; returns the file names. */
export function buildAssets(outDir = ASSETS_DIR): string[] {
  mkdirSync(outDir, { recursive: true });
  const own = readdirSync("views/assets");
  for (const name of own) copyFileSync(join("views/assets", name), join(outDir, name));
  const require = createRequire(import.meta.url);
  const htmxDir = dirname(require.resolve("htmx.org/package.json"));
  copyFileSync(join(htmxDir, "dist/htmx.min.js"), join(outDir, "htmx.min.js"));
  // The tagger's 3 MB core model: the Worker reads it at run time rather than bundling it.
  const modelDir = dirname(require.resolve("wink-eng-lite-web-model/package.json"));
  const modelOut = join(dirname(outDir), NLP_MODEL_PATH);
  mkdirSync(dirname(modelOut), { recursive: true });
  copyFileSync(join(modelDir, "dist/languages/cur/models/eng-core-web-model.json"), modelOut);
  return [...own, "htmx.min.js"].sort();
}

export async function run(args: string[]): Promise<number> {
  const files = buildAssets(args[0] ?? ASSETS_DIR);
  process.stdout.write(`assets: ${files.join(", ")}\n`);
  return 0;
}
