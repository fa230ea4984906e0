/** Where a sign-in or sign-up goes when `?next=` is missing or refused. */
export const DEFAULT_NEXT_PATH = "/problems";

/** Longer than any page of ours with its query; longer values are refused, not cut. */
const MAX_NEXT_LENGTH = 2048;

// Any origin would do: only "did resolving keep us on it" is asked.
const PROBE_ORIGIN = "http://arbiter.invalid";

/**
 * Where to go after signing in or up (`?next=`): a path on this site, or
 * `DEFAULT_NEXT_PATH`. Refuses the open-redirect tricks browsers make work:
 * - tab, CR and LF, which the URL parser drops (`/\t/evil.example` is `//evil.example`);
 * - backslashes, which it reads as slashes (`/\evil.example`);
 * - `//host` (a scheme-relative URL) and anything else that resolves off this origin;
 * - percent-encoded forms of those (`/%2F/evil`, `/%5Cevil`, `/%09/evil`), in case a proxy
 *   or framework decodes once more before the Location header is written;
 * - spaces, other control characters and non-ASCII, which no link of ours contains and
 *   which can make Location headers invalid (a 500) or be normalised into slashes.
 * Returns the normalised path, query and fragment, never the raw input.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_NEXT_LENGTH) return DEFAULT_NEXT_PATH;
  // Printable ASCII only, no space; rules out tab, CR, LF, NUL, DEL and non-ASCII.
  if (!/^[\x21-\x7e]+$/.test(value)) return DEFAULT_NEXT_PATH;
  if (!value.startsWith("/") || isSuspicious(value)) return DEFAULT_NEXT_PATH;
  const decoded = fullyDecoded(value);
  if (decoded === null || isSuspicious(decoded) || hasControlCharacters(decoded)) return DEFAULT_NEXT_PATH;

  let resolved: URL;
  try {
    resolved = new URL(value, PROBE_ORIGIN);
  } catch {
    return DEFAULT_NEXT_PATH;
  }
  if (resolved.origin !== PROBE_ORIGIN) return DEFAULT_NEXT_PATH;
  return resolved.pathname + resolved.search + resolved.hash;
}

/** A backslash anywhere, or a second slash right after the first: another host. */
function isSuspicious(path: string): boolean {
  return path.includes("\\") || path.startsWith("//");
}

/**
 * Percent-decodes until stable; null when it is still changing after 3 rounds (nobody
 * encodes a real link that deeply). A `%` that starts no escape ends the decoding there:
 * what is left cannot turn into a slash.
 */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
