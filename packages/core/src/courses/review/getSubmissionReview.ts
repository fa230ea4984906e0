import type { PrismaClient } from "@arbiter/db/client";
import { verdictSchema, type Verdict } from "@arbiter/shared";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { requireSubmissionAccess } from "../../submissions/access";
import { roundScore } from "../problemScore";

/** Bytes of each test's input, expected and actual output shown to reviewers. */
export const REVIEW_TEXT_SHOWN_BYTES = 16 * 1024;

/** One test of the newest judging with its data: for the staff's eyes only. */
export interface ReviewTest {
  index: number;
  /** Where it came from in the package ("secret/3"). */
  name: string;
  sample: boolean;
  verdict: Verdict;
  timeMs: number;
  memoryKb: number;
  input: string;
  expected: string;
  /** Null when the judge kept no output (an older judging of a hidden test, or none printed). */
  actual: string | null;
  /** Whether any of the three texts was cut to REVIEW_TEXT_SHOWN_BYTES. */
  truncated: boolean;
}

export interface ReviewAudit {
  actor: string;
  at: string;
  oldScore: number;
  newScore: number | null;
  reason: string;
}

/** The grade this submission's problem holds for its owner, and how it got there. */
export interface ReviewGrade {
  course: string;
  assignment: string;
  problem: string;
  student: { email: string; name: string };
  points: number;
  computedScore: number;
  overrideScore: number | null;
  overrideReason: string | null;
  /** The submission the cell counts (this one or another of the student's). */
  countedSubmissionId: string | null;
  audit: ReviewAudit[];
}

export interface SubmissionReview {
  tests: ReviewTest[];
  /** Null for a submission made outside an assignment (practice, contests). */
  grade: ReviewGrade | null;
}

interface TestRow {
  index: number;
  name: string;
  isSample: boolean;
  verdict: string;
  timeMs: number;
  memoryKb: number;
  input: string;
  answer: string;
  output: string | null;
}

/**
 * What the staff of a submission's place review it with: every test of the newest judging
 * with its input, expected and actual output (hidden tests included), and, for an
 * assignment, the grade cell with its override audit log. `forbidden` for its owner and
 * everyone else who may only read it; `not_found` for those who may not even do that.
 */
export async function getSubmissionReview(db: PrismaClient, actor: Actor, id: string): Promise<SubmissionReview> {
  const { staff } = await requireSubmissionAccess(db, actor, id);
  if (!staff) throw new AppError("forbidden", "Only the staff may review a submission.");
  const keep = REVIEW_TEXT_SHOWN_BYTES + 1;
  const rows = await db.$queryRaw<TestRow[]>`
    SELECT r.index, t.name, t."isSample", r.verdict::text AS verdict, r."timeMs", r."memoryKb",
           (SELECT encode(substring(c.data FROM 1 FOR ${keep}), 'base64') FROM "TestFileChunk" c
             WHERE c.hash = t."inputHash" AND c.seq = 0) AS input,
           (SELECT encode(substring(c.data FROM 1 FOR ${keep}), 'base64') FROM "TestFileChunk" c
             WHERE c.hash = t."answerHash" AND c.seq = 0) AS answer,
           encode(substring(r.output FROM 1 FOR ${keep}), 'base64') AS output
      FROM "TestResult" r
      JOIN "TestCase" t ON t.id = r."testCaseId"
     WHERE r."judgingId" = (SELECT id FROM "Judging" WHERE "submissionId" = ${id} ORDER BY "startedAt" DESC LIMIT 1)
     ORDER BY r.index`;
  const tests = rows.map((r): ReviewTest => {
    const input = decode(r.input);
    const expected = decode(r.answer);
    const actual = r.output === null ? null : decode(r.output);
    return {
      index: r.index,
      name: r.name,
      sample: r.isSample,
      verdict: verdictSchema.parse(r.verdict),
      timeMs: r.timeMs,
      memoryKb: r.memoryKb,
      input: input.text,
      expected: expected.text,
      actual: actual?.text ?? null,
      truncated: input.cut || expected.cut || (actual?.cut ?? false),
    };
  });
  return { tests, grade: await loadGrade(db, id) };
}

async function loadGrade(db: PrismaClient, id: string): Promise<ReviewGrade | null> {
  const submission = await db.submission.findUniqueOrThrow({
    where: { id },
    select: {
      userId: true,
      problemId: true,
      user: { select: { email: true, name: true } },
      problem: { select: { slug: true } },
      assignment: { select: { id: true, slug: true, course: { select: { slug: true } } } },
    },
  });
  const { assignment } = submission;
  if (!assignment) return null;
  const key = { assignmentId: assignment.id, userId: submission.userId, problemId: submission.problemId };
  const [item, cell, audits] = await Promise.all([
    db.assignmentProblem.findUnique({
      where: { assignmentId_problemId: { assignmentId: assignment.id, problemId: submission.problemId } },
      select: { points: true },
    }),
    db.gradeCell.findUnique({ where: { assignmentId_userId_problemId: key } }),
    db.gradeAudit.findMany({
      where: key,
      orderBy: { createdAt: "desc" },
      select: { oldScore: true, newScore: true, reason: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  return {
    course: assignment.course.slug,
    assignment: assignment.slug,
    problem: submission.problem.slug,
    student: submission.user,
    points: item?.points ?? 0,
    computedScore: roundScore(cell?.computedScore ?? 0),
    overrideScore: cell?.overrideScore ?? null,
    overrideReason: cell?.overrideReason ?? null,
    countedSubmissionId: cell?.submissionId ?? null,
    audit: audits.map((a) => ({
      actor: a.actor.name,
      at: a.createdAt.toISOString(),
      oldScore: roundScore(a.oldScore),
      newScore: a.newScore === null ? null : roundScore(a.newScore),
      reason: a.reason,
    })),
  };
}

/** Lenient UTF-8, cut at REVIEW_TEXT_SHOWN_BYTES on a character boundary. */
function decode(base64: string): { text: string; cut: boolean } {
  const bytes = Buffer.from(base64, "base64");
  const cut = bytes.length > REVIEW_TEXT_SHOWN_BYTES;
  const text = new TextDecoder().decode(cut ? bytes.subarray(0, REVIEW_TEXT_SHOWN_BYTES) : bytes);
  return { text: cut ? text.replace(/\uFFFD$/, "") : text, cut };
}
