import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The data flow is one way and the core is pure (DESIGN §2–3). These checks keep it so.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const imports = (path: string) =>
  [...readFileSync(path, "utf8").matchAll(/^\s*(import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map(
    (m) => ({ typeOnly: /^\s*(import|export)\s+type\s/.test(m[0]), spec: m[2] ?? "" }),
  );

const CORE_PACKAGES = [
  "zod",
  "ts-fsrs",
  "chrono-node",
  "@skyra/jaro-winkler",
  "csv-stringify/browser/esm/sync",
  // Pure data and code of the part-of-speech model, never its 3 MB core (src/nlp/ loads that).
  "wink-nlp",
  "wink-eng-lite-web-model/dist/wn-verb-exceptions.js",
];

describe("architecture", () => {
  it("keeps src/core pure: no Node modules, no I/O, no clock, no unseeded randomness", () => {
    for (const path of files("src/core")) {
      const text = readFileSync(path, "utf8");
      for (const { spec } of imports(path)) {
        const ok = spec.startsWith(".")
          ? !spec.includes("/db/") && !spec.includes("/routes/")
          : CORE_PACKAGES.includes(spec);
        expect(ok, `${path} imports ${spec}`).toBe(true);
      }
      expect(text, `${path} reads the clock`).not.toMatch(/Date\.now\(\)|new Date\(\)/);
      expect(text, `${path} uses Math.random`).not.toMatch(/Math\.random/);
      expect(text, `${path} does I/O`).not.toMatch(/\bfetch\(|process\.|require\(/);
    }
  });

  it("lets views import only core types and the view library", () => {
    for (const path of files("views")) {
      for (const { spec, typeOnly } of imports(path)) {
        const ok =
          spec.startsWith("./") ||
          spec.startsWith("hono/") ||
          (spec.includes("/src/core/") && typeOnly);
        expect(ok, `${path} imports ${spec}`).toBe(true);
      }
    }
  });

  it("keeps SQL in src/db", () => {
    for (const path of [...files("src"), ...files("views")]) {
      if (path.startsWith(join("src", "db"))) continue;
      const text = readFileSync(path, "utf8");
      expect(text, `${path} contains SQL`).not.toMatch(
        /\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/,
      );
    }
  });

  it("lets src/db import only core types among the app's modules", () => {
    for (const path of files("src/db")) {
      for (const { spec, typeOnly } of imports(path)) {
        if (!spec.startsWith(".")) continue;
        const ok = spec.startsWith("./") || (spec.startsWith("../core/") && typeOnly);
        expect(ok, `${path} imports ${spec}`).toBe(true);
      }
    }
  });
});
