import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTAINER_LABEL, WORKER_LABEL, createDocker } from "@arbiter/sandbox";
import { createChecker } from "./checkOutput";
import type { OutputChecker } from "./checkResult";
import { CheckerError } from "./checkerError";
import { openCustomChecker } from "./customChecker";

const docker = createDocker();
const workerId = `checker-test-${process.pid}`;
const text = (s: string): Buffer => Buffer.from(s);

/**
 * Follows testlib's exit-code convention (not testlib.h): `checker input output answer`,
 * 0 AC, 1 WA, 2 PE, 3 FAIL, 7 points. The first word of the input picks a behaviour.
 */
const TESTLIB_CHECKER = String.raw`
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unistd.h>
int main(int argc, char** argv) {
  if (argc != 4) { fprintf(stderr, "FAIL usage\n"); return 3; }
  FILE* in = fopen(argv[1], "r"); FILE* out = fopen(argv[2], "r"); FILE* ans = fopen(argv[3], "r");
  if (!in || !out || !ans) { fprintf(stderr, "FAIL cannot open files\n"); return 3; }
  char mode[32] = "";
  if (fscanf(in, "%31s", mode) != 1) { fprintf(stderr, "FAIL empty input\n"); return 3; }
  if (!strcmp(mode, "crash")) { volatile int* p = nullptr; *p = 1; }
  if (!strcmp(mode, "loop")) { volatile unsigned long x = 0; for (;;) x++; }
  if (!strcmp(mode, "fail")) { fprintf(stderr, "FAIL the answer file is broken\n"); return 3; }
  if (!strcmp(mode, "mark")) { fclose(fopen("marker", "w")); fclose(fopen("/tmp/marker", "w")); return 0; }
  if (!strcmp(mode, "leftovers")) {
    bool left = access("marker", F_OK) == 0 || access("/tmp/marker", F_OK) == 0;
    fprintf(stderr, left ? "wrong answer a previous check left files\n" : "ok clean\n");
    return left ? 1 : 0;
  }
  double expected, got;
  if (fscanf(ans, "%lf", &expected) != 1) { fprintf(stderr, "FAIL no answer\n"); return 3; }
  if (fscanf(out, "%lf", &got) != 1) { fprintf(stderr, "wrong output format expected a number\n"); return 2; }
  if (!strcmp(mode, "partial")) { fprintf(stderr, "points 0.5 half of it\n"); return 7; }
  if (std::fabs(got - expected) > 1e-6) { fprintf(stderr, "wrong answer expected %.7f, found %.7f\n", expected, got); return 1; }
  fprintf(stderr, "ok %.7f\n", got);
  return 0;
}
`;

/** An ICPC output validator: `validator input answer feedback_dir [flags] < output`, 42 AC, 43 WA. */
const ICPC_CPP_VALIDATOR = String.raw`
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>
int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::string feedback = argv[3];
  if (feedback.empty() || feedback.back() != '/') return 2;  // the format promises a trailing separator
  FILE* in = fopen(argv[1], "r"); FILE* ans = fopen(argv[2], "r");
  char mode[32] = "";
  if (!in || !ans || fscanf(in, "%31s", mode) != 1) return 3;
  std::string message_path = feedback + "judgemessage.txt";
  if (!strcmp(mode, "symlink")) { symlink("/etc/passwd", message_path.c_str()); return 43; }
  if (!strcmp(mode, "zero")) return 0;
  FILE* message = fopen(message_path.c_str(), "w");
  fprintf(message, "flags:");
  for (int i = 4; i < argc; i++) fprintf(message, " %s", argv[i]);
  fprintf(message, "\n");
  long long expected, got;
  if (fscanf(ans, "%lld", &expected) != 1) return 4;
  if (scanf("%lld", &got) != 1) { fprintf(message, "not a number\n"); return 43; }
  if (got != expected) { fprintf(message, "expected %lld, got %lld\n", expected, got); return 43; }
  return 42;
}
`;

const ICPC_PYTHON_VALIDATOR = `
import os
import sys

input_file, answer_file, feedback_dir = sys.argv[1:4]
mode = open(input_file).read().split()[0]
if mode == "symlink":
    os.symlink("/etc/passwd", feedback_dir + "judgemessage.txt")
    sys.exit(43)
if mode == "raise":
    raise RuntimeError("validator bug")
expected = open(answer_file).read().split()
got = sys.stdin.read().split()
if got == expected:
    sys.exit(42)
with open(feedback_dir + "judgemessage.txt", "w") as message:
    message.write(f"expected {expected}, got {got}\\n")
sys.exit(43)
`;

async function ourContainers(): Promise<number> {
  const list = await docker.listContainers({
    all: true,
    filters: { label: [CONTAINER_LABEL, `${WORKER_LABEL}=${workerId}`] },
  });
  return list.length;
}

describe("testlib-convention checker in C++", () => {
  let checker: OutputChecker;
  beforeAll(async () => {
    // Through the dispatcher, with a short CPU limit so the infinite loop ends quickly.
    checker = await createChecker(
      docker,
      { kind: "testlib", language: "cpp", source: TESTLIB_CHECKER },
      { workerId, timeLimitMs: 1000 },
    );
  });
  afterAll(async () => {
    await checker.close();
  });

  it("accepts an answer within 1e-6 and rejects one beyond it", async () => {
    expect(await checker.check(text("ok\n"), text("3.1415930\n"), text("3.1415926\n"))).toEqual({
      verdict: "AC",
      message: "ok 3.1415930",
    });
    expect(await checker.check(text("ok\n"), text("3.1416\n"), text("3.1415926\n"))).toEqual({
      verdict: "WA",
      message: "wrong answer expected 3.1415926, found 3.1416000",
    });
  });

  it("treats a presentation error as WA", async () => {
    expect(await checker.check(text("ok\n"), text("pi\n"), text("3.14\n"))).toEqual({
      verdict: "WA",
      message: "presentation error: wrong output format expected a number",
    });
  });

  it("reads partial points as a fraction", async () => {
    expect(await checker.check(text("partial\n"), text("1\n"), text("1\n"))).toEqual({
      verdict: "WA",
      fraction: 0.5,
      message: "points 0.5 half of it",
    });
  });

  it("reports a crash, an infinite loop and exit 3 as IE", async () => {
    expect(await checker.check(text("crash\n"), text("1\n"), text("1\n"))).toEqual({
      verdict: "IE",
      message: "checker was killed by signal 11",
    });
    const looped = await checker.check(text("loop\n"), text("1\n"), text("1\n"));
    expect(looped).toEqual({ verdict: "IE", message: "checker exceeded its CPU time limit of 1000 ms" });
    expect(await checker.check(text("fail\n"), text("1\n"), text("1\n"))).toEqual({
      verdict: "IE",
      message: "checker reported a failure (exit code 3): FAIL the answer file is broken",
    });
  });

  it("starts every check with an empty work dir and /tmp", async () => {
    expect((await checker.check(text("mark\n"), text("1\n"), text("1\n"))).verdict).toBe("AC");
    expect(await checker.check(text("leftovers\n"), text("1\n"), text("1\n"))).toEqual({
      verdict: "AC",
      message: "ok clean",
    });
  });

  it("serialises overlapping checks", async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => checker.check(text("ok\n"), text(`${n}\n`), text(`${n % 2 === 0 ? n : n + 1}\n`))),
    );
    expect(results.map((r) => r.verdict)).toEqual(["WA", "AC", "WA", "AC"]);
  });
});

describe("ICPC output validator in C++", () => {
  let checker: OutputChecker;
  beforeAll(async () => {
    checker = await openCustomChecker(
      docker,
      {
        kind: "icpc",
        language: "cpp",
        source: ICPC_CPP_VALIDATOR,
        flags: ["case_sensitive", "float_tolerance", "1e-6"],
      },
      { workerId },
    );
  });
  afterAll(async () => {
    await checker.close();
  });

  it("maps 42 to AC and 43 to WA, passing the flags and reading judgemessage.txt", async () => {
    expect(await checker.check(text("ok\n"), text("42\n"), text("42\n"))).toEqual({
      verdict: "AC",
      message: "flags: case_sensitive float_tolerance 1e-6",
    });
    expect(await checker.check(text("ok\n"), text("41\n"), text("42\n"))).toEqual({
      verdict: "WA",
      message: "flags: case_sensitive float_tolerance 1e-6\nexpected 42, got 41",
    });
  });

  it("treats exit 0 as IE", async () => {
    expect((await checker.check(text("zero\n"), text("1\n"), text("1\n"))).verdict).toBe("IE");
  });

  it("does not follow a symlink planted at feedback_dir/judgemessage.txt", async () => {
    const result = await checker.check(text("symlink\n"), text("1\n"), text("1\n"));
    expect(result).toEqual({ verdict: "WA" });
    expect(JSON.stringify(result)).not.toContain("root:");
  });
});

describe("ICPC output validator in Python", () => {
  let checker: OutputChecker;
  beforeAll(async () => {
    checker = await openCustomChecker(
      docker,
      { kind: "icpc", language: "python3", source: ICPC_PYTHON_VALIDATOR, flags: [] },
      { workerId },
    );
  });
  afterAll(async () => {
    await checker.close();
  });

  it("gets the output on stdin and reports through judgemessage.txt", async () => {
    expect(await checker.check(text("ok\n"), text("a  b\n"), text("a b\n"))).toEqual({ verdict: "AC" });
    expect(await checker.check(text("ok\n"), text("a c\n"), text("a b\n"))).toEqual({
      verdict: "WA",
      message: "expected ['a', 'b'], got ['a', 'c']",
    });
  });

  it("reports an uncaught exception as IE with its traceback", async () => {
    const result = await checker.check(text("raise\n"), text("1\n"), text("1\n"));
    expect(result.verdict).toBe("IE");
    expect(result.message).toMatch(/exited with code 1, not 42 or 43: Traceback[\s\S]*RuntimeError: validator bug/);
  });

  it("does not follow a symlink planted at feedback_dir/judgemessage.txt", async () => {
    const result = await checker.check(text("symlink\n"), text("1\n"), text("1\n"));
    expect(result).toEqual({ verdict: "WA" });
  });
});

describe("a checker that does not compile", () => {
  it("throws CheckerError with the compiler output and leaves no container behind", async () => {
    const opening = openCustomChecker(
      docker,
      { kind: "testlib", language: "cpp", source: "int main( { return 0; }\n" },
      { workerId },
    );
    const error: unknown = await opening.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckerError);
    expect((error as CheckerError).message).toBe("the testlib checker (C++ (g++, C++20)) does not compile");
    expect((error as CheckerError).compileOutput).toMatch(/error/);
  });
});

describe("the default checker through the dispatcher", () => {
  it("needs no sandbox", async () => {
    const before = await ourContainers();
    const checker = await createChecker(
      docker,
      { kind: "default", caseSensitive: false, spaceChangeSensitive: false, floatAbsoluteTolerance: 1e-6 },
      { workerId },
    );
    expect(await ourContainers()).toBe(before);
    expect(await checker.check(text(""), text("YES 0.3000000001\n"), text("yes 0.3\n"))).toEqual({ verdict: "AC" });
    expect((await checker.check(text(""), text("no\n"), text("yes\n"))).verdict).toBe("WA");
    await checker.close();
  });
});

afterAll(async () => {
  // Every checker above was closed (or failed to open): none of their containers may remain.
  expect(await ourContainers()).toBe(0);
});
