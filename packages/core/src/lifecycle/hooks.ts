import { refreshGradeCellHook } from "../courses/grades/refreshGradeCellHook";
import type { AfterJudgeHook } from "./afterJudge";

/**
 * The after-judge hooks, in order: one line registers a new consumer of "judging
 * finished" (contest standings will be the next).
 */
export const AFTER_JUDGE_HOOKS: readonly { name: string; run: AfterJudgeHook }[] = [
  { name: "assignment grade", run: refreshGradeCellHook },
];
