"use server";

import { registerForContest } from "@arbiter/core/contests";
import { redirect } from "next/navigation";
import type { ActionState } from "@/components/ActionForm";
import { formText } from "@/lib/formText";
import { actionResult } from "@/server/actionResult";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";

/**
 * Joins a contest by its name and invite code. A private contest is invisible until one
 * takes part, so its page cannot offer the form: the list does.
 */
export async function joinWithCode(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  const slug = formText(form, "contest").trim();
  if (!slug) return { error: "Contest: type the contest's name as it appears in its address (e.g. spring-cup)." };
  const result = await actionResult(async () => {
    await registerForContest(getDb(), user, slug, { code: formText(form, "code") });
    return null;
  });
  if (result.error) return result;
  redirect(`/contests/${encodeURIComponent(slug)}`);
}
