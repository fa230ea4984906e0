"use server";

import { createSession, isAppError, signInWithPassword } from "@arbiter/core";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formText } from "@/lib/formText";
import { SESSION_COOKIE, isHttpsRequest, safeReturnPath } from "@/server/auth";
import { getDb } from "@/server/context";

export interface SignInState {
  error: string | null;
  email: string;
}

/** The sign-in form's action: checks the password, sets the session cookie, goes back. */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = formText(form, "email").trim();
  const password = formText(form, "password");
  if (!email || !password) return { error: "Enter your email and password.", email };

  const db = getDb();
  let session;
  try {
    const user = await signInWithPassword(db, email, password);
    session = await createSession(db, user.id);
  } catch (error) {
    if (isAppError(error)) return { error: error.message, email };
    console.error("[web] sign-in failed:", error);
    return { error: "Something went wrong on our side. Please try again.", email };
  }

  (await cookies()).set(SESSION_COOKIE, session.cookieValue, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttpsRequest(),
    path: "/",
    expires: session.expiresAt,
  });
  redirect(safeReturnPath(form.get("next")));
}
