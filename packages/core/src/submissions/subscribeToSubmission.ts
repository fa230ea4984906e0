import { judgeEventSchema, submissionChannel, type JudgeEvent } from "@arbiter/shared";
import type { Redis } from "ioredis";

export interface SubmissionSubscription {
  /** Unsubscribes and closes the connection; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Follows a submission's live judging: the worker publishes a `JudgeEvent` on
 * `submissionChannel(id)` right after storing each state change. `subscriber` must be
 * a dedicated connection (a subscribed Redis connection can run nothing else); this
 * takes ownership of it and quits it on `close()`.
 *
 * Resolves once Redis has confirmed the subscription: everything published after
 * that is delivered, so a caller that reads the database only afterwards misses
 * nothing. Pub/sub is at-most-once (a reconnect can drop messages), so callers still
 * re-read the database now and then. Messages that do not parse as a `JudgeEvent`
 * are dropped.
 */
export async function subscribeToSubmission(
  subscriber: Redis,
  submissionId: string,
  onEvent: (event: JudgeEvent) => void,
): Promise<SubmissionSubscription> {
  const channel = submissionChannel(submissionId);
  const onMessage = (from: string, message: string): void => {
    if (from !== channel) return;
    const event = parseEvent(message);
    if (event) onEvent(event);
  };
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      subscriber.off("message", onMessage);
      try {
        await subscriber.quit();
      } catch {
        subscriber.disconnect();
      }
    })();
    return closed;
  };

  subscriber.on("message", onMessage);
  try {
    await subscriber.subscribe(channel);
  } catch (error) {
    await close();
    throw error;
  }
  return { close };
}

function parseEvent(message: string): JudgeEvent | null {
  try {
    const parsed = judgeEventSchema.safeParse(JSON.parse(message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
