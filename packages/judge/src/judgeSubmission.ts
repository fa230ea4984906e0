import type Docker from "dockerode";
import type { PrismaClient } from "@arbiter/db/client";
import {
  LANGUAGES,
  checkerConfigSchema,
  isLanguageId,
  type JudgeEvent,
  type JudgingReason,
  type Verdict,
} from "@arbiter/shared";
import {
  MEMORY_HEADROOM_BYTES,
  SANDBOX_POLICY_VERSION,
  Sandbox,
  SandboxError,
  imageForLanguage,
} from "@arbiter/sandbox";
import { CheckerError, createChecker } from "./checkers/index";
import { compileInSandbox } from "./compileInSandbox";
import { Closeables } from "./judging/closeables";
import { InteractorError, compileInteractor } from "./judging/compileInteractor";
import { INTERACTOR_NAME, judgeTest, type TestMode } from "./judging/judgeTest";
import { COMPILE_LIMITS, SAMPLE_OUTPUT_KEPT_BYTES, wallLimitFor } from "./limits";
import { loadSubmissionForJudging, type SubmissionForJudging } from "./loadSubmission";
import { groupPassed, scoreJudging, type JudgedGroup, type Score } from "./scoring/score";
import { planTests } from "./scoring/testPlan";

const MIB = 1024 * 1024;

export interface JudgeContext {
  db: PrismaClient;
  docker: Docker;
  /** hostname:pid of this worker, stored with each judging. */
  workerId: string;
  /** Core(s) the sandbox is pinned to. */
  cpuset?: string;
  /** Why this judging happens; stored on the Judging row. */
  reason?: JudgingReason;
  /** Called after each state change is stored (status, each test result, the final verdict), for live progress. */
  onEvent?: (event: JudgeEvent) => void;
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
  const submission = await loadSubmissionForJudging(ctx.db, submissionId);
  if (!submission) throw new UnjudgeableSubmissionError(`submission ${submissionId} does not exist`);
  await abandonUnfinishedJudgings(ctx.db, submissionId);
  const judging = await ctx.db.judging.create({
    data: { submissionId, workerId: ctx.workerId, reason: ctx.reason ?? "submit" },
  });
  await ctx.db.submission.update({ where: { id: submissionId }, data: { status: "judging" } });
  ctx.onEvent?.({ type: "status", status: "judging" });
  const closeables = new Closeables();
  try {
    const { errorDetail, ...outcome } = await runJudging(ctx, submission, judging.id, closeables);
    await ctx.db.$transaction([
      ctx.db.judging.update({
        where: { id: judging.id },
        data: { finishedAt: new Date(), ...outcome, errorDetail: errorDetail ?? null },
      }),
      ctx.db.submission.update({ where: { id: submissionId }, data: { status: "done", ...outcome } }),
    ]);
    ctx.onEvent?.({ type: "done", ...outcome });
    return outcome;
  } catch (error) {
    await ctx.db.judging
      .update({
        where: { id: judging.id },
        data: {
          finishedAt: new Date(),
          verdict: "IE",
          errorDetail: error instanceof Error ? error.message : String(error),
        },
      })
      .catch(() => undefined);
    throw error;
  } finally {
    await closeables.closeAll();
  }
}

/** A judging left unfinished by a worker that died is closed as IE, so history stays honest. */
async function abandonUnfinishedJudgings(db: PrismaClient, submissionId: string): Promise<void> {
  await db.judging.updateMany({
    where: { submissionId, finishedAt: null },
    data: { finishedAt: new Date(), verdict: "IE", errorDetail: "abandoned: the worker judging it stopped" },
  });
}

async function runJudging(
  ctx: JudgeContext,
  submission: SubmissionForJudging,
  judgingId: string,
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
  const sandbox = closeables.add(
    await Sandbox.open(ctx.docker, {
      image: imageForLanguage(submission.language),
      memoryBytes: COMPILE_LIMITS.memoryLimitBytes,
      workerId: ctx.workerId,
      expiresAt,
      ...(ctx.cpuset ? { cpuset: ctx.cpuset } : {}),
    }),
  );
  const compiled = await compileInSandbox(sandbox, language, submission.source);
  await ctx.db.judging.update({
    where: { id: judgingId },
    data: {
      imageDigest: sandbox.imageDigest,
      sandboxPolicy: SANDBOX_POLICY_VERSION,
      compileOutput: compiled.output || null,
    },
  });
  ctx.onEvent?.({ type: "compiled", ok: compiled.ok });
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
  const largestInput = Math.max(0, ...problem.testCases.map((t) => t.input.length));
  await sandbox.setMemoryLimit(memoryLimitBytes + MEMORY_HEADROOM_BYTES + 2 * largestInput);
  return runTestGroups(ctx, submission, judgingId, sandbox, mode);
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
  ctx: JudgeContext,
  submission: SubmissionForJudging,
  judgingId: string,
  sandbox: Sandbox,
  mode: TestMode,
): Promise<JudgingResult> {
  const { problem } = submission;
  const language = LANGUAGES[submission.language as keyof typeof LANGUAGES];
  const memoryLimitBytes = problem.memoryLimitMb * MIB;
  const stopAtFirstFailure = problem.scoring === "icpc" && !problem.runAllTests;
  const judged: JudgedGroup[] = [];
  const details: string[] = [];
  let stopped = false;

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
      const result = await judgeTest(
        sandbox,
        language,
        { timeLimitMs: problem.timeLimitMs, memoryLimitBytes, outputLimitBytes: problem.outputLimitMb * MIB },
        mode,
        Buffer.from(test.input),
        Buffer.from(test.answer),
      );
      if (result.verdict === "IE" && result.detail) details.push(`test ${test.index}: ${result.detail}`);
      await storeTestResult(ctx, judgingId, test, result);
      entry.tests.push({ verdict: result.verdict, fraction: result.fraction, score: result.score });
      if (stopAtFirstFailure && result.verdict !== "AC") {
        stopped = true;
        break;
      }
      if (group.stopOnReject && result.verdict !== "AC") break;
    }
  }
  const score = scoreJudging(problem.scoring, judged, { graderFlags: problem.graderFlags });
  return details.length > 0 ? { ...score, errorDetail: details.join("\n").slice(0, 4000) } : score;
}

async function storeTestResult(
  ctx: JudgeContext,
  judgingId: string,
  test: SubmissionForJudging["problem"]["testCases"][number],
  result: Awaited<ReturnType<typeof judgeTest>> & { verdict: Verdict },
): Promise<void> {
  const timeMs = Math.round(result.cpuTimeUs / 1000);
  await ctx.db.testResult.create({
    data: {
      judgingId,
      testCaseId: test.id,
      index: test.index,
      verdict: result.verdict,
      timeMs,
      wallMs: Math.round(result.wallTimeUs / 1000),
      memoryKb: result.memoryKb,
      exitCode: result.exitCode,
      signal: result.signal,
      fraction: result.fraction,
      score: result.score,
      output: test.isSample ? new Uint8Array(result.stdout.subarray(0, SAMPLE_OUTPUT_KEPT_BYTES)) : null,
    },
  });
  ctx.onEvent?.({
    type: "test",
    index: test.index,
    verdict: result.verdict,
    timeMs,
    memoryKb: result.memoryKb,
    sample: test.isSample,
  });
}
