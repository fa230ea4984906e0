import type { HiddenTestDisclosure, JudgeEvent } from "@arbiter/shared";

/**
 * A live judge event as `discloseResults` would show its result, or null when the viewer
 * must not get it at all (a hidden test under `verdict_only` or `first_failure`: even its
 * arrival time would measure the test). Under `per_test` a hidden test's verdict goes out
 * without its time and memory. Events other than tests pass unchanged.
 */
export function discloseJudgeEvent(
  disclosure: HiddenTestDisclosure,
  viewerIsStaff: boolean,
  event: JudgeEvent,
): JudgeEvent | null {
  if (viewerIsStaff || event.type !== "test" || event.sample) return event;
  if (disclosure !== "per_test") return null;
  return { ...event, timeMs: null, memoryKb: null };
}
