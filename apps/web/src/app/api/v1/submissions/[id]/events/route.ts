import {
  AppError,
  discloseJudgeEvent,
  getSubmissionView,
  requireSubmissionAccess,
  subscribeToSubmission,
} from "@arbiter/core";
import { Redis } from "ioredis";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { getEnv } from "@/server/env";
import { handle } from "@/server/http";
import { openSubmissionEventStream } from "./submissionEventStream";
import { releaseStream, reserveStream } from "./streamSlots";

export const dynamic = "force-dynamic";

/** A comment line this often keeps idle proxies from closing the stream, in ms. */
const HEARTBEAT_MS = 15_000;
/** With no event for this long, the database is re-read in case a message was lost, in ms. */
const RESYNC_MS = 5_000;
/** How long to wait for Redis to confirm the subscription before answering 503, in ms. */
const SUBSCRIBE_TIMEOUT_MS = 3_000;

/**
 * Live progress of one submission as server-sent events (see API.md): a `snapshot`,
 * then each judge event, ending after `done`. Same access rule as
 * `GET /api/v1/submissions/:id`; every stream holds its own Redis subscriber
 * connection, released when the client disconnects or judging ends.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    const db = getDb();
    // Authorize with one indexed read before opening a Redis connection for anyone.
    const { hiddenTestDisclosure, staff: isStaff } = await requireSubmissionAccess(db, user, id);
    if (!reserveStream(user.id)) {
      throw new AppError("rate_limited", "Too many live views are open; close some tabs and reload.");
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      releaseStream(user.id);
    };

    let stream: ReadableStream<Uint8Array>;
    try {
      stream = await openSubmissionEventStream(
        {
          subscribe: (onEvent) => withTimeout(subscribeToSubmission(openSubscriber(), id, onEvent)),
          loadView: () => getSubmissionView(db, user, id),
          // The worker publishes every result in full; what this viewer may see is decided here.
          disclose: (event) => discloseJudgeEvent(hiddenTestDisclosure, isStaff, event),
        },
        { heartbeatMs: HEARTBEAT_MS, resyncMs: RESYNC_MS, signal: request.signal, onClose: release },
      );
    } catch (error) {
      release();
      throw error;
    }
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        // no-transform keeps `next start`'s gzip (and proxies) from buffering the stream.
        "cache-control": "no-cache, no-transform",
        "x-accel-buffering": "no",
        connection: "keep-alive",
      },
    });
  });
}

/**
 * A dedicated connection per stream: a subscribed connection can do nothing else, and
 * closing it is how one client's stream is torn down without touching the others.
 */
function openSubscriber(): Redis {
  const redis = new Redis(getEnv().REDIS_URL, {
    connectTimeout: SUBSCRIBE_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    // After a drop, reconnect (ioredis re-subscribes by itself) at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Errors surface through subscribe() or are healed by reconnecting; never crash the process.
  redis.on("error", () => undefined);
  return redis;
}

async function withTimeout<T extends { close(): Promise<void> }>(subscribing: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError("unavailable", "Live updates are unavailable right now.")),
      SUBSCRIBE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([subscribing, timeout]);
  } catch (error) {
    // A subscription that completes after the timeout must still be closed.
    void subscribing.then((s) => s.close()).catch(() => undefined);
    throw isUnavailable(error) ? error : new AppError("unavailable", "Live updates are unavailable right now.");
  } finally {
    clearTimeout(timer);
  }
}

function isUnavailable(error: unknown): boolean {
  return error instanceof AppError && error.code === "unavailable";
}
