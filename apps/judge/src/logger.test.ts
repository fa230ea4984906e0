import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

describe("createLogger", () => {
  it("writes one JSON object per line, with the child's fields on every line", () => {
    const lines: string[] = [];
    const job = createLogger({ worker: "w:1" }, (line) => lines.push(line)).child({ submissionId: "s1" });
    job.info("judging", { attempt: 1 });
    job.error("judging failed", { error: "boom" });
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.every((l) => l.endsWith("\n"))).toBe(true);
    expect(parsed).toMatchObject([
      { level: "info", message: "judging", worker: "w:1", submissionId: "s1", attempt: 1 },
      { level: "error", message: "judging failed", worker: "w:1", submissionId: "s1", error: "boom" },
    ]);
  });
});
