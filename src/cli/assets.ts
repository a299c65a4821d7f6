import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { NLP_MODEL_PATH } from "../nlp/model-path.ts";

/*
 * Static files are gathered into build/public/assets: our own (views/assets) and htmx,
 * self-hosted from its npm package. Node serves that folder; wrangler uploads it
 * as the Worker's assets. It is build output, so git ignores it.
 */

/** The folder served at the site root; files live under its assets/ subfolder. */
export const PUBLIC_DIR = "build/public";
const ASSETS_DIR = `${PUBLIC_DIR}/assets`;

/*
 * Workers' assets read caching rules from a _headers file at the root: the pages
 * ask for /assets/x?v=<hash of the files>, so a URL's content never changes.
 */
const WORKER_HEADERS = `/assets/*
  Cache-Control: public, max-age=31536000, immutable
`;

/**
 * Copy every static file into `outDir`; returns the file names. With
 * `precompress` (the Node server), also write each one brotli- and
 * gzip-compressed at the highest level beside it, which the server sends to
 * browsers that accept them; Workers compress on their own, so the build for
 * them leaves those out.
 */
export function buildAssets(outDir = ASSETS_DIR, opts: { precompress?: boolean } = {}): string[] {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir))
    if (/\.(br|gz)$/.test(name)) rmSync(join(outDir, name), { force: true });
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
  const files = [...own, "htmx.min.js"].sort();
  if (opts.precompress) {
    for (const name of files) {
      const path = join(outDir, name);
      const body = readFileSync(path);
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    }
  }
  if (outDir === ASSETS_DIR) writeFileSync(join(PUBLIC_DIR, "_headers"), WORKER_HEADERS);
  return files;
}

export async function run(args: string[]): Promise<number> {
  const files = buildAssets(args[0] ?? ASSETS_DIR);
  process.stdout.write(`assets: ${files.join(", ")}\n`);
  return 0;
}
