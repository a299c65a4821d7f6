import { b64url } from "./tokens.ts";

/*
 * Passwords are hashed with PBKDF2-SHA256 through Web Crypto, which both Node and
 * Workers provide (Workers cap PBKDF2 at 100,000 iterations). The stored form is
 * `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url), so the scheme or the
 * work factor can be raised later: a hash below the current setting is replaced
 * at the next successful login.
 */

const SCHEME = "pbkdf2-sha256";
const encoder = new TextEncoder();

function fromB64url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(password), "PBKDF2", false, [
    "deriveBits",
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Hash a password with a fresh random salt. */
export async function hashPassword(password: string, iterations: number): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return `${SCHEME}$${iterations}$${b64url(salt)}$${b64url(hash)}`;
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Check a password; `rehash` says the stored hash is weaker than `iterations` and should be replaced. */
export async function verifyPassword(
  password: string,
  stored: string,
  iterations: number,
): Promise<{ ok: boolean; rehash: boolean }> {
  const [scheme, rounds, salt, hash] = stored.split("$");
  const n = Number(rounds);
  if (scheme !== SCHEME || !Number.isInteger(n) || n < 1 || !salt || !hash) {
    return { ok: false, rehash: false };
  }
  const actual = await derive(password, fromB64url(salt), n);
  const ok = constantTimeEqual(actual, fromB64url(hash));
  return { ok, rehash: ok && n < iterations };
}

/** A hash no password matches, checked when the email is unknown so that timing reveals nothing. */
export function decoyHash(iterations: number): string {
  return `${SCHEME}$${iterations}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
}
