/*
 * Class join codes: 12 characters from a 32-letter alphabet without the ones
 * people confuse (0/O, 1/I), so 60 bits: guessing one at the rate limits allow
 * is hopeless (SECURITY.md has the arithmetic). Shown in groups of four. Codes
 * of six characters, from before, keep working until their teacher replaces them.
 */

export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 12;
export const OLD_CODE_LENGTH = 6;

/** A code from random bytes (one per character; 256 is a multiple of 32, so each letter is equally likely). */
export function joinCodeFrom(bytes: Uint8Array): string {
  return [...bytes.slice(0, CODE_LENGTH)]
    .map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length])
    .join("");
}

/** What a person typed, as stored: spaces and dashes dropped, upper case; null if it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]+/g, "").toUpperCase();
  return /^[A-Z0-9]+$/.test(code) &&
    (code.length === CODE_LENGTH || code.length === OLD_CODE_LENGTH)
    ? code
    : null;
}

/** "K7M2-QXP4-9RTA": a code as people read and type it. */
export function formatJoinCode(code: string): string {
  return code.length === CODE_LENGTH ? (code.match(/.{4}/g) ?? [code]).join("-") : code;
}

/** Whether a class still has a short code from before, which its teacher should replace. */
export const isShortCode = (code: string) => code.length < CODE_LENGTH;
