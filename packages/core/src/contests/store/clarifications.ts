import type { PrismaClient } from "@arbiter/db/client";
import { z } from "zod";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { parseRequest } from "../../zodMessages";
import { requireContest } from "./requireContest";

export const askSchema = z.object({
  /** A problem label ("A") or slug; absent for a general question. */
  problem: z.string().min(1).max(100).optional(),
  text: z.string().trim().min(1, "must not be empty").max(5000),
});

export const answerSchema = z.object({
  answer: z.string().trim().min(1, "must not be empty").max(5000),
  /** Answer to everyone, not only the participant who asked. */
  toAll: z.boolean().optional(),
});

export interface ClarificationView {
  id: string;
  problem: string | null;
  text: string;
  answer: string | null;
  /** An announcement, or an answer the jury gave to everyone. */
  toAll: boolean;
  /** True for the caller's own questions. */
  mine: boolean;
  createdAt: string;
  answeredAt: string | null;
}

async function problemIdOf(db: PrismaClient, contestId: string, ref: string | undefined): Promise<string | null> {
  if (!ref) return null;
  const found = await db.contestProblem.findFirst({
    where: { contestId, OR: [{ label: ref }, { problem: { slug: ref } }] },
    select: { problemId: true },
  });
  if (!found) {
    throw new AppError("bad_request", `Problem "${ref}" is not part of this contest.`, {
      reason: "problem_unknown",
      field: "problem",
    });
  }
  return found.problemId;
}

/**
 * A participant asks the jury (about a problem or in general); the jury's post is an
 * announcement to everyone.
 */
export async function postClarification(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
): Promise<{ id: string }> {
  const { contest, isJury, participantId } = await requireContest(db, actor, slug, "contest.view");
  if (!isJury && !participantId) {
    throw new AppError("forbidden", "Only participants may ask the jury.", { reason: "not_a_participant" });
  }
  const input = parseRequest(askSchema, body);
  const problemId = await problemIdOf(db, contest.id, input.problem);
  return db.clarification.create({
    data: {
      contestId: contest.id,
      text: input.text,
      problemId,
      ...(isJury ? { toAll: true, askerId: null } : { askerId: actor.id, participantId }),
    },
    select: { id: true },
  });
}

/** The jury answers a question, to its asker or to everyone. */
export async function answerClarification(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  id: string,
  body: unknown,
): Promise<void> {
  const { contest } = await requireContest(db, actor, slug, "contest.jury");
  const input = parseRequest(answerSchema, body);
  const updated = await db.clarification.updateMany({
    where: { id, contestId: contest.id },
    data: { answer: input.answer, toAll: input.toAll ?? false, answeredById: actor.id, answeredAt: new Date() },
  });
  if (updated.count === 0) throw new AppError("not_found", "No such clarification.");
}

/**
 * Clarifications as the caller may see them, newest first: the jury sees all; a
 * participant sees their team's questions and everything sent to all.
 */
export async function listClarifications(
  db: PrismaClient,
  actor: Actor,
  slug: string,
): Promise<{ clarifications: ClarificationView[]; unanswered: number | null }> {
  const { contest, isJury, participantId } = await requireContest(db, actor, slug, "contest.view");
  const rows = await db.clarification.findMany({
    where: {
      contestId: contest.id,
      ...(isJury ? {} : { OR: [{ toAll: true }, ...(participantId ? [{ participantId }] : [])] }),
    },
    include: { problem: { select: { slug: true } } },
    orderBy: { createdAt: "desc" },
  });
  const labels = new Map(
    (
      await db.contestProblem.findMany({ where: { contestId: contest.id }, select: { problemId: true, label: true } })
    ).map((p) => [p.problemId, p.label]),
  );
  return {
    clarifications: rows.map((c) => ({
      id: c.id,
      problem: c.problemId ? (labels.get(c.problemId) ?? null) : null,
      text: c.text,
      answer: c.answer,
      toAll: c.toAll,
      mine: c.participantId !== null && c.participantId === participantId,
      createdAt: c.createdAt.toISOString(),
      answeredAt: c.answeredAt?.toISOString() ?? null,
    })),
    unanswered: isJury ? rows.filter((c) => c.askerId !== null && c.answer === null).length : null,
  };
}
