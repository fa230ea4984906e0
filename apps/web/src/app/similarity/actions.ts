"use server";

import { reviewSimilarityPair, startSimilarityCheck } from "@arbiter/core/similarity";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formText } from "@/lib/formText";
import { getCurrentUser } from "@/server/auth";
import { getDb, getSimilarityQueue } from "@/server/context";
import { failure, type FormResult } from "@/server/courseActionResult";

/** Where a check is started from: the bound arguments the server page sets. */
export type CheckOrigin = { assignment: string; problem: string } | { contest: string; problem: string };

/** Starts (or re-runs) a check and opens its report; the core decides who may. */
export async function startCheckAction(
  origin: CheckOrigin,
  _previous: FormResult,
  form: FormData,
): Promise<FormResult> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  let id: string;
  try {
    const scope = formText(form, "scope") === "all" ? "all" : "counted";
    const ignore = formText(form, "ignore");
    id = (await startSimilarityCheck(getDb(), getSimilarityQueue(), user, { ...origin, scope, ignore })).id;
  } catch (error) {
    return failure(error, "starting a similarity check");
  }
  redirect(`/similarity/${id}`);
}

/** Marks a pair fine or suspicious with a note. */
export async function reviewPairAction(
  target: { checkId: string; pairId: string },
  _previous: FormResult,
  form: FormData,
): Promise<FormResult> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  try {
    const saved = await reviewSimilarityPair(getDb(), user, target.checkId, target.pairId, {
      verdict: formText(form, "verdict"),
      note: formText(form, "note"),
    });
    revalidatePath(`/similarity/${target.checkId}`);
    return { error: null, done: saved.verdict === "fine" ? "Marked as reviewed — fine." : "Marked as suspicious." };
  } catch (error) {
    return failure(error, "reviewing a similarity pair");
  }
}
