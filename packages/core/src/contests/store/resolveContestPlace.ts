import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { classifySubmission } from "../timing/classifySubmission";
import { participantWindow } from "../timing/participantWindow";
import { contestSchedule } from "./contestClock";

export interface ContestPlace {
  contestId: string;
  participantId: string;
  problemId: string;
  notice: string | null;
}

/**
 * Where a submission to a contest goes, by its creation time `now`: 404 for an unknown
 * contest or a problem outside it, 403 for someone with no participant row or before
 * their window opens; after it closes, accepted as upsolving (judged, never counted). A
 * virtual participant's submissions go to their virtual row while its replay runs.
 */
export async function resolveContestPlace(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  problemSlug: string,
  now: Date,
): Promise<ContestPlace> {
  const contest = await db.contest.findUnique({
    where: { slug },
    include: {
      participants: { where: { members: { some: { userId: actor.id } } } },
      problems: { where: { problem: { slug: problemSlug } }, select: { problemId: true } },
    },
  });
  if (!contest) throw new AppError("not_found", `There is no contest called "${slug}".`, { reason: "contest_unknown" });
  const schedule = contestSchedule(contest);
  const rows = contest.participants.map((p) => ({
    id: p.id,
    virtual: p.virtual,
    window: participantWindow(schedule, { startedAtMs: p.startedAt?.getTime() ?? null, virtual: p.virtual }),
  }));
  const official = rows.find((r) => !r.virtual);
  const replaying = rows.find((r) => r.virtual && classifySubmission(r.window, now.getTime()) === "counted");
  const row = replaying ?? official;
  if (!row) {
    throw new AppError("forbidden", "You are not a participant of this contest.", { reason: "not_a_participant" });
  }
  const verdict = classifySubmission(row.window, now.getTime());
  if (verdict === "refused") {
    throw new AppError("forbidden", "The contest has not started for you yet.", { reason: "contest_not_started" });
  }
  // Problems stay hidden until the start, so an unknown label and a hidden one look alike.
  const problemId = contest.problems[0]?.problemId;
  if (!problemId) {
    throw new AppError("bad_request", `Problem "${problemSlug}" is not part of this contest.`, {
      reason: "problem_unknown",
      field: "problem",
    });
  }
  return {
    contestId: contest.id,
    participantId: row.id,
    problemId,
    notice:
      verdict === "upsolving" ? "The contest is over: your submission is judged as upsolving and not counted." : null,
  };
}
