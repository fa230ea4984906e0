import type Docker from "dockerode";
import type { PrismaClient } from "@arbiter/db/client";
import { LANGUAGES, isLanguageId, worstVerdict, type JudgeEvent, type Verdict } from "@arbiter/shared";
import { MEMORY_HEADROOM_BYTES, SANDBOX_POLICY_VERSION, Sandbox, SandboxError, imageForLanguage } from "@arbiter/sandbox";
import { compileInSandbox } from "./compileInSandbox";
import { COMPILE_LIMITS, SAMPLE_OUTPUT_KEPT_BYTES, wallLimitFor } from "./limits";
import { runTest } from "./runTest";
import { loadSubmissionForJudging, type SubmissionForJudging } from "./loadSubmission";

const MIB = 1024 * 1024;

export interface JudgeContext {
  db: PrismaClient;
  docker: Docker;
  /** hostname:pid of this worker, stored with each judging. */
  workerId: string;
  /** Core(s) the sandbox is pinned to. */
  cpuset?: string;
  /** Called after each state change is stored (status, each test result, the final verdict), for live progress. */
  onEvent?: (event: JudgeEvent) => void;
}

export interface JudgeOutcome {
  verdict: Verdict;
  score: number;
}

/** The submission vanished or cannot be judged at all: retrying will not help. */
export class UnjudgeableSubmissionError extends Error {
  override readonly name = "UnjudgeableSubmissionError";
}

/**
 * Judges one submission as a new Judging: compile, run every test, store one result
 * row per test as it finishes, then the final verdict. Infrastructure failures are
 * recorded on the judging (IE, with detail for operators) and rethrown so the queue
 * retries; the student sees a verdict only from a judging that finished.
 */
export async function judgeSubmission(ctx: JudgeContext, submissionId: string): Promise<JudgeOutcome> {
  const submission = await loadSubmissionForJudging(ctx.db, submissionId);
  if (!submission) throw new UnjudgeableSubmissionError(`submission ${submissionId} does not exist`);
  await abandonUnfinishedJudgings(ctx.db, submissionId);
  const judging = await ctx.db.judging.create({ data: { submissionId, workerId: ctx.workerId } });
  await ctx.db.submission.update({ where: { id: submissionId }, data: { status: "judging" } });
  ctx.onEvent?.({ type: "status", status: "judging" });
  try {
    const outcome = await judgeInSandbox(ctx, submission, judging.id);
    await ctx.db.$transaction([
      ctx.db.judging.update({
        where: { id: judging.id },
        data: { finishedAt: new Date(), verdict: outcome.verdict, score: outcome.score },
      }),
      ctx.db.submission.update({
        where: { id: submissionId },
        data: { status: "done", verdict: outcome.verdict, score: outcome.score },
      }),
    ]);
    ctx.onEvent?.({ type: "done", ...outcome });
    return outcome;
  } catch (error) {
    await ctx.db.judging
      .update({
        where: { id: judging.id },
        data: { finishedAt: new Date(), verdict: "IE", errorDetail: error instanceof Error ? error.message : String(error) },
      })
      .catch(() => undefined);
    throw error;
  }
}

/** A judging left unfinished by a worker that died is closed as IE, so history stays honest. */
async function abandonUnfinishedJudgings(db: PrismaClient, submissionId: string): Promise<void> {
  await db.judging.updateMany({
    where: { submissionId, finishedAt: null },
    data: { finishedAt: new Date(), verdict: "IE", errorDetail: "abandoned: the worker judging it stopped" },
  });
}

async function judgeInSandbox(ctx: JudgeContext, submission: SubmissionForJudging, judgingId: string): Promise<JudgeOutcome> {
  if (!isLanguageId(submission.language)) throw new UnjudgeableSubmissionError(`unknown language ${submission.language}`);
  const language = LANGUAGES[submission.language];
  const { problem } = submission;
  const memoryLimitBytes = problem.memoryLimitMb * MIB;
  const cpuLimitMs = problem.timeLimitMs * language.timeMultiplier;
  const budgetMs = COMPILE_LIMITS.wallLimitMs + problem.testCases.length * wallLimitFor(cpuLimitMs) + 60_000;

  const sandbox = await Sandbox.open(ctx.docker, {
    image: imageForLanguage(submission.language),
    memoryBytes: COMPILE_LIMITS.memoryLimitBytes,
    workerId: ctx.workerId,
    expiresAt: Date.now() + budgetMs,
    ...(ctx.cpuset ? { cpuset: ctx.cpuset } : {}),
  });
  try {
    const compiled = await compileInSandbox(sandbox, language, submission.source);
    await ctx.db.judging.update({
      where: { id: judgingId },
      data: { imageDigest: sandbox.imageDigest, sandboxPolicy: SANDBOX_POLICY_VERSION, compileOutput: compiled.output || null },
    });
    ctx.onEvent?.({ type: "compiled", ok: compiled.ok });
    if (!compiled.ok) {
      if (compiled.verdict === "IE") throw new SandboxError(compiled.detail ?? "compilation could not run");
      return { verdict: "CE", score: 0 };
    }
    const largestInput = Math.max(0, ...problem.testCases.map((t) => t.input.length));
    await sandbox.setMemoryLimit(memoryLimitBytes + MEMORY_HEADROOM_BYTES + 2 * largestInput);

    const verdicts: Verdict[] = [];
    for (const test of problem.testCases) {
      const { verdict, result } = await runTest(
        sandbox,
        language,
        { timeLimitMs: problem.timeLimitMs, memoryLimitBytes, outputLimitBytes: Math.max(16 * MIB, test.answer.length * 4) },
        Buffer.from(test.input),
        Buffer.from(test.answer),
      );
      if (verdict === "IE") throw new SandboxError(`test ${test.index}: the program could not be started`);
      await ctx.db.testResult.create({
        data: {
          judgingId,
          testCaseId: test.id,
          index: test.index,
          verdict,
          timeMs: Math.round(result.cpuTimeUs / 1000),
          wallMs: Math.round(result.wallTimeUs / 1000),
          memoryKb: result.memoryKb,
          exitCode: result.exitCode,
          signal: result.signal,
          output: test.isSample ? new Uint8Array(result.stdout.subarray(0, SAMPLE_OUTPUT_KEPT_BYTES)) : null,
        },
      });
      ctx.onEvent?.({
        type: "test",
        index: test.index,
        verdict,
        timeMs: Math.round(result.cpuTimeUs / 1000),
        memoryKb: result.memoryKb,
        sample: test.isSample,
      });
      verdicts.push(verdict);
    }
    const passed = verdicts.filter((v) => v === "AC").length;
    const score = verdicts.length === 0 ? 0 : Math.round((passed / verdicts.length) * 10000) / 100;
    return { verdict: worstVerdict(verdicts), score };
  } finally {
    await sandbox.close();
  }
}
