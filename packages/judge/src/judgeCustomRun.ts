import type { PrismaClient } from "@arbiter/db/client";
import { LANGUAGES, isLanguageId, type JudgeEvent } from "@arbiter/shared";
import { MEMORY_HEADROOM_BYTES, Sandbox, SandboxError, imageForLanguage } from "@arbiter/sandbox";
import type Docker from "dockerode";
import { compileInSandbox } from "./compileInSandbox";
import { COMPILE_LIMITS, wallLimitFor } from "./limits";
import { runProgram } from "./runProgram";
import { UnjudgeableSubmissionError } from "./judgeSubmission";

const MIB = 1024 * 1024;
/** Output and stderr kept for the student, in bytes: enough to read, small enough to store. */
const CUSTOM_OUTPUT_KEPT_BYTES = 64 * 1024;
const CUSTOM_STDERR_KEPT_BYTES = 16 * 1024;

export interface CustomRunContext {
  db: PrismaClient;
  docker: Docker;
  workerId: string;
  cpuset?: string;
  onEvent?: (event: JudgeEvent) => void;
}

/**
 * "Run my code on my input": compiles and runs once with the problem's limits and
 * stores output, stderr, time and memory. Nothing is compared and nothing counts.
 * The verdict says how it ended (AC = ran to completion).
 */
export async function judgeCustomRun(ctx: CustomRunContext, customRunId: string): Promise<void> {
  const run = await ctx.db.customRun.findUnique({ where: { id: customRunId }, include: { problem: true } });
  if (!run) throw new UnjudgeableSubmissionError(`custom run ${customRunId} does not exist`);
  if (!isLanguageId(run.language)) throw new UnjudgeableSubmissionError(`unknown language ${run.language}`);
  const language = LANGUAGES[run.language];
  const memoryLimitBytes = run.problem.memoryLimitMb * MIB;
  await ctx.db.customRun.update({ where: { id: run.id }, data: { status: "judging" } });
  ctx.onEvent?.({ type: "status", status: "judging" });

  const sandbox = await Sandbox.open(ctx.docker, {
    image: imageForLanguage(run.language),
    memoryBytes: COMPILE_LIMITS.memoryLimitBytes,
    workerId: ctx.workerId,
    expiresAt:
      Date.now() +
      COMPILE_LIMITS.wallLimitMs +
      wallLimitFor(run.problem.timeLimitMs * language.timeMultiplier) +
      60_000,
    ...(ctx.cpuset ? { cpuset: ctx.cpuset } : {}),
  });
  try {
    const compiled = await compileInSandbox(sandbox, language, run.source);
    ctx.onEvent?.({ type: "compiled", ok: compiled.ok });
    if (!compiled.ok) {
      if (compiled.verdict === "IE") throw new SandboxError(compiled.detail ?? "compilation could not run");
      await ctx.db.customRun.update({
        where: { id: run.id },
        data: { status: "done", verdict: "CE", compileOutput: compiled.output },
      });
      ctx.onEvent?.({ type: "done", verdict: "CE", score: 0 });
      return;
    }
    await sandbox.setMemoryLimit(memoryLimitBytes + MEMORY_HEADROOM_BYTES + 2 * run.input.length);
    const { limitVerdict, result } = await runProgram(
      sandbox,
      language,
      { timeLimitMs: run.problem.timeLimitMs, memoryLimitBytes, outputLimitBytes: CUSTOM_OUTPUT_KEPT_BYTES },
      Buffer.from(run.input),
    );
    if (limitVerdict === "IE") throw new SandboxError("the program could not be started");
    // Output past the cap is cut, not a failure: a custom run has no output limit to break.
    const verdict = limitVerdict === "OLE" ? "AC" : (limitVerdict ?? "AC");
    await ctx.db.customRun.update({
      where: { id: run.id },
      data: {
        status: "done",
        verdict,
        compileOutput: compiled.output || null,
        output: new Uint8Array(result.stdout.subarray(0, CUSTOM_OUTPUT_KEPT_BYTES)),
        stderr: new Uint8Array(result.stderr.subarray(0, CUSTOM_STDERR_KEPT_BYTES)),
        timeMs: Math.round(result.cpuTimeUs / 1000),
        memoryKb: result.memoryKb,
      },
    });
    ctx.onEvent?.({ type: "done", verdict, score: 0 });
  } finally {
    await sandbox.close();
  }
}
