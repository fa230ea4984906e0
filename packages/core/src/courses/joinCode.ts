/**
 * Crockford's Base32 alphabet: digits and capitals without I, L, O and U, so nothing can
 * be misread (I/1, L/1, O/0) and no accidental words form. 32 symbols: one random byte's
 * low five bits pick one without bias.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 8 symbols = 40 bits (about 10^12 codes): unguessable behind the join endpoint's rate limit. */
export const JOIN_CODE_LENGTH = 8;

/**
 * A new course join code, e.g. "7KQ4M2XD", from the platform's cryptographic random
 * source (Web Crypto: Node and browsers). Store it as returned; show it with
 * `formatJoinCode`; compare user input after `normalizeJoinCode`.
 */
export function generateJoinCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(JOIN_CODE_LENGTH));
  let code = "";
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

/** A join code as people read and type it: two groups of four, "7KQ4-M2XD". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, as the stored code, or null if it cannot be one. Ignores case,
 * spaces and dashes ("7kq4 m2xd", "7KQ4-M2XD"), and reads the letters people confuse with
 * digits as Crockford does: O as 0, I and L as 1.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s\-‐‑–—]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const c of code) if (!ALPHABET.includes(c)) return null;
  return code;
}
