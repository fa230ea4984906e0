import { describe, expect, it } from "vitest";
import { hasDifferences, lineDiff, toLines } from "./lineDiff";

const kinds = (expected: string, actual: string) => lineDiff(expected, actual).map((l) => `${l.kind[0]}:${l.text}`);

describe("toLines", () => {
  it("ignores CRLF, trailing spaces and trailing blank lines", () => {
    expect(toLines("1 2  \r\n3\n\n\n")).toEqual(["1 2", "3"]);
    expect(toLines("")).toEqual([]);
  });
});

describe("lineDiff", () => {
  it("finds no differences between equal outputs", () => {
    const diff = lineDiff("3\n7\n", "3 \n7");
    expect(hasDifferences(diff)).toBe(false);
    expect(diff).toEqual([
      { kind: "same", text: "3", expectedLine: 1, actualLine: 1 },
      { kind: "same", text: "7", expectedLine: 2, actualLine: 2 },
    ]);
  });

  it("shows a changed line as missing then extra, keeping the context", () => {
    expect(kinds("a\nb\nc\n", "a\nB\nc\n")).toEqual(["s:a", "m:b", "e:B", "s:c"]);
  });

  it("aligns inserted and deleted lines by their longest common subsequence", () => {
    expect(kinds("1\n2\n3\n4\n", "1\n3\n4\n5\n")).toEqual(["s:1", "m:2", "s:3", "s:4", "e:5"]);
    expect(kinds("x\n", "")).toEqual(["m:x"]);
    expect(kinds("", "y\nz")).toEqual(["e:y", "e:z"]);
  });

  it("numbers lines on both sides", () => {
    const diff = lineDiff("a\nb\n", "z\na\nb\n");
    expect(diff[0]).toEqual({ kind: "extra", text: "z", actualLine: 1 });
    expect(diff[2]).toEqual({ kind: "same", text: "b", expectedLine: 2, actualLine: 3 });
  });

  it("stays fast on large, completely different outputs", () => {
    const big = (offset: number) => Array.from({ length: 5000 }, (_, i) => String(i + offset)).join("\n");
    const started = performance.now();
    const diff = lineDiff(big(0), big(1_000_000));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(diff.filter((l) => l.kind === "missing")).toHaveLength(5000);
  });
});
