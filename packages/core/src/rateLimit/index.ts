export { takeToken, type BucketState, type RateLimitDecision, type RateLimitPolicy } from "./tokenBucket";
export { consumeRateLimit, rateLimitKey, type ConsumeOptions } from "./consumeRateLimit";
export { RATE_LIMITS } from "./policies";
export { enforceRateLimit, formatWait } from "./enforceRateLimit";
export { enforceSubmissionRateLimit } from "./enforceSubmissionRateLimit";
export { enforceCustomRunRateLimit } from "./enforceCustomRunRateLimit";
export { enforceSignInRateLimit, type SignInAttempt } from "./enforceSignInRateLimit";
export { enforceSignUpRateLimit } from "./enforceSignUpRateLimit";
export { enforceJoinCourseRateLimit } from "./enforceJoinCourseRateLimit";
