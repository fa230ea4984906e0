import type { AfterJudgeHook } from "../../lifecycle/afterJudge";
import { refreshGradeCells } from "./refreshGradeCells";

/** After a judging: the one cell the submission belongs to. */
export const refreshGradeCellHook: AfterJudgeHook = async ({ db }, event) => {
  if (!event.assignmentId) return;
  await refreshGradeCells(db, event.assignmentId, { userIds: [event.userId], problemIds: [event.problemId] });
};
