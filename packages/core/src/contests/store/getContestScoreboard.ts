import type { Contest } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { boardVisibility, type BoardVisibility } from "../freeze/boardVisibility";
import { frozenBanner } from "../freeze/frozenBanner";
import { visibleJournal } from "../freeze/visibleJournal";
import { CONTEST_RULES } from "../rules/index";
import type { ContestJournal } from "../journal";
import type { Scoreboard, ScoreboardRow } from "../scoreboard";
import { contestTimes } from "./contestClock";
import { loadContestJournal } from "./loadContestJournal";
import { requireContest } from "./requireContest";

/** A row of `GET /api/v1/contests/{contest}/scoreboard`, exactly as issue 10 promises it. */
export interface ScoreboardRowView {
  rank: number;
  participant: { id: string; name: string };
  score: { numSolved: number; totalTime: number } | { score: number };
  problems: {
    label: string;
    numJudged: number;
    numPending: number;
    solved: boolean;
    time: number | null;
    firstToSolve: boolean;
    /** Points (IOI) or 1/0 (ICPC): what a score board's cell shows. */
    score: number;
  }[];
}

export interface ScoreboardView {
  frozen: boolean;
  /** The frozen banner, or why there is no board yet. */
  notice: string | null;
  rows: ScoreboardRowView[];
  /** Virtual participants, ranked against the official rows, shown apart. */
  virtualRows: ScoreboardRowView[];
  board: Scoreboard;
  visibility: BoardVisibility;
}

/**
 * The board as `view` shows it at `now`: "public" applies the freeze (and a hidden board)
 * for everyone, participants included; "jury" is the live board, for the contest's jury only.
 * Before the start there is no board to show: its problems are still secret.
 */
export interface ScoreboardOptions {
  view?: "public" | "jury";
  now?: Date;
  /**
   * Where the journal comes from; by default straight from PostgreSQL. The web passes a
   * per-process cache that live boards invalidate, so hundreds of open boards share a read.
   */
  loadJournal?: (contest: Contest) => Promise<ContestJournal>;
  /**
   * Shares computed boards between viewers: called with the journal, a key naming the
   * view (same journal and key, same board) and the computation. The web keeps one board
   * per journal and view, so hundreds of open boards cost one computation per change.
   */
  memoBoard?: BoardMemo;
}

export type BoardMemo = (journal: ContestJournal, key: string, compute: () => Scoreboard) => Scoreboard;

export async function getContestScoreboard(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  { view = "public", now = new Date(), loadJournal, memoBoard }: ScoreboardOptions = {},
): Promise<ScoreboardView> {
  const { contest, isJury } = await requireContest(db, actor, slug, view === "jury" ? "contest.jury" : "contest.view");
  if (now.getTime() < contestTimes(contest).startMs && !isJury) {
    throw new AppError("forbidden", "The contest has not started yet.", { reason: "contest_not_started" });
  }
  const journal = await (loadJournal ? loadJournal(contest) : loadContestJournal(db, contest));
  return buildScoreboardView(contest, journal, view, now, memoBoard);
}

/**
 * The board of a contest the caller was already allowed to see (`getContestScoreboard`
 * checks that), from its journal: for live streams, which check once at connect time.
 */
export function buildScoreboardView(
  contest: Contest,
  journal: ContestJournal,
  view: "public" | "jury",
  now: Date,
  memoBoard?: BoardMemo,
): ScoreboardView {
  const times = contestTimes(contest);
  const visibility = boardVisibility(times, now.getTime(), view === "jury" ? { kind: "jury" } : { kind: "public" });
  const rule = CONTEST_RULES[contest.format];
  const compute = () =>
    rule.scoreboard(visibleJournal(journal, times, visibility), { penaltyMinutes: contest.penaltyMinutes });
  const key = `${contest.format}:${contest.penaltyMinutes}:${JSON.stringify(visibility)}:${JSON.stringify(times)}`;
  const board = memoBoard ? memoBoard(journal, key, compute) : compute();
  return {
    frozen: visibility.mode === "frozen",
    notice:
      visibility.mode === "hidden" ? "The scoreboard is hidden until the contest ends." : frozenBanner(visibility),
    rows: visibility.mode === "hidden" ? [] : board.rows.map(toRowView),
    virtualRows: visibility.mode === "hidden" ? [] : board.virtualRows.map(toRowView),
    board,
    visibility,
  };
}

function toRowView(row: ScoreboardRow): ScoreboardRowView {
  return {
    rank: row.rank,
    participant: { id: row.participant.id, name: row.participant.name },
    score:
      row.score.kind === "pass-fail"
        ? { numSolved: row.score.numSolved, totalTime: row.score.totalTime }
        : { score: row.score.score },
    problems: row.problems.map((c) => ({
      label: c.label,
      numJudged: c.numJudged,
      numPending: c.numPending,
      solved: c.solved,
      time: c.time,
      firstToSolve: c.firstToSolve,
      score: c.score,
    })),
  };
}
