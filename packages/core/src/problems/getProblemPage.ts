import type { PrismaClient } from "@arbiter/db/client";
import type { ProblemView } from "@arbiter/shared";
import { AppError } from "../errors";
import { hasControlCharacters } from "../recordId";

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

/**
 * What a problem's page shows: statement, limits and the sample tests. Only
 * sample data is ever selected, so hidden tests cannot leak through this view.
 * Throws `AppError("not_found")` for an unknown slug.
 */
export async function getProblemPage(db: PrismaClient, slug: string): Promise<ProblemPage> {
  // PostgreSQL refuses NUL in text (a driver error, not "no row"); no slug has control characters.
  if (hasControlCharacters(slug)) throw new AppError("not_found", "No such problem");
  const problem = await db.problem.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      statement: true,
      timeLimitMs: true,
      memoryLimitMb: true,
      testCases: {
        where: { isSample: true },
        orderBy: { index: "asc" },
        select: { index: true, input: true, answer: true },
      },
    },
  });
  // Slugs are operator-chosen and pattern-checked on import; cap the echo all the same.
  if (!problem) throw new AppError("not_found", `No problem called ${slug.slice(0, 100)}`);
  const { testCases, ...view } = problem;
  const text = new TextDecoder(); // lenient: a binary sample shows replacement characters, not an error
  return {
    ...view,
    samples: testCases.map((t) => ({ index: t.index, input: text.decode(t.input), answer: text.decode(t.answer) })),
  };
}
