export { createApiToken } from "./createApiToken";
export { authenticateToken } from "./authenticateToken";
export { API_TOKEN_PREFIX } from "./apiToken";
