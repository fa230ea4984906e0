import { AppError } from "@arbiter/core";
import { getContestScoreboard, requireContest } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { cachedJournal, watchBoard } from "@/server/contestBoards";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** At most one board per stream this often, in ms: a burst of verdicts becomes one update. */
const THROTTLE_MS = 500;
/** Keep-alive comments, and a fresh board (freeze and thaw happen by the clock), this often, in ms. */
const TICK_MS = 15_000;

const encoder = new TextEncoder();

/**
 * The board live, as server-sent events: a `board` event (the same body as
 * `GET …/scoreboard`) now and after every change. A change is announced without any
 * verdict; each stream then reads its own view, so a frozen board stays frozen.
 */
export async function GET(request: Request, { params }: { params: Promise<{ contest: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest: slug } = await params;
    const view = new URL(request.url).searchParams.get("view") === "jury" ? "jury" : "public";
    const db = getDb();
    const { contest } = await requireContest(db, user, slug, view === "jury" ? "contest.jury" : "contest.view");
    const load = async () => {
      const board = await getContestScoreboard(db, user, slug, { view, loadJournal: cachedJournal });
      return { frozen: board.frozen, notice: board.notice, rows: board.rows, virtualRows: board.virtualRows };
    };
    const first = await load().catch((error: unknown) => {
      throw error instanceof AppError ? error : new AppError("unavailable", "The board is unavailable right now.");
    });

    let stop = (): void => undefined;
    const stream = new ReadableStream<Uint8Array>({
      start: async (controller) => {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const sendBoard = (board: unknown) => send(`event: board\ndata: ${JSON.stringify(board)}\n\n`);
        let timer: NodeJS.Timeout | undefined;
        const refresh = () => {
          timer ??= setTimeout(() => {
            timer = undefined;
            load().then(sendBoard, () => undefined);
          }, THROTTLE_MS);
        };
        const unwatch = await watchBoard(contest.id, refresh);
        const tick = setInterval(() => {
          send(": keep-alive\n\n");
          refresh();
        }, TICK_MS);
        stop = () => {
          clearInterval(tick);
          clearTimeout(timer);
          unwatch();
          try {
            controller.close();
          } catch {
            // already closed
          }
        };
        request.signal.addEventListener("abort", () => stop());
        send("retry: 2000\n\n");
        sendBoard(first);
      },
      cancel: () => stop(),
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        "x-accel-buffering": "no",
        connection: "keep-alive",
      },
    });
  });
}
