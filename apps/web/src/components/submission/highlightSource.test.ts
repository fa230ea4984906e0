import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { highlightSourceLines, splitHighlightedLines } = await import("./highlightSource");

describe("highlightSourceLines", () => {
  it("highlights and escapes, one entry per line", () => {
    const lines = highlightSourceLines('#include <cstdio>\nint main() { puts("a<b"); }\n', "cpp");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("&lt;cstdio&gt;");
    expect(lines[1]).toContain('<span class="hljs-type">int</span>');
    expect(lines.join("\n")).not.toContain("<b");
  });

  it("keeps spans balanced when a token spans lines", () => {
    const lines = highlightSourceLines('x = 1\ns = """one\ntwo"""\n', "python3");
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line.match(/<span/g)?.length ?? 0).toBe(line.match(/<\/span>/g)?.length ?? 0);
    }
    expect(lines[2]).toBe('<span class="hljs-string">two&quot;&quot;&quot;</span>');
  });

  it("splits plain text too", () => {
    expect(splitHighlightedLines("a\n\nb")).toEqual(["a", "", "b"]);
  });
});
