"use server";

import { createApiToken, isAppError, revokeApiToken } from "@arbiter/core";
import { revalidatePath } from "next/cache";
import { formText } from "@/lib/formText";
import { getCurrentUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { TOKEN_LIFETIMES } from "./tokenLifetimes";

export interface CreateTokenState {
  error: string | null;
  /** The new token, shown once: only its hash is stored. */
  token: string | null;
}

/** The Account page's "Create token" form. */
export async function createToken(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const user = await getCurrentUser();
  if (!user) return { error: "Your session has ended. Sign in again.", token: null };
  const days = formText(form, "expires");
  if (!(TOKEN_LIFETIMES as readonly string[]).includes(days))
    return { error: "Choose how long it lasts.", token: null };
  try {
    const { token } = await createApiToken(
      getDb(),
      user.id,
      formText(form, "name"),
      days ? { expiresInDays: Number(days) } : {},
    );
    revalidatePath("/account");
    return { error: null, token };
  } catch (error) {
    if (isAppError(error)) return { error: error.message, token: null };
    console.error("[web] token creation failed:", error);
    return { error: "Something went wrong on our side; no token was made.", token: null };
  }
}

/** A token's "Revoke" button; requests with the token are refused from now on. */
export async function revokeToken(form: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  try {
    await revokeApiToken(getDb(), user.id, formText(form, "id"));
  } catch (error) {
    // Already revoked (another tab) or not theirs: either way it is not theirs to use.
    if (!isAppError(error)) throw error;
  }
  revalidatePath("/account");
}
