import type { PrismaClient } from "@arbiter/db/client";
import { z } from "zod";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { requireSubmissionAccess } from "../../submissions/access";
import { parseRequest } from "../../zodMessages";

export const commentSchema = z.object({
  /** 1-based source line; absent for an overall note. */
  line: z.number().int().min(1).max(100_000).optional(),
  body: z.string().trim().min(1, "must not be empty").max(10_000),
});

export interface CommentView {
  id: string;
  line: number | null;
  body: string;
  author: string;
  createdAt: string;
}

/** Staff of the submission's course (or contest jury, or admins) leave a line comment or an overall note. */
export async function addSubmissionComment(
  db: PrismaClient,
  actor: Actor,
  submissionId: string,
  body: unknown,
): Promise<{ id: string }> {
  const { staff } = await requireSubmissionAccess(db, actor, submissionId);
  if (!staff) throw new AppError("forbidden", "Only the course's staff may comment on submissions.");
  const input = parseRequest(commentSchema, body);
  return db.submissionComment.create({
    data: { submissionId, authorId: actor.id, line: input.line ?? null, body: input.body },
    select: { id: true },
  });
}

/** The comments on a submission, oldest first, for whoever may read the submission (its owner included). */
export async function listSubmissionComments(
  db: PrismaClient,
  actor: Actor,
  submissionId: string,
): Promise<CommentView[]> {
  await requireSubmissionAccess(db, actor, submissionId);
  const rows = await db.submissionComment.findMany({
    where: { submissionId },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { name: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    line: c.line,
    body: c.body,
    author: c.author.name,
    createdAt: c.createdAt.toISOString(),
  }));
}
