// Types and enums only: importing this entry point never opens a connection.
export type {
  User,
  Session,
  ApiToken,
  Problem,
  TestCase,
  Submission,
  Judging,
  TestResult,
  Runtime,
} from "./generated/client";
export type { Role, Verdict, SubmissionStatus } from "./generated/enums";
