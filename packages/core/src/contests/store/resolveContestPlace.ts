import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { formatWait } from "../../rateLimit/enforceRateLimit";
import type { Actor } from "../../permissions/can";
import { checkSubmissionLimit } from "../limits/contestSubmissionLimit";
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
  await enforceContestLimit(db, contest, row.id, now);
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

/**
 * The contest's own submission limit (issue 10 item 7), per participant row (a team shares
 * it), counted from PostgreSQL so every web process agrees and tests can set the clock.
 * Refused with 429 and when to retry, in words and as `Retry-After`.
 */
async function enforceContestLimit(
  db: PrismaClient,
  contest: { id: string; submissionLimit: number | null; submissionLimitMinutes: number },
  participantId: string,
  now: Date,
): Promise<void> {
  if (contest.submissionLimit === null) return;
  const windowMs = contest.submissionLimitMinutes * 60_000;
  const recent = await db.submission.findMany({
    where: { participantId, createdAt: { gt: new Date(now.getTime() - windowMs), lte: now } },
    select: { createdAt: true },
  });
  const decision = checkSubmissionLimit(
    { count: contest.submissionLimit, windowMs },
    recent.map((s) => s.createdAt.getTime()),
    now.getTime(),
  );
  if (decision.allowed) return;
  const waitSeconds = Math.max(1, Math.ceil((decision.retryAtMs - now.getTime()) / 1000));
  const at = new Date(decision.retryAtMs).toISOString().slice(11, 19);
  const per = contest.submissionLimitMinutes === 1 ? "minute" : `${contest.submissionLimitMinutes} minutes`;
  throw new AppError(
    "rate_limited",
    `This contest allows ${contest.submissionLimit} submissions per ${per}. Try again in ${formatWait(waitSeconds * 1000)} (at ${at} UTC).`,
    { reason: "contest_rate_limit", retryAfterSeconds: waitSeconds },
  );
}
