/** Most alternatives one brace expansion may produce: a pattern is a few names, never a combinatorial blow-up. */
const MAX_EXPANSIONS = 256;

/**
 * Expands `{a,b}` alternatives (nested ones too) into plain patterns; undefined when the
 * pattern would expand to more than {@link MAX_EXPANSIONS}.
 */
export function expandBraces(pattern: string): string[] | undefined {
  const open = pattern.indexOf("{");
  if (open < 0) return [pattern];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      close = i;
      break;
    } else if (c === "," && depth === 1) commas.push(i);
  }
  if (close < 0) return [pattern]; // an unmatched brace is a literal character
  const cuts = [open, ...commas, close];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const expanded = expandBraces(`${head}${pattern.slice((cuts[i] ?? 0) + 1, cuts[i + 1])}${tail}`);
    if (!expanded) return undefined;
    out.push(...expanded);
    if (out.length > MAX_EXPANSIONS) return undefined;
  }
  return out;
}

/**
 * Whether a "/"-separated path, or one of its ancestors, matches a glob of the problem
 * package format (submissions.yaml): `*` matches within one name (never "/"), `{a,b}`
 * alternatives; `**` and `[xyz]` are not part of it and match literally.
 */
export function matchesPathOrAncestor(pattern: string, path: string): boolean {
  const alternatives = expandBraces(pattern) ?? [];
  const parts = path.split("/");
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  return alternatives.some((alt) => {
    const regex = globRegex(alt);
    return candidates.some((c) => regex.test(c));
  });
}

function globRegex(pattern: string): RegExp {
  const body = pattern
    .split("*")
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]*");
  return new RegExp(`^${body}$`);
}
