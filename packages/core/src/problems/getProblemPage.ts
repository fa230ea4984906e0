import type { PrismaClient } from "@arbiter/db/client";
import type { ProblemView } from "@arbiter/shared";
import { AppError } from "../errors";
import { hasControlCharacters } from "../recordId";
import type { Actor } from "../permissions/can";
import { readTestFileHeads } from "../testFiles/readTestFiles";
import { TEST_FILE_CHUNK_BYTES } from "../testFiles/testFileDb";
import { canViewProblem } from "./canViewProblem";

/** A sample longer than this (one stored chunk) is shown cut; samples are meant to be read. */
const SAMPLE_SHOWN_BYTES = TEST_FILE_CHUNK_BYTES;

export interface ProblemSample {
  /** The test's 1-based judging index (samples come first, so 1..k). */
  index: number;
  input: string;
  answer: string;
}

export interface ProblemPage extends ProblemView {
  /** Markdown. */
  statement: string;
  samples: ProblemSample[];
}

export interface ProblemPageOptions {
  /** "{course}/{assignment}" the page is opened from: lets its students see a course's private problem. */
  assignment?: string | undefined;
  /** Decides whether that assignment is open yet; defaults to now. */
  now?: Date;
  /**
   * The caller already decided the viewer may see this problem through its contest
   * (`getContestProblem`: a participant after the start, the jury): skip the archive's rule.
   */
  shownInContest?: boolean;
}

/**
 * What a problem's page shows: statement, limits and the sample tests. Only
 * sample data is ever selected, so hidden tests cannot leak through this view.
 * Throws `AppError("not_found")` for an unknown slug and for a problem the viewer may
 * not see (a course's private problem outside an open assignment of theirs).
 */
export async function getProblemPage(
  db: PrismaClient,
  viewer: Actor,
  slug: string,
  options: ProblemPageOptions = {},
): Promise<ProblemPage> {
  // PostgreSQL refuses NUL in text (a driver error, not "no row"); no slug has control characters.
  if (hasControlCharacters(slug)) throw new AppError("not_found", "No such problem");
  const problem = await db.problem.findUnique({
    where: { slug },
    select: {
      id: true,
      isPublic: true,
      courseId: true,
      authorId: true,
      slug: true,
      title: true,
      statement: true,
      timeLimitMs: true,
      memoryLimitMb: true,
      testCases: {
        where: { isSample: true },
        orderBy: { index: "asc" },
        select: { index: true, inputHash: true, answerHash: true },
      },
    },
  });
  // Slugs are operator-chosen and pattern-checked on import; cap the echo all the same.
  const visible =
    options.shownInContest === true ||
    (problem !== null && (await canViewProblem(db, viewer, problem, options.assignment, options.now ?? new Date())));
  if (!problem || !visible) {
    throw new AppError("not_found", `No problem called ${slug.slice(0, 100)}`);
  }
  const { testCases, id: _id, isPublic: _isPublic, courseId: _courseId, authorId: _authorId, ...view } = problem;
  const text = new TextDecoder(); // lenient: a binary sample shows replacement characters, not an error
  const files = await readTestFileHeads(
    db,
    testCases.flatMap((t) => [t.inputHash, t.answerHash]),
    SAMPLE_SHOWN_BYTES,
  );
  const shown = (hash: string) => text.decode(files.get(hash) ?? new Uint8Array());
  return {
    ...view,
    samples: testCases.map((t) => ({ index: t.index, input: shown(t.inputHash), answer: shown(t.answerHash) })),
  };
}
