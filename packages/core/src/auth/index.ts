export { SESSION_TTL_MS } from "./sessionToken";
export { createSession, type CreatedSession } from "./createSession";
export { getSessionUser } from "./getSessionUser";
export { deleteSession } from "./deleteSession";
export { signInWithPassword } from "./signInWithPassword";
export { SIGN_UP_REFUSED, signUpSchema, signUpStudent, type SignUpInput } from "./signUpStudent";
export { changePassword, type ChangePasswordInput } from "./changePassword";
export { setPassword, type PasswordReset } from "./setPassword";
