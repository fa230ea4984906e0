import { announceBoardChangeHook } from "../contests/store/announceBoardChange";
import { refreshGradeCellHook } from "../courses/grades/refreshGradeCellHook";
import { verificationHook } from "../problems/verification/verificationHook";
import type { AfterJudgeHook } from "./afterJudge";

/** The after-judge hooks, in order: one line registers a new consumer of "judging finished". */
export const AFTER_JUDGE_HOOKS: readonly { name: string; run: AfterJudgeHook }[] = [
  { name: "assignment grade", run: refreshGradeCellHook },
  { name: "contest board", run: announceBoardChangeHook },
  { name: "problem verification", run: verificationHook },
];
