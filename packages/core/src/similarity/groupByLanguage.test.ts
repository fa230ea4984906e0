import { describe, expect, it } from "vitest";
import { engineParser } from "./engineParser";
import { groupByLanguage, textLanguages } from "./groupByLanguage";
import { ignoredCode } from "./ignoredCode";
import { LANGUAGES } from "@arbiter/shared";

describe("groupByLanguage", () => {
  it("groups by language and says which are compared as text", () => {
    const { groups, summary } = groupByLanguage([
      { id: "1", language: "cpp" },
      { id: "2", language: "kotlin" },
      { id: "3", language: "cpp" },
    ]);
    expect(groups.map((g) => [g.language, g.parser, g.submissions.map((s) => s.id)])).toEqual([
      ["cpp", "cpp", ["1", "3"]],
      ["kotlin", "text", ["2"]],
    ]);
    expect(summary).toEqual([
      { language: "cpp", submissions: 2, comparedAs: "syntax" },
      { language: "kotlin", submissions: 1, comparedAs: "text" },
    ]);
    expect(textLanguages(summary)).toEqual(["kotlin"]);
  });

  it("knows a parser for every language of the table", () => {
    for (const id of Object.keys(LANGUAGES)) expect(engineParser(id)).not.toBe("text");
  });
});

describe("ignoredCode", () => {
  it("joins the starter template and the instructor's code", () => {
    const code = ignoredCode("python3", "def helper():\n    pass\n");
    expect(code.startsWith(LANGUAGES.python3.starterTemplate)).toBe(true);
    expect(code).toContain("def helper()");
  });

  it("is only the instructor's code for a language without a template", () => {
    expect(ignoredCode("kotlin", "fun main() {}")).toBe("fun main() {}");
    expect(ignoredCode("kotlin", "  ")).toBe("");
  });
});
