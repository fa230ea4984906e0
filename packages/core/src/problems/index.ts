export { listProblems } from "./listProblems";
export { getProblemPage, type ProblemPage, type ProblemPageOptions, type ProblemSample } from "./getProblemPage";
export { canViewProblem } from "./canViewProblem";
export {
  importProblemPackage,
  resolveSlug,
  type ImportProblemOptions,
  type ImportProblemResult,
} from "./importProblemPackage";
export { saveProblemPackage } from "./saveProblemPackage";
export { readProblemPackage, type ProblemPackage, type PackageTest } from "./package/readProblemPackage";
export type { PackageGroup } from "./package/resolveGroups";
export type { PackageSubmission } from "./package/readSubmissions";
export * from "./verification/index";
export type { PackageProgram } from "./package/readInputValidators";
export { ProblemPackageError, isProblemPackageError } from "./package/ProblemPackageError";
export { exportProblemToDir, type ExportProblemResult } from "./export/exportProblemToDir";
export { exportProblemToZip } from "./export/exportProblemToZip";
export { renderProblemPackage, ProblemExportError, type PackageFile } from "./export/renderProblemPackage";
export { PROBLEM_SLUG_PATTERN, isProblemSlug } from "./slug";
export * from "./listProblemsForUser";
