import { describe, expect, it } from "vitest";
import { javaSourceFile } from "./javaSourceFile";
import { LANGUAGES, LANGUAGE_IDS, knownExtensions, languageOfFile, sourceFileFor } from "./languages";

describe("the language table", () => {
  it("gives every extension to exactly one language", () => {
    const all = knownExtensions();
    expect(new Set(all).size).toBe(all.length);
    for (const id of LANGUAGE_IDS) expect(LANGUAGES[id].extensions.length).toBeGreaterThan(0);
  });
  it("tells a file's language from its extension, case-insensitively", () => {
    expect(languageOfFile("submissions/accepted/sol.PY")).toBe("python3");
    expect(languageOfFile("a.cc")).toBe("cpp");
    expect(languageOfFile("a.c++")).toBe("cpp");
    expect(languageOfFile("a.mjs")).toBe("javascript");
    expect(languageOfFile("a.c")).toBe("c");
    expect(languageOfFile("README")).toBeUndefined();
    expect(languageOfFile("a.h")).toBeUndefined();
  });
  it("names Java sources after their public class", () => {
    expect(sourceFileFor(LANGUAGES.java, "public class Solution { public static void main(String[] a) {} }")).toBe(
      "Solution.java",
    );
    expect(sourceFileFor(LANGUAGES.python3, "public class X {}")).toBe("main.py");
  });
});

describe("javaSourceFile", () => {
  it("finds the top-level public class past packages, imports, modifiers and comments", () => {
    const source = [
      "package contest.a;",
      "import java.util.*;",
      "// public class Commented {}",
      '/* public class Blocked {} */ class Helper { public static class Nested {} String s = "public class Str {"; }',
      "public final class Answer {",
      "  public static void main(String[] args) {}",
      "}",
    ].join("\n");
    expect(javaSourceFile(source)).toBe("Answer.java");
  });
  it("falls back to Main.java without a public top-level class", () => {
    expect(javaSourceFile("class Solution { public static void main(String[] a) {} }")).toBe("Main.java");
    expect(javaSourceFile("public record Point(int x, int y) {}")).toBe("Point.java");
  });
});
