/** ASCII whitespace as testlib and the ICPC default validator see it; NUL is not whitespace. */
const isSpace = (byte: number): boolean => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);

function* tokens(data: Buffer): Generator<Buffer> {
  let i = 0;
  while (i < data.length) {
    while (i < data.length && isSpace(data[i]!)) i++;
    const start = i;
    while (i < data.length && !isSpace(data[i]!)) i++;
    if (i > start) yield data.subarray(start, i);
  }
}

/**
 * The default checker: the same tokens in the same order, whitespace between and
 * around them ignored (so a missing final newline is fine), bytes compared exactly.
 */
export function tokensMatch(output: Buffer, answer: Buffer): boolean {
  const a = tokens(output);
  const b = tokens(answer);
  for (;;) {
    const x = a.next();
    const y = b.next();
    if (x.done || y.done) return Boolean(x.done) && Boolean(y.done);
    if (!x.value.equals(y.value)) return false;
  }
}
