import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";

/*
 * Node only (Workers' platform compresses on its own): HTML, CSS, JS, JSON,
 * SVG and CSV are sent brotli- or gzip-compressed, whichever the browser
 * prefers. Pages are small and rendered whole, so each is compressed in one
 * call on libuv's thread pool, off the event loop; brotli at quality 5 costs
 * about 1 ms for a 45 KB page (quality 11 would cost 65 ms). Static files come
 * precompressed at the highest quality from the asset build.
 */

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;
const THRESHOLD = 1024;

/** The encoding to use for an Accept-Encoding header: br, then gzip; none when neither is accepted. */
export function negotiate(header: string | undefined): "br" | "gzip" | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const of = (name: string) => q.get(name) ?? q.get("*") ?? 0;
  const br = of("br");
  const gz = of("gzip");
  if (br > 0 && br >= gz) return "br";
  if (gz > 0) return "gzip";
  return null;
}

export const compressNode: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  const type = res.headers.get("Content-Type") ?? "";
  if (
    c.req.method === "HEAD" ||
    res.status === 204 ||
    res.status === 206 ||
    res.status === 304 ||
    !res.body ||
    res.headers.has("Content-Encoding") ||
    !COMPRESSIBLE.test(type) ||
    /no-transform/i.test(res.headers.get("Cache-Control") ?? "")
  )
    return;
  const vary = res.headers.get("Vary");
  if (!vary || !/accept-encoding/i.test(vary))
    res.headers.set("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  const encoding = negotiate(c.req.header("Accept-Encoding"));
  if (encoding === null) return;
  const body = Buffer.from(await res.arrayBuffer());
  if (body.length < THRESHOLD) {
    c.res = new Response(body, res);
    return;
  }
  // Hono copies the old response's headers onto a new one, so the new ones are set after.
  const packed =
    encoding === "br"
      ? await brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : await gzipAsync(body);
  c.res = new Response(packed, res);
  c.res.headers.set("Content-Encoding", encoding);
  c.res.headers.set("Content-Length", String(packed.length));
};
