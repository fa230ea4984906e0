import type { JudgeEvent, SubmissionView } from "@arbiter/shared";
// Relative, not "@/…": the unit tests run under the root vitest config, which has no alias.
import { applyJudgeEvent, viewDiffers } from "../../../../../../components/submission/applyJudgeEvent";

/** Where a stream's data comes from: live events, and the database as the source of truth. */
export interface SubmissionEventSource {
  /** Starts delivering live events; resolves once nothing published afterwards can be missed. */
  subscribe(onEvent: (event: JudgeEvent) => void): Promise<{ close(): Promise<void> }>;
  /** Reads the submission's current state from the database, as this viewer may see it. */
  loadView(): Promise<SubmissionView>;
  /**
   * What of a live event this viewer may see (`discloseJudgeEvent`): the event, a reduced
   * copy, or null to hold it back. When given, `done` is preceded by a fresh snapshot, which
   * carries what the held-back events add up to (the hidden tests' summary).
   */
  disclose?: (event: JudgeEvent) => JudgeEvent | null;
}

export interface SubmissionEventStreamOptions {
  /** A comment line this often keeps proxies and browsers from timing the stream out, in ms. */
  heartbeatMs: number;
  /**
   * After this long without an event the database is read again and, if it moved on, a
   * fresh `snapshot` is sent, in ms. Pub/sub is at-most-once: this bounds what a lost
   * message (a Redis reconnect, a worker that cannot publish) can cost.
   */
  resyncMs: number;
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
  /** Called once when the stream ends, for whatever reason. */
  onClose?: () => void;
}

/** How long a browser waits before reconnecting a dropped stream, in ms (the SSE `retry` field). */
export const RECONNECT_DELAY_MS = 2000;

const encoder = new TextEncoder();

/** One server-sent event: `event: <name>` and its JSON data on one `data:` line. */
export function formatServerSentEvent(name: string, data: unknown): Uint8Array {
  return encoder.encode(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * A submission's live progress as a `text/event-stream` body: first a `snapshot`
 * event (the full view), then every `JudgeEvent` under its own type as event name
 * (`status`, `compiled`, `test`, `done`), ending after `done`.
 *
 * Race-free by construction: it subscribes BEFORE reading the snapshot, holding the
 * events that arrive meanwhile and sending them after it (they may repeat what the
 * snapshot shows; clients fold them idempotently with `applyJudgeEvent`). Throws what
 * `subscribe` or the first `loadView` throws, having released everything.
 */
export async function openSubmissionEventStream(
  source: SubmissionEventSource,
  options: SubmissionEventStreamOptions,
): Promise<ReadableStream<Uint8Array>> {
  const early: JudgeEvent[] = [];
  let deliver: ((event: JudgeEvent) => void) | null = null;
  const subscription = await source.subscribe((event) => (deliver ? deliver(event) : early.push(event)));

  let snapshot: SubmissionView;
  try {
    snapshot = await source.loadView();
  } catch (error) {
    await subscription.close();
    options.onClose?.();
    throw error;
  }

  let finish = (): void => undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let state = snapshot;
      let lastActivity = Date.now();
      let resyncing = false;

      const write = (chunk: Uint8Array): void => {
        if (closed) return;
        try {
          controller.enqueue(chunk);
        } catch {
          finish(); // the consumer is gone
        }
      };
      const heartbeat = setInterval(() => write(encoder.encode(": heartbeat\n\n")), options.heartbeatMs);
      const resync = setInterval(() => void resyncFromDatabase(), Math.max(250, options.resyncMs / 2));

      finish = () => {
        if (closed) return;
        closed = true;
        deliver = null;
        clearInterval(heartbeat);
        clearInterval(resync);
        options.signal?.removeEventListener("abort", finish);
        void subscription.close();
        try {
          controller.close();
        } catch {
          // Already closed or errored by the consumer going away.
        }
        options.onClose?.();
      };

      const onEvent = (raw: JudgeEvent): void => {
        if (closed) return;
        const event = source.disclose ? source.disclose(raw) : raw;
        if (event === null) return;
        if (event.type === "done" && source.disclose) return void finishWithSnapshot(event);
        state = applyJudgeEvent(state, event);
        lastActivity = Date.now();
        write(formatServerSentEvent(event.type, event));
        if (event.type === "done") finish();
      };

      // Held until the snapshot is written, so `done` still ends the stream last.
      let finishing = false;
      async function finishWithSnapshot(done: JudgeEvent): Promise<void> {
        if (finishing) return;
        finishing = true;
        try {
          const fresh = await source.loadView();
          if (closed) return;
          state = fresh;
          write(formatServerSentEvent("snapshot", fresh));
        } catch {
          // Without a snapshot the client still gets its verdict; its own resync fills in the rest.
        }
        write(formatServerSentEvent(done.type, done));
        finish();
      }

      async function resyncFromDatabase(): Promise<void> {
        if (closed || resyncing || Date.now() - lastActivity < options.resyncMs) return;
        resyncing = true;
        try {
          const fresh = await source.loadView();
          lastActivity = Date.now();
          if (closed || !viewDiffers(state, fresh)) return;
          state = fresh;
          write(formatServerSentEvent("snapshot", fresh));
          if (fresh.status === "done") finish();
        } catch {
          // The database is briefly unreachable: live events still flow; try again later.
        } finally {
          resyncing = false;
        }
      }

      write(encoder.encode(`retry: ${RECONNECT_DELAY_MS}\n\n`));
      write(formatServerSentEvent("snapshot", snapshot));
      if (snapshot.status === "done") return finish();
      for (const event of early.splice(0)) onEvent(event);
      if (closed) return;
      deliver = onEvent;
      if (options.signal?.aborted) return finish();
      options.signal?.addEventListener("abort", finish, { once: true });
    },
    cancel() {
      finish();
    },
  });
}
