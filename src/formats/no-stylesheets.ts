// linkedom parses a <style> element's CSS only when its `.sheet` is read, and nothing in the
// format readers (Readability included) reads it: every upload's styles are dropped unread.
// The job consumer's bundle aliases linkedom's CSS parser to this module (wrangler.jobs.toml),
// which keeps about 200 KB of parser out of a bundle that must stay under 1 MB gzipped.
export function parse(): never {
  throw new Error("CSS style sheets are not parsed in the document job consumer");
}
