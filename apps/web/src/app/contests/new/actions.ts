"use server";

import { createContest } from "@arbiter/core/contests";
import { redirect } from "next/navigation";
import type { ActionState } from "@/components/ActionForm";
import { parseProblemLines, utcFromLocalInput } from "@/lib/contestForm";
import { formText } from "@/lib/formText";
import { actionResult } from "@/server/actionResult";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";

/** Empty means "not set"; anything else must be a whole number (createContest says which). */
function minutes(form: FormData, name: string): number | undefined {
  const text = formText(form, name).trim();
  return text === "" ? undefined : Number(text);
}

/** The new-contest form: the REST body's fields, then createContest, then the contest's jury page. */
export async function createContestFromForm(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests/new");
  const startsAt = utcFromLocalInput(formText(form, "startsAt"));
  if (!startsAt) return { error: "Start: pick a date and time (UTC)." };
  const parsed = parseProblemLines(formText(form, "problems"));
  if ("error" in parsed) return { error: parsed.error };
  const slug = formText(form, "slug").trim();
  const result = await actionResult(async () => {
    await createContest(getDb(), user, {
      slug,
      title: formText(form, "title"),
      format: formText(form, "format"),
      startsAt,
      durationMinutes: minutes(form, "durationMinutes"),
      freezeMinutes: minutes(form, "freezeMinutes"),
      penaltyMinutes: minutes(form, "penaltyMinutes"),
      personalMinutes: minutes(form, "personalMinutes"),
      registration: formText(form, "registration"),
      isPublic: form.get("isPublic") === "on",
      hideBoardUntilEnd: form.get("hideBoardUntilEnd") === "on",
      problems: parsed.problems,
    });
    return null;
  });
  if (result.error) return result;
  redirect(`/contests/${slug}/jury`);
}
