import "server-only";
import { isAppError } from "@arbiter/core";
import { ZodError } from "zod";
import type { ActionState } from "@/components/ActionForm";

/**
 * Runs a form's operation and answers with what people should read: our own messages
 * (written for users), zod issues with their field, and a generic line for anything else
 * (logged here, never shown).
 */
export async function actionResult(run: () => Promise<string | null>): Promise<ActionState> {
  try {
    return { error: null, done: await run() };
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    if (error instanceof ZodError) {
      return {
        error: error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "),
      };
    }
    console.error("[web] contest action failed:", error);
    return { error: "Something went wrong on our side. Please try again in a minute." };
  }
}
