import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@arbiter/db/client";
import type { SimilarityEngine, EnginePair } from "../engine";
import { findClusters } from "../findClusters";
import { groupByLanguage } from "../groupByLanguage";
import { ignoredCode } from "../ignoredCode";
import { MAX_STORED_PAIRS, rankPairs } from "../rankPairs";

/** Storing 500 pairs with their fragments is two inserts, but give a loaded machine room, in ms. */
const STORE_TIMEOUT_MS = 60_000;

export type RunOutcome = "done" | "skipped";

/**
 * Runs a stored check with `engine` (the worker's job): marks it running, compares each
 * language's submissions apart, ranks the pairs, finds clusters, and stores everything in
 * one transaction that also marks it done, so a failure or a killed worker never leaves
 * half a report. Running it again (a stalled job handed to another worker) replaces what
 * an earlier attempt stored. A check that already ended is skipped.
 */
export async function runSimilarityCheck(
  db: PrismaClient,
  engine: SimilarityEngine,
  checkId: string,
): Promise<RunOutcome> {
  const check = await db.similarityCheck.findUnique({ where: { id: checkId } });
  if (!check || check.status === "done" || check.status === "failed") return "skipped";
  await db.similarityCheck.update({
    where: { id: checkId },
    data: { status: "running", startedAt: new Date(), progress: 0 },
  });

  const submissions = await db.submission.findMany({
    where: { id: { in: check.submissionIds } },
    select: { id: true, userId: true, participantId: true, language: true, source: true },
  });
  const { groups, summary } = groupByLanguage(submissions);
  const comparable = groups.filter((g) => g.submissions.length >= 2);
  const byLanguage: { language: string; pairs: EnginePair[] }[] = [];
  for (const [i, group] of comparable.entries()) {
    const pairs = await engine.compare({
      parser: group.parser,
      files: group.submissions.map((s) => ({ id: s.id, source: s.source })),
      ignored: ignoredCode(group.language, check.ignoredCode),
      fragmentPairs: MAX_STORED_PAIRS,
    });
    byLanguage.push({ language: group.language, pairs });
    await db.similarityCheck.update({
      where: { id: checkId },
      data: { progress: Math.round(((i + 1) / comparable.length) * 95) },
    });
  }

  const ranked = rankPairs(byLanguage);
  const ownerOf = new Map(submissions.map((s) => [s.id, s.participantId ?? s.userId]));
  const clusters = findClusters(
    byLanguage.flatMap((l) => l.pairs),
    check.clusterThreshold,
    ownerOf,
  );
  const pairRows = ranked.map((p) => ({ id: randomUUID(), ...p }));
  await db.$transaction(
    async (tx) => {
      await tx.similarityPair.deleteMany({ where: { checkId } });
      await tx.similarityCluster.deleteMany({ where: { checkId } });
      await tx.similarityPair.createMany({
        data: pairRows.map((p) => ({
          id: p.id,
          checkId,
          rank: p.rank,
          leftSubmissionId: p.leftId,
          rightSubmissionId: p.rightId,
          language: p.language,
          similarity: p.similarity,
          longestFragment: p.longestFragment,
        })),
      });
      await tx.similarityFragment.createMany({
        data: pairRows.flatMap((p) =>
          p.fragments.map((f, position) => ({
            pairId: p.id,
            position,
            leftStartLine: f.left.startLine,
            leftStartCol: f.left.startCol,
            leftEndLine: f.left.endLine,
            leftEndCol: f.left.endCol,
            rightStartLine: f.right.startLine,
            rightStartCol: f.right.startCol,
            rightEndLine: f.right.endLine,
            rightEndCol: f.right.endCol,
          })),
        ),
      });
      await tx.similarityCluster.createMany({
        data: clusters.map((c, position) => ({
          checkId,
          position,
          submissionIds: c.submissionIds,
          maxSimilarity: c.maxSimilarity,
        })),
      });
      await tx.similarityCheck.update({
        where: { id: checkId },
        data: { status: "done", progress: 100, finishedAt: new Date(), languages: summary, error: null },
      });
    },
    { timeout: STORE_TIMEOUT_MS },
  );
  return "done";
}
