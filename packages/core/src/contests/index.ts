/**
 * `@arbiter/core/contests`: the pure rules of contests — no I/O, no Prisma, no Redis, no
 * clock (every "now" is a parameter). Storage builds a `ContestJournal`; everything here
 * turns it into boards, visibility decisions, reveal steps, awards, CSV and CCS objects.
 */
export { isPendingSubmission } from "./journal";
export type {
  ContestJournal,
  JournalParticipant,
  JournalProblem,
  JournalSubtask,
  JournalSubmission,
  JournalSubmissionStatus,
} from "./journal";
export type { RowScore, Scoreboard, ScoreboardCell, ScoreboardRow, ScoreboardType } from "./scoreboard";
export * from "./rules/index";
export * from "./freeze/index";
export * from "./timing/index";
export { revealSteps, type RevealStep } from "./reveal/revealSteps";
export { computeAwards, type AwardSettings, type ContestAward } from "./awards/computeAwards";
export { standingsCsv, csvField } from "./export/standingsCsv";
export { contestConfigIssues, type ContestConfig, type ContestConfigIssue } from "./config/contestConfigIssues";
export * as ccs from "./ccs/index";

// Operations on stored contests (database I/O); everything above stays pure.
export { createContest, createContestSchema } from "./store/createContest";
export { requireContest, type ContestAccess } from "./store/requireContest";
export {
  addContestParticipant,
  addParticipantSchema,
  registerForContest,
  startContestClock,
} from "./store/contestParticipants";
export { resolveContestPlace, type ContestPlace } from "./store/resolveContestPlace";
export { contestTimes, contestSchedule } from "./store/contestClock";
export { thawContest } from "./store/thawContest";
export { getContestOverview, type ContestOverview, type ContestProblemLink } from "./store/getContestOverview";
export { getContestProblem } from "./store/getContestProblem";
export { listContests, type ContestListItem } from "./store/listContests";
export {
  listContestSubmissions,
  contestSubmissionFiltersSchema,
  type ContestSubmissionFilters,
  type ContestSubmissionRow,
} from "./store/listContestSubmissions";
export { rejudgeContestProblem } from "./store/rejudgeContestProblem";
export { rejudgeContestSubmission } from "./store/rejudgeContestSubmission";
export { getContestReveal, type ContestReveal } from "./store/getContestReveal";
export { loadContestJournal } from "./store/loadContestJournal";
export {
  buildScoreboardView,
  type BoardMemo,
  getContestScoreboard,
  type ScoreboardOptions,
  type ScoreboardRowView,
  type ScoreboardView,
} from "./store/getContestScoreboard";
export {
  answerClarification,
  answerSchema,
  askSchema,
  listClarifications,
  postClarification,
  type ClarificationView,
} from "./store/clarifications";
export { contestChannel } from "./store/announceBoardChange";
export {
  CCS_API_VERSION,
  ccsApiInfo,
  ccsContestObject,
  ccsEndpoint,
  ccsEventsSince,
  listCcsContests,
  openCcsContest,
  type CcsContext,
} from "./store/ccs/ccsApi";
export { loadCcsSnapshot } from "./store/ccs/loadCcsSnapshot";
export {
  overrideContestVerdict,
  listVerdictOverrides,
  verdictOverrideSchema,
  type VerdictOverrideView,
} from "./store/overrideContestVerdict";
export { getSubmissionContestPlace, type SubmissionContestPlace } from "./store/getSubmissionContestPlace";
