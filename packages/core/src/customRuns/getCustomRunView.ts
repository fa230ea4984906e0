import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { languageIdSchema, type CustomRunView } from "@arbiter/shared";
import { AppError } from "../errors";
import { parseRecordId } from "../recordId";
import { canViewSubmission } from "../submissions/getSubmissionView";

type Viewer = Pick<User, "id" | "role">;

/**
 * A custom run as its owner (or staff) sees it: how it ended, its output and stderr as
 * text, time and memory. Anyone else gets not_found, so run ids reveal nothing.
 */
export async function getCustomRunView(db: PrismaClient, viewer: Viewer, id: string): Promise<CustomRunView> {
  const run = await db.customRun.findUnique({
    where: { id: parseRecordId(id, "custom run id") },
    include: { problem: { select: { slug: true } } },
  });
  if (!run || !canViewSubmission(viewer, run.userId)) throw new AppError("not_found", "No such run.");
  const done = run.status === "done";
  return {
    id: run.id,
    problem: run.problem.slug,
    language: languageIdSchema.parse(run.language),
    status: run.status,
    verdict: done ? run.verdict : null,
    compileOutput: run.compileOutput,
    output: run.output ? Buffer.from(run.output).toString("utf8") : null,
    stderr: run.stderr ? Buffer.from(run.stderr).toString("utf8") : null,
    timeMs: run.timeMs,
    memoryKb: run.memoryKb,
    createdAt: run.createdAt.toISOString(),
  };
}
