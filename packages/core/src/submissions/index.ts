export { createSubmission, type CreatedSubmission } from "./createSubmission";
export { canViewSubmission, requireSubmissionAccess, viewerIsStaff, type Viewer } from "./access";
export { getSubmissionView } from "./getSubmissionView";
export { getSubmissionSource, type SubmissionSource } from "./getSubmissionSource";
export {
  getSubmissionDetails,
  SAMPLE_TEXT_SHOWN_BYTES,
  type SampleComparison,
  type SubmissionDetails,
} from "./getSubmissionDetails";
export {
  listSubmissionsForUser,
  submissionFiltersSchema,
  MAX_SUBMISSIONS_PAGE,
  type ListSubmissionsOptions,
  type SubmissionFilters,
  type SubmissionSummary,
} from "./listSubmissionsForUser";
export { listSubmissionPage, type SubmissionPage } from "./listSubmissionPage";
export { scoreScale, type ScoreScale, type ScoredGroup } from "./scoreScale";
export { subscribeToSubmission, type SubmissionSubscription } from "./subscribeToSubmission";
export { listSubmittedProblems } from "./listSubmittedProblems";
