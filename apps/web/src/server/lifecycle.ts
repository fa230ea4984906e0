import "server-only";
import { contestChannel } from "@arbiter/core/contests";
import { createSubmissionLifecycle, type SubmissionLifecycle } from "@arbiter/core/lifecycle";
import { submissionChannel } from "@arbiter/shared";
import { getDb } from "./context";
import { getRateLimitRedis } from "./rateLimit";

/**
 * The lifecycle for the few state changes the web makes itself (a jury's verdict
 * override), publishing live events and board news as the worker does. Publishing uses
 * the web's plain (non-subscriber) Redis connection and never fails the request.
 */
export function getWebLifecycle(): SubmissionLifecycle {
  const publish = (channel: string, message: string): void => {
    getRateLimitRedis()
      .publish(channel, message)
      .catch(() => undefined);
  };
  return createSubmissionLifecycle({
    db: getDb(),
    publish: (submissionId, event) => publish(submissionChannel(submissionId), JSON.stringify(event)),
    announce: publish,
  });
}

/**
 * Tells a contest's open boards and feeds that something changed (a new pending
 * submission, a rejudge requested). Carries no verdict, like the after-judge announcement.
 */
export function announceContestChange(contestId: string): void {
  getRateLimitRedis()
    .publish(contestChannel(contestId), JSON.stringify({ type: "board" }))
    .catch(() => undefined);
}
