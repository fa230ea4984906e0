"use server";

import { checkSignInAttempt, isAppError, recordSignInFailure, signInWithPassword } from "@arbiter/core";
import { redirect } from "next/navigation";
import { formText } from "@/lib/formText";
import { safeNextPath } from "@/server/auth";
import { getDb } from "@/server/context";
import { clientIp, getRateLimitRedis } from "@/server/rateLimit";
import { startSession } from "./startSession";

export interface SignInState {
  error: string | null;
  email: string;
}

/**
 * The sign-in form's action: checks the brute-force limits, then the password (a wrong
 * one is counted against the account and this address), sets the session cookie, goes back.
 */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = formText(form, "email").trim();
  const password = formText(form, "password");
  if (!email || !password) return { error: "Enter your email and password.", email };

  try {
    const attempt = { email, ip: await clientIp() };
    const redis = getRateLimitRedis();
    await checkSignInAttempt(redis, attempt);
    const user = await signInWithPassword(getDb(), email, password).catch(async (error: unknown) => {
      if (isAppError(error) && error.code === "unauthorized") await recordSignInFailure(redis, attempt);
      throw error;
    });
    await startSession(user.id);
  } catch (error) {
    if (isAppError(error)) return { error: error.message, email };
    console.error("[web] sign-in failed:", error);
    return { error: "Something went wrong on our side. Please try again.", email };
  }
  redirect(safeNextPath(form.get("next")));
}
