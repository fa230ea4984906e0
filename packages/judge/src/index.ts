export { judgeSubmission, UnjudgeableSubmissionError, type JudgeContext, type JudgeOutcome } from "./judgeSubmission";
export { classifyRun } from "./classifyRun";
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
