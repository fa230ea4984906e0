export { createChecker } from "./checkOutput";
export { scoreFraction, type CheckResult, type OutputChecker } from "./checkResult";
export { CheckerError } from "./checkerError";
export {
  CHECKER_DEFAULT_MEMORY_LIMIT_BYTES,
  CHECKER_DEFAULT_TIME_LIMIT_MS,
  CHECKER_OUTPUT_LIMIT_BYTES,
} from "./checkerLimits";
export {
  openCustomChecker,
  type CustomChecker,
  type CustomCheckerConfig,
  type CustomCheckerOptions,
} from "./customChecker";
export { checkDefault, parseNumberToken, type DefaultCheckResult } from "./defaultChecker";
export { tokensMatch } from "./tokens";
