import { describe, expect, it } from "vitest";
import type { InteractResult } from "@arbiter/sandbox";
import { classifyInteraction } from "./classifyInteraction";

const ok: InteractResult = {
  solution: { status: "exited", exitCode: 0, signal: null, cpuTimeUs: 1000, memoryKb: 2048 },
  judge: { status: "exited", exitCode: 42, signal: null, cpuTimeUs: 500 },
  wallTimeUs: 3000,
  oomKilled: false,
  first: "solution",
  stderr: Buffer.alloc(0),
  judgeStderr: Buffer.alloc(0),
  judgeMessage: Buffer.alloc(0),
};
const limits = { cpuLimitMs: 1000, memoryLimitBytes: 64 << 20 };
const classify = (patch: {
  solution?: Partial<InteractResult["solution"]>;
  judge?: Partial<InteractResult["judge"]>;
  first?: InteractResult["first"];
  oomKilled?: boolean;
}) =>
  classifyInteraction(
    { ...ok, ...patch, solution: { ...ok.solution, ...patch.solution }, judge: { ...ok.judge, ...patch.judge } },
    limits,
  );

describe("classifyInteraction", () => {
  it("accepts when the interactor accepts and the program exits cleanly", () => expect(classify({})).toBe("AC"));
  it("gives the interactor's early rejection precedence over the program's fate", () => {
    expect(
      classify({ judge: { exitCode: 43 }, first: "interactor", solution: { status: "wall", exitCode: null } }),
    ).toBe("WA");
    expect(
      classify({
        judge: { exitCode: 43 },
        first: "interactor",
        solution: { status: "signaled", exitCode: null, signal: 13 },
      }),
    ).toBe("WA");
  });
  it("gives the interactor's rejection to a program killed by SIGPIPE, whichever exit was seen first", () => {
    expect(
      classify({
        judge: { exitCode: 43 },
        first: "solution",
        solution: { status: "signaled", exitCode: null, signal: 13 },
      }),
    ).toBe("WA");
    // An accepting interactor does not excuse a crash.
    expect(classify({ first: "solution", solution: { status: "signaled", exitCode: null, signal: 13 } })).toBe("RE");
  });
  it("lets the program's own limits win when it ended first", () => {
    expect(classify({ judge: { exitCode: 43 }, first: "solution", solution: { status: "cpu", exitCode: null } })).toBe(
      "TLE",
    );
    expect(classify({ solution: { status: "wall", exitCode: null } })).toBe("TLE");
    expect(classify({ oomKilled: true, solution: { status: "signaled", exitCode: null, signal: 9 } })).toBe("MLE");
  });
  it("gives WA for a later rejection and RE for a crash the interactor accepted", () => {
    expect(classify({ judge: { exitCode: 43 } })).toBe("WA");
    expect(classify({ solution: { exitCode: 1 } })).toBe("RE");
  });
  it("gives RE when the program crashed first and the interactor then rejected the cut-off dialogue", () => {
    expect(classify({ judge: { exitCode: 43 }, first: "solution", solution: { exitCode: 3 } })).toBe("RE");
    expect(
      classify({
        judge: { exitCode: 43 },
        first: "solution",
        solution: { status: "signaled", exitCode: null, signal: 11 },
      }),
    ).toBe("RE");
  });
  it("blames the judge for an interactor that crashes or cannot start", () => {
    expect(classify({ judge: { status: "signaled", exitCode: null, signal: 11 } })).toBe("IE");
    expect(classify({ judge: { exitCode: 1 } })).toBe("IE");
    expect(classify({ judge: { status: "setup", exitCode: 2 } })).toBe("IE");
  });
});
