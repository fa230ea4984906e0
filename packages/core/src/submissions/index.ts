export { createSubmission, type CreatedSubmission } from "./createSubmission";
export { getSubmissionView, canViewSubmission } from "./getSubmissionView";
export { listSubmissionsForUser, type ListSubmissionsOptions } from "./listSubmissionsForUser";
