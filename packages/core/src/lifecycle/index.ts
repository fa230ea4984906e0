export {
  createSubmissionLifecycle,
  type CompilationRecord,
  type JudgingOutcome,
  type JudgingReporter,
  type LifecycleDeps,
  type RecordedTest,
  type SubmissionLifecycle,
  type VerdictOverrideRequest,
} from "./submissionLifecycle";
export { recordSubmission, type NewSubmission, type SubmissionPlace } from "./recordSubmission";
export { requeueSubmission } from "./requeueSubmission";
export type { AfterJudgeHook, HookContext, JudgingFinished } from "./afterJudge";
export { AFTER_JUDGE_HOOKS } from "./hooks";
