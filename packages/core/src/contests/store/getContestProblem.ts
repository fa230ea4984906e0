import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { getContestOverview } from "./getContestOverview";

/**
 * A problem as a contest shows it (the problem page's `?contest=` context): its label and
 * colour, once the viewer may see the contest's problems. A contest's problems may be
 * private, so this — not the problem's own visibility — decides; a problem outside the
 * contest, or one still secret, is as unknown as a missing one.
 */
export async function getContestProblem(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  problemSlug: string,
  now: Date = new Date(),
): Promise<{ contestTitle: string; label: string; color: string | null; isJury: boolean; upsolving: boolean }> {
  const overview = await getContestOverview(db, actor, slug, now);
  const problem = overview.problems?.find((p) => p.slug === problemSlug);
  if (!problem) {
    throw new AppError("not_found", `Problem "${problemSlug}" is not part of this contest.`, {
      reason: "problem_unknown",
    });
  }
  const nowMs = now.getTime();
  const replay = overview.virtual?.window;
  const replaying = replay ? nowMs >= replay.startMs && nowMs < replay.endMs : false;
  return {
    contestTitle: overview.title,
    label: problem.label,
    color: problem.color,
    isJury: overview.isJury,
    // After the end a submission is judged but never counted, unless a virtual replay runs.
    upsolving: nowMs >= overview.endsAt.getTime() && !replaying,
  };
}
