export { createApiToken, MAX_TOKEN_DAYS, type CreateApiTokenOptions } from "./createApiToken";
export { authenticateToken } from "./authenticateToken";
export { listApiTokens, type ApiTokenSummary } from "./listApiTokens";
export { revokeApiToken, revokeAllApiTokens } from "./revokeApiToken";
export { API_TOKEN_PREFIX } from "./apiToken";
