import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ASSET_VERSION } from "../views/layout.tsx";

// Asset URLs are cached for an hour under ?v=ASSET_VERSION; if a script or stylesheet
// changes without a new version, returning visitors run old code against new HTML.
function assetsHash(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync("views/assets").sort()) {
    hash.update(name).update(readFileSync(join("views/assets", name)));
  }
  const htmx = createRequire(import.meta.url)("htmx.org/package.json") as { version: string };
  return hash.update(`htmx ${htmx.version}`).digest("hex").slice(0, 8);
}

describe("asset version", () => {
  it("changes whenever a served asset changes", () => {
    expect(ASSET_VERSION, `set ASSET_VERSION in views/layout.tsx to "${assetsHash()}"`).toBe(
      assetsHash(),
    );
  });
});
