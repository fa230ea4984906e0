import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { LANGUAGE_IDS } from "@arbiter/shared";
import { createDocker } from "@arbiter/sandbox";
import { judgeSubmission } from "./judgeSubmission";
import { registerRuntimes } from "./registerRuntimes";
import { APLUSB_SOLUTIONS } from "./testing/aplusbSolutions";
import { createAplusbProblem, createStudent, removeFixtures } from "./testing/fixtures";

const db = createPrismaClient();
const docker = createDocker();
let problemId = "";
let userId = "";

beforeAll(async () => {
  problemId = (await createAplusbProblem(db, { timeLimitMs: 2000, memoryLimitMb: 256 })).id;
  userId = (await createStudent(db)).id;
});
afterAll(async () => {
  await removeFixtures(db, { problemId, userId });
  await db.$disconnect();
});

describe("every language in the table", () => {
  it("has its runtime registered with a version", async () => {
    const reports = await registerRuntimes(db, docker, "integration-test");
    for (const report of reports) {
      expect(report.error, report.language).toBeUndefined();
      expect(report.version, report.language).toMatch(/\d+\.\d+/);
    }
  });

  it.each(LANGUAGE_IDS)("judges a correct A+B in %s as AC", async (language) => {
    const submission = await db.submission.create({
      data: { userId, problemId, language, source: APLUSB_SOLUTIONS[language] },
    });
    const outcome = await judgeSubmission({ db, docker, workerId: "integration-test" }, submission.id);
    const judging = await db.judging.findFirstOrThrow({
      where: { submissionId: submission.id },
      include: { results: true },
    });
    expect({ outcome, compileOutput: judging.compileOutput }).toMatchObject({ outcome: { verdict: "AC", score: 100 } });
    expect(judging.results).toHaveLength(5);
  });
});
