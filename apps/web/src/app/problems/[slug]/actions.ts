"use server";

import { createSubmission, enforceSubmissionRateLimit, isAppError, type AppErrorReason } from "@arbiter/core";
import { MAX_SOURCE_BYTES } from "@arbiter/shared";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getCurrentUser } from "@/server/auth";
import { formatBytes } from "@/lib/format";
import { formText } from "@/lib/formText";
import { getDb, getJudgeQueue } from "@/server/context";
import { announceContestChange } from "@/server/lifecycle";
import { getRateLimitRedis } from "@/server/rateLimit";

export interface SubmitState {
  error: string | null;
  /**
   * "invalid": refused, fix the code or form; "refused": the assignment takes no
   * submission now (closed, not open yet, not enrolled); "limited": refused, too many too fast
   * (nothing stored); "saved": stored but the queue is unreachable; "failed": our fault.
   */
  kind?: "invalid" | "refused" | "limited" | "saved" | "failed";
}

/**
 * The submit form's action: the per-user rate limit, then one call to
 * `createSubmission`, then the live result page.
 */
export async function submitSolution(_previous: SubmitState, form: FormData): Promise<SubmitState> {
  const problem = formText(form, "problem");
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/problems/${problem}`)}`);

  // The place the page was opened from (`?contest=` or `?assignment=`); createSubmission
  // decides: 403 for outsiders, 409 when an assignment is not open, upsolving after a contest.
  const contest = formText(form, "contest");
  const assignment = formText(form, "assignment");
  const body = {
    problem,
    language: formText(form, "language"),
    source: formText(form, "source"),
    ...(contest ? { contest } : {}),
    ...(assignment ? { assignment } : {}),
  };
  let created: { id: string; enqueued: boolean; contestId: string | null };
  try {
    await enforceSubmissionRateLimit(getRateLimitRedis(), user.id);
    created = await createSubmission(getDb(), getJudgeQueue(), user, body);
  } catch (error) {
    return describeFailure(error);
  }
  if (created.contestId) announceContestChange(created.contestId);
  // Not enqueued means the row is saved but Redis was unreachable: the worker's
  // reconciler picks it up later, and the result page says so.
  // The notice (late credit, judged as practice) is not carried in the URL, where anyone
  // could forge one: the result page recomputes it from the stored submission.
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
    if (error.code === "rate_limited") return { kind: "limited", error: `${error.message} Nothing was submitted.` };
    // An assignment's refusals (not open yet, closed, not enrolled) carry the deadline in
    // their message: shown as they are, with a word on what was not done.
    if (error.code === "conflict" || error.code === "forbidden") {
      return { kind: "refused", error: `${error.message} Nothing was submitted.` };
    }
    return { kind: "invalid", error: (error.reason && FOR_PEOPLE[error.reason]) ?? error.message };
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

/** createSubmission speaks to API clients ("source: source is empty"); say it for people. */
const FOR_PEOPLE: Partial<Record<AppErrorReason, string>> = {
  source_empty: "Your code is empty. Write or upload a solution first.",
  source_too_large: `Your code is larger than ${formatBytes(MAX_SOURCE_BYTES)}. Remove unused code or large tables.`,
  source_has_nul: "Your code contains NUL bytes. Upload the source file itself, not a compiled program.",
  language_not_installed: "That language is not available on this judge right now. Pick another one from the list.",
  not_a_participant:
    "You are not a participant of this contest: register on the contest's page first. Nothing was submitted.",
  contest_not_started: "The contest has not started for you yet, so nothing was submitted.",
};
