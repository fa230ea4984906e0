import type { PrismaClient } from "@arbiter/db/client";
import {
  courseRoleSchema,
  hiddenTestDisclosureSchema,
  languageIdSchema,
  scoringSchema,
  submissionStatusSchema,
  verdictSchema,
  type HiddenTestDisclosure,
  type LanguageId,
  type ScoringMode,
  type SubmissionStatus,
  type Verdict,
} from "@arbiter/shared";
import type { ScoredGroup } from "./scoreScale";
import { canViewSubmission, isSubmissionStaff, submissionNotFound, type Viewer } from "./access";
import { parseRecordId } from "../recordId";

/** A submission as stored, with what its views need; loaded in two round trips. */
export interface LoadedSubmission {
  id: string;
  language: LanguageId;
  source: string;
  status: SubmissionStatus;
  verdict: Verdict | null;
  score: number | null;
  createdAt: Date;
  problem: {
    slug: string;
    title: string;
    scoring: ScoringMode;
    groups: ScoredGroup[];
    totalTests: number;
    hiddenTestDisclosure: HiddenTestDisclosure;
  };
  /** Of the newest judging; null before one started or when it kept no compiler output. */
  compileOutput: string | null;
  results: LoadedResult[];
  /** The viewer is staff for it (its course's instructors and TAs, admins): sees hidden tests. */
  viewerIsStaff: boolean;
  /** "{course}/{assignment}" when it was made for an assignment. */
  assignment: string | null;
}

export interface LoadedResult {
  index: number;
  verdict: Verdict;
  timeMs: number;
  memoryKb: number;
  sample: boolean;
  /**
   * Sample tests only (null for hidden ones, by the query itself): what the program
   * printed, and the test, each cut to `maxSampleBytes` + 1 bytes (so a cut is detectable).
   */
  output: Uint8Array | null;
  input: Uint8Array | null;
  answer: Uint8Array | null;
}

interface HeadRow {
  id: string;
  userId: string;
  language: string;
  source: string;
  status: string;
  verdict: string | null;
  score: number | null;
  createdAt: Date;
  slug: string;
  title: string;
  scoring: string;
  disclosure: string;
  groups: ScoredGroup[];
  totalTests: number;
  judgingId: string | null;
  compileOutput: string | null;
  viewerCourseRole: string | null;
  viewerIsJury: boolean;
  viewerIsTeammate: boolean;
  assignment: string | null;
}

interface ResultRow {
  index: number;
  verdict: string;
  timeMs: number;
  memoryKb: number;
  isSample: boolean;
  /** Base64: the driver adapter cannot return bytea from a raw query. */
  output: string | null;
  input: string | null;
  answer: string | null;
}

/**
 * Reads a submission for `viewer`, or throws `not_found` (also when it is someone
 * else's, checked before any test data is read). The submission page is the app's
 * hottest read, so this is SQL rather than a Prisma include tree: one round trip for the
 * submission, its problem and newest judging, one for the results; the Prisma version
 * took eight. The second query returns input, answer and output for SAMPLE tests only
 * (`CASE WHEN isSample`), so hidden test data never leaves the database; `withSampleData`
 * false skips even those.
 */
export async function loadSubmission(
  db: PrismaClient,
  viewer: Viewer,
  id: string,
  { withSampleData, maxSampleBytes = 64 * 1024 }: { withSampleData: boolean; maxSampleBytes?: number },
): Promise<LoadedSubmission> {
  parseRecordId(id, "submission id");
  const [head] = await db.$queryRaw<HeadRow[]>`
    SELECT s.id, s."userId", s.language, s.source, s.status::text AS status, s.verdict::text AS verdict,
           s.score, s."createdAt", p.slug, p.title, p.scoring::text AS scoring,
           COALESCE(ct."hiddenTestDisclosure", a."hiddenTestDisclosure", p."hiddenTestDisclosure")::text AS disclosure,
           (SELECT coalesce(json_agg(json_build_object('name', g.name, 'points', g.points)), '[]'::json)
              FROM "TestGroup" g WHERE g."problemId" = p.id) AS groups,
           (SELECT count(*)::int FROM "TestCase" t WHERE t."problemId" = p.id) AS "totalTests",
           j.id AS "judgingId", j."compileOutput",
           (SELECT m.role::text FROM "CourseMember" m
             WHERE m."courseId" = a."courseId" AND m."userId" = ${viewer.id} AND m."droppedAt" IS NULL) AS "viewerCourseRole",
           EXISTS (SELECT 1 FROM "ContestJury" cj
                    WHERE cj."contestId" = s."contestId" AND cj."userId" = ${viewer.id}) AS "viewerIsJury",
           EXISTS (SELECT 1 FROM "ContestTeamMember" tm
                    WHERE tm."participantId" = s."participantId" AND tm."userId" = ${viewer.id}) AS "viewerIsTeammate",
           CASE WHEN a.id IS NOT NULL THEN c.slug || '/' || a.slug END AS assignment
      FROM "Submission" s
      JOIN "Problem" p ON p.id = s."problemId"
      LEFT JOIN "Assignment" a ON a.id = s."assignmentId"
      LEFT JOIN "Course" c ON c.id = a."courseId"
      LEFT JOIN "Contest" ct ON ct.id = s."contestId"
      LEFT JOIN LATERAL (
        SELECT id, "compileOutput" FROM "Judging"
         WHERE "submissionId" = s.id AND reason <> 'override' ORDER BY "startedAt" DESC LIMIT 1
      ) j ON true
     WHERE s.id = ${id}`;
  if (!head) throw submissionNotFound();
  const standing = {
    courseRole: courseRoleSchema.nullable().parse(head.viewerCourseRole),
    contestJury: head.viewerIsJury,
    teammate: head.viewerIsTeammate,
  };
  if (!canViewSubmission(viewer, head.userId, standing)) throw submissionNotFound();

  const keep = maxSampleBytes + 1;
  const results = head.judgingId
    ? await db.$queryRaw<ResultRow[]>`
        SELECT r.index, r.verdict::text AS verdict, r."timeMs", r."memoryKb", t."isSample",
               CASE WHEN t."isSample" AND ${withSampleData}
                    THEN encode(substring(r.output FROM 1 FOR ${keep}), 'base64') END AS output,
               CASE WHEN t."isSample" AND ${withSampleData}
                    THEN (SELECT encode(substring(c.data FROM 1 FOR ${keep}), 'base64') FROM "TestFileChunk" c
                           WHERE c.hash = t."inputHash" AND c.seq = 0) END AS input,
               CASE WHEN t."isSample" AND ${withSampleData}
                    THEN (SELECT encode(substring(c.data FROM 1 FOR ${keep}), 'base64') FROM "TestFileChunk" c
                           WHERE c.hash = t."answerHash" AND c.seq = 0) END AS answer
          FROM "TestResult" r
          JOIN "TestCase" t ON t.id = r."testCaseId"
         WHERE r."judgingId" = ${head.judgingId}
         ORDER BY r.index`
    : [];

  return {
    id: head.id,
    language: languageIdSchema.parse(head.language),
    source: head.source,
    status: submissionStatusSchema.parse(head.status),
    verdict: head.verdict === null ? null : verdictSchema.parse(head.verdict),
    score: head.score,
    createdAt: head.createdAt,
    problem: {
      slug: head.slug,
      title: head.title,
      scoring: scoringSchema.parse(head.scoring),
      groups: head.groups,
      totalTests: head.totalTests,
      hiddenTestDisclosure: hiddenTestDisclosureSchema.parse(head.disclosure),
    },
    compileOutput: head.compileOutput,
    viewerIsStaff: isSubmissionStaff(viewer, head.userId, standing),
    assignment: head.assignment,
    results: results.map((r) => ({
      index: r.index,
      verdict: verdictSchema.parse(r.verdict),
      timeMs: r.timeMs,
      memoryKb: r.memoryKb,
      sample: r.isSample,
      output: fromBase64(r.output),
      input: fromBase64(r.input),
      answer: fromBase64(r.answer),
    })),
  };
}

function fromBase64(text: string | null): Uint8Array | null {
  return text === null ? null : new Uint8Array(Buffer.from(text, "base64"));
}
