export { hashPassword, verifyPassword } from "./password";
export { createUser, type CreateUserInput, type CreateUserOptions } from "./createUser";
export { findUserByEmail } from "./findUserByEmail";
export { normalizeEmail } from "./email";
export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, newPasswordSchema } from "./passwordRules";
export { ensureVerifierUser, VERIFIER_EMAIL } from "./ensureVerifierUser";
