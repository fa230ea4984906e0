import type { PrismaClient } from "@arbiter/db/client";
import type { Verdict } from "@arbiter/shared";

/** What every after-judge hook learns: a submission reached its final state. */
export interface JudgingFinished {
  submissionId: string;
  userId: string;
  problemId: string;
  /** The assignment it counts for, if any. */
  assignmentId: string | null;
  /** The contest it was made in, if any. */
  contestId: string | null;
  verdict: Verdict;
  score: number;
}

/** What a hook may use: the database, and a way to tell live pages (a Redis channel) that something changed. */
export interface HookContext {
  db: PrismaClient;
  announce?: (channel: string, message: string) => void;
}

/**
 * Runs after a judging's final verdict is stored ("judging finished", Hydro's postJudge):
 * grades and standings update here, nowhere else. A hook must be idempotent — it may
 * run again for the same submission after a rejudge or a retry — and recompute from
 * PostgreSQL rather than apply a delta, so a missed run is repaired by the next.
 */
export type AfterJudgeHook = (ctx: HookContext, event: JudgingFinished) => Promise<void>;

/** Reports a hook that failed; the verdict itself is already stored and stays. */
export type HookFailureReporter = (hook: string, error: unknown) => void;

/** Runs every hook in order; one failing does not stop the others. */
export async function runAfterJudgeHooks(
  ctx: HookContext,
  hooks: readonly { name: string; run: AfterJudgeHook }[],
  event: JudgingFinished,
  onFailure: HookFailureReporter,
): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook.run(ctx, event);
    } catch (error) {
      onFailure(hook.name, error);
    }
  }
}
