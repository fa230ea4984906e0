"use server";

import { isAppError } from "@arbiter/core";
import { redeemInvitation } from "@arbiter/core/courses";
import { redirect } from "next/navigation";
import { formText } from "@/lib/formText";
import { getDb } from "@/server/context";
import { startSession } from "../../login/startSession";

export interface InvitationFormState {
  error: string | null;
  fieldErrors: { password?: string; confirm?: string };
}

/** Sets the password through the link (used up by it), signs the person in, opens My courses. */
export async function acceptInvitation(
  token: string,
  _previous: InvitationFormState,
  form: FormData,
): Promise<InvitationFormState> {
  const password = formText(form, "password");
  if (password !== formText(form, "confirm")) {
    return { error: null, fieldErrors: { confirm: "The two passwords do not match." } };
  }
  try {
    const { userId } = await redeemInvitation(getDb(), token, password);
    await startSession(userId);
  } catch (error) {
    if (isAppError(error)) {
      return error.field === "password"
        ? { error: null, fieldErrors: { password: error.message } }
        : { error: error.message, fieldErrors: {} };
    }
    console.error("[web] accepting an invitation failed:", error);
    return { error: "Something went wrong on our side; your password was not set. Please try again.", fieldErrors: {} };
  }
  redirect("/courses");
}
