import type { JournalParticipant } from "../journal";

/** When a contest may be taken, in epoch ms. */
export interface ContestSchedule {
  /** The contest period: official start and end. */
  startMs: number;
  endMs: number;
  /**
   * Personal windows (exams, take-home rounds): each participant starts when they like
   * inside the period and gets this long. Null: everyone shares the official window.
   */
  personalDurationMs: number | null;
}

/** One participant's own start and end, in epoch ms; submissions count inside [startMs, endMs). */
export interface ParticipantWindow {
  startMs: number;
  endMs: number;
}

/**
 * A participant's window, as DMOJ computes it (`ContestParticipation.end_time` in
 * judge/models/contest.py):
 * - official: the contest's start and end;
 * - personal: from their own start, `personalDurationMs` long but never past the contest's
 *   end — a late starter gets less time, so nobody can work after the results are out;
 * - virtual: from their own start (after the end), the personal duration or else the
 *   contest's length, uncapped.
 * Null when the participant has not started a personal or virtual window yet.
 */
export function participantWindow(
  schedule: ContestSchedule,
  participant: Pick<JournalParticipant, "startedAtMs" | "virtual">,
): ParticipantWindow | null {
  const length = schedule.personalDurationMs ?? schedule.endMs - schedule.startMs;
  if (participant.virtual) {
    if (participant.startedAtMs === null) return null;
    return { startMs: participant.startedAtMs, endMs: participant.startedAtMs + length };
  }
  if (schedule.personalDurationMs === null) return { startMs: schedule.startMs, endMs: schedule.endMs };
  if (participant.startedAtMs === null) return null;
  const startMs = Math.max(participant.startedAtMs, schedule.startMs);
  return { startMs, endMs: Math.min(startMs + schedule.personalDurationMs, schedule.endMs) };
}

/**
 * Whether a personal window may be started at `nowMs`: only inside the contest period
 * (start inclusive, end exclusive), and only once (the caller checks it is not started).
 */
export function canStartPersonalWindow(schedule: ContestSchedule, nowMs: number): boolean {
  return schedule.personalDurationMs !== null && nowMs >= schedule.startMs && nowMs < schedule.endMs;
}

/**
 * Whether a virtual participation may start at `nowMs`: only once the contest is over, so
 * the replay never runs beside the official one.
 */
export function canStartVirtual(schedule: ContestSchedule, nowMs: number): boolean {
  return nowMs >= schedule.endMs;
}
