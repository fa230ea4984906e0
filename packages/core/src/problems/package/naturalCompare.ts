const CHUNKS = /\d+|\D+/g;

/**
 * Orders strings so that runs of digits compare by value ("2" < "10", "a9" < "a10").
 * Ties between equal values ("1" vs "01") fall back to plain code-unit order, so
 * the order is total and does not depend on the host's locale.
 */
export function naturalCompare(a: string, b: string): number {
  const left = a.match(CHUNKS) ?? [];
  const right = b.match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? "";
    const y = right[i] ?? "";
    const order = isDigits(x) && isDigits(y) ? compareDigits(x, y) : compareCodeUnits(x, y);
    if (order !== 0) return order;
  }
  return left.length - right.length || compareCodeUnits(a, b);
}

function isDigits(s: string): boolean {
  return s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;
}

/** Compares digit strings of any length by value, without converting to numbers. */
function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+/, "");
  const b = y.replace(/^0+/, "");
  return a.length - b.length || compareCodeUnits(a, b);
}

function compareCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
