"use server";

import {
  changePassword as changeStoredPassword,
  checkSignInAttempt,
  isAppError,
  newPasswordSchema,
  recordSignInFailure,
} from "@arbiter/core";
import { cookies } from "next/headers";
import { formText } from "@/lib/formText";
import { SESSION_COOKIE, getCurrentUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { clientIp, getRateLimitRedis } from "@/server/rateLimit";

export type PasswordField = "current" | "password" | "confirm";

export interface ChangePasswordState {
  fieldErrors: Partial<Record<PasswordField, string>>;
  error: string | null;
  /** Set after a change: what happened, in the person's terms. */
  done: string | null;
}

/**
 * The change-password form's action. Guessing the current password through this form
 * counts against the same brute-force limits as the sign-in form.
 */
export async function changePassword(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const user = await getCurrentUser();
  const cookie = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!user || !cookie) return { fieldErrors: {}, error: "Your session has ended. Sign in again.", done: null };
  const currentPassword = formText(form, "current");
  const newPassword = formText(form, "password");
  if (!currentPassword) return { fieldErrors: { current: "Enter your current password." }, error: null, done: null };
  const rules = newPasswordSchema.safeParse(newPassword);
  if (!rules.success) return { fieldErrors: { password: rules.error.issues[0]?.message }, error: null, done: null };
  if (newPassword !== formText(form, "confirm")) {
    return { fieldErrors: { confirm: "The two new passwords do not match." }, error: null, done: null };
  }

  try {
    const attempt = { email: user.email, ip: await clientIp() };
    const redis = getRateLimitRedis();
    await checkSignInAttempt(redis, attempt);
    const { sessionsEnded } = await changeStoredPassword(
      getDb(),
      user.id,
      { currentPassword, newPassword },
      cookie,
    ).catch(async (error: unknown) => {
      // The rules were checked above, so bad_request means a wrong current password.
      if (isAppError(error) && error.code === "bad_request") await recordSignInFailure(redis, attempt);
      throw error;
    });
    const elsewhere =
      sessionsEnded === 0
        ? ""
        : ` ${sessionsEnded} other browser${sessionsEnded === 1 ? " was" : "s were"} signed out.`;
    return { fieldErrors: {}, error: null, done: `Your password has been changed.${elsewhere}` };
  } catch (error) {
    // The new password passed the rules above, so a refusal left is about the current one.
    if (isAppError(error) && error.code === "bad_request") {
      return { fieldErrors: { current: error.message }, error: null, done: null };
    }
    if (isAppError(error)) return { fieldErrors: {}, error: error.message, done: null };
    console.error("[web] password change failed:", error);
    return { fieldErrors: {}, error: "Something went wrong on our side; your password is unchanged.", done: null };
  }
}
