"use server";

import {
  addContestParticipant,
  answerClarification,
  overrideContestVerdict,
  postClarification,
  registerForContest,
  rejudgeContestProblem,
  rejudgeContestSubmission,
  startContestClock,
  thawContest,
} from "@arbiter/core/contests";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/components/ActionForm";
import { formText } from "@/lib/formText";
import { actionResult } from "@/server/actionResult";
import { requireUser } from "@/server/auth";
import { getDb, getJudgeQueue } from "@/server/context";
import { announceContestChange, getWebLifecycle } from "@/server/lifecycle";

// The contest pages' forms. Each parses the form, calls one core operation (which checks
// permissions itself) and re-renders the contest's pages.

async function run(form: FormData, operation: (slug: string) => Promise<string | null>): Promise<ActionState> {
  const slug = formText(form, "contest");
  const result = await actionResult(() => operation(slug));
  if (!result.error) revalidatePath(`/contests/${slug}`, "layout");
  return result;
}

const optional = (form: FormData, name: string): string | undefined => formText(form, name).trim() || undefined;

export async function register(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    await registerForContest(getDb(), user, slug, { code: formText(form, "code") });
    return "You are registered.";
  });
}

export async function startClock(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    const { virtual } = await startContestClock(getDb(), user, slug);
    return virtual ? "Your virtual participation has started." : "Your window has started.";
  });
}

export async function askJury(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    await postClarification(getDb(), user, slug, { problem: optional(form, "problem"), text: formText(form, "text") });
    return "Sent.";
  });
}

export async function answer(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    await answerClarification(getDb(), user, slug, formText(form, "id"), {
      answer: formText(form, "answer"),
      toAll: form.get("toAll") === "on",
    });
    return "Answered.";
  });
}

export async function thaw(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    const { thawedAt } = await thawContest(getDb(), user, slug);
    return `The board is thawed (since ${thawedAt.toISOString().slice(11, 19)} UTC).`;
  });
}

export async function rejudgeProblem(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    const label = formText(form, "problem");
    const { total, contestId } = await rejudgeContestProblem(getDb(), getJudgeQueue(), user, slug, label);
    announceContestChange(contestId);
    return `Rejudging ${total} submission${total === 1 ? "" : "s"} of problem ${label}.`;
  });
}

export async function rejudgeOne(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    const { contestId } = await rejudgeContestSubmission(getDb(), getJudgeQueue(), user, slug, formText(form, "id"));
    announceContestChange(contestId);
    return "Rejudging.";
  });
}

export async function addParticipant(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    const email = formText(form, "email");
    const { accountCreated } = await addContestParticipant(getDb(), user, slug, {
      email,
      team: optional(form, "team"),
    });
    return accountCreated ? `Added ${email} (a new account was created).` : `Added ${email}.`;
  });
}

export async function overrideVerdict(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/contests");
  return run(form, async (slug) => {
    const entry = await overrideContestVerdict(getDb(), getWebLifecycle(), user, slug, formText(form, "id"), {
      verdict: formText(form, "verdict"),
      reason: formText(form, "reason"),
    });
    return `Verdict set to ${entry.newVerdict} (was ${entry.oldVerdict ?? "none"}).`;
  });
}
