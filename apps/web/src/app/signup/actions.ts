"use server";

import { enforceSignUpRateLimit, isAppError, signUpSchema, signUpStudent } from "@arbiter/core";
import { redirect } from "next/navigation";
import { formText } from "@/lib/formText";
import { safeNextPath } from "@/server/auth";
import { getDb } from "@/server/context";
import { clientIp, getRateLimitRedis } from "@/server/rateLimit";
import { startSession } from "../login/startSession";

export type SignUpField = "name" | "email" | "password" | "confirm";

export interface SignUpState {
  /** A message per field, shown under it. */
  fieldErrors: Partial<Record<SignUpField, string>>;
  /** A message about the whole form (rate limit, server trouble). */
  error: string | null;
  /** What the person typed, so a refused form keeps it (never the passwords). */
  values: { name: string; email: string };
}

/** The sign-up form's action: validates, creates a student account, signs it in. */
export async function signUp(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const input = { name: formText(form, "name"), email: formText(form, "email"), password: formText(form, "password") };
  const values = { name: input.name, email: input.email };

  const fieldErrors: SignUpState["fieldErrors"] = {};
  const parsed = signUpSchema.safeParse(input);
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as SignUpField;
    fieldErrors[field] ??= issue.message;
  }
  if (!fieldErrors.password && input.password !== formText(form, "confirm")) {
    fieldErrors.confirm = "The two passwords do not match.";
  }
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, error: null, values };

  try {
    await enforceSignUpRateLimit(getRateLimitRedis(), await clientIp());
    const user = await signUpStudent(getDb(), input);
    await startSession(user.id);
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "bad_request") return { fieldErrors: { email: error.message }, error: null, values };
      return { fieldErrors: {}, error: error.message, values };
    }
    console.error("[web] sign-up failed:", error);
    return {
      fieldErrors: {},
      error: "Something went wrong on our side, so no account was created. Please try again.",
      values,
    };
  }
  redirect(safeNextPath(form.get("next")));
}
