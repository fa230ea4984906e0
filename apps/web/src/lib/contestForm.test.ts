import { describe, expect, it } from "vitest";
import { parseProblemLines, utcFromLocalInput } from "./contestForm";

describe("parseProblemLines", () => {
  it("reads label, slug and an optional colour per line, skipping blank lines", () => {
    expect(parseProblemLines("A aplusb #ff0000\n\n  B  hello  \n")).toEqual({
      problems: [
        { label: "A", problem: "aplusb", color: "#ff0000" },
        { label: "B", problem: "hello" },
      ],
    });
  });
  it("names the first bad line", () => {
    expect(parseProblemLines("A aplusb\nB")).toEqual({ error: expect.stringContaining("line 2") as unknown });
  });
});

describe("utcFromLocalInput", () => {
  it("reads a datetime-local value as UTC", () => {
    expect(utcFromLocalInput("2026-12-02T14:00")).toBe("2026-12-02T14:00:00.000Z");
    expect(utcFromLocalInput("tomorrow")).toBeNull();
  });
});
