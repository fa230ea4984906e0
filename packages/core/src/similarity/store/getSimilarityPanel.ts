import type { PrismaClient } from "@arbiter/db/client";
import type { SimilarityStatus } from "@arbiter/shared";
import type { Actor } from "../../permissions/can";
import { requireSimilarityStaff, type SimilarityPlace } from "./similarityAccess";

/** The place a page names by slugs ("{course}/{assignment}", or the contest's), or null when unknown. */
async function placeOf(
  db: PrismaClient,
  ref: { assignment: string } | { contest: string },
): Promise<SimilarityPlace | null> {
  if ("assignment" in ref) {
    const [course = "", assignment = ""] = ref.assignment.split("/");
    const row = await db.assignment.findFirst({
      where: { slug: assignment, course: { slug: course } },
      select: { id: true },
    });
    return row ? { assignmentId: row.id } : null;
  }
  const row = await db.contest.findUnique({ where: { slug: ref.contest }, select: { id: true } });
  return row ? { contestId: row.id } : null;
}

export interface SimilarityPanelRow {
  problemId: string;
  slug: string;
  title: string;
  /** The newest check of this problem, if any. */
  latest: {
    id: string;
    status: SimilarityStatus;
    progress: number;
    pairs: number;
    topSimilarity: number | null;
    error: string | null;
    createdAt: string;
  } | null;
}

/**
 * The staff panel on the assignment page and the jury desk: each problem with its newest
 * check. Returns null for anyone who is not staff there, so pages simply show nothing.
 */
export async function getSimilarityPanel(
  db: PrismaClient,
  actor: Actor,
  ref: { assignment: string } | { contest: string },
): Promise<SimilarityPanelRow[] | null> {
  const place = await placeOf(db, ref);
  if (!place) return null;
  try {
    await requireSimilarityStaff(db, actor, place);
  } catch {
    return null;
  }
  const problems = place.assignmentId
    ? (
        await db.assignmentProblem.findMany({
          where: { assignmentId: place.assignmentId },
          orderBy: { position: "asc" },
          select: { problem: { select: { id: true, slug: true, title: true } } },
        })
      ).map((p) => p.problem)
    : (
        await db.contestProblem.findMany({
          where: { contestId: place.contestId ?? "" },
          orderBy: { position: "asc" },
          select: { problem: { select: { id: true, slug: true, title: true } } },
        })
      ).map((p) => p.problem);
  const checks = await db.similarityCheck.findMany({
    where: place.assignmentId ? { assignmentId: place.assignmentId } : { contestId: place.contestId ?? "" },
    orderBy: { createdAt: "desc" },
    distinct: ["problemId"],
    select: {
      id: true,
      problemId: true,
      status: true,
      progress: true,
      error: true,
      createdAt: true,
      _count: { select: { pairs: true } },
      pairs: { where: { rank: 1 }, select: { similarity: true } },
    },
  });
  const latest = new Map(checks.map((c) => [c.problemId, c]));
  return problems.map((p) => {
    const c = latest.get(p.id);
    return {
      problemId: p.id,
      slug: p.slug,
      title: p.title,
      latest: c
        ? {
            id: c.id,
            status: c.status,
            progress: c.progress,
            pairs: c._count.pairs,
            topSimilarity: c.pairs[0]?.similarity ?? null,
            error: c.error,
            createdAt: c.createdAt.toISOString(),
          }
        : null,
    };
  });
}
