export { discloseResults, type DisclosedResults, type MeasuredTestResult } from "./discloseResults";
export { discloseJudgeEvent } from "./discloseJudgeEvent";
