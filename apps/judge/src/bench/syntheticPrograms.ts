/**
 * Deterministic synthetic Python programs for the similarity benchmark: each is built
 * from randomly chosen, randomly parameterised functions (loops, conditions, arithmetic,
 * lists and dicts), so different seeds share little beyond the language itself.
 */
export function syntheticProgram(seed: number, targetLines: number): string {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const names = ["total", "acc", "value", "count", "best", "items", "seen", "limit", "step", "row", "col", "key"];
  const name = () => `${pick(names)}_${Math.floor(random() * 1000)}`;
  const lines: string[] = ["import sys", ""];
  let functions = 0;
  while (lines.length < targetLines - 8) {
    const fn = `helper_${seed}_${functions++}`;
    const [a, b, c] = [name(), name(), name()];
    lines.push(`def ${fn}(${a}, ${b}):`);
    lines.push(`    ${c} = ${Math.floor(random() * 100)}`);
    const blocks = 2 + Math.floor(random() * 4);
    for (let i = 0; i < blocks; i++) {
      const v = name();
      switch (pick(["for", "while", "if", "list", "dict"])) {
        case "for":
          lines.push(`    for ${v} in range(${a}):`);
          lines.push(`        ${c} += ${v} * ${Math.floor(random() * 9) + 1} - ${b}`);
          lines.push(`        if ${c} % ${Math.floor(random() * 7) + 2} == 0:`);
          lines.push(`            ${c} //= 2`);
          break;
        case "while":
          lines.push(`    ${v} = ${a}`);
          lines.push(`    while ${v} > ${Math.floor(random() * 5)}:`);
          lines.push(`        ${v} -= ${Math.floor(random() * 3) + 1}`);
          lines.push(`        ${c} = max(${c}, ${v} + ${b})`);
          break;
        case "if":
          lines.push(`    if ${a} > ${b} + ${Math.floor(random() * 50)}:`);
          lines.push(`        ${c} = ${a} - ${b}`);
          lines.push(`    elif ${a} == ${b}:`);
          lines.push(`        ${c} = ${c} * ${Math.floor(random() * 4) + 2}`);
          lines.push(`    else:`);
          lines.push(`        ${c} += ${Math.floor(random() * 20)}`);
          break;
        case "list":
          lines.push(
            `    ${v} = [x * ${Math.floor(random() * 5) + 1} for x in range(${b}) if x % ${Math.floor(random() * 3) + 2}]`,
          );
          lines.push(`    ${c} += sum(${v}) if ${v} else ${Math.floor(random() * 10)}`);
          break;
        case "dict":
          lines.push(`    ${v} = {}`);
          lines.push(`    for k in range(${a} % ${Math.floor(random() * 10) + 3}):`);
          lines.push(`        ${v}[k] = ${v}.get(k - 1, 0) + k * ${b}`);
          lines.push(`    ${c} += len(${v})`);
          break;
      }
    }
    lines.push(`    return ${c}`, "");
  }
  lines.push(
    "def main():",
    "    data = sys.stdin.read().split()",
    "    n = int(data[0]) if data else 0",
    "    out = 0",
  );
  for (let i = 0; i < functions; i++) lines.push(`    out += helper_${seed}_${i}(n, ${i + 1})`);
  lines.push("    print(out)", "", "main()");
  return lines.join("\n") + "\n";
}

/** The same program with every identifier of its own renamed: what a copier does first. */
export function renamedCopy(source: string, suffix: string): string {
  return source.replace(/\b(helper_\d+_\d+|[a-z]+_\d+)\b/g, (match) => `${match}${suffix}`);
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
