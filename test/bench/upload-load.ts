import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_BYTES } from "../../src/core/bank-build.ts";
import { blocks, furniture, layout, newPdf } from "../fixtures/formats/pdf-layout.ts";
import { singleDocument } from "./bank-throughput.ts";

/*
 * A teacher's upload seen from the outside, as issue 16 measures it: a teacher signs
 * up on the running server, posts a file, and follows the job page until it sends
 * them to the review page. The files are a 2 MB text document (the upload limit)
 * and a text PDF of about 60 KB laid out over twenty-odd pages from real documents
 * of the dev corpus, with headings, hyphenated line ends and running furniture.
 */

export type Upload = { name: string; type: string; bytes: Uint8Array<ArrayBuffer> };

/** Sign up a teacher on `base`; the session cookie to send with their requests. */
export async function signUpTeacher(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/signup`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: base,
      "sec-fetch-site": "same-origin",
    },
    body: new URLSearchParams({
      name: "Bench Teacher",
      email,
      password: "correct horse battery staple",
      teacher: "on",
      tz: "UTC",
    }).toString(),
  });
  const cookie = res.headers.getSetCookie().find((c) => /session=/.test(c));
  if (res.status !== 303 || !cookie) throw new Error(`teacher signup failed: ${res.status}`);
  return cookie.split(";")[0] as string;
}

/**
 * Post `file` as a new document and follow its job page (polled every `pollMs`, as the
 * page's htmx does) to the review page, which is fetched too. Milliseconds from the
 * post to the job page's answer that it is done (`processed`, when `onProcessed` is
 * called) and to the review page's last byte (`ms`), and the review request's own time.
 */
export async function uploadToReview(
  base: string,
  cookie: string,
  file: Upload,
  options: { pollMs?: number; onProcessed?: () => void } = {},
): Promise<{ ms: number; processed: number; review: number }> {
  const started = performance.now();
  const form = new FormData();
  form.append("file", new File([file.bytes], file.name, { type: file.type }));
  const posted = await fetch(`${base}/documents`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: base, "sec-fetch-site": "same-origin" },
    body: form,
  });
  const jobPath = posted.headers.get("location") ?? "";
  if (posted.status !== 303 || !jobPath.startsWith("/documents/jobs/"))
    throw new Error(`upload refused: ${posted.status} ${await posted.text()}`);
  for (;;) {
    const page = await fetch(`${base}${jobPath}`, { redirect: "manual", headers: { cookie } });
    const body = await page.text();
    const to = page.headers.get("location") ?? "";
    if (page.status === 303 && /^\/documents\/col_/.test(to)) {
      const processed = performance.now() - started;
      options.onProcessed?.();
      const asked = performance.now();
      const review = await fetch(`${base}${to}`, { headers: { cookie } });
      await review.text();
      if (review.status !== 200) throw new Error(`review page: ${review.status}`);
      return { ms: performance.now() - started, processed, review: performance.now() - asked };
    }
    if (page.status !== 200 || body.includes(`action="${jobPath}/retry"`))
      throw new Error(`the job did not finish: ${page.status} ${body.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, options.pollMs ?? 1000));
  }
}

/** Documents of the dev corpus, in name order, as "## title" sections of one pack, up to `bytes`. */
function corpusText(bytes: number): string {
  const dir = "test/fixtures/real/docs";
  // One title for the pack: the layout spans a level-1 heading across the page.
  const parts: string[] = ["# Reading pack: dated events"];
  let size = 0;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".txt")) continue;
    const [title = "", ...rest] = readFileSync(join(dir, name), "utf8").split("\n");
    const section = `## ${title.trim()}\n\n${rest.join("\n").trim()}`;
    if (size + section.length > bytes) break;
    parts.push(section);
    size += section.length + 2;
  }
  return parts.join("\n\n");
}

/** A text PDF of about `bytes` of real prose, laid out in one column on B5 pages (about twenty). */
export async function textPdf(
  bytes = 60 * 1024,
): Promise<{ file: Upload; textKb: number; pages: number }> {
  const text = corpusText(bytes);
  const { doc, done } = newPdf({ size: "B5" });
  layout(doc, blocks(text), 1);
  furniture(doc, "Reading pack: dated events", "Texts of the dev corpus (see its SOURCES.md)");
  const pages = doc.bufferedPageRange().count;
  doc.end();
  const pdf = await done;
  return {
    file: { name: "reading-pack.pdf", type: "application/pdf", bytes: new Uint8Array(pdf) },
    textKb: text.length / 1024,
    pages,
  };
}

/** The bench's synthetic corpus as one plain-text document at the upload limit. */
export function largeText(): Upload {
  const { bytes } = singleDocument(MAX_BYTES);
  return { name: "large-document.txt", type: "text/plain", bytes: new Uint8Array(bytes) };
}
