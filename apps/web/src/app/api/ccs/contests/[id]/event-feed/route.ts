import { AppError } from "@arbiter/core";
import { ccs, ccsEventsSince, openCcsContest, type CcsContext } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { cachedJournal, watchBoard } from "@/server/contestBoards";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** At most one re-read per stream this often, in ms: a burst of news becomes one read. */
const THROTTLE_MS = 500;
/** Re-read at least this often (state changes by the clock), in ms. */
const TICK_MS = 10_000;
/** A bare newline this often when idle, in ms (the spec asks for one at least every 120 s). */
const KEEP_ALIVE_MS = 30_000;
/** Tokens are the feed's own sort keys: 9 base-36 digits of time, the type and the phase. */
const TOKEN_PATTERN = /^[0-9a-z]{9}\.\d{2}\.\d\.[A-Za-z0-9_.-]*$/;

const encoder = new TextEncoder();

/**
 * CCS `contests/<id>/event-feed`: NDJSON, every event (or those after `?since_token=`),
 * then new ones as they happen, with a newline as keep-alive. `?stream=false` ends after
 * what is there now (as DOMjudge offers). What the public gets follows the freeze: a
 * frozen submission's judgements arrive only at the thaw.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    const query = new URL(request.url).searchParams;
    const since = query.get("since_token");
    if (since !== null && !TOKEN_PATTERN.test(since)) {
      throw new AppError("bad_request", "since_token is not a token of this feed.", { field: "since_token" });
    }
    const db = getDb();
    const open = (): Promise<CcsContext> => openCcsContest(db, user, id, { loadJournal: cachedJournal });
    const first = await open();
    const initial = ccsEventsSince(first, since);
    const line = (e: (typeof initial)[number]) =>
      ccs.formatEventLine({ type: e.type, id: e.id, data: e.data, token: e.key });

    if (query.get("stream") === "false") {
      return new Response(initial.map(line).join(""), { headers: ndjsonHeaders() });
    }

    const sent = new Set(initial.map((e) => e.key));
    let stop = (): void => undefined;
    const stream = new ReadableStream<Uint8Array>({
      start: async (controller) => {
        let lastWrite = Date.now();
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
            lastWrite = Date.now();
          } catch {
            stop();
          }
        };
        let timer: NodeJS.Timeout | undefined;
        // Events are sent by what is new to this stream, not by token, so one stored a
        // moment late (a commit racing the read) is still sent.
        const refresh = () => {
          timer ??= setTimeout(() => {
            timer = undefined;
            open().then(
              (ctx) => {
                const fresh = ccsEventsSince(ctx, null).filter((e) => !sent.has(e.key));
                for (const e of fresh) sent.add(e.key);
                if (fresh.length > 0) send(fresh.map(line).join(""));
              },
              () => undefined,
            );
          }, THROTTLE_MS);
        };
        const unwatch = await watchBoard(first.contest.id, refresh);
        const tick = setInterval(refresh, TICK_MS);
        const keepAlive = setInterval(() => {
          if (Date.now() - lastWrite >= KEEP_ALIVE_MS) send("\n");
        }, KEEP_ALIVE_MS / 2);
        stop = () => {
          clearInterval(tick);
          clearInterval(keepAlive);
          clearTimeout(timer);
          unwatch();
          try {
            controller.close();
          } catch {
            // already closed
          }
        };
        request.signal.addEventListener("abort", () => stop());
        send(initial.map(line).join("") || "\n");
      },
      cancel: () => stop(),
    });
    return new Response(stream, { headers: ndjsonHeaders() });
  });
}

function ndjsonHeaders(): HeadersInit {
  return {
    "content-type": "application/x-ndjson",
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
  };
}
