import { creditAt } from "./creditAt";
import type { CreditTimeline } from "./creditTimeline";
import { effectiveTimeline, type Extensions } from "./effectiveTimeline";

/**
 * Where one student stands on an assignment at `now`, with the next time that changes it:
 * what the course and assignment pages show ("open — due in 3 h", "late: 80 %", "closed").
 */
export type AssignmentStatus =
  | { kind: "not_open"; opensAt: Date }
  | { kind: "open"; dueAt: Date; next: { percent: number; until: Date } | null }
  | { kind: "late"; percent: number; until: Date; next: { percent: number; until: Date } | null }
  | { kind: "closed"; closedAt: Date }
  | { kind: "practice"; closedAt: Date };

/** The status of an assignment for a student with these extensions, at `now`. */
export function assignmentStatus(
  timeline: CreditTimeline,
  extensions: Extensions | undefined,
  now: Date,
): AssignmentStatus {
  const own = effectiveTimeline(timeline, extensions);
  const credit = creditAt(own, now);
  const closedAt = own.late.at(-1)?.until ?? own.dueAt;
  switch (credit.kind) {
    case "not_open":
      return { kind: "not_open", opensAt: own.opensAt };
    case "on_time":
      return { kind: "open", dueAt: own.dueAt, next: own.late[0] ?? null };
    case "late": {
      const window = own.late[credit.windowIndex];
      return {
        kind: "late",
        percent: credit.percent,
        until: window?.until ?? closedAt,
        next: own.late[credit.windowIndex + 1] ?? null,
      };
    }
    case "closed":
      return { kind: "closed", closedAt };
    case "practice":
      return { kind: "practice", closedAt };
  }
}
