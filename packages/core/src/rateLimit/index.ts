export { takeToken, type BucketState, type RateLimitDecision, type RateLimitPolicy } from "./tokenBucket";
export { consumeRateLimit, rateLimitKey, type ConsumeOptions } from "./consumeRateLimit";
export { RATE_LIMITS } from "./policies";
export { decideRateLimit, enforceRateLimit, formatWait } from "./enforceRateLimit";
export { enforceSubmissionRateLimit } from "./enforceSubmissionRateLimit";
export { enforceCustomRunRateLimit } from "./enforceCustomRunRateLimit";
export { checkSignInAttempt, recordSignInFailure, type SignInAttempt } from "./signInLimits";
export { enforceSignUpRateLimit } from "./enforceSignUpRateLimit";
export { enforceJoinCourseRateLimit } from "./enforceJoinCourseRateLimit";
