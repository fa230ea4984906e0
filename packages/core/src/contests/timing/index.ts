export {
  participantWindow,
  canStartPersonalWindow,
  canStartVirtual,
  type ContestSchedule,
  type ParticipantWindow,
} from "./participantWindow";
export { classifySubmission, contestTimeMs, type SubmissionClass } from "./classifySubmission";
