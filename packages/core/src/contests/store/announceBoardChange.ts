import type { AfterJudgeHook } from "../../lifecycle/afterJudge";

/** The Redis channel on which a contest's board announces that it changed. */
export function contestChannel(contestId: string): string {
  return `arbiter:contest:${contestId}`;
}

/**
 * After a judging in a contest: tell open boards to reload. The message carries no
 * verdict, only that something changed, so nothing leaks through it during a freeze;
 * each viewer's board is recomputed from PostgreSQL with their own visibility.
 */
export const announceBoardChangeHook: AfterJudgeHook = ({ announce }, event) => {
  if (event.contestId) announce?.(contestChannel(event.contestId), JSON.stringify({ type: "board" }));
  return Promise.resolve();
};
