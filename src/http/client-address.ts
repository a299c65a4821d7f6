/*
 * Where a request comes from, for rate limits and the audit log. On Workers
 * Cloudflare sets CF-Connecting-IP; on Node the socket's address is used, or,
 * behind a proxy, the header named by CLIENT_ADDRESS_HEADER. Of a list such as
 * X-Forwarded-For only the last entry counts: it is the one our own proxy added,
 * where earlier ones are whatever the client chose to send.
 */

/** The client's address from a configured header's value. */
export function addressFromHeader(value: string | undefined): string {
  if (!value) return "";
  const last = value.split(",").at(-1)?.trim() ?? "";
  return last.slice(0, 64);
}

function expandIpv6(address: string): string[] | null {
  const [head = "", tail, extra] = address.split("::");
  if (extra !== undefined) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  const groups = [...left, ...Array(Math.max(missing, 0)).fill("0"), ...right];
  return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups : null;
}

/**
 * The key a rate limit counts an address under: an IPv4 address as it is, an
 * IPv6 address by its /64 network, since one subscriber usually holds a whole
 * /64 and could otherwise take a fresh address for every attempt.
 */
export function addressKey(address: string): string {
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (a === "") return "unknown";
  const mapped = a.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped?.[1]) return mapped[1];
  if (!a.includes(":")) return a;
  const groups = expandIpv6(a.replace(/%.*$/, ""));
  return groups
    ? `${groups
        .slice(0, 4)
        .map((g) => g.padStart(4, "0"))
        .join(":")}::/64`
    : a;
}
