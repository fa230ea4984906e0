"use server";

import { addSubmissionComment, overrideGrade, type GradeRef } from "@arbiter/core/courses";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/components/ActionForm";
import { formText } from "@/lib/formText";
import { getCurrentUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { failure } from "@/server/courseActionResult";

// The submission (and grade) each action is about is bound by the server page; the user
// is read again from the session and the core decides with can(), so a forged form is
// refused exactly as the REST API would refuse it.

async function reviewer(submissionId: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/submissions/${submissionId}`)}`);
  return user;
}

/** A line comment (`line` set) or an overall note (`line` null) the student then sees. */
export async function addCommentAction(
  target: { submissionId: string; line: number | null },
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const user = await reviewer(target.submissionId);
  try {
    await addSubmissionComment(getDb(), user, target.submissionId, {
      body: formText(form, "body"),
      ...(target.line !== null ? { line: target.line } : {}),
    });
  } catch (error) {
    return failure(error, "adding a comment");
  }
  revalidatePath(`/submissions/${target.submissionId}`);
  return { error: null, done: target.line === null ? "Note saved." : `Comment on line ${target.line} saved.` };
}

/** Sets (or with an empty score, removes) a student's score on one problem, with a reason for the audit log. */
export async function overrideGradeAction(
  target: GradeRef & { submissionId: string },
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const { submissionId, ...ref } = target;
  const user = await reviewer(submissionId);
  const scoreText = formText(form, "score").trim();
  const reason = formText(form, "reason");
  // A number field sends text; "" means "remove the override", anything else must parse.
  const score = scoreText === "" ? null : Number(scoreText);
  try {
    const set = await overrideGrade(getDb(), user, ref, { score, reason });
    revalidatePath(`/submissions/${submissionId}`);
    revalidatePath(`/courses/${ref.course}/${ref.assignment}/grades`);
    return { error: null, done: set.score === null ? "Override removed." : `Score set to ${set.score}.` };
  } catch (error) {
    return failure(error, "overriding a grade");
  }
}
