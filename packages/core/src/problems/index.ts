export { listProblems } from "./listProblems";
export { getProblemPage, type ProblemPage, type ProblemSample } from "./getProblemPage";
export { importProblemFromDir, type ImportProblemOptions, type ImportProblemResult } from "./importProblemFromDir";
export { ProblemPackageError, isProblemPackageError } from "./package/ProblemPackageError";
export { PROBLEM_SLUG_PATTERN, isProblemSlug } from "./slug";
