/**
 * Deterministic synthetic Python programs for the similarity benchmark. Dolos compares
 * syntax-tree tokens, not names, so programs must differ in shape to be "independent":
 * each statement and expression here is drawn at random (assignments, augmented
 * assignments, calls, nested loops and branches, comprehensions, returns; expressions
 * of random depth over operators, subscripts, calls and literals).
 */
export function syntheticProgram(seed: number, targetLines: number): string {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const vars = ["p", "q", "r", "n", "m", "k", "total", "best", "acc", "idx"];
  const lines: string[] = ["import sys", "import math", ""];

  const expr = (depth: number): string => {
    if (depth <= 0 || random() < 0.3) return pick([pick(vars), String(int(100)), `len(${pick(vars)}s)`]);
    switch (int(7)) {
      case 0:
        return `${expr(depth - 1)} ${pick(["+", "-", "*", "//", "%"])} ${expr(depth - 1)}`;
      case 1:
        return `(${expr(depth - 1)})`;
      case 2:
        return `${pick(["max", "min", "abs"])}(${expr(depth - 1)}${random() < 0.5 ? `, ${expr(depth - 1)}` : ""})`;
      case 3:
        return `${pick(vars)}s[${expr(depth - 1)} % max(1, len(${pick(vars)}s))]`;
      case 4:
        return `math.${pick(["gcd", "isqrt"])}(abs(${expr(depth - 1)})${random() < 0.5 ? "" : `, ${expr(0)}`})`.replace(
          /isqrt\(([^,]*), [^)]*\)/,
          "isqrt($1)",
        );
      case 5:
        return `(${expr(depth - 1)} if ${expr(depth - 1)} ${pick(["<", ">", "==", "!="])} ${expr(0)} else ${expr(depth - 1)})`;
      default:
        return `sum(${pick(vars)}s[:${expr(0)}])`;
    }
  };

  const block = (indent: string, depth: number, count: number): void => {
    for (let i = 0; i < count; i++) {
      const v = pick(vars);
      switch (depth > 0 ? int(9) : int(5)) {
        case 0:
          lines.push(`${indent}${v} = ${expr(3)}`);
          break;
        case 1:
          lines.push(`${indent}${v} ${pick(["+=", "-=", "*=", "^="])} ${expr(2)}`);
          break;
        case 2:
          lines.push(`${indent}${v}s.append(${expr(2)})`);
          break;
        case 3:
          lines.push(`${indent}${v}s = [${expr(1)} for ${v} in range(${expr(0)}) if ${v} % ${int(5) + 2}]`);
          break;
        case 4:
          lines.push(`${indent}${v}s.sort(reverse=${pick(["True", "False"])})`);
          break;
        case 5:
          lines.push(`${indent}for ${v} in range(${expr(1)}):`);
          block(`${indent}    `, depth - 1, 1 + int(3));
          break;
        case 6:
          lines.push(`${indent}if ${expr(2)} ${pick(["<", ">", "<=", "=="])} ${expr(1)}:`);
          block(`${indent}    `, depth - 1, 1 + int(2));
          if (random() < 0.5) {
            lines.push(`${indent}else:`);
            block(`${indent}    `, depth - 1, 1 + int(2));
          }
          break;
        case 7:
          lines.push(`${indent}while ${v} > ${expr(0)} and ${v}s:`);
          lines.push(`${indent}    ${v} = ${v}s.pop() ${pick(["-", "//"])} ${int(3) + 1}`);
          block(`${indent}    `, depth - 1, int(2));
          break;
        default:
          lines.push(
            `${indent}${v} = f_${seed}_${int(50)}(${expr(1)}, ${expr(1)}) if callable(globals().get("f_${seed}_0")) else ${expr(1)}`,
          );
      }
    }
  };

  let functions = 0;
  while (lines.length < targetLines - 10) {
    lines.push(`def f_${seed}_${functions++}(${pick(vars)}, ${pick(vars)}x):`);
    block("    ", 2, 3 + int(5));
    lines.push(`    return ${expr(2)}`, "");
  }
  lines.push("def main():", "    data = sys.stdin.read().split()", "    out = 0");
  for (let i = 0; i < functions; i++) lines.push(`    out += f_${seed}_${i}(len(data), ${i})`);
  lines.push("    print(out)", "", "main()");
  return lines.join("\n") + "\n";
}

/** The same program with every identifier of its own renamed: what a copier does first. */
export function renamedCopy(source: string, suffix: string): string {
  return source.replace(/\b(f_\d+_\d+|[a-z]+s?)\b/g, (match) =>
    /^(import|sys|math|def|return|for|in|range|if|else|while|and|len|max|min|abs|sum|print|callable|globals|get|append|sort|pop|reverse|True|False|gcd|isqrt|read|split|stdin|main)$/.test(
      match,
    )
      ? match
      : `${match}_${suffix}`,
  );
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
