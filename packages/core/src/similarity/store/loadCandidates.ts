import type { PrismaClient } from "@arbiter/db/client";
import type { SimilarityScope } from "@arbiter/shared";
import { selectSubmissions } from "../selectSubmissions";
import type { SimilarityTarget } from "./resolveSimilarityTarget";

export interface Candidate {
  id: string;
  ownerId: string;
  language: string;
  createdAt: Date;
}

/**
 * The submissions a check over `target` compares. Per participant, the counted one is
 * what grading already chose: an assignment's grade cell (kept by the after-judge hook
 * with `countedSubmission`), a contest's newest accepted submission; else their newest.
 */
export async function loadCandidates(
  db: PrismaClient,
  target: SimilarityTarget,
  scope: SimilarityScope,
): Promise<Candidate[]> {
  const { place, problemId } = target;
  const rows = await db.submission.findMany({
    where: place.assignmentId
      ? { assignmentId: place.assignmentId, problemId }
      : { contestId: place.contestId ?? "", problemId },
    select: { id: true, userId: true, participantId: true, language: true, createdAt: true, verdict: true },
  });
  const candidates = rows.map((r) => ({
    id: r.id,
    ownerId: r.participantId ?? r.userId,
    language: r.language,
    createdAt: r.createdAt,
  }));
  if (scope === "all") return selectSubmissions(candidates, "all");
  const counted = new Map<string, string>();
  if (place.assignmentId) {
    const cells = await db.gradeCell.findMany({
      where: { assignmentId: place.assignmentId, problemId, submissionId: { not: null } },
      select: { userId: true, submissionId: true },
    });
    for (const cell of cells) if (cell.submissionId) counted.set(cell.userId, cell.submissionId);
  } else {
    const accepted = rows
      .filter((r) => r.verdict === "AC")
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const r of accepted) counted.set(r.participantId ?? r.userId, r.id);
  }
  return selectSubmissions(candidates, "counted", counted);
}
