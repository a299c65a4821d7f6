/*
 * A .docx is a ZIP archive. Before a parser unpacks it, every entry is inflated
 * here once with a running count, so an archive that unpacks to far more than it
 * weighs (a decompression bomb, whatever sizes its headers claim) is refused
 * after at most `maxUnpacked` bytes of work. DecompressionStream is built into
 * Node and Workers alike.
 */

export type ZipLimits = { maxUnpacked: number; maxEntries: number };

export const ZIP_LIMITS: ZipLimits = { maxUnpacked: 50 * 1024 * 1024, maxEntries: 2_000 };

export type ZipEntry = { name: string; method: number; compressed: number; dataStart: number };

export class ZipProblem extends Error {
  // A plain field, not a parameter property: worker threads load this file with Node's type stripping.
  readonly kind: "damaged" | "encrypted" | "bomb";
  constructor(kind: "damaged" | "encrypted" | "bomb", message: string) {
    super(message);
    this.kind = kind;
  }
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The entries of a ZIP archive's central directory; throws ZipProblem when it is not a sound archive. */
export function zipEntries(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new ZipProblem(
      "damaged",
      "the archive's directory is missing (the file is cut short or damaged)",
    );
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count > limits.maxEntries)
    throw new ZipProblem("bomb", `it holds ${count} parts, more than a document has`);
  const entries: ZipEntry[] = [];
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50)
      throw new ZipProblem("damaged", "the archive's directory is damaged");
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new ZipProblem("encrypted", "it is password-protected");
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new ZipProblem("bomb", "it is larger than a document can be");
    declared += size;
    if (declared > limits.maxUnpacked)
      throw new ZipProblem(
        "bomb",
        `it would unpack to more than ${limits.maxUnpacked / 1024 / 1024} MB`,
      );
    if (u32(bytes, local) !== 0x04034b50)
      throw new ZipProblem("damaged", "a part of the archive is damaged");
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressed > bytes.length)
      throw new ZipProblem("damaged", "the file is cut short");
    entries.push({ name, method, compressed, dataStart });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Inflate every entry, counting, and refuse the archive once the total passes the limit. */
export async function checkZip(
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<ZipEntry[]> {
  const entries = zipEntries(bytes, limits);
  let total = 0;
  for (const e of entries) {
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressed);
    if (e.method === 0) {
      total += data.length;
    } else if (e.method === 8) {
      total = await inflateCounting(data, total, limits.maxUnpacked);
    } else {
      throw new ZipProblem("damaged", "it uses a compression method Word does not use");
    }
    if (total > limits.maxUnpacked)
      throw new ZipProblem(
        "bomb",
        `it unpacks to more than ${limits.maxUnpacked / 1024 / 1024} MB`,
      );
  }
  return entries;
}

async function inflateCounting(data: Uint8Array, start: number, max: number): Promise<number> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  let total = start;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel().catch(() => undefined);
        return total;
      }
    }
  } catch {
    throw new ZipProblem("damaged", "a part of the archive is damaged");
  }
}
