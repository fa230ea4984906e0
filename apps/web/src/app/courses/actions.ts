"use server";

import { createCourse, joinCourse } from "@arbiter/core/courses";
import { redirect } from "next/navigation";
import { formValues } from "@/lib/formResult";
import { formText } from "@/lib/formText";
import { getCurrentUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { failure, type FormResult } from "@/server/courseActionResult";

/** "Join a course": the code → joinCourse → the course's page. */
export async function joinCourseAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/courses");
  let slug: string;
  try {
    ({ slug } = await joinCourse(getDb(), user, { code: formText(form, "code") }));
  } catch (error) {
    return failure(error, "joining a course");
  }
  redirect(`/courses/${slug}?joined=1`);
}

/** "New course": slug, title, term and sections (one per line) → createCourse → its page. */
export async function createCourseAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/courses/new");
  const sections = formText(form, "sections")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  let slug: string;
  try {
    ({ slug } = await createCourse(getDb(), user, {
      slug: formText(form, "slug").trim(),
      title: formText(form, "title"),
      term: formText(form, "term"),
      sections,
    }));
  } catch (error) {
    return { ...failure(error, "creating a course"), values: formValues(form) };
  }
  redirect(`/courses/${slug}`);
}
