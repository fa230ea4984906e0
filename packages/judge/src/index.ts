export { judgeSubmission, UnjudgeableSubmissionError, type JudgeContext, type JudgeOutcome } from "./judgeSubmission";
export { classifyRun } from "./classifyRun";
export { JUDGING_PHASES, type JudgingPhase, type JudgingTimings } from "./judging/timings";
export {
  DEFAULT_TEST_DATA_DIR,
  TestDataCache,
  TestDataError,
  databaseTestFileSource,
  defaultTestDataCache,
  type TestDataCacheEvent,
  type TestFileSource,
} from "./testData/index";
export { tokensMatch } from "./checkers/tokens";
export { registerRuntimes } from "./registerRuntimes";
export { judgeCustomRun, type CustomRunContext } from "./judgeCustomRun";
export {
  runInputValidator,
  type InputValidatorOptions,
  type InputValidatorProgram,
  type InputValidatorReport,
  type ValidatorInput,
} from "./validators/runInputValidator";
export type { InputValidation } from "./validators/interpretValidatorRun";
