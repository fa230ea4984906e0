import { describe, expect, it } from "vitest";
import {
  cleanCompilerOutput,
  formatMemoryKb,
  formatScore,
  formatScoreShort,
  formatTime,
  linkLineReferences,
} from "./formatSubmission";

describe("formatScore", () => {
  it("shows percentages and points", () => {
    expect(formatScore(87.5, { unit: "percent", max: 100 })).toBe("87.5%");
    expect(formatScore(100, { unit: "percent", max: 100 })).toBe("100%");
    expect(formatScore(33.333, { unit: "percent", max: 100 })).toBe("33.33%");
    expect(formatScore(35, { unit: "points", max: 100 })).toBe("35 / 100 pts");
    expect(formatScoreShort(35, { unit: "points", max: 100 })).toBe("35 pts");
    expect(formatScore(null, { unit: "points", max: 100 })).toBe("—");
  });
});

describe("formatTime and formatMemoryKb", () => {
  it("picks a readable unit", () => {
    expect(formatTime(15)).toBe("15 ms");
    expect(formatTime(1250)).toBe("1.25 s");
    expect(formatMemoryKb(812)).toBe("812 KiB");
    expect(formatMemoryKb(9318)).toBe("9.1 MiB");
    expect(formatMemoryKb(262144)).toBe("256 MiB");
  });
});

describe("cleanCompilerOutput", () => {
  it("removes colors and hyperlinks and notices truncation", () => {
    const raw =
      "\u001b[01m\u001b[Kmain.cpp:3:5:\u001b[m\u001b[K \u001b[01;31m\u001b[Kerror: \u001b[m\u001b[Kexpected ';'\r\n" +
      "\u001b]8;;https://gcc.gnu.org/\u0007link\u001b]8;;\u0007\n… (compiler output truncated)";
    expect(cleanCompilerOutput(raw)).toEqual({
      text: "main.cpp:3:5: error: expected ';'\nlink",
      truncated: true,
    });
    expect(cleanCompilerOutput("plain\n").truncated).toBe(false);
  });
});

describe("linkLineReferences", () => {
  it("finds gcc-style and Python-style line references", () => {
    expect(linkLineReferences("main.cpp:5:5: error: x\n./main.cpp:6: note", "main.cpp")).toEqual([
      { text: "main.cpp:5:5", line: 5 },
      { text: ": error: x\n./" },
      { text: "main.cpp:6", line: 6 },
      { text: ": note" },
    ]);
    expect(linkLineReferences('  File "main.py", line 3\n    x = (', "main.py")).toEqual([
      { text: "  File " },
      { text: '"main.py", line 3', line: 3 },
      { text: "\n    x = (" },
    ]);
    expect(linkLineReferences("mainXcpp:5", "main.cpp")).toEqual([{ text: "mainXcpp:5" }]);
  });
});
