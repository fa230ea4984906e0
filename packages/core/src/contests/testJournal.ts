import type { Verdict } from "@arbiter/shared";
import type { ContestJournal, JournalParticipant, JournalProblem, JournalSubmission } from "./journal";

// Builders for the unit tests: short worked examples read better than object literals.

export const MIN = 60_000;

export function participant(id: string, extra: Partial<JournalParticipant> = {}): JournalParticipant {
  return { id, name: id, startedAtMs: null, virtual: false, ...extra };
}

export function problem(label: string, extra: Partial<JournalProblem> = {}): JournalProblem {
  return { label, id: label.toLowerCase(), maxScore: 100, subtasks: [], ...extra };
}

let nextId = 0;

/** A judged submission at `minute` (fractions allowed) with `verdict`; `pending` for none yet. */
export function sub(
  participantId: string,
  problemLabel: string,
  minute: number,
  verdict: Verdict | "pending",
  extra: Partial<JournalSubmission> = {},
): JournalSubmission {
  nextId++;
  const pending = verdict === "pending";
  return {
    id: `s${String(nextId).padStart(4, "0")}`,
    participantId,
    problemLabel,
    timeMs: Math.round(minute * MIN),
    status: pending ? "pending" : "judged",
    verdict: pending ? null : verdict,
    score: verdict === "AC" ? 100 : 0,
    ...extra,
  };
}

export function journal(
  participants: JournalParticipant[],
  problems: JournalProblem[],
  submissions: JournalSubmission[],
): ContestJournal {
  return { participants, problems, submissions };
}
