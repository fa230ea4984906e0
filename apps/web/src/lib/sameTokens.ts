/**
 * Whether two outputs are equal up to whitespace (the judge's default checker compares
 * tokens the same way), for the custom run's "matches the sample" hint.
 */
export function sameTokens(a: string, b: string): boolean {
  const tokens = (s: string) => s.split(/\s+/).filter(Boolean);
  const x = tokens(a);
  const y = tokens(b);
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

/** Two inputs are "the same sample" when they differ only in line endings and trailing blanks. */
export function sameInput(a: string, b: string): boolean {
  const normalize = (s: string) =>
    s
      .replace(/\r\n?/g, "\n")
      .replace(/[ \t]+$/gm, "")
      .trimEnd();
  return normalize(a) === normalize(b);
}
