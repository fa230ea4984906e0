export {
  authorizeUpload,
  uploadProblemPackage,
  type UploadProblemInput,
  type UploadProblemResult,
} from "./uploadProblemPackage";
export { receivePackageUpload, type ReceivedUpload } from "./receivePackageUpload";
export { updateProblemDetails } from "./updateProblemDetails";
export { problemDetailsSchema, MAX_STATEMENT_CHARS, type ProblemDetails } from "./problemDetailsSchema";
export { publishProblem } from "./publishProblem";
export { getProblemAuthoring, type ProblemAuthoring, type VerificationRun } from "./getProblemAuthoring";
export { listEditableProblems, listUploadCourses, type EditableProblem } from "./listEditableProblems";
export { requireProblem, problemResource } from "./problemAccess";
