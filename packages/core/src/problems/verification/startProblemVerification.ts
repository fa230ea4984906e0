import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { ensureVerifierUser } from "./ensureVerifierUser";

export interface StartedVerification {
  verificationId: string;
  /** One practice submission of the verifier account per example, in path order, ready to judge. */
  submissionIds: string[];
}

/**
 * Starts a verification of a stored problem: one submission of the verifier account per
 * example submission, each linked to a run whose result the after-judge hook fills in
 * (see `verificationHook`). The caller judges the submissions: in-process (the CLI) or
 * through the queue (`requestProblemVerification`). A problem without examples is a
 * conflict: there is nothing to verify.
 */
export async function startProblemVerification(db: PrismaClient, problemId: string): Promise<StartedVerification> {
  const examples = await db.problemExample.findMany({
    where: { problemId },
    orderBy: { path: "asc" },
    select: { id: true, language: true, source: true },
  });
  if (examples.length === 0) {
    throw new AppError(
      "conflict",
      "This problem has no example submissions to verify: import a package with programs in submissions/accepted, wrong_answer, …",
    );
  }
  const userId = await ensureVerifierUser(db);
  return db.$transaction(async (tx) => {
    const { id: verificationId } = await tx.problemVerification.create({ data: { problemId }, select: { id: true } });
    const submissionIds: string[] = [];
    for (const example of examples) {
      const { id } = await tx.submission.create({
        data: { userId, problemId, language: example.language, source: example.source, context: "practice" },
        select: { id: true },
      });
      await tx.verificationRun.create({ data: { verificationId, exampleId: example.id, submissionId: id } });
      submissionIds.push(id);
    }
    return { verificationId, submissionIds };
  });
}
