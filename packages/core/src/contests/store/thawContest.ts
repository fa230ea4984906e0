import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { contestTimes } from "./contestClock";
import { requireContest } from "./requireContest";

/**
 * The jury's manual thaw (CCS `scoreboard_thaw_time`): from `now` on the public board
 * shows every verdict. Only after the end — thawing a running contest would publish the
 * last hour's verdicts while it still matters — and only once: a second thaw keeps the
 * first instant, so the reveal's "final" board never moves.
 */
export async function thawContest(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  now: Date = new Date(),
): Promise<{ thawedAt: Date }> {
  const { contest } = await requireContest(db, actor, slug, "contest.jury");
  const times = contestTimes(contest);
  if (times.freezeAtMs === null) {
    throw new AppError("conflict", "This contest's board never freezes, so there is nothing to thaw.", {
      reason: "board_never_frozen",
    });
  }
  if (now.getTime() < times.endMs) {
    throw new AppError("conflict", "The board can be thawed only after the contest ends.", {
      reason: "contest_not_over",
    });
  }
  if (contest.thawedAt) return { thawedAt: contest.thawedAt };
  await db.contest.update({ where: { id: contest.id }, data: { thawedAt: now } });
  return { thawedAt: now };
}
