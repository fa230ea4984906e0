import { afterEach, describe, expect, it } from "vitest";
import { CONTAINER_LABEL, WORKER_LABEL, createDocker } from "@arbiter/sandbox";
import { runInputValidator, type ValidatorInput } from "./runInputValidator";

const docker = createDocker();
const workerId = `input-validator-test-${process.pid}`;

/**
 * `validate [--max N] < input`: one number from 0 to N (default 100) is valid. Some
 * inputs pick a misbehaviour instead.
 */
const PYTHON_VALIDATOR = `
import os
import sys

tokens = sys.stdin.read().split()
limit = int(sys.argv[sys.argv.index("--max") + 1]) if "--max" in sys.argv else 100
if tokens == ["crash"]:
    os.abort()
if tokens == ["loop"]:
    while True:
        pass
if tokens == ["zero"]:
    sys.exit(0)
if len(tokens) == 1 and tokens[0].isdigit() and int(tokens[0]) <= limit:
    sys.exit(42)
print(f"expected one number from 0 to {limit}, got {' '.join(tokens)[:40]!r}", file=sys.stderr)
sys.exit(43)
`;

/** The same contract in C: a single number from 0 to 100. */
const C_VALIDATOR = String.raw`
#include <stdio.h>
int main(void) {
  long n; char extra;
  if (scanf("%ld", &n) != 1 || n < 0 || n > 100 || scanf(" %c", &extra) == 1) {
    fprintf(stderr, "not one number from 0 to 100\n");
    return 43;
  }
  return 42;
}
`;

const input = (name: string, text: string, flags: string[] = []): ValidatorInput => ({
  name,
  input: Buffer.from(text),
  flags,
});

async function containersLeft(): Promise<number> {
  const list = await docker.listContainers({
    all: true,
    filters: { label: [CONTAINER_LABEL, `${WORKER_LABEL}=${workerId}`] },
  });
  return list.length;
}

afterEach(async () => {
  expect(await containersLeft()).toBe(0);
});

describe("runInputValidator", () => {
  it("tells valid inputs (42) from invalid ones (43), passing each input's flags", async () => {
    const report = await runInputValidator(
      docker,
      { language: "python3", source: PYTHON_VALIDATOR },
      [input("small", "7\n"), input("large", "70\n", ["--max", "10"]), input("words", "1 2 3\n"), input("max", "70\n")],
      { workerId },
    );
    expect(report).toEqual({
      compiled: true,
      results: [
        { name: "small", validation: { status: "valid" } },
        {
          name: "large",
          validation: { status: "invalid", message: "expected one number from 0 to 10, got '70'" },
        },
        {
          name: "words",
          validation: { status: "invalid", message: "expected one number from 0 to 100, got '1 2 3'" },
        },
        { name: "max", validation: { status: "valid" } },
      ],
    });
  });

  it("reports a crash, a timeout and a stray exit code as failures of the validator", async () => {
    const report = await runInputValidator(
      docker,
      { language: "python3", source: PYTHON_VALIDATOR },
      [input("crash", "crash\n"), input("loop", "loop\n"), input("zero", "zero\n"), input("after", "5\n")],
      // A short CPU limit so the loop ends quickly.
      { workerId, timeLimitMs: 1000 },
    );
    expect(report).toEqual({
      compiled: true,
      results: [
        { name: "crash", validation: { status: "failed", reason: "was killed by signal 6" } },
        { name: "loop", validation: { status: "failed", reason: "exceeded its CPU time limit of 1000 ms" } },
        { name: "zero", validation: { status: "failed", reason: "exited with code 0, not 42 or 43" } },
        // The sandbox carries on after each of them.
        { name: "after", validation: { status: "valid" } },
      ],
    });
  });

  it("compiles a validator in a compiled language once and runs it on each input", async () => {
    const report = await runInputValidator(
      docker,
      { language: "c", source: C_VALIDATOR },
      [input("ok", "100\n"), input("negative", "-1\n"), input("two", "1 2\n")],
      { workerId },
    );
    expect(report).toEqual({
      compiled: true,
      results: [
        { name: "ok", validation: { status: "valid" } },
        { name: "negative", validation: { status: "invalid", message: "not one number from 0 to 100" } },
        { name: "two", validation: { status: "invalid", message: "not one number from 0 to 100" } },
      ],
    });
  });

  it("reports a validator that does not compile, with the compiler's output, and runs nothing", async () => {
    const report = await runInputValidator(
      docker,
      { language: "python3", source: "import sys\nsys.exit(42\n" },
      [input("small", "7\n")],
      { workerId },
    );
    expect(report).toMatchObject({ compiled: false, reason: "does not compile" });
    expect(report.compiled ? "" : report.output).toMatch(/SyntaxError/);
  });
});
