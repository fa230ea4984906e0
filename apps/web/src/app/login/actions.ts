"use server";

import { enforceSignInRateLimit, isAppError, signInWithPassword } from "@arbiter/core";
import { redirect } from "next/navigation";
import { formText } from "@/lib/formText";
import { safeReturnPath } from "@/server/auth";
import { getDb } from "@/server/context";
import { clientIp, getRateLimitRedis } from "@/server/rateLimit";
import { startSession } from "./startSession";

export interface SignInState {
  error: string | null;
  email: string;
}

/**
 * The sign-in form's action: counts the attempt against the address and the account
 * (brute-force limits), checks the password, sets the session cookie, goes back.
 */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = formText(form, "email").trim();
  const password = formText(form, "password");
  if (!email || !password) return { error: "Enter your email and password.", email };

  try {
    await enforceSignInRateLimit(getRateLimitRedis(), { email, ip: await clientIp() });
    const user = await signInWithPassword(getDb(), email, password);
    await startSession(user.id);
  } catch (error) {
    if (isAppError(error)) return { error: error.message, email };
    console.error("[web] sign-in failed:", error);
    return { error: "Something went wrong on our side. Please try again.", email };
  }
  redirect(safeReturnPath(form.get("next")));
}
