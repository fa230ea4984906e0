import type Docker from "dockerode";
import { createSubmissionLifecycle, type JudgingReporter, type SubmissionLifecycle } from "@arbiter/core/lifecycle";
import type { PrismaClient } from "@arbiter/db/client";
import {
  LANGUAGES,
  checkerConfigSchema,
  isLanguageId,
  type JudgeEvent,
  type JudgingReason,
  type Verdict,
} from "@arbiter/shared";
import type { Sandbox } from "@arbiter/sandbox";
import {
  MEMORY_HEADROOM_BYTES,
  SANDBOX_POLICY_VERSION,
  SandboxError,
  directSandboxes,
  imageForLanguage,
  type SandboxOpener,
} from "@arbiter/sandbox";
import { CheckerError, createChecker } from "./checkers/index";
import { compileInSandbox } from "./compileInSandbox";
import { Closeables } from "./judging/closeables";
import { InteractorError, compileInteractor } from "./judging/compileInteractor";
import { INTERACTOR_NAME, judgeTest, type TestMode } from "./judging/judgeTest";
import { OrderedWrites } from "./judging/orderedWrites";
import { timed, type JudgingTimings } from "./judging/timings";
import { COMPILE_LIMITS, REVIEW_OUTPUT_KEPT_BYTES, SAMPLE_OUTPUT_KEPT_BYTES, wallLimitFor } from "./limits";
import { loadSubmissionForJudging, type SubmissionForJudging } from "./loadSubmission";
import { groupPassed, scoreJudging, type JudgedGroup, type Score } from "./scoring/score";
import { planTests } from "./scoring/testPlan";
import { defaultTestDataCache } from "./testData/defaultTestDataCache";
import type { TestDataCache } from "./testData/testDataCache";

const MIB = 1024 * 1024;
/** Longest checker message stored per test (staff read it; verification searches it). */
const JUDGE_MESSAGE_KEPT_CHARS = 4096;

export interface JudgeContext {
  db: PrismaClient;
  docker: Docker;
  /** hostname:pid of this worker, stored with each judging. */
  workerId: string;
  /** Core(s) the sandbox is pinned to. */
  cpuset?: string;
  /** Why this judging happens; stored on the Judging row. */
  reason?: JudgingReason;
  /**
   * Where the judging's progress and verdict are reported (and stored). Without one, a
   * lifecycle on `db` with the standard after-judge hooks is used, publishing to `onEvent`.
   */
  lifecycle?: SubmissionLifecycle;
  /** Live progress when no `lifecycle` is given (tests, the CLI's verification). */
  onEvent?: (event: JudgeEvent) => void;
  /** Where the judging's sandbox comes from: the worker's warm pool, else opened on demand. */
  sandboxes?: SandboxOpener;
  /** This host's test file cache; without one, a per-process cache in the temp directory. */
  testData?: TestDataCache;
  /** Filled with the time each step took (bench:judge's breakdown). */
  timings?: JudgingTimings;
}

export type JudgeOutcome = Score;

/** The submission vanished or cannot be judged at all: retrying will not help. */
export class UnjudgeableSubmissionError extends Error {
  override readonly name = "UnjudgeableSubmissionError";
}

/** A judging that ended without a user verdict, with the reason kept for operators. */
interface JudgingResult extends Score {
  errorDetail?: string;
}

/**
 * Judges one submission as a new Judging: compile, run the tests group by group, store
 * one result row per test as it finishes, then the final verdict. Sandboxes are closed
 * only after the verdict is stored, off the student's critical path. Infrastructure
 * failures are recorded on the judging (IE, with detail for operators) and rethrown so
 * the queue retries; a broken checker or interactor is IE without a retry.
 */
export async function judgeSubmission(ctx: JudgeContext, submissionId: string): Promise<JudgeOutcome> {
  const submission = await timed(ctx.timings, "load", () => loadSubmissionForJudging(ctx.db, submissionId));
  if (!submission) throw new UnjudgeableSubmissionError(`submission ${submissionId} does not exist`);
  const lifecycle =
    ctx.lifecycle ?? createSubmissionLifecycle({ db: ctx.db, publish: (_id, event) => ctx.onEvent?.(event) });
  const report = await timed(ctx.timings, "storing", () =>
    lifecycle.startJudging(submissionId, { workerId: ctx.workerId, reason: ctx.reason ?? "submit" }),
  );
  const closeables = new Closeables();
  try {
    const result = await runJudging(ctx, submission, report, closeables);
    await timed(ctx.timings, "storing", () => report.finish(result));
    const { errorDetail: _detail, ...outcome } = result;
    return outcome;
  } catch (error) {
    await report.abort(error instanceof Error ? error.message : String(error));
    throw error;
  } finally {
    await closeables.closeAll();
  }
}

async function runJudging(
  ctx: JudgeContext,
  submission: SubmissionForJudging,
  report: JudgingReporter,
  closeables: Closeables,
): Promise<JudgingResult> {
  if (!isLanguageId(submission.language))
    throw new UnjudgeableSubmissionError(`unknown language ${submission.language}`);
  const language = LANGUAGES[submission.language];
  const { problem } = submission;
  const checkerConfig = checkerConfigSchema.safeParse(problem.checker);
  if (!checkerConfig.success)
    return { verdict: "IE", score: 0, errorDetail: "the problem's checker configuration is invalid" };
  const memoryLimitBytes = problem.memoryLimitMb * MIB;
  const cpuLimitMs = problem.timeLimitMs * language.timeMultiplier;

  // Checks by a custom checker take time too: count them in the abandoned-container deadline.
  const expiresAt =
    Date.now() + COMPILE_LIMITS.wallLimitMs + problem.testCases.length * (wallLimitFor(cpuLimitMs) + 20_000) + 120_000;
  // Test files reach this host's cache while the container starts and the program compiles.
  const image = imageForLanguage(submission.language);
  const cache = ctx.testData ?? defaultTestDataCache(ctx.db);
  closeables.add(pinned(cache, problem.testCases));
  const testDataReady = cache.ensure(
    problem.testCases.flatMap((t) => [
      { hash: t.inputHash, sizeBytes: t.input.sizeBytes },
      { hash: t.answerHash, sizeBytes: t.answer.sizeBytes },
    ]),
  );
  testDataReady.catch(() => undefined); // awaited below; a compile error must not leave it unhandled
  const sandbox = closeables.add(
    await timed(ctx.timings, "containerOpen", () =>
      (ctx.sandboxes ?? directSandboxes(ctx.docker)).open({
        image,
        memoryBytes: COMPILE_LIMITS.memoryLimitBytes,
        workerId: ctx.workerId,
        expiresAt,
        ...(ctx.cpuset ? { cpuset: ctx.cpuset } : {}),
      }),
    ),
  );
  const compiled = await timed(ctx.timings, "compile", () => compileInSandbox(sandbox, language, submission.source));
  await timed(ctx.timings, "storing", () =>
    report.compiled({
      ok: compiled.ok,
      imageDigest: sandbox.imageDigest,
      sandboxPolicy: SANDBOX_POLICY_VERSION,
      compileOutput: compiled.output || null,
    }),
  );
  if (!compiled.ok) {
    if (compiled.verdict === "IE") throw new SandboxError(compiled.detail ?? "compilation could not run");
    return { verdict: "CE", score: 0 };
  }

  let mode: TestMode;
  try {
    mode = await prepareTestMode(ctx, problem, checkerConfig.data, sandbox, closeables, expiresAt);
  } catch (error) {
    if (error instanceof InteractorError || error instanceof CheckerError) {
      return { verdict: "IE", score: 0, errorDetail: error.message };
    }
    throw error;
  }
  const largestInput = Math.max(0, ...problem.testCases.map((t) => t.input.sizeBytes));
  await sandbox.setMemoryLimit(memoryLimitBytes + MEMORY_HEADROOM_BYTES + 2 * largestInput);
  await timed(ctx.timings, "testData", () => testDataReady);
  return runTestGroups(submission, report, sandbox, timedMode(mode, ctx.timings), cache, ctx.timings);
}

/** Keeps the judging's test files in the cache until the judging is over. */
function pinned(cache: TestDataCache, tests: SubmissionForJudging["problem"]["testCases"]): { close(): Promise<void> } {
  const release = cache.pin(tests.flatMap((t) => [t.inputHash, t.answerHash]));
  return { close: async () => release() };
}

/** The checker's share of a test's time, apart from the program's. */
function timedMode(mode: TestMode, timings: JudgingTimings | undefined): TestMode {
  if (!timings || mode.kind !== "batch") return mode;
  const { checker } = mode;
  return {
    ...mode,
    checker: { ...checker, check: (...args) => timed(timings, "checker", () => checker.check(...args)) },
  };
}

async function prepareTestMode(
  ctx: JudgeContext,
  { interactive, validationPasses }: { interactive: boolean; validationPasses: number },
  config: ReturnType<typeof checkerConfigSchema.parse>,
  sandbox: Sandbox,
  closeables: Closeables,
  expiresAt: number,
): Promise<TestMode> {
  if (interactive) {
    if (config.kind !== "icpc") throw new InteractorError("an interactive problem needs an ICPC-style interactor");
    if (validationPasses > 1) throw new InteractorError("interactive multi-pass problems are not supported");
    const binary = await compileInteractor(ctx.docker, config, ctx.workerId);
    await sandbox.writeFile(INTERACTOR_NAME, binary, 0o755, "judge");
    return { kind: "interactive" };
  }
  const checker = closeables.add(
    await createChecker(ctx.docker, config, {
      workerId: ctx.workerId,
      expiresAt,
      ...(ctx.cpuset ? { cpuset: ctx.cpuset } : {}),
    }),
  );
  if (validationPasses > 1 && config.kind !== "icpc") {
    throw new CheckerError("a multi-pass problem needs an ICPC output validator");
  }
  return { kind: "batch", checker, passes: validationPasses };
}

async function runTestGroups(
  submission: SubmissionForJudging,
  report: JudgingReporter,
  sandbox: Sandbox,
  mode: TestMode,
  cache: TestDataCache,
  timings: JudgingTimings | undefined,
): Promise<JudgingResult> {
  const { problem } = submission;
  const writes = new OrderedWrites();
  const language = LANGUAGES[submission.language as keyof typeof LANGUAGES];
  const memoryLimitBytes = problem.memoryLimitMb * MIB;
  const stopAtFirstFailure = problem.scoring === "icpc" && !problem.runAllTests;
  const reviewed = submission.context !== "practice";
  const judged: JudgedGroup[] = [];
  const details: string[] = [];
  let stopped = false;

  try {
    for (const group of planTests(problem.testGroups, problem.testCases)) {
      const entry: JudgedGroup = {
        name: group.name,
        points: group.points,
        sample: group.sample,
        tests: [],
        size: group.tests.length,
        graderFlags: group.graderFlags,
      };
      judged.push(entry);
      const blocked = group.dependencies.some((dep) => {
        const prior = judged.find((g) => g.name === dep);
        return !prior || !groupPassed(prior);
      });
      if (stopped || blocked) continue;
      for (const test of group.tests) {
        // One test's files in memory at a time, read (and verified) from this host's disk.
        const [input, answer] = await timed(timings, "testData", () =>
          Promise.all([cache.read(test.inputHash), cache.read(test.answerHash)]),
        );
        const checkerBefore = timings?.checker ?? 0;
        const started = performance.now();
        const result = await judgeTest(
          sandbox,
          language,
          { timeLimitMs: problem.timeLimitMs, memoryLimitBytes, outputLimitBytes: problem.outputLimitMb * MIB },
          mode,
          input,
          answer,
        );
        if (timings)
          timings.tests = (timings.tests ?? 0) + performance.now() - started - ((timings.checker ?? 0) - checkerBefore);
        if (result.verdict === "IE" && result.detail) details.push(`test ${test.index}: ${result.detail}`);
        // Stored (and published) in order while the next test already runs.
        writes.push(() => timed(timings, "storing", () => storeTestResult(report, test, result, reviewed)));
        entry.tests.push({ verdict: result.verdict, fraction: result.fraction, score: result.score });
        if (stopAtFirstFailure && result.verdict !== "AC") {
          stopped = true;
          break;
        }
        if (group.stopOnReject && result.verdict !== "AC") break;
      }
    }
  } catch (error) {
    // Results already measured are still stored before the judging is aborted.
    await writes.flush().catch(() => undefined);
    throw error;
  }
  await writes.flush();
  const score = scoreJudging(problem.scoring, judged, { graderFlags: problem.graderFlags });
  return details.length > 0 ? { ...score, errorDetail: details.join("\n").slice(0, 4000) } : score;
}

/**
 * `reviewed`: the submission has staff who review it (an assignment's or a contest's), so
 * hidden tests' output is kept too; practice keeps samples' only.
 */
async function storeTestResult(
  report: JudgingReporter,
  test: SubmissionForJudging["problem"]["testCases"][number],
  result: Awaited<ReturnType<typeof judgeTest>> & { verdict: Verdict },
  reviewed: boolean,
): Promise<void> {
  await report.testRecorded({
    testCaseId: test.id,
    index: test.index,
    verdict: result.verdict,
    timeMs: Math.round(result.cpuTimeUs / 1000),
    wallMs: Math.round(result.wallTimeUs / 1000),
    memoryKb: result.memoryKb,
    exitCode: result.exitCode,
    signal: result.signal,
    fraction: result.fraction,
    score: result.score,
    judgeMessage: result.detail ? result.detail.slice(0, JUDGE_MESSAGE_KEPT_CHARS) : null,
    output: keptOutput(result.stdout, test.isSample, reviewed),
    sample: test.isSample,
  });
}

/** The start of what the program printed, as much as its viewers may read; null when nobody would. */
function keptOutput(stdout: Buffer, sample: boolean, reviewed: boolean): Uint8Array<ArrayBuffer> | null {
  if (sample) return new Uint8Array(stdout.subarray(0, SAMPLE_OUTPUT_KEPT_BYTES));
  return reviewed ? new Uint8Array(stdout.subarray(0, REVIEW_OUTPUT_KEPT_BYTES)) : null;
}
