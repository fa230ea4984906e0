/** Comments, string/char literals and text blocks: blanked before looking for declarations. */
const NOISE = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g;
const PUBLIC_TYPE =
  /\bpublic\s+(?:(?:final|abstract|sealed|non-sealed|strictfp|static)\s+)*(?:class|interface|enum|record|@interface)\s+([A-Za-z_$][\w$]*)/g;

/**
 * The file a Java source must be compiled as: `<Name>.java` for its top-level public
 * class (javac refuses any other name), `Main.java` when it has none. Only declarations
 * outside every brace count, so a public nested class is not mistaken for it.
 */
export function javaSourceFile(source: string): string {
  const code = source.replace(NOISE, (text) => text.replace(/[^\n]/g, " "));
  for (const match of code.matchAll(PUBLIC_TYPE)) {
    const before = code.slice(0, match.index);
    const depth = (before.match(/\{/g)?.length ?? 0) - (before.match(/\}/g)?.length ?? 0);
    if (depth === 0 && match[1]) return `${match[1]}.java`;
  }
  return "Main.java";
}
