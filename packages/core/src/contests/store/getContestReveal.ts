import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { visibleJournal } from "../freeze/visibleJournal";
import { revealSteps, type RevealStep } from "../reveal/revealSteps";
import { CONTEST_RULES } from "../rules/index";
import type { Scoreboard } from "../scoreboard";
import { contestTimes } from "./contestClock";
import { loadContestJournal } from "./loadContestJournal";
import { requireContest } from "./requireContest";

export interface ContestReveal {
  /** The public board as it stood frozen at the end: where the resolver starts. */
  frozen: Scoreboard;
  /** The final board (every verdict): where it ends. */
  final: Scoreboard;
  steps: RevealStep[];
}

/**
 * The resolver's input for the jury, after the end: the frozen public board, the final
 * board and the steps between them (`revealSteps`). A contest without a freeze has no
 * pending cells, so its steps are empty and the frozen board is the final one.
 */
export async function getContestReveal(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  now: Date = new Date(),
): Promise<ContestReveal> {
  const { contest } = await requireContest(db, actor, slug, "contest.jury");
  const times = contestTimes(contest);
  if (now.getTime() < times.endMs) {
    throw new AppError("conflict", "The reveal starts once the contest is over.", { reason: "contest_not_over" });
  }
  const journal = await loadContestJournal(db, contest);
  const rule = CONTEST_RULES[contest.format];
  const settings = { penaltyMinutes: contest.penaltyMinutes };
  const final = rule.scoreboard(journal, settings);
  const frozen =
    times.freezeAtMs === null
      ? final
      : rule.scoreboard(
          visibleJournal(journal, times, {
            mode: "frozen",
            frozenAtMs: times.freezeAtMs,
            minutesRemaining: Math.round((times.endMs - times.freezeAtMs) / 60_000),
          }),
          settings,
        );
  return { frozen, final, steps: revealSteps(rule, frozen, final, settings) };
}
