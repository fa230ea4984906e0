"use server";

import { createSubmission, isAppError } from "@arbiter/core";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getCurrentUser } from "@/server/auth";
import { formText } from "@/lib/formText";
import { getDb, getJudgeQueue } from "@/server/context";

export interface SubmitState {
  error: string | null;
  /** "saved" when the submission exists but could not be queued yet. */
  kind?: "invalid" | "saved" | "failed";
}

/** The submit form's action: one call to `createSubmission`, then the live result page. */
export async function submitSolution(_previous: SubmitState, form: FormData): Promise<SubmitState> {
  const problem = formText(form, "problem");
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/problems/${problem}`)}`);

  const body = { problem, language: formText(form, "language"), source: formText(form, "source") };
  let created: { id: string; enqueued: boolean };
  try {
    created = await createSubmission(getDb(), getJudgeQueue(), user, body);
  } catch (error) {
    return describeFailure(error);
  }
  // Not enqueued means the row is saved but Redis was unreachable: the worker's
  // reconciler picks it up later, and the result page says so.
  redirect(`/submissions/${created.id}${created.enqueued ? "" : "?delayed=1"}`);
}

function describeFailure(error: unknown): SubmitState {
  if (isAppError(error)) {
    if (error.code === "unavailable") {
      return {
        kind: "saved",
        error:
          "Your submission was saved, but the judge is temporarily unavailable. Judging will start when the judge is back; you can follow it under My submissions.",
      };
    }
    return { kind: "invalid", error: error.message };
  }
  if (error instanceof ZodError) {
    return { kind: "invalid", error: error.issues.map((i) => i.message).join("; ") };
  }
  console.error("[web] submit failed:", error);
  return {
    kind: "failed",
    error: "Something went wrong on our side, so nothing was submitted. Please try again in a minute.",
  };
}
