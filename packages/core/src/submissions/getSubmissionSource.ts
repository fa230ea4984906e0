import type { PrismaClient } from "@arbiter/db/client";
import { isLanguageId, type LanguageId } from "@arbiter/shared";
import { parseRecordId } from "../recordId";
import { canViewSubmission, submissionNotFound, type Viewer } from "./access";

export interface SubmissionSource {
  /** The problem's slug. */
  problem: string;
  language: LanguageId;
  source: string;
}

/**
 * A submission's code, for opening it in the editor again. Someone else's submission
 * (for a student) is the same `not_found` as a missing one.
 */
export async function getSubmissionSource(db: PrismaClient, viewer: Viewer, id: string): Promise<SubmissionSource> {
  const row = await db.submission.findUnique({
    where: { id: parseRecordId(id, "submission id") },
    select: { userId: true, language: true, source: true, problem: { select: { slug: true } } },
  });
  if (!row || !canViewSubmission(viewer, row.userId) || !isLanguageId(row.language)) throw submissionNotFound();
  return { problem: row.problem.slug, language: row.language, source: row.source };
}
