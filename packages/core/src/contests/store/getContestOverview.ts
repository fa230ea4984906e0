import type { ContestFormat, ContestRegistration } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { canStartPersonalWindow, canStartVirtual, participantWindow } from "../timing/participantWindow";
import type { ParticipantWindow } from "../timing/participantWindow";
import { contestSchedule, contestTimes } from "./contestClock";
import { requireContest } from "./requireContest";

export interface ContestProblemLink {
  label: string;
  color: string | null;
  slug: string;
  title: string;
}

/** What a contest's page shows one viewer at `now`. */
export interface ContestOverview {
  slug: string;
  title: string;
  format: ContestFormat;
  isPublic: boolean;
  registration: ContestRegistration;
  penaltyMinutes: number;
  startsAt: Date;
  endsAt: Date;
  freezeAt: Date | null;
  thawedAt: Date | null;
  personalMinutes: number | null;
  hideBoardUntilEnd: boolean;
  isJury: boolean;
  /** The jury hands the invite code out; nobody else sees it. */
  inviteCode: string | null;
  /** The viewer's official row and its window (null until a personal window starts). */
  official: { id: string; name: string; window: ParticipantWindow | null } | null;
  /** The viewer's virtual replay, if they started one. */
  virtual: { id: string; window: ParticipantWindow | null } | null;
  /** Null while the problems are still secret to this viewer. */
  problems: ContestProblemLink[] | null;
  canRegister: boolean;
  canStartWindow: boolean;
  canStartVirtual: boolean;
}

/**
 * The contest page's data: its times, the viewer's rows and what they may do next. The
 * problems stay secret until the start (for a personal window, until the viewer's own
 * start or the end), except to the jury.
 */
export async function getContestOverview(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  now: Date = new Date(),
): Promise<ContestOverview> {
  const { contest, isJury } = await requireContest(db, actor, slug, "contest.view");
  const [rows, problems] = await Promise.all([
    db.contestParticipant.findMany({
      where: { contestId: contest.id, members: { some: { userId: actor.id } } },
      select: { id: true, name: true, virtual: true, startedAt: true },
    }),
    db.contestProblem.findMany({
      where: { contestId: contest.id },
      orderBy: { position: "asc" },
      select: { label: true, color: true, problem: { select: { slug: true, title: true } } },
    }),
  ]);
  const schedule = contestSchedule(contest);
  const times = contestTimes(contest);
  const nowMs = now.getTime();
  const windowOf = (row: { startedAt: Date | null; virtual: boolean }) =>
    participantWindow(schedule, { startedAtMs: row.startedAt?.getTime() ?? null, virtual: row.virtual });
  const officialRow = rows.find((r) => !r.virtual);
  const virtualRow = rows.find((r) => r.virtual);
  const official = officialRow ? { id: officialRow.id, name: officialRow.name, window: windowOf(officialRow) } : null;
  const virtual = virtualRow ? { id: virtualRow.id, window: windowOf(virtualRow) } : null;
  const started =
    contest.personalMinutes === null
      ? nowMs >= times.startMs
      : nowMs >= times.endMs || (official?.window !== null && official?.window !== undefined);
  return {
    slug: contest.slug,
    title: contest.title,
    format: contest.format,
    isPublic: contest.isPublic,
    registration: contest.registration,
    penaltyMinutes: contest.penaltyMinutes,
    startsAt: contest.startsAt,
    endsAt: new Date(times.endMs),
    freezeAt: times.freezeAtMs === null ? null : new Date(times.freezeAtMs),
    thawedAt: contest.thawedAt,
    personalMinutes: contest.personalMinutes,
    hideBoardUntilEnd: contest.hideBoardUntilEnd,
    isJury,
    inviteCode: isJury ? contest.inviteCode : null,
    official,
    virtual,
    problems:
      isJury || started
        ? problems.map((p) => ({ label: p.label, color: p.color, slug: p.problem.slug, title: p.problem.title }))
        : null,
    canRegister: !official && !isJury && contest.registration !== "staff" && nowMs < times.endMs,
    canStartWindow: official !== null && official.window === null && canStartPersonalWindow(schedule, nowMs),
    canStartVirtual: !isJury && virtual === null && canStartVirtual(schedule, nowMs),
  };
}
