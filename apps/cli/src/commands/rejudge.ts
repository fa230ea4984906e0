import { createRedis, openJudgeQueue, rejudgeProblem, rejudgeSubmission } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import { EnvError } from "../env";
import { UsageError } from "../usage";
import type { Command } from "./command";

const usage = "rejudge <submission-id> | rejudge --problem <slug>";

/**
 * Judges submissions again at the lowest priority. Each rejudge is a new judging:
 * the old ones stay, so history can be explained; the verdict shown changes when the
 * new judging finishes.
 */
export const rejudge: Command = {
  name: "rejudge",
  usage,
  summary: "Rejudge one submission, or every submission of a problem (low priority)",
  async run(args, { db, env, print }) {
    // Two forms: a submission id, or --problem without one.
    const byProblem = args.some((a) => a === "--problem" || a.startsWith("--problem="));
    const { values, positionals } = parseCommandArgs(
      args,
      { problem: { type: "string" } },
      byProblem ? [] : ["submission-id"],
      usage,
    );
    const submissionId = positionals[0];
    if (byProblem && !values.problem) throw new UsageError("--problem needs a problem slug", usage);
    if (!env.redisUrl) throw new EnvError("REDIS_URL is not set: rejudging puts jobs on the judge queue");
    const connection = createRedis(env.redisUrl);
    const queue = openJudgeQueue(connection, env.queueName);
    try {
      if (values.problem) {
        const result = await rejudgeProblem(db, queue, values.problem);
        print(
          `${values.problem}: ${result.queued} rejudge(s) queued, ${result.coalesced} already pending, ${result.total} in all.`,
        );
      } else if (submissionId) {
        const outcome = await rejudgeSubmission(db, queue, submissionId);
        print(
          outcome === "queued"
            ? `Rejudge of ${submissionId} queued.`
            : `${submissionId} is already waiting to be judged.`,
        );
      }
    } finally {
      await queue.close();
      await connection.quit().catch(() => undefined);
    }
  },
};
