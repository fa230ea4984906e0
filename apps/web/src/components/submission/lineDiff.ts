/** One line of a unified diff between the expected and the actual output. */
export type DiffLine =
  | { kind: "same"; text: string; expectedLine: number; actualLine: number }
  | { kind: "missing"; text: string; expectedLine: number }
  | { kind: "extra"; text: string; actualLine: number };

/** Above this many line pairs (after trimming the common ends) LCS would be slow: compare by position. */
const MAX_LCS_CELLS = 4_000_000;

/**
 * Splits program text into lines the way judges read it: `\r\n` or `\n` ends a line,
 * trailing whitespace on a line does not count, and trailing blank lines are dropped.
 */
export function toLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  return lines;
}

/**
 * A line diff of `expected` against `actual` (longest common subsequence), in the
 * order a unified diff shows it: "missing" lines were expected but not printed,
 * "extra" lines were printed but not expected. Line numbers are 1-based.
 */
export function lineDiff(expected: string, actual: string): DiffLine[] {
  const a = toLines(expected);
  const b = toLines(actual);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const out: DiffLine[] = [];
  for (let i = 0; i < start; i++) out.push({ kind: "same", text: a[i] ?? "", expectedLine: i + 1, actualLine: i + 1 });
  const middle =
    (endA - start) * (endB - start) > MAX_LCS_CELLS
      ? positionalDiff(a, b, start, endA, endB)
      : lcsDiff(a, b, start, endA, endB);
  out.push(...middle);
  for (let k = 0; endA + k < a.length; k++) {
    out.push({ kind: "same", text: a[endA + k] ?? "", expectedLine: endA + k + 1, actualLine: endB + k + 1 });
  }
  return out;
}

/** Whether a diff has any difference in it. */
export function hasDifferences(diff: readonly DiffLine[]): boolean {
  return diff.some((line) => line.kind !== "same");
}

function lcsDiff(a: string[], b: string[], start: number, endA: number, endB: number): DiffLine[] {
  const n = endA - start;
  const m = endB - start;
  // lengths[i][j] = LCS length of a[start+i..endA) and b[start+j..endB), in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[start + i] === b[start + j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const x = start + i;
    const y = start + j;
    if (i < n && j < m && a[x] === b[y]) {
      out.push({ kind: "same", text: a[x] ?? "", expectedLine: x + 1, actualLine: y + 1 });
      i++;
      j++;
    } else if (j < m && (i === n || (lengths[i * width + j + 1] ?? 0) >= (lengths[(i + 1) * width + j] ?? 0))) {
      out.push({ kind: "extra", text: b[y] ?? "", actualLine: y + 1 });
      j++;
    } else {
      out.push({ kind: "missing", text: a[x] ?? "", expectedLine: x + 1 });
      i++;
    }
  }
  return groupChanges(out);
}

/** For huge outputs: line k against line k, a changed line shown as missing then extra. */
function positionalDiff(a: string[], b: string[], start: number, endA: number, endB: number): DiffLine[] {
  const out: DiffLine[] = [];
  for (let k = 0; start + k < Math.max(endA, endB); k++) {
    const x = start + k;
    if (x < endA && x < endB && a[x] === b[x]) {
      out.push({ kind: "same", text: a[x] ?? "", expectedLine: x + 1, actualLine: x + 1 });
      continue;
    }
    if (x < endA) out.push({ kind: "missing", text: a[x] ?? "", expectedLine: x + 1 });
    if (x < endB) out.push({ kind: "extra", text: b[x] ?? "", actualLine: x + 1 });
  }
  return groupChanges(out);
}

/** Within each run of changes, shows every missing line before the extra ones (easier to read). */
function groupChanges(lines: DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  let missing: DiffLine[] = [];
  let extra: DiffLine[] = [];
  const flush = () => {
    out.push(...missing, ...extra);
    missing = [];
    extra = [];
  };
  for (const line of lines) {
    if (line.kind === "missing") missing.push(line);
    else if (line.kind === "extra") extra.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}
