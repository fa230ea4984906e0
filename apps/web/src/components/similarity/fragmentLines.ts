/** Which fragment (by index, the longest being 0) each 1-based line of a source belongs to; the longest wins overlaps. */
export function fragmentLines(
  lineCount: number,
  spans: readonly { startLine: number; endLine: number }[],
): (number | null)[] {
  const owner: (number | null)[] = Array.from({ length: lineCount }, () => null);
  spans.forEach((span, index) => {
    for (let line = Math.max(span.startLine, 1); line <= Math.min(span.endLine, lineCount); line++) {
      if (owner[line - 1] === null) owner[line - 1] = index;
    }
  });
  return owner;
}
