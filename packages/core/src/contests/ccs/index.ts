export * from "./primitives";
export { formatRelTime, parseRelTime, formatTime, parseTime, formatMinutes, type CcsVersion } from "./time";
export { ccsApiInfoSchema, ccsAccessSchema, ccsContestSchema, ccsStateSchema } from "./contestSchemas";
export {
  ccsJudgementTypeSchema,
  ccsLanguageSchema,
  ccsProblemSchema,
  ccsGroupSchema,
  ccsOrganizationSchema,
  ccsTeamSchema,
} from "./entitySchemas";
export { ccsSubmissionSchema, ccsJudgementSchema, ccsRunSchema, ccsClarificationSchema } from "./judgingSchemas";
export { ccsAwardSchema, ccsScoreboardSchema } from "./scoreboardSchemas";
export { ccsEventSchema, formatEventLine, CCS_EVENT_DATA_SCHEMAS, type CcsEvent, type CcsEventType } from "./eventFeed";
export { CCS_JUDGEMENT_TYPES, ccsJudgementTypeId, ccsJudgementTypes, type CcsJudgementType } from "./judgementTypes";
export { toCcsScoreboard, type CcsScoreboard, type CcsScoreboardContext } from "./toCcsScoreboard";
export { buildCcsEvents, ccsStateAt, CCS_PARTICIPANTS_GROUP, type CcsFeedEvent, type CcsState } from "./buildCcsEvents";
export { ccsObjects, ccsFeedSince, ccsAccess } from "./ccsObjects";
export type {
  CcsSnapshot,
  CcsSnapshotJudging,
  CcsSnapshotProblem,
  CcsSnapshotClarification,
  CcsViewer,
} from "./snapshot";
