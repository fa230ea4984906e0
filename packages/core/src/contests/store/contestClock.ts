import type { Contest } from "@arbiter/db";
import type { ContestTimes } from "../freeze/boardVisibility";
import type { ContestSchedule } from "../timing/participantWindow";

type ContestTiming = Pick<
  Contest,
  "startsAt" | "durationMinutes" | "freezeMinutes" | "thawAt" | "thawedAt" | "personalMinutes" | "hideBoardUntilEnd"
>;

const MINUTE_MS = 60_000;

/** The stored contest's times as the pure freeze rules take them (epoch ms). */
export function contestTimes(contest: ContestTiming): ContestTimes {
  const startMs = contest.startsAt.getTime();
  const endMs = startMs + contest.durationMinutes * MINUTE_MS;
  const thaws = [contest.thawedAt, contest.thawAt].filter((t): t is Date => t !== null).map((t) => t.getTime());
  return {
    startMs,
    endMs,
    freezeAtMs: contest.freezeMinutes === null ? null : endMs - contest.freezeMinutes * MINUTE_MS,
    thawAtMs: thaws.length > 0 ? Math.min(...thaws) : null,
    hideBoardUntilEnd: contest.hideBoardUntilEnd,
  };
}

/** When the contest may be taken, as the pure timing rules take it. */
export function contestSchedule(contest: ContestTiming): ContestSchedule {
  const { startMs, endMs } = contestTimes(contest);
  return {
    startMs,
    endMs,
    personalDurationMs: contest.personalMinutes === null ? null : contest.personalMinutes * MINUTE_MS,
  };
}
