"use server";

import { publishProblem, updateProblemDetails } from "@arbiter/core/authoring";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formText } from "@/lib/formText";
import { getCurrentUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { failure, type FormResult } from "@/server/courseActionResult";

// The slug is bound by the server page; the user is re-read from the session and the
// core decides with can(), exactly as for PATCH /api/v1/problems/{slug}.

async function actor(slug: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/author/${slug}`)}`);
  return user;
}

/** A number field as the API takes it; "" stays a (refused) non-number rather than becoming 0. */
function numberField(form: FormData, name: string): number {
  const text = formText(form, name).trim();
  return text === "" ? Number.NaN : Number(text);
}

/** Saves title, statement, limits, tags and difficulty in one go. */
export async function saveProblemDetailsAction(
  slug: string,
  _previous: FormResult,
  form: FormData,
): Promise<FormResult> {
  const user = await actor(slug);
  try {
    const difficulty = formText(form, "difficulty");
    await updateProblemDetails(getDb(), user, slug, {
      title: formText(form, "title"),
      statement: formText(form, "statement"),
      timeLimitMs: numberField(form, "timeLimitMs"),
      memoryLimitMb: numberField(form, "memoryLimitMb"),
      tags: formText(form, "tags")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      difficulty: difficulty === "" ? null : Number(difficulty),
    });
    revalidatePath(`/author/${slug}`);
    revalidatePath(`/problems/${slug}`);
    return { error: null, done: "Saved. Students see the new statement and limits from now on." };
  } catch (error) {
    return failure(error, "saving a problem");
  }
}

/** Publishes the problem to the archive. */
export async function publishAction(slug: string): Promise<void> {
  await publishProblem(getDb(), await actor(slug), slug);
  revalidatePath(`/author/${slug}`);
  revalidatePath("/problems");
}
