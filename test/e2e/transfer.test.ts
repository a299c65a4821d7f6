import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSET_VERSION } from "../../views/layout.tsx";
import { removeServerDir, type Server, startServer } from "./harness.ts";

/*
 * What the Node server sends over the wire: compressed HTML, CSS and JS in the
 * encoding the browser prefers, versioned assets cached for a year, pages not
 * stored. Node's fetch would undo the compression, so requests go through
 * node:http and the bodies are decoded here.
 */

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
  if (server) removeServerDir(server);
});

/** The raw bytes and headers of a GET, undecoded. */
function raw(path: string, acceptEncoding?: string) {
  const url = new URL(path, server.url);
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        url,
        { headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: Object.fromEntries(
                Object.entries(res.headers).map(([k, v]) => [k, String(v)]),
              ),
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.on("error", reject);
      req.end();
    },
  );
}

describe("transfer", () => {
  it("compresses pages with brotli or gzip, as the browser prefers", async () => {
    const plain = await raw("/decks/bank-all");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    const br = await raw("/decks/bank-all", "gzip, deflate, br, zstd");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    const gz = await raw("/decks/bank-all", "gzip;q=1, br;q=0.5");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(plain.body.toString());
    expect((await raw("/decks/bank-all", "identity")).headers["content-encoding"]).toBeUndefined();
  });

  it("sends versioned CSS and JS precompressed and cached for a year", async () => {
    for (const file of ["app.css", "app.js", "htmx.min.js"]) {
      const versioned = await raw(`/assets/${file}?v=${ASSET_VERSION}`, "br, gzip");
      expect(versioned.status).toBe(200);
      expect(versioned.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(versioned.headers["content-encoding"]).toBe("br");
      const gz = await raw(`/assets/${file}?v=${ASSET_VERSION}`, "gzip");
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gz.body).toString()).toBe(brotliDecompressSync(versioned.body).toString());
      // Without the current version the file may change under the same address.
      expect((await raw(`/assets/${file}`)).headers["cache-control"]).toBe("no-cache");
    }
  });

  it("lets no one store a page, and says so on every one", async () => {
    const page = await raw("/");
    expect(page.headers["cache-control"]).toBe("private, no-cache");
    expect(page.headers["x-request-id"]).toMatch(/^[0-9a-z]{12}$/);
    const missing = await raw("/no/such/page");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBe("private, no-cache");
  });
});
