import type { LanguageSpec, Verdict } from "@arbiter/shared";
import { FILE_SIZE_LIMIT_BYTES, JUDGE_BIN_DIR, JUDGE_DATA_DIR, RUNNER_ENV, type Sandbox } from "@arbiter/sandbox";
import type { OutputChecker } from "../checkers/index";
import { classifyInteraction } from "../classifyInteraction";
import { STDERR_LIMIT_BYTES, wallLimitFor } from "../limits";
import { runCommand, runProgram } from "../runProgram";

/** CPU time an interactor may use per test, in ms. */
const INTERACTOR_CPU_LIMIT_MS = 10_000;
/** Name of the interactor binary inside the judge-only bin dir. */
export const INTERACTOR_NAME = "interactor";

export interface TestLimits {
  timeLimitMs: number;
  memoryLimitBytes: number;
  outputLimitBytes: number;
}

export interface TestJudgement {
  verdict: Verdict;
  fraction: number | null;
  /** Points the output validator gave in score.txt, or null. */
  score: number | null;
  cpuTimeUs: number;
  wallTimeUs: number;
  memoryKb: number;
  exitCode: number | null;
  signal: number | null;
  /** Program output, for sample tests' diffs (empty for interactive tests). */
  stdout: Buffer;
  /** Judge-side explanation (checker or interactor message) for staff and logs only. */
  detail: string | null;
}

/**
 * How a test is judged: a batch run checked by the checker (`passes` above 1 for a
 * multi-pass problem: the program runs again on each nextpass.in the validator writes,
 * at most that many times), or an interactive run.
 */
export type TestMode = { kind: "batch"; checker: OutputChecker; passes?: number } | { kind: "interactive" };

/** Runs one test in the submission's sandbox and judges it with the problem's checker or interactor. */
export async function judgeTest(
  sandbox: Sandbox,
  language: LanguageSpec,
  limits: TestLimits,
  mode: TestMode,
  input: Buffer,
  answer: Buffer,
): Promise<TestJudgement> {
  const cpuLimitMs = Math.round(limits.timeLimitMs * language.timeMultiplier);
  if (mode.kind === "interactive") {
    const result = await sandbox.interact({
      argv: runCommand(language, limits.memoryLimitBytes),
      env: [...RUNNER_ENV, ...(language.env ?? [])],
      judgeArgv: [
        `${JUDGE_BIN_DIR}/${INTERACTOR_NAME}`,
        `${JUDGE_DATA_DIR}/input`,
        `${JUDGE_DATA_DIR}/answer`,
        `${JUDGE_DATA_DIR}/feedback/`,
      ],
      input,
      answer,
      cpuLimitMs,
      wallLimitMs: wallLimitFor(cpuLimitMs),
      memoryLimitBytes: limits.memoryLimitBytes,
      stderrLimitBytes: STDERR_LIMIT_BYTES,
      fileSizeLimitBytes: FILE_SIZE_LIMIT_BYTES,
      stackLimitBytes: limits.memoryLimitBytes,
      judgeCpuLimitMs: INTERACTOR_CPU_LIMIT_MS,
    });
    const verdict = classifyInteraction(result, { cpuLimitMs, memoryLimitBytes: limits.memoryLimitBytes });
    const message = result.judgeMessage.toString("utf8").trim();
    return {
      verdict,
      fraction: null,
      score: null,
      cpuTimeUs: result.solution.cpuTimeUs,
      wallTimeUs: result.wallTimeUs,
      memoryKb: result.solution.memoryKb,
      exitCode: result.solution.exitCode,
      signal: result.solution.signal,
      stdout: Buffer.alloc(0),
      detail:
        verdict === "IE"
          ? `interactor ${result.judge.status} exit=${result.judge.exitCode ?? "-"}: ${result.judgeStderr.toString("utf8").slice(0, 500)}`
          : message || null,
    };
  }
  const passes = mode.passes ?? 1;
  let passInput = input;
  let worst = { cpuTimeUs: 0, wallTimeUs: 0, memoryKb: 0 };
  for (let pass = 1; ; pass++) {
    const { limitVerdict, result } = await runProgram(sandbox, language, limits, passInput);
    // Each pass has the whole time limit, so a test reports its slowest pass (and largest memory).
    worst = {
      cpuTimeUs: Math.max(worst.cpuTimeUs, result.cpuTimeUs),
      wallTimeUs: Math.max(worst.wallTimeUs, result.wallTimeUs),
      memoryKb: Math.max(worst.memoryKb, result.memoryKb),
    };
    const base = { ...worst, exitCode: result.exitCode, signal: result.signal, stdout: result.stdout };
    if (limitVerdict) return { ...base, verdict: limitVerdict, fraction: null, score: null, detail: null };
    const checked = await mode.checker.check(input, result.stdout, answer, passes > 1 ? { index: pass } : undefined);
    const judged = {
      ...base,
      verdict: checked.verdict,
      fraction: checked.fraction ?? null,
      score: checked.verdict === "AC" ? (checked.score ?? null) : null,
      detail: checked.message ?? null,
    };
    if (!checked.nextPassInput) return judged;
    if (pass >= passes) {
      // The format makes a nextpass.in on the last allowed pass the validator's error.
      return {
        ...judged,
        verdict: "IE",
        score: null,
        detail: `the output validator wrote nextpass.in on pass ${pass}, the last of ${passes} allowed`,
      };
    }
    passInput = checked.nextPassInput;
  }
}
