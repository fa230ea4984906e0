"use server";

import { getSubmissionDetails, isAppError, type SampleComparison } from "@arbiter/core";
import type { SubmissionView } from "@arbiter/shared";
import { getCurrentUser } from "@/server/auth";
import { getDb } from "@/server/context";

export interface SubmissionResults {
  view: SubmissionView;
  samples: SampleComparison[];
}

/**
 * What the page shows once live judging ends and events carry no more: the final
 * view (compiler output included) and the sample comparisons. Null for anyone who may
 * not see the submission, exactly as for a missing one; the source is not sent (the
 * page already has it).
 */
export async function loadSubmissionResults(id: unknown): Promise<SubmissionResults | null> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
  const user = await getCurrentUser();
  if (!user) return null;
  try {
    const {
      source: _source,
      problemTitle: _t,
      scoring: _s,
      scoreScale: _c,
      totalTests: _n,
      samples,
      ...view
    } = await getSubmissionDetails(getDb(), user, id);
    return { view, samples };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
}
