/** Bytes as unpadded base64url (tokens, password salts and hashes). */
export function b64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A new random session token (256 bits, base64url). */
export function newToken(): string {
  return b64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** SHA-256 of a token or key, hex: what the database stores instead of the secret itself. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A random identifier for rows users can address (attempts, classes, collections). */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}_${[...bytes]
    .map((b) => b.toString(36).padStart(2, "0"))
    .join("")
    .slice(0, 18)}`;
}
