import type { DefaultCheckerConfig } from "@arbiter/shared";

export interface DefaultCheckResult {
  verdict: "AC" | "WA";
  /** Why the output was rejected, e.g. `line 2, token 3: expected 42, got 41` (judge-side only). */
  message?: string;
}

/** ASCII whitespace as the ICPC default validator and testlib see it: space, \t \n \v \f \r. NUL is not whitespace. */
export const isSpace = (byte: number): boolean => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);

/**
 * The ICPC default output validator (Kattis problem package format, "Default output
 * validator specification"), over bytes:
 * - Both files are split into tokens on runs of whitespace; the token counts must match.
 * - Tokens compare byte for byte, or up to ASCII case when `caseSensitive` is false.
 * - With `spaceChangeSensitive`, every whitespace run — leading, between tokens and
 *   trailing (so a missing or extra final newline too) — must equal the answer's byte for byte.
 * - With a float tolerance, an answer token that is a number (see {@link parseNumberToken})
 *   is compared numerically: the output token must be a number s with |s−a| ≤ absolute
 *   or |s−a| ≤ relative·|a|. NaN matches only NaN, ±inf only the same infinity; a
 *   decimal that overflows a double counts as that infinity. Other tokens compare as strings.
 * One pass, no copies of the data: safe on outputs of many megabytes.
 */
export function checkDefault(config: DefaultCheckerConfig, output: Buffer, answer: Buffer): DefaultCheckResult {
  const out = new Cursor(output);
  const ans = new Cursor(answer);
  const useNumbers = config.floatAbsoluteTolerance !== undefined || config.floatRelativeTolerance !== undefined;
  for (let index = 1; ; index++) {
    const outSpace = out.skipSpace();
    const ansSpace = ans.skipSpace();
    const line = out.line;
    const outToken = out.skipToken();
    const ansToken = ans.skipToken();
    const outEnded = outToken === out.pos;
    const ansEnded = ansToken === ans.pos;

    if (config.spaceChangeSensitive && !bytesEqual(output, outSpace, outToken, answer, ansSpace, ansToken, true)) {
      const where = ansEnded ? "trailing whitespace" : `whitespace before token ${index}`;
      return wrong(
        `line ${line}: ${where} differs: expected ${quote(answer, ansSpace, ansToken)}, got ${quote(output, outSpace, outToken)}`,
      );
    }
    if (ansEnded && outEnded) return { verdict: "AC" };
    if (ansEnded)
      return wrong(`line ${line}: extra output after ${index - 1} tokens: ${show(output, outToken, out.pos)}`);
    if (outEnded)
      return wrong(`output ended after ${index - 1} tokens; expected ${show(answer, ansToken, ans.pos)} next`);

    // Identical bytes match under every setting (a number is within any tolerance of itself,
    // and NaN matches NaN): the common case skips parsing. No message text (and no closure)
    // is built unless a token fails, as this runs once per token of many-MB outputs.
    if (bytesEqual(output, outToken, out.pos, answer, ansToken, ans.pos, true)) continue;
    const a = useNumbers ? parseNumberToken(answer.toString("latin1", ansToken, ans.pos)) : null;
    if (a !== null) {
      const s = parseNumberToken(output.toString("latin1", outToken, out.pos));
      if (s === null) return wrong(`${at(line, index, out, ans)} (not a number)`);
      if (!numbersClose(s, a, config.floatAbsoluteTolerance, config.floatRelativeTolerance)) {
        return wrong(`${at(line, index, out, ans)} (difference ${Math.abs(s - a)}${describeTolerance(config)})`);
      }
    } else if (!bytesEqual(output, outToken, out.pos, answer, ansToken, ans.pos, config.caseSensitive)) {
      return wrong(at(line, index, out, ans));
    }
  }
}

/** Decimal numbers per the package format's grammar: no hex, no digit separators, digits on at least one side of the point. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** What C, Python and Java print for non-finite values, in any case. */
const NON_FINITE = /^([+-]?)(inf|infinity|nan)$/i;

/** The value of a number token, or null when it is not one ("1e", "--1", "0x1p3", "1,5"). */
export function parseNumberToken(text: string): number | null {
  if (DECIMAL.test(text)) return Number(text);
  const special = NON_FINITE.exec(text);
  if (!special) return null;
  if (special[2]!.toLowerCase() === "nan") return Number.NaN;
  return special[1] === "-" ? -Infinity : Infinity;
}

/** `line L, token I: expected A, got O` for the tokens the cursors just passed. */
function at(line: number, index: number, out: Cursor, ans: Cursor): string {
  return `line ${line}, token ${index}: expected ${ans.shownToken()}, got ${out.shownToken()}`;
}

function numbersClose(s: number, a: number, absolute: number | undefined, relative: number | undefined): boolean {
  if (Number.isNaN(a) || Number.isNaN(s)) return Number.isNaN(a) && Number.isNaN(s);
  if (!Number.isFinite(a) || !Number.isFinite(s)) return s === a;
  const difference = Math.abs(s - a);
  return (
    (absolute !== undefined && difference <= absolute) ||
    (relative !== undefined && difference <= relative * Math.abs(a))
  );
}

function describeTolerance(config: DefaultCheckerConfig): string {
  const parts: string[] = [];
  if (config.floatAbsoluteTolerance !== undefined) parts.push(`absolute ${config.floatAbsoluteTolerance}`);
  if (config.floatRelativeTolerance !== undefined) parts.push(`relative ${config.floatRelativeTolerance}`);
  return parts.length > 0 ? `; tolerance ${parts.join(", ")}` : "";
}

/** Byte ranges equal, optionally up to ASCII case. A plain loop: tokens are short, and a native call per token costs more. */
function bytesEqual(
  x: Buffer,
  xStart: number,
  xEnd: number,
  y: Buffer,
  yStart: number,
  yEnd: number,
  caseSensitive: boolean,
): boolean {
  const length = xEnd - xStart;
  if (length !== yEnd - yStart) return false;
  for (let i = 0; i < length; i++) {
    const a = x[xStart + i]!;
    const b = y[yStart + i]!;
    if (a !== b && (caseSensitive || foldAscii(a) !== foldAscii(b))) return false;
  }
  return true;
}

/** A–Z to a–z; every other byte (including non-ASCII) unchanged. */
const foldAscii = (byte: number): number => (byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte);

const wrong = (message: string): DefaultCheckResult => ({ verdict: "WA", message });

/** Bytes of a token shown in a message. */
const SHOWN_BYTES = 48;

/** A token for a message: as is when plain printable ASCII, else JSON-quoted; long ones cut. */
function show(data: Buffer, start: number, end: number): string {
  const cut = end - start > SHOWN_BYTES;
  const text = data.toString("utf8", start, cut ? start + SHOWN_BYTES : end);
  return `${/^[\x21-\x7e]+$/.test(text) ? text : JSON.stringify(text)}${cut ? "…" : ""}`;
}

/** Whitespace for a message, always quoted so that it is visible ("" when there is none). */
function quote(data: Buffer, start: number, end: number): string {
  const cut = end - start > SHOWN_BYTES;
  return `${JSON.stringify(data.toString("latin1", start, cut ? start + SHOWN_BYTES : end))}${cut ? "…" : ""}`;
}

/** Walks a buffer alternately over whitespace runs and tokens, counting lines for messages. */
class Cursor {
  pos = 0;
  /** 1-based line of `pos`. */
  line = 1;
  private tokenStart = 0;

  constructor(private readonly data: Buffer) {}

  /** Skips a whitespace run and returns where it started (it ends at `pos`). */
  skipSpace(): number {
    const start = this.pos;
    const { data } = this;
    while (this.pos < data.length && isSpace(data[this.pos]!)) {
      if (data[this.pos] === 0x0a) this.line++;
      this.pos++;
    }
    return start;
  }

  /** Skips a token and returns where it started; it is empty only at the end of the data. */
  skipToken(): number {
    this.tokenStart = this.pos;
    const { data } = this;
    while (this.pos < data.length && !isSpace(data[this.pos]!)) this.pos++;
    return this.tokenStart;
  }

  /** The token last skipped, for a message. */
  shownToken(): string {
    return show(this.data, this.tokenStart, this.pos);
  }
}
