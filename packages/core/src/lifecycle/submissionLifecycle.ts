import type { PrismaClient } from "@arbiter/db/client";
import type { JudgeEvent, JudgingReason, Verdict } from "@arbiter/shared";
import { AppError } from "../errors";
import { runAfterJudgeHooks, type AfterJudgeHook, type HookFailureReporter } from "./afterJudge";
import { AFTER_JUDGE_HOOKS } from "./hooks";

/** One stored per-test result, as the judge reports it. */
export interface RecordedTest {
  testCaseId: string;
  index: number;
  verdict: Verdict;
  timeMs: number;
  wallMs: number;
  memoryKb: number;
  exitCode: number | null;
  signal: number | null;
  fraction: number | null;
  /** Points from the validator's score.txt (scoring problems), where it wrote one. */
  score: number | null;
  /** The checker's or validator's message (judgemessage.txt), for staff; never shown to the submitter. */
  judgeMessage?: string | null;
  /** Kept for sample tests, and for hidden tests of reviewed (assignment, contest) submissions; the caller cuts it. */
  output: Uint8Array<ArrayBuffer> | null;
  sample: boolean;
}

export interface CompilationRecord {
  ok: boolean;
  imageDigest: string;
  sandboxPolicy: string;
  compileOutput: string | null;
}

export interface JudgingOutcome {
  verdict: Verdict;
  score: number;
  /** Internal detail for operators; never shown to students. */
  errorDetail?: string;
}

/**
 * The narrow interface the judge reports one judging through: it never writes a
 * submission's state itself. Each call stores first, then publishes the live event.
 */
export interface JudgingReporter {
  readonly judgingId: string;
  compiled(record: CompilationRecord): Promise<void>;
  testRecorded(test: RecordedTest): Promise<void>;
  /** The final verdict: stored with the submission in one transaction, then the after-judge hooks run. */
  finish(outcome: JudgingOutcome): Promise<void>;
  /** The judging broke (infrastructure): closed as IE; the submission waits for a retry. */
  abort(detail: string): Promise<void>;
}

export interface SubmissionLifecycle {
  /** created/queued → judging: a new Judging row (older unfinished ones are closed as abandoned). */
  startJudging(submissionId: string, options: { workerId: string; reason: JudgingReason }): Promise<JudgingReporter>;
  /** → finished as IE after every retry failed, unless an earlier judging already gave it a verdict. */
  failSubmission(submissionId: string): Promise<{ verdict: Verdict; score: number }>;
  /**
   * finished → finished with the verdict the jury chose: a judging of its own (reason
   * `override`, no tests) and its audit row in one transaction, then the after-judge hooks.
   * Refused (409) while the submission is queued or judging.
   */
  overrideVerdict(submissionId: string, override: VerdictOverrideRequest): Promise<{ judgingId: string }>;
}

export interface VerdictOverrideRequest {
  verdict: Verdict;
  score: number;
  /** Who decided it (the audit's actor). */
  byId: string;
  reason: string;
  now?: Date;
}

export interface LifecycleDeps {
  db: PrismaClient;
  /** Live progress, e.g. to the submission's Redis channel. */
  publish?: (submissionId: string, event: JudgeEvent) => void;
  /** Live news on other channels (contest boards), for the after-judge hooks. */
  announce?: (channel: string, message: string) => void;
  hooks?: readonly { name: string; run: AfterJudgeHook }[];
  onHookFailure?: HookFailureReporter;
}

/**
 * The one owner of a submission's lifecycle — created → judging → test recorded →
 * finished | failed. Every status and verdict write of a submission happens in this
 * module (creation and rejudge requests in recordSubmission/requeueSubmission beside it).
 */
export function createSubmissionLifecycle(deps: LifecycleDeps): SubmissionLifecycle {
  const { db } = deps;
  const hooks = deps.hooks ?? AFTER_JUDGE_HOOKS;
  const onHookFailure = deps.onHookFailure ?? (() => undefined);

  const finished = async (submissionId: string): Promise<void> => {
    const row = await db.submission.findUnique({
      where: { id: submissionId },
      select: { userId: true, problemId: true, assignmentId: true, contestId: true, verdict: true, score: true },
    });
    if (!row?.verdict) return;
    const event = { submissionId, ...row, verdict: row.verdict, score: row.score ?? 0 };
    const ctx = { db, ...(deps.announce ? { announce: deps.announce } : {}) };
    await runAfterJudgeHooks(ctx, hooks, event, onHookFailure);
  };

  return {
    async startJudging(submissionId, { workerId, reason }) {
      const publish = (event: JudgeEvent): void => deps.publish?.(submissionId, event);
      await db.judging.updateMany({
        where: { submissionId, finishedAt: null },
        data: { finishedAt: new Date(), verdict: "IE", errorDetail: "abandoned: the worker judging it stopped" },
      });
      const judging = await db.judging.create({ data: { submissionId, workerId, reason }, select: { id: true } });
      await db.submission.update({ where: { id: submissionId }, data: { status: "judging" } });
      publish({ type: "status", status: "judging" });
      return judgingReporter(db, submissionId, judging.id, publish, finished);
    },

    async failSubmission(submissionId) {
      // A submission that kept an earlier verdict (rejudge, reconciler) keeps it.
      await db.submission.updateMany({
        where: { id: submissionId, status: { not: "done" }, verdict: { not: null } },
        data: { status: "done" },
      });
      await db.submission.updateMany({
        where: { id: submissionId, status: { not: "done" } },
        data: { status: "done", verdict: "IE", score: 0 },
      });
      const row = await db.submission.findUnique({
        where: { id: submissionId },
        select: { verdict: true, score: true },
      });
      const outcome = { verdict: row?.verdict ?? ("IE" as const), score: row?.score ?? 0 };
      await finished(submissionId);
      deps.publish?.(submissionId, { type: "done", ...outcome });
      return outcome;
    },

    async overrideVerdict(submissionId, { verdict, score, byId, reason, now = new Date() }) {
      const judgingId = await db.$transaction(async (tx) => {
        const before = await tx.submission.findUnique({ where: { id: submissionId }, select: { verdict: true } });
        const updated = await tx.submission.updateMany({
          where: { id: submissionId, status: "done" },
          data: { verdict, score },
        });
        if (!before || updated.count === 0) {
          throw new AppError("conflict", "Wait until the submission is judged before overriding its verdict.", {
            reason: "submission_not_judged",
          });
        }
        const judging = await tx.judging.create({
          data: {
            submissionId,
            workerId: `jury:${byId}`,
            reason: "override",
            startedAt: now,
            finishedAt: now,
            verdict,
            score,
          },
          select: { id: true },
        });
        await tx.verdictOverride.create({
          data: {
            submissionId,
            judgingId: judging.id,
            byId,
            oldVerdict: before.verdict,
            newVerdict: verdict,
            reason,
            createdAt: now,
          },
        });
        return judging.id;
      });
      await finished(submissionId);
      deps.publish?.(submissionId, { type: "done", verdict, score });
      return { judgingId };
    },
  };
}

function judgingReporter(
  db: PrismaClient,
  submissionId: string,
  judgingId: string,
  publish: (event: JudgeEvent) => void,
  finished: (submissionId: string) => Promise<void>,
): JudgingReporter {
  return {
    judgingId,
    async compiled({ ok, ...record }) {
      await db.judging.update({ where: { id: judgingId }, data: record });
      publish({ type: "compiled", ok });
    },
    async testRecorded({ sample, testCaseId, ...test }) {
      await db.testResult.create({ data: { judgingId, testCaseId, ...test } });
      const { index, verdict, timeMs, memoryKb } = test;
      publish({ type: "test", index, verdict, timeMs, memoryKb, sample });
    },
    async finish({ errorDetail, ...outcome }) {
      await db.$transaction([
        db.judging.update({
          where: { id: judgingId },
          data: { finishedAt: new Date(), ...outcome, errorDetail: errorDetail ?? null },
        }),
        db.submission.update({ where: { id: submissionId }, data: { status: "done", ...outcome } }),
      ]);
      await finished(submissionId);
      publish({ type: "done", ...outcome });
    },
    async abort(detail) {
      await db.judging
        .update({ where: { id: judgingId }, data: { finishedAt: new Date(), verdict: "IE", errorDetail: detail } })
        .catch(() => undefined);
    },
  };
}
