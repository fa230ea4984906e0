import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { renderStatementHtml as render, safeUrl } from "./statementHtml";

function elements(node: Root | RootContent, inKatex = false, out: [Element, boolean][] = []): [Element, boolean][] {
  if (node.type === "element") {
    const katex =
      inKatex ||
      String(node.properties.className ?? "")
        .split(" ")
        .includes("katex");
    out.push([node, katex]);
    for (const child of node.children) elements(child, katex, out);
  } else if (node.type === "root") {
    for (const child of node.children) elements(child, inKatex, out);
  }
  return out;
}

const FORBIDDEN_TAGS = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "form",
  "style",
  "link",
  "meta",
  "base",
  "svg",
  "frame",
]);
const URL_PROPERTIES = ["href", "src", "action", "formAction", "xLinkHref", "poster", "data"];

/**
 * Problems with the markup (not the text): executable or frame-like elements, event
 * handlers, script URLs, unprefixed ids (DOM clobbering), and inline styles outside
 * KaTeX's own output.
 */
function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const [el, inKatex] of elements(fromHtml(html, { fragment: true }))) {
    if (FORBIDDEN_TAGS.has(el.tagName)) problems.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) problems.push(`${el.tagName}.${name}`);
      if (URL_PROPERTIES.includes(name) && /^\s*(javascript|vbscript|data):/i.test(String(value))) {
        problems.push(`${el.tagName}.${name}=${String(value)}`);
      }
      if (name === "id" && !String(value).startsWith("user-content-")) problems.push(`id=${String(value)}`);
      if (name === "style" && !inKatex) problems.push(`style on <${el.tagName}>`);
    }
  }
  return problems;
}

/** Every way we know for a statement to run script or take over the page. */
const ATTACKS = [
  "<script>window.__xss = 1</script>",
  '<img src="x" onerror="window.__xss = 1">',
  '<a href="javascript:window.__xss=1">click</a>',
  "[click](javascript:window.__xss=1)",
  "[click](JaVaScRiPt:window.__xss=1)",
  '<a href="&#106;avascript:window.__xss=1">x</a>',
  "![x](javascript:window.__xss=1)",
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  "$\\href{javascript:window.__xss=1}{x}$",
  "$$\\url{javascript:window.__xss=1}$$",
  "$\\htmlId{x}{y}\\htmlStyle{color:red}{z}\\htmlData{foo=bar}{w}$",
  "$\\includegraphics{javascript:alert(1)}$",
  '<iframe src="https://example.com"></iframe>',
  "<svg><script>window.__xss=1</script></svg>",
  '<form action="https://evil.example"><button formaction="javascript:alert(1)">Go</button></form>',
  '<div style="position:fixed;inset:0">cover</div>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<p id="__next">clobber</p>',
  '<object data="javascript:alert(1)"></object><embed src="x.swf">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
];

describe("statement rendering", () => {
  it.each(ATTACKS)("neutralizes %s", (source) => {
    expect(unsafeParts(render(source))).toEqual([]);
  });

  it("finds the problems it looks for (the checker itself works)", () => {
    expect(unsafeParts('<img src=x onerror="1"><a href="javascript:1">x</a><p id="a" style="x">y</p>')).toEqual([
      "img.onError",
      "a.href=javascript:1",
      "id=a",
      "style on <p>",
    ]);
  });

  it("renders inline and display math with KaTeX", () => {
    const html = render("Sum $a + b$ where\n\n$$\n|a| \\le 10^9\n$$\n");
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain("<math");
  });

  it("keeps the harmless HTML authors use", () => {
    const html = render('H<sub>2</sub>O, x<sup>2</sup>, <img src="figure.png" alt="A figure">, <b>bold</b>');
    expect(html).toContain("<sub>2</sub>");
    expect(html).toContain("<sup>2</sup>");
    expect(html).toContain('<img src="figure.png" alt="A figure">');
    expect(html).toContain("<b>bold</b>");
  });

  it("renders GFM tables and code", () => {
    const html = render("| n | answer |\n|---|---|\n| 1 | 2 |\n\n```cpp\nint main() {}\n```");
    expect(html).toContain("<table>");
    expect(html).toContain('<code class="language-cpp">');
  });

  it("is cached per text", () => {
    const source = "Cached $x$";
    expect(render(source)).toBe(render(source));
  });
});

describe("safeUrl", () => {
  it.each(["figure.png", "/problems/a", "#notes", "?q=1", "https://example.com/x", "mailto:a@b.c", "a/b:c"])(
    "keeps %s",
    (url) => expect(safeUrl(url)).toBe(url),
  );
  it.each(["javascript:alert(1)", "JavaScript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd"])(
    "empties %s",
    (url) => expect(safeUrl(url)).toBe(""),
  );
});
