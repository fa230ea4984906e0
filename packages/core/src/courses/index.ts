// The pure rules of courses and assignments: no database, no Redis, no clock (every time
// is an argument). Persistence and the API live elsewhere and call these.
export {
  creditTimelineSchema,
  MAX_LATE_WINDOWS,
  type AfterLate,
  type CreditTimeline,
  type CreditTimelineInput,
  type LateWindow,
} from "./creditTimeline";
export { parseCreditTimeline, fieldName, type FieldIssue, type ParseResult } from "./parseCreditTimeline";
export { effectiveTimeline, type Extensions } from "./effectiveTimeline";
export { parseExtension } from "./parseExtension";
export { creditAt, isCounted, type Credit } from "./creditAt";
export { nextCreditChange, type CreditOutlook } from "./nextCreditChange";
export { classifySubmission, type ClassifyOptions, type SubmissionClass } from "./classifySubmission";
export { formatDeadline } from "./formatDeadline";
export { problemScore, roundScore } from "./problemScore";
export { countedSubmission, type CountsPolicy, type GradedAttempt } from "./countedSubmission";
export {
  buildGradeRows,
  type AssignmentProblem,
  type GradeCell,
  type GradeRow,
  type GradebookInput,
  type GradebookStudent,
  type GradebookSubmission,
  type ScoreOverride,
} from "./buildGradeRows";
export { courseTotals, type AssignmentGrades, type CourseTotalRow } from "./courseTotals";
export { toGradesResponse, gradesResponseRowSchema, type GradesResponseRow } from "./toGradesResponse";
export { scoreOverrideSchema, MAX_OVERRIDE_REASON_LENGTH } from "./scoreOverrideSchema";
export { guessDelimiter, parseCsv, type CsvParseResult, type CsvRecord } from "./csv/parseCsv";
export {
  parseRoster,
  MAX_ROSTER_LINES,
  MAX_ROSTER_ISSUES,
  type RosterIssue,
  type RosterOptions,
  type RosterRow,
} from "./csv/parseRoster";
export { planRosterImport, type ExistingAccount, type ExistingMember, type RosterPlan } from "./planRosterImport";
export { csvLine, csvNumber, csvText } from "./csv/csvField";
export { writeGradesCsv, type GradesCsvOptions } from "./csv/writeGradesCsv";
export { generateJoinCode, formatJoinCode, normalizeJoinCode, JOIN_CODE_LENGTH } from "./joinCode";
export { problemStatistics, type ProblemStatistics, type StatSubmission, type VerdictCounts } from "./statistics";
export { scoreHistogram, type HistogramBin } from "./scoreHistogram";

// Operations on stored courses (database I/O); the rules above stay pure.
export { createCourse, createCourseSchema } from "./store/createCourse";
export { requireCourse, type CourseAccess } from "./store/requireCourse";
export { addCourseMember, dropCourseMember, addMemberSchema } from "./store/courseMembers";
export { joinCourse, joinSchema } from "./store/joinCourse";
export { createAssignment, assignmentSchema, HIDDEN_TEST_POLICIES } from "./store/createAssignment";
export { setExtension, extensionSchema } from "./store/setExtension";
export { resolveAssignmentPlace, type AssignmentPlace } from "./store/resolveAssignmentPlace";
export { assignmentTimeline } from "./store/assignmentTimeline";
export { refreshGradeCells, type GradeCellScope } from "./grades/refreshGradeCells";
export { getAssignmentGrades, type AssignmentGradebook, type GradesQuery } from "./grades/getAssignmentGrades";
export { exportCourseGrades } from "./grades/exportCourseGrades";
export { gradebookVersion } from "./grades/gradebookVersion";
export {
  addSubmissionComment,
  listSubmissionComments,
  commentSchema,
  type CommentView,
} from "./review/submissionComments";
export { overrideGrade, type GradeRef } from "./review/overrideGrade";
export { rejudgeAssignment } from "./review/rejudgeAssignment";
export {
  getSubmissionReview,
  REVIEW_TEXT_SHOWN_BYTES,
  type ReviewAudit,
  type ReviewGrade,
  type ReviewTest,
  type SubmissionReview,
} from "./review/getSubmissionReview";
export {
  listAssignmentSubmissions,
  ASSIGNMENT_SUBMISSIONS_SHOWN,
  type AssignmentSubmissionRow,
} from "./review/listAssignmentSubmissions";
export { assignmentStatus, type AssignmentStatus } from "./assignmentStatus";
export { rotateJoinCode, disableJoinCode } from "./store/joinCodeControls";
export { importRoster, MAX_ROSTER_BYTES, type RosterImportResult } from "./store/importRoster";
export { listMyCourses, type MyCourse } from "./store/listMyCourses";
export { getCourseView, type CourseView, type CourseAssignmentRow } from "./store/getCourseView";
export { getAssignmentView, type AssignmentView, type AssignmentProblemView } from "./store/getAssignmentView";
export { getCourseRoster, type CourseRoster, type RosterMember } from "./store/getCourseRoster";
export { getSubmissionPlace, type SubmissionPlace } from "./store/getSubmissionPlace";
export { getAssignmentStatistics, type AssignmentStatistics } from "./store/getAssignmentStatistics";
export {
  issueInvitations,
  issueInvitationsSchema,
  type InvitationBatch,
  type IssuedInvitation,
} from "./invitations/issueInvitations";
export { inspectInvitation, redeemInvitation, type InvitationView } from "./invitations/redeemInvitation";
export {
  invitationState,
  invitationPath,
  INVITATION_TTL_DAYS,
  MAX_INVITATION_TTL_DAYS,
  type InvitationState,
} from "./invitations/invitationState";
export { writeInvitationsCsv, type InvitationLinkRow } from "./invitations/writeInvitationsCsv";
