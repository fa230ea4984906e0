import type { AfterJudgeHook } from "./afterJudge";

/**
 * The after-judge hooks, in order: one line registers a new consumer of "judging
 * finished" (assignment grades, then contest standings).
 */
export const AFTER_JUDGE_HOOKS: readonly { name: string; run: AfterJudgeHook }[] = [];
