"use server";

import {
  addCourseMember,
  createAssignment,
  disableJoinCode,
  dropCourseMember,
  importRoster,
  issueInvitations,
  rejudgeAssignment,
  writeInvitationsCsv,
  rotateJoinCode,
  setExtension,
  type RosterImportResult,
} from "@arbiter/core/courses";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues } from "@/lib/formResult";
import { formText } from "@/lib/formText";
import { getCurrentUser } from "@/server/auth";
import type { ActionState } from "@/components/ActionForm";
import { getDb, getJudgeQueue } from "@/server/context";
import { failure, type FormResult } from "@/server/courseActionResult";
import { requestOrigin } from "@/server/requestOrigin";

// Every action names its course by a bound argument (set by the server page), re-reads
// the user from the session and lets the core decide with can(): a forged form gets the
// same refusal as the REST API would give.

async function actor(course: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/courses/${course}`)}`);
  return user;
}

/** Adds a member (creating the account when missing) or changes their role or section. */
export async function addMemberAction(course: string, _previous: FormResult, form: FormData): Promise<FormResult> {
  const user = await actor(course);
  try {
    const section = formText(form, "section");
    const added = await addCourseMember(getDb(), user, course, {
      email: formText(form, "email"),
      role: formText(form, "role"),
      ...(section ? { section } : {}),
    });
    revalidatePath(`/courses/${course}`);
    return {
      error: null,
      done: `${added.email} is now ${added.role === "ta" ? "a TA" : `a${added.role === "instructor" ? "n" : ""} ${added.role}`} of this course${added.accountCreated ? " (a new account was created)" : ""}.`,
    };
  } catch (error) {
    return { ...failure(error, "adding a member"), values: formValues(form) };
  }
}

/** Drops a member; their submissions and grades stay. */
export async function dropMemberAction(course: string, form: FormData): Promise<void> {
  const user = await actor(course);
  await dropCourseMember(getDb(), user, course, formText(form, "email"));
  revalidatePath(`/courses/${course}`);
}

/** A fresh join code (switches joining on); the old one stops working. */
export async function rotateJoinCodeAction(course: string): Promise<void> {
  await rotateJoinCode(getDb(), await actor(course), course);
  revalidatePath(`/courses/${course}`);
}

/** Switches joining by code off. */
export async function disableJoinCodeAction(course: string): Promise<void> {
  await disableJoinCode(getDb(), await actor(course), course);
  revalidatePath(`/courses/${course}`);
}

export interface RosterImportState {
  error: string | null;
  /** The CSV as sent, so "Apply" sends exactly what was previewed. */
  csv: string;
  result: RosterImportResult | null;
}

/** Roster CSV: `intent=preview` shows the plan and every row issue; `intent=apply` runs it. */
export async function importRosterAction(
  course: string,
  _previous: RosterImportState,
  form: FormData,
): Promise<RosterImportState> {
  const user = await actor(course);
  // Browsers send a textarea with CRLF line ends; the form compares with its own LF text.
  const csv = formText(form, "csv").replace(/\r\n/g, "\n");
  const apply = formText(form, "intent") === "apply";
  try {
    const result = await importRoster(getDb(), user, course, csv, { apply });
    if (result.applied) revalidatePath(`/courses/${course}`);
    return { error: null, csv, result };
  } catch (error) {
    return { error: failure(error, "importing a roster").error, csv, result: null };
  }
}

/**
 * The new-assignment form. Times arrive as ISO strings the browser computed from its own
 * zone (the server cannot know it); problems and late windows as parallel lists.
 */
export async function createAssignmentAction(
  course: string,
  _previous: FormResult,
  form: FormData,
): Promise<FormResult> {
  const user = await actor(course);
  const problems = form.getAll("problem").map(String);
  const points = form.getAll("points").map(String);
  const untils = form.getAll("lateUntil").map(String);
  const percents = form.getAll("latePercent").map(String);
  let slug: string;
  try {
    ({ slug } = await createAssignment(getDb(), user, course, {
      slug: formText(form, "slug").trim(),
      title: formText(form, "title"),
      opensAt: formText(form, "opensAt"),
      dueAt: formText(form, "dueAt"),
      late: untils.map((until, i) => ({ until, percent: Number(percents[i] ?? "") })),
      afterLate: formText(form, "afterLate") || "closed",
      counts: formText(form, "counts") || "best",
      problems: problems.map((problem, i) => ({ problem: problem.trim(), points: Number(points[i] ?? "") })),
    }));
  } catch (error) {
    return failure(error, "creating an assignment");
  }
  revalidatePath(`/courses/${course}`);
  redirect(`/courses/${course}/${slug}`);
}

/** A later due date for one student; the late windows move with it. */
export async function setExtensionAction(
  ref: { course: string; assignment: string },
  _previous: FormResult,
  form: FormData,
): Promise<FormResult> {
  const user = await actor(ref.course);
  try {
    const set = await setExtension(
      getDb(),
      user,
      { ...ref, email: formText(form, "email") },
      { dueAt: formText(form, "dueAt") },
    );
    revalidatePath(`/courses/${ref.course}/${ref.assignment}`);
    return { error: null, done: `${set.email} is now due ${set.dueAt.replace("T", " ").slice(0, 16)} UTC.` };
  } catch (error) {
    return failure(error, "granting an extension");
  }
}

/** Judges every submission of the assignment again; grades follow as each judging finishes. */
export async function rejudgeAssignmentAction(
  ref: { course: string; assignment: string },
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  const user = await actor(ref.course);
  try {
    const { total, queued, coalesced } = await rejudgeAssignment(
      getDb(),
      getJudgeQueue(),
      user,
      ref.course,
      ref.assignment,
    );
    revalidatePath(`/courses/${ref.course}/${ref.assignment}`);
    if (total === 0) return { error: null, done: "There are no submissions to rejudge yet." };
    return {
      error: null,
      done: `${queued} of ${total} ${total === 1 ? "submission" : "submissions"} queued for rejudging${coalesced > 0 ? ` (${coalesced} already waiting)` : ""}. Grades update as each finishes.`,
    };
  } catch (error) {
    return failure(error, "rejudging an assignment");
  }
}

export interface InvitationLinksState {
  error: string | null;
  links: { email: string; name: string; link: string; expiresAt: string }[];
  skipped: { email: string; reason: string }[];
  /** The links as CSV (formula-safe), for the download button. */
  csv: string;
  /** Whether the form has run (an empty result then says "nobody to invite"). */
  ran: boolean;
}

/** Invitation links for one member (`email`) or every member without a password (empty). */
export async function issueInvitationsAction(
  course: string,
  _previous: InvitationLinksState,
  form: FormData,
): Promise<InvitationLinksState> {
  const user = await actor(course);
  const email = formText(form, "email").trim();
  try {
    const batch = await issueInvitations(getDb(), user, course, email ? { emails: [email] } : {});
    const origin = await requestOrigin();
    const links = batch.invitations.map(({ path, ...rest }) => ({ ...rest, link: `${origin}${path}` }));
    return {
      error: null,
      links: links.map((l) => ({ ...l, expiresAt: l.expiresAt.toISOString() })),
      skipped: batch.skipped,
      csv: writeInvitationsCsv(links),
      ran: true,
    };
  } catch (error) {
    return { error: failure(error, "creating invitation links").error, links: [], skipped: [], csv: "", ran: true };
  }
}
