/** Compile steps too long for a line of the language table: shell scripts run by `sh -c` in the sandbox. */

/**
 * Java: compile every source, find the class that holds `main` (any name, any package,
 * as DOMjudge detects it) with javap, and pack everything into one jar whose manifest
 * names it, because promotion copies only flat files. With several candidates a class
 * called Main wins, then the first by name.
 */
export const JAVA_COMPILE = [
  "set -e",
  "mkdir -p classes",
  "javac -encoding UTF-8 -J-Xms16m -J-Xmx512m -J-XX:+UseSerialGC -d classes *.java",
  "names=$(cd classes && find . -name '*.class' ! -name '*$*' | sed 's|^\\./||; s|\\.class$||; s|/|.|g' | sort)",
  "mains=$(javap -J-Xms16m -J-Xmx256m -J-XX:+UseSerialGC -cp classes $names | awk '/^[a-z ]*(class|interface|enum|record) / { for (i = 1; i <= NF; i++) if ($i ~ /^(class|interface|enum|record)$/) { cls = $(i + 1); break } } /public static void main\\(java\\.lang\\.String(\\[\\]|\\.\\.\\.)\\)/ { print cls }')",
  'main=$(printf "%s\\n" $mains | awk \'{ n = $0; sub(/.*\\./, "", n) } n == "Main" { print; exit }\')',
  '[ -n "$main" ] || main=$(printf "%s\\n" $mains | head -n 1)',
  'if [ -z "$main" ]; then echo "No class has a method public static void main(String[] args)." >&2; exit 1; fi',
  'jar --create --file main.jar --main-class "$main" -C classes .',
].join("\n");

/**
 * JavaScript: CommonJS when the source parses as such, otherwise an ES module (`import`
 * syntax, top-level await) through a package.json beside it, as Node decides for `.js`.
 * A source that is neither shows the error that matches what it tried to be.
 */
export const JAVASCRIPT_COMPILE = [
  "node --check main.js 2>cjs.err && exit 0",
  'printf \'{"type":"module"}\' > package.json',
  "node --check main.js 2>esm.err && exit 0",
  "if grep -q -e 'Cannot use import statement' -e \"Unexpected token 'export'\" -e 'await is only valid' cjs.err; then cat esm.err >&2; else cat cjs.err >&2; fi",
  "exit 1",
].join("\n");
