export { checkExample, type ExampleCheck, type ExampleOutcome, type ExampleTestResult } from "./checkExample";
export { VERIFIER_EMAIL, ensureVerifierUser } from "./ensureVerifierUser";
export {
  getProblemVerification,
  listProblemVerifications,
  type VerificationExampleReport,
  type VerificationReport,
} from "./getProblemVerification";
export { requestProblemVerification } from "./requestProblemVerification";
export { startProblemVerification, type StartedVerification } from "./startProblemVerification";
export { checkTimeLimit, type TimeLimitCheck } from "./timeLimitBounds";
export { verificationHook } from "./verificationHook";
