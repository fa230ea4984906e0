export { hashPassword, verifyPassword } from "./password";
export { createUser, type CreateUserInput, type CreateUserOptions } from "./createUser";
export { findUserByEmail } from "./findUserByEmail";
export { normalizeEmail } from "./email";
