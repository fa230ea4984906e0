export { rejudgeSubmission } from "./rejudgeSubmission";
export { rejudgeProblem, type ProblemRejudge } from "./rejudgeProblem";
export type { RejudgeOutcome } from "./requestRejudge";
