import type { SubmissionStatus } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { Verdict } from "@arbiter/shared";
import { can, type Actor } from "../../permissions/can";
import { getProblemVerification } from "../verification/getProblemVerification";
import { problemResource, requireProblem } from "./problemAccess";

/** One example submission's verification: what it must get against what it got. */
export interface VerificationRun {
  /** Path in the package, e.g. "submissions/accepted/sol.py". */
  file: string;
  /** Its rules, one line each ("verdict AC", "permitted AC, WA; required WA"). */
  expected: string[];
  submissionId: string;
  status: SubmissionStatus;
  /** Null until judged. */
  verdict: Verdict | null;
  score: number | null;
  /** Null while it waits or is being judged. */
  matches: boolean | null;
  /** Each rule it broke, in the author's terms. */
  failures: string[];
}

export interface ProblemAuthoring {
  slug: string;
  title: string;
  statement: string;
  timeLimitMs: number;
  memoryLimitMb: number;
  tags: string[];
  difficulty: number | null;
  isPublic: boolean;
  course: { slug: string; title: string } | null;
  testCount: number;
  canPublish: boolean;
  verification: VerificationRun[];
}

/** The edit page's data (and `GET /api/v1/problems/{slug}/authoring`), for those who may edit the problem. */
export async function getProblemAuthoring(db: PrismaClient, actor: Actor, slug: string): Promise<ProblemAuthoring> {
  const access = await requireProblem(db, actor, slug, "problem.edit");
  const problem = await db.problem.findUniqueOrThrow({
    where: { id: access.id },
    select: {
      slug: true,
      title: true,
      statement: true,
      timeLimitMs: true,
      memoryLimitMb: true,
      tags: true,
      difficulty: true,
      isPublic: true,
      course: { select: { slug: true, title: true } },
      _count: { select: { testCases: true } },
    },
  });
  const { _count, ...fields } = problem;
  const report = await getProblemVerification(db, access.id);
  return {
    ...fields,
    testCount: _count.testCases,
    canPublish: can(actor, "problem.publish", await problemResource(db, actor, access)),
    verification: (report?.examples ?? []).map((example) => ({
      file: `submissions/${example.path}`,
      expected: example.expected,
      submissionId: example.submissionId,
      status: example.status,
      verdict: example.verdict,
      score: example.score,
      matches: example.passed,
      failures: example.failures,
    })),
  };
}
