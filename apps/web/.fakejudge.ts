// Temporary stand-in for the judge worker (not committed): AC if the source sums, WA otherwise.
import { Worker } from "bullmq";
import { createRedis } from "@arbiter/core";
import { createPrismaClient } from "@arbiter/db/client";

const db = createPrismaClient(process.env.DATABASE_URL);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const worker = new Worker("arbiter-judge", async (job) => {
  const { submissionId } = job.data as { submissionId: string };
  const sub = await db.submission.findUniqueOrThrow({ where: { id: submissionId } });
  await sleep(400);
  await db.submission.update({ where: { id: sub.id }, data: { status: "judging" } });
  const judging = await db.judging.create({ data: { submissionId: sub.id, workerId: "fake" } });
  const ce = sub.source.includes("syntax error");
  if (ce) {
    await db.judging.update({ where: { id: judging.id }, data: { verdict: "CE", score: 0, compileOutput: "  File \"main.py\", line 1\n    syntax error\n           ^^^^^\nSyntaxError: invalid syntax", finishedAt: new Date() } });
    await db.submission.update({ where: { id: sub.id }, data: { status: "done", verdict: "CE", score: 0 } });
    return;
  }
  const tests = await db.testCase.findMany({ where: { problemId: sub.problemId }, orderBy: { index: "asc" } });
  const ok = sub.source.includes("sum(") && !sub.source.includes("+ 1");
  let verdicts: string[] = [];
  for (const t of tests) {
    await sleep(250);
    const v = ok ? "AC" : t.index === 1 ? "AC" : "WA";
    verdicts.push(v);
    await db.testResult.create({ data: { judgingId: judging.id, testCaseId: t.id, index: t.index, verdict: v as "AC", timeMs: 12 + t.index * 3, wallMs: 30, memoryKb: 9000 + t.index * 17 } });
  }
  const final = verdicts.every((v) => v === "AC") ? "AC" : "WA";
  const score = verdicts.filter((v) => v === "AC").length / verdicts.length;
  await db.judging.update({ where: { id: judging.id }, data: { verdict: final as "AC", score, finishedAt: new Date() } });
  await db.submission.update({ where: { id: sub.id }, data: { status: "done", verdict: final as "AC", score } });
}, { connection: createRedis(process.env.REDIS_URL!) });
worker.on("failed", (_j, e) => console.error(e));
console.log("fake judge ready");
